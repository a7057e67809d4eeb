// Writes the template sheets from the shipped chronology: templates/*.csv is events.json exported
// (a complete example an author can start from), templates/empty/*.csv the same sheets with their
// header rows only. Re-run after events.json changes: `npm run build && npm run templates`
// (test/authoring/templates.test.mjs fails while they are stale).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

let authoring;
try {
  authoring = await import('../dist/lib/authoring.js');
} catch {
  console.error('dist/lib/authoring.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { exportSheets, SHEET_COLUMNS, SHEET_FILE_NAMES } = authoring;

const shipped = JSON.parse(await readFile(join(root, 'events.json'), 'utf8'));
const { sheets, problems } = exportSheets(shipped);
if (problems.length > 0) {
  for (const problem of problems) console.error(`events.json: ${problem.message}`);
  process.exit(1);
}

const example = join(root, 'templates');
const empty = join(example, 'empty');
await rm(example, { recursive: true, force: true });
await mkdir(empty, { recursive: true });
for (const sheet of sheets) await writeFile(join(example, sheet.name), sheet.text);
// The empty set has every sheet, eras too, so each column is there to fill in.
for (const [kind, name] of Object.entries(SHEET_FILE_NAMES)) {
  const header = SHEET_COLUMNS[kind].map((column) => `"${column}"`).join(',');
  await writeFile(join(empty, name), `\uFEFF${header}\r\n`);
}
console.log(`templates/: ${sheets.map((sheet) => sheet.name).join(', ')} (from events.json, ${shipped.events.length} events); templates/empty/: header rows only`);
