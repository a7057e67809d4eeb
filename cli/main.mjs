/**
 * The `purge-timeline` command: `check` an events.json, `import` spreadsheet sheets (CSV) into one,
 * `export` one into sheets. Node 20+, no browser. Exit status: 0 valid, 1 problems, 2 unreadable
 * (cli/exit-codes.mjs).
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { EXIT } from './exit-codes.mjs';
import { runCheck } from './check-command.mjs';
import { runImport } from './import-command.mjs';
import { runExport } from './export-command.mjs';

export const USAGE = `Usage:
  purge-timeline check FILE.json… [--strict] [--json] [--min DATE] [--max DATE]
      Checks events files with the element's own parser. Each problem as
      FILE:LINE:COLUMN: $.path: message. --min/--max: the element's min and max
      attributes (events outside them are warnings). --strict: warnings fail too.
  purge-timeline import SHEET.csv… [-o events.json] [--strict] [--json]
      Makes an events file from spreadsheet sheets (events, categories, footnotes,
      sources, eras, file), told apart by their header rows. Without -o the file
      goes to standard output. Rows with errors are left out and named.
  purge-timeline export events.json --out-dir DIR
      Writes the file as sheets: DIR/events.csv, categories.csv, footnotes.csv,
      sources.csv, file.csv (and eras.csv when it has eras).

Exit status: 0 valid, 1 problems (warnings only with --strict), 2 a file could not
be read or the command line is wrong. The columns: docs/events-format.md.
`;

const COMMANDS = { check: runCheck, import: runImport, export: runExport };

const OPTIONS = {
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  min: { type: 'string' },
  max: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'out-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
};

/**
 * Runs the command line `args` (without `node` and the script) and resolves to its exit status.
 * Output goes to the given streams, so tests can run it in-process as well as spawn the bin.
 */
export async function main(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`purge-timeline: ${error.message}\n\n${USAGE}`);
    return EXIT.UNREADABLE;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.OK;
  }
  const [name, ...files] = positionals;
  if (values.help || !name) {
    (values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? EXIT.OK : EXIT.UNREADABLE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`purge-timeline: unknown command "${name}" (expected check, import or export)\n\n${USAGE}`);
    return EXIT.UNREADABLE;
  }
  if (files.length === 0) {
    io.stderr.write(`purge-timeline ${name}: no file given\n\n${USAGE}`);
    return EXIT.UNREADABLE;
  }
  return command(files, values, io);
}
