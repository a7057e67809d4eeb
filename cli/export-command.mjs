/** `purge-timeline export events.json --out-dir DIR`: an events file out as spreadsheet sheets. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT } from './exit-codes.mjs';
import { loadAuthoring } from './load-authoring.mjs';
import { readTextFile } from './read-text-file.mjs';
import { formatLocatedProblem } from './check-command.mjs';

export async function runExport(files, options, { stdout, stderr }) {
  if (files.length !== 1 || !options['out-dir']) {
    stderr.write('purge-timeline export: expected one events file and --out-dir DIR, e.g. `purge-timeline export events.json --out-dir sheets`\n');
    return EXIT.UNREADABLE;
  }
  const authoring = await loadAuthoring(stderr);
  if (!authoring) return EXIT.UNREADABLE;
  const [path] = files;
  let text;
  try {
    text = await readTextFile(path);
  } catch (error) {
    stderr.write(`${error.message}\n`);
    return EXIT.UNREADABLE;
  }
  const { problems, json } = authoring.checkEventsText(text);
  if (json === undefined) {
    for (const problem of problems) stderr.write(`${formatLocatedProblem(path, problem)}\n`);
    return EXIT.PROBLEMS;
  }
  const { sheets, problems: left } = authoring.exportSheets(json);
  const dir = options['out-dir'];
  try {
    await mkdir(dir, { recursive: true });
    for (const sheet of sheets) await writeFile(join(dir, sheet.name), sheet.text);
  } catch (error) {
    stderr.write(`purge-timeline export: cannot write to ${dir}: ${error.message}\n`);
    return EXIT.UNREADABLE;
  }
  for (const problem of left) stderr.write(`${authoring.describeSheetProblem(problem)}\n`);
  stdout.write(`${sheets.map((sheet) => join(dir, sheet.name)).join('\n')}\n`);
  return left.length > 0 && options.strict ? EXIT.PROBLEMS : EXIT.OK;
}
