/** One thing wrong with the data, with where it is and what was expected. */
export interface DataProblem {
  /** `error`: the event (or file) was left out; `warning`: it is shown, but something is off. */
  readonly severity: 'error' | 'warning';
  /** Where, as a path into the JSON, e.g. `events[12].date`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what was expected, ready to show to a person. */
  readonly message: string;
}

/** Formats a problem as one line: `events[12].date: "May 37" is not a date (…)`. */
export function describeProblem(problem: DataProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
