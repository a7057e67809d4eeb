// Runs the published command, bin/purge-timeline.mjs, as a user's shell would: a child process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/purge-timeline.mjs', import.meta.url));

/** `purge-timeline ...args` in the repository's folder: { status, stdout, stderr }. */
export function runBin(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** `LINE:COLUMN` (1-based) of `offset` in `text`, counted independently of the code under test. */
export function lineColumnAt(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1).length + 1}`;
}

/** `LINE:COLUMN` of the first `needle` in `text`. */
export function lineColumnOf(text, needle) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  return lineColumnAt(text, offset);
}
