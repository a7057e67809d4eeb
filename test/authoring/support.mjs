// The authoring modules as the command runs them: from the built library (npm test builds first).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
export const shippedText = readFileSync(new URL('../../events.json', import.meta.url), 'utf8');

export async function loadAuthoring() {
  try {
    return await import('../../dist/lib/authoring.js');
  } catch (error) {
    throw new Error(`dist/lib/authoring.js is missing: run \`npm run build\` first (npm test does). ${error.message}`);
  }
}
