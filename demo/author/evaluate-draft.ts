/**
 * The draft checked as `npx purge-timeline` checks it: CSV sheets through the import, or one
 * events.json through the checker. Gives the file to draw and the problems to list.
 */
import { checkEventsText, importSheets, type SheetProblem } from '../../src/authoring/index.js';
import type { Sheet } from './draft-store.js';

export interface ListedProblem {
  readonly severity: 'error' | 'warning';
  /** Where, as a person reads it: `events.csv, row 14, date` or `events.json, line 12, column 5, events[3].date`. */
  readonly where: string;
  readonly message: string;
  /** The sheet it is in, and where in its text: a CSV row (the header is row 1) or a JSON line and column. */
  readonly sheet?: string;
  readonly row?: number;
  readonly line?: number;
  readonly column?: number;
}

export interface Evaluation {
  /** The events file to draw and download; empty when there is nothing yet. */
  readonly file: Record<string, unknown>;
  readonly problems: readonly ListedProblem[];
  readonly rows: number;
  readonly drawn: number;
}

export const EMPTY_FILE = Object.freeze({ categories: [], footnotes: [], events: [] });

/** A JSON sheet: named `.json`, or text that starts as an object does. */
export function isJsonSheet(sheet: Sheet): boolean {
  return /\.json$/i.test(sheet.name) || /^\uFEFF?\s*\{/.test(sheet.text);
}

function whereInSheet(problem: SheetProblem): string {
  return [problem.sheet, problem.row ? `row ${problem.row}` : '', problem.column ?? ''].filter(Boolean).join(', ');
}

export function evaluateDraft(sheets: readonly Sheet[]): Evaluation {
  const nonEmpty = sheets.filter((sheet) => sheet.text.trim() !== '');
  if (nonEmpty.length === 0) return { file: { ...EMPTY_FILE }, problems: [], rows: 0, drawn: 0 };
  const json = nonEmpty.filter(isJsonSheet);
  if (json.length > 0) {
    const [sheet] = json as [Sheet];
    const { problems, json: file, parsed } = checkEventsText(sheet.text);
    const extra: ListedProblem[] =
      nonEmpty.length > 1
        ? [{ severity: 'warning', where: sheet.name, message: 'only this events.json is drawn; the other sheets are left out (expected either one events.json or CSV sheets)' }]
        : [];
    const isObject = typeof file === 'object' && file !== null && !Array.isArray(file);
    const rawEvents = isObject ? (file as { events?: unknown }).events : undefined;
    return {
      file: isObject ? (file as Record<string, unknown>) : { ...EMPTY_FILE },
      problems: [
        ...extra,
        ...problems.map((problem) => ({
          severity: problem.severity,
          where: [sheet.name, `line ${problem.line}`, `column ${problem.column}`, problem.path].filter(Boolean).join(', '),
          message: problem.message,
          sheet: sheet.name,
          line: problem.line,
          column: problem.column,
        })),
      ],
      rows: Array.isArray(rawEvents) ? rawEvents.length : 0,
      drawn: parsed?.events.length ?? 0,
    };
  }
  const { file, problems, eventRows } = importSheets(nonEmpty);
  const events = file['events'];
  return {
    file,
    problems: problems.map((problem) => ({
      severity: problem.severity,
      where: whereInSheet(problem),
      message: problem.message,
      ...(problem.sheet && { sheet: problem.sheet }),
      ...(problem.row && { row: problem.row }),
    })),
    rows: eventRows,
    drawn: Array.isArray(events) ? events.length : 0,
  };
}

/**
 * Where a problem is in a sheet's text, as [start, end) offsets: a whole CSV row (rows may span
 * lines inside quotes) or the character at a JSON line and column.
 */
export function locateInText(text: string, problem: ListedProblem): [number, number] | undefined {
  if (problem.line !== undefined) {
    let offset = 0;
    for (let line = 1; line < problem.line; line += 1) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return undefined;
      offset = next + 1;
    }
    const at = Math.min(text.length, offset + (problem.column ?? 1) - 1);
    return [at, at];
  }
  if (problem.row === undefined) return undefined;
  // Row N starts after the (N-1)th line break outside quotes.
  let row = 1;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) {
      if (row === problem.row) return [start, text[i - 1] === '\r' ? i - 1 : i];
      row += 1;
      start = i + 1;
    }
  }
  return row === problem.row ? [start, text.length] : undefined;
}
