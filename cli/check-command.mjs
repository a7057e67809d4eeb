/** `purge-timeline check FILE…`: the element's parser on each file, problems at line and column. */
import { EXIT } from './exit-codes.mjs';
import { loadAuthoring } from './load-authoring.mjs';
import { NotUtf8Error, readTextFile, UnreadableFileError } from './read-text-file.mjs';
import { parseBounds } from './parse-bounds.mjs';

/** `events[12].date` as JSONPath: `$.events[12].date`; the whole file is `$`. */
function jsonPath(path) {
  return path ? `$.${path}` : '$';
}

/** `FILE:LINE:COLUMN: $.path: message`, with `warning: ` before the path for a warning. */
export function formatLocatedProblem(file, problem) {
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${problem.line}:${problem.column}: ${severity}${jsonPath(problem.path)}: ${problem.message}`;
}

export async function runCheck(files, options, { stdout, stderr }) {
  const authoring = await loadAuthoring(stderr);
  if (!authoring) return EXIT.UNREADABLE;
  const bounds = parseBounds(options, authoring.parsePartialDate);
  if (typeof bounds === 'string') {
    stderr.write(`purge-timeline check: ${bounds}\n`);
    return EXIT.UNREADABLE;
  }
  const results = [];
  let status = EXIT.OK;
  for (const file of files) {
    let text;
    try {
      text = await readTextFile(file);
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        results.push({ file, readable: false, valid: false, message: error.message, problems: [] });
        status = EXIT.UNREADABLE;
        continue;
      }
      if (!(error instanceof NotUtf8Error)) throw error;
      results.push({ file, readable: true, valid: false, problems: [{ severity: 'error', path: '', message: error.message.slice(file.length + 2), line: 1, column: 1 }] });
      status = Math.max(status, EXIT.PROBLEMS);
      continue;
    }
    const { problems, parsed } = authoring.checkEventsText(text, bounds ? { bounds } : {});
    const failing = problems.filter((problem) => problem.severity === 'error' || options.strict);
    results.push({ file, readable: true, valid: failing.length === 0, events: parsed?.events.length ?? 0, problems });
    if (failing.length > 0) status = Math.max(status, EXIT.PROBLEMS);
  }

  if (options.json) {
    stdout.write(`${JSON.stringify({ valid: status === EXIT.OK, files: results }, null, 2)}\n`);
    return status;
  }
  for (const result of results) {
    if (!result.readable) {
      stderr.write(`${result.message}\n`);
      continue;
    }
    for (const problem of result.problems) stdout.write(`${formatLocatedProblem(result.file, problem)}\n`);
    const errors = result.problems.filter((problem) => problem.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
    stderr.write(`${result.file}: ${result.valid ? 'valid' : 'not valid'}, ${result.events} events drawn (${counts})\n`);
  }
  return status;
}
