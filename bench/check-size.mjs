// Size budget of the bundle, deterministic (gzip -9 of each file, as served): the entry and every
// chunk reachable from it (static and dynamic imports, bench/bundle-files.mjs), summed.
//   node bench/check-size.mjs [--budget-gzip 120000] [--budget-first-gzip N] [--file dist/purge-timeline.js]
//   node bench/check-size.mjs --consumer [--budget-gzip 130000]
// --budget-gzip: the total of all the files; --budget-first-gzip (optional): the entry file alone;
// --file: the entry. Prints one line per file and the total.
// --consumer: instead of the bundle, the JavaScript of a Vite production build of a page that does
// `import 'purge-timeline'` (bench/consumer-build.mjs, with this package linked as installed): what
// a bundler user ships. A build warning fails it too.
// Exits 0 within budget, 1 over it, 2 when a file is missing or the arguments are wrong.
import { readFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { bundleFiles } from './bundle-files.mjs';

const USAGE = 'usage: node bench/check-size.mjs [--budget-gzip 120000] [--budget-first-gzip N] [--file dist/purge-timeline.js]';
const root = fileURLToPath(new URL('../', import.meta.url));
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      'budget-gzip': { type: 'string', default: '120000' },
      'budget-first-gzip': { type: 'string' },
      file: { type: 'string', default: 'dist/purge-timeline.js' },
      consumer: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}

function bytesOption(option) {
  const value = Number(args[option]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${option} must be a positive whole number of bytes, got "${args[option]}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}
const budget = bytesOption('budget-gzip');
const budgetFirst = args['budget-first-gzip'] === undefined ? undefined : bytesOption('budget-first-gzip');

const bytes = (n) => `${n.toLocaleString('en-US')} B`;
if (args.consumer) await checkConsumer();

async function checkConsumer() {
  const { buildConsumer } = await import('./consumer-build.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'purge-timeline-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', 'purge-timeline'), 'dir');
    if (!existsSync(join(root, 'dist/lib/index.js'))) {
      console.error('dist/lib/index.js is missing: run `npm run build` first');
      process.exit(2);
    }
    const { files, totalGzip, warnings } = await buildConsumer(dir);
    const width = Math.max(...files.map((file) => file.name.length), 'total'.length);
    for (const file of files) console.log(`vite: ${file.name.padEnd(width)}  ${bytes(file.gzip).padStart(10)} gzip`);
    console.log(`vite: ${'total'.padEnd(width)}  ${bytes(totalGzip).padStart(10)} gzip  (${files.length} files)`);
    let failed = false;
    if (warnings.length) {
      failed = true;
      console.error(`the Vite build warned ${warnings.length} time(s):\n${warnings.join('\n')}`);
    }
    if (totalGzip > budget) {
      failed = true;
      console.error(`a Vite app's JavaScript with purge-timeline is ${bytes(totalGzip)} gzip, over its ${bytes(budget)} budget by ${bytes(totalGzip - budget)}`);
    } else console.log(`a Vite app's JavaScript with purge-timeline is ${bytes(totalGzip)} gzip, within its ${bytes(budget)} budget (${bytes(budget - totalGzip)} to spare)`);
    process.exit(failed ? 1 : 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = fileURLToPath(new URL(args.file, new URL('../', import.meta.url)));
const display = (path) => relative(root, path) || path;
if (!existsSync(entry)) {
  console.error(`${display(entry)} is missing: run \`npm run build\` first`);
  process.exit(2);
}
let files;
let sized;
try {
  files = bundleFiles(entry);
  const missing = files.filter((file) => file.missing);
  if (missing.length) {
    for (const file of missing) console.error(`${display(file.path)} is missing (imported by ${file.importedBy.map((i) => i.name).join(', ')}): run \`npm run build\``);
    process.exit(2);
  }
  sized = files.map((file) => ({ ...file, gzip: gzipSync(readFileSync(file.path), { level: 9 }).length }));
} catch (error) {
  // A file removed between finding and reading it (dist/ being rebuilt): not an overshoot.
  console.error(`could not read the bundle: ${error.message}`);
  process.exit(2);
}
const total = sized.reduce((sum, file) => sum + file.gzip, 0);
const width = Math.max(...sized.map((file) => display(file.path).length), 'total'.length);
const gzipWidth = bytes(total).length;
for (const file of sized) {
  const how = file.role === 'entry' ? 'entry' : `chunk, ${file.importedBy.map((i) => `${i.how === 'dynamic' ? 'import()' : 'import'} in ${i.name}`).join(', ')}`;
  console.log(`${display(file.path).padEnd(width)}  ${bytes(file.gzip).padStart(gzipWidth)} gzip  (${how})`);
}
console.log(`${'total'.padEnd(width)}  ${bytes(total).padStart(gzipWidth)} gzip  (${sized.length} files)`);

let over = false;
const verdict = (what, size, limit) => {
  if (size > limit) {
    over = true;
    console.error(`${what} is ${bytes(size)} gzip, over its ${bytes(limit)} budget by ${bytes(size - limit)}`);
  } else {
    console.log(`${what} is ${bytes(size)} gzip, within its ${bytes(limit)} budget (${bytes(limit - size)} to spare)`);
  }
};
verdict(`the bundle (${sized.length} files)`, total, budget);
if (budgetFirst !== undefined) verdict(`the first chunk (${display(entry)})`, sized[0].gzip, budgetFirst);
process.exit(over ? 1 : 0);
