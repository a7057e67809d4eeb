/** One thing wrong with a spreadsheet, named by sheet, row and column as the author sees them. */
export interface SheetProblem {
  /** `error`: the row (or sheet) is left out of the events file; `warning`: it is kept, but something is off. */
  readonly severity: 'error' | 'warning';
  /** The sheet's file name, e.g. `events.csv`; absent for a problem of the whole import. */
  readonly sheet?: string;
  /** The row number a spreadsheet shows (the header is row 1). */
  readonly row?: number;
  /** The column as its header names it, e.g. `date`. */
  readonly column?: string;
  /** What is wrong and what was expected. */
  readonly message: string;
}

/**
 * One line: `events.csv:14: date: "Sept 1937" is not a date (…)`, with `warning: ` after the place
 * for a warning.
 */
export function describeSheetProblem(problem: SheetProblem): string {
  const place = problem.sheet ? `${problem.sheet}${problem.row ? `:${problem.row}` : ''}: ` : '';
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const column = problem.column ? `${problem.column}: ` : '';
  return `${place}${severity}${column}${problem.message}`;
}
