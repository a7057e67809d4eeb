// Size budget of the single-file bundle, deterministic (gzip -9 of dist/purge-timeline.js):
//   node bench/check-size.mjs [--budget-gzip 120000] [--file dist/purge-timeline.js]
// Exits 0 within budget, 1 over it, 2 when the file is missing or the arguments are wrong.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      'budget-gzip': { type: 'string', default: '120000' },
      file: { type: 'string', default: 'dist/purge-timeline.js' },
    },
  }));
} catch (error) {
  console.error(`${error.message}\nusage: node bench/check-size.mjs [--budget-gzip 120000] [--file dist/purge-timeline.js]`);
  process.exit(2);
}

const budget = Number(args['budget-gzip']);
if (!Number.isInteger(budget) || budget <= 0) {
  console.error(`--budget-gzip must be a positive whole number of bytes, got "${args['budget-gzip']}"`);
  process.exit(2);
}
const file = new URL(args.file, new URL('../', import.meta.url));
const name = relative(root, fileURLToPath(file)) || args.file;
if (!existsSync(file)) {
  console.error(`${name} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
if (gzip > budget) {
  console.error(`${name} is ${bytes(gzip)} gzip, over its ${bytes(budget)} budget by ${bytes(gzip - budget)}`);
  process.exit(1);
}
console.log(`${name} is ${bytes(gzip)} gzip, within its ${bytes(budget)} budget (${bytes(budget - gzip)} to spare)`);
