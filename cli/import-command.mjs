/** `purge-timeline import SHEET.csv… [-o events.json]`: spreadsheet sheets in, an events file out. */
import { writeFile } from 'node:fs/promises';
import { EXIT } from './exit-codes.mjs';
import { loadAuthoring } from './load-authoring.mjs';
import { NotUtf8Error, readTextFile, UnreadableFileError } from './read-text-file.mjs';

export async function runImport(files, options, { stdout, stderr }) {
  const authoring = await loadAuthoring(stderr);
  if (!authoring) return EXIT.UNREADABLE;
  const sheets = [];
  const unreadable = [];
  for (const file of files) {
    try {
      sheets.push({ name: file, text: await readTextFile(file) });
    } catch (error) {
      if (error instanceof UnreadableFileError || error instanceof NotUtf8Error) unreadable.push(error);
      else throw error;
    }
  }
  if (unreadable.some((error) => error instanceof UnreadableFileError)) {
    for (const error of unreadable) stderr.write(`${error.message}\n`);
    return EXIT.UNREADABLE;
  }
  const { file, problems, eventRows } = authoring.importSheets(sheets);
  const all = [...unreadable.map((error) => ({ severity: 'error', message: error.message })), ...problems];
  const failing = all.some((problem) => problem.severity === 'error' || options.strict);
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (options.output) {
    try {
      await writeFile(options.output, text);
    } catch (error) {
      stderr.write(`purge-timeline import: cannot write ${options.output}: ${error.message}\n`);
      return EXIT.UNREADABLE;
    }
  }
  const written = Array.isArray(file.events) ? file.events.length : 0;
  if (options.json) {
    const report = { valid: !failing, output: options.output ?? null, eventRows, eventsWritten: written, problems: all };
    stdout.write(`${JSON.stringify(options.output ? report : { ...report, file }, null, 2)}\n`);
  } else {
    for (const problem of all) stderr.write(`${authoring.describeSheetProblem(problem)}\n`);
    if (!options.output) stdout.write(text);
    const left = eventRows - written;
    stderr.write(`${options.output ?? 'events file'}: ${written} of ${eventRows} events${left > 0 ? ` (${left} left out: see above)` : ''}\n`);
  }
  return failing ? EXIT.PROBLEMS : EXIT.OK;
}
