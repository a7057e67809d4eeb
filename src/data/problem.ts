/** One thing wrong with the data, with where it is and what was expected. */
export interface DataProblem {
  /**
   * `error`: the data is wrong (the file, an event or an era may be left out, e.g. a date that is
   * not a date; or kept, e.g. an unknown field next to valid ones); `warning`: it is shown, but
   * something looks off (e.g. a summary that repeats its title).
   */
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
