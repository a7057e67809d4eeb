import type { Footnote, PartialDate } from '../types.js';

/**
 * One object for equal values read from one file: events with the same date string share one
 * parsed date (and its `Date`s), events citing the same footnotes one list. With thousands of
 * events most of them repeat (issue 15: the page's heap keeps one copy of each value). Nothing
 * read from a file is changed afterwards, so sharing is safe.
 */
export class SharedValues {
  private readonly dates = new Map<string, PartialDate>();
  private readonly footnoteLists = new Map<string, readonly Footnote[]>();
  private readonly instants = new Map<number, Date>();

  /** The date parsed from `raw` before, else `parse()`'s (a date that fails to parse is not kept). */
  date(raw: string, parse: (raw: string) => PartialDate): PartialDate {
    let date = this.dates.get(raw);
    if (!date) {
      const parsed = parse(raw);
      // A day's end is the next day's start, a month's start a quarter's: one Date per instant.
      date = { ...parsed, start: this.instant(parsed.start), end: this.instant(parsed.end) };
      this.dates.set(raw, date);
    }
    return date;
  }

  private instant(date: Date): Date {
    const time = date.getTime();
    const known = this.instants.get(time);
    if (known) return known;
    this.instants.set(time, date);
    return date;
  }

  /** The list with the same footnotes in the same order read before, else `footnotes`. */
  footnotes(footnotes: readonly Footnote[]): readonly Footnote[] {
    const key = footnotes.map((footnote) => footnote.number).join(',');
    let shared = this.footnoteLists.get(key);
    if (!shared) this.footnoteLists.set(key, (shared = footnotes));
    return shared;
  }
}
