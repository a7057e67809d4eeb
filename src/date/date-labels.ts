import type { Locale } from 'date-fns';
import type { DatePart, DatePrecision, PartialDate, Season } from '../types.js';

/**
 * date-fns patterns for the parts of a label that date-fns writes. Per language, because word
 * order and grammatical case differ: Russian wants the standalone month (`LLLL`, "август")
 * alone but the genitive (`MMMM`, "августа") after a day or "mid-".
 */
export interface DatePatterns {
  /** A full day, en `d MMMM yyyy` → "29 September 1938". */
  readonly day: string;
  /** A day whose year a range prints once at its end, en `d MMMM` → "17 November". */
  readonly dayWithoutYear: string;
  /** A day whose month and year a range prints once at its end, en `d` → "17". */
  readonly dayWithoutMonth: string;
  /** A month, en `LLLL yyyy` → "May 1937". */
  readonly month: string;
  /** A month whose year a range prints once at its end, en `LLLL` → "March". */
  readonly monthWithoutYear: string;
  /** The month inside early/mid/late, en `LLLL yyyy` → "August 1938" (→ "mid-August 1938"). */
  readonly partOfMonth: string;
  /** As {@link partOfMonth} without the year, en `LLLL` → "August" (→ "mid-August"). */
  readonly partOfMonthWithoutYear: string;
  /** A year, also inside seasons, quarters, parts of years and decades, en `yyyy`. */
  readonly year: string;
}

/**
 * The words of one language around what date-fns formats: one object per language, used
 * together with the date-fns locale of that language.
 */
export interface DateLabels {
  readonly patterns: DatePatterns;
  /** Marks a `~` date, en `c. ${label}` → "c. April 1938". */
  readonly approximate: (label: string) => string;
  /** Early, mid or late part of a formatted month, year or decade, en "early 1937", "mid-1938". */
  readonly part: Readonly<Record<DatePart, (label: string) => string>>;
  /** A season of a formatted year, en `autumn ${year}`; winter-1938 is December 1937 to February 1938. */
  readonly season: Readonly<Record<Season, (year: string) => string>>;
  /** A quarter (1–4) of a formatted year, en `Q${q} ${year}`. */
  readonly quarter: (quarter: number, year: string) => string;
  /** A decade from its formatted first year, en `${decade}s` → "1930s". */
  readonly decade: (decade: string) => string;
  /** Joins the ends of a range, en `${start} – ${end}` (spaced en dash). */
  readonly range: (start: string, end: string) => string;
  /**
   * Joins single-word ends: two years ("1935–1938"), two decades, two days of one month
   * ("17–25 November 1938"), two months of one year; en `${start}–${end}` (closed en dash).
   */
  readonly tightRange: (start: string, end: string) => string;
  /** Names the precision of a date for screen readers and the popover, en "exact day", "part of the month (mid)". */
  readonly precision: Readonly<Record<DatePrecision, (date: PartialDate) => string>>;
  /** Adds "about" to a precision description, en `${description}, approximate (about)`. */
  readonly approximatePrecision: (description: string) => string;
}

export interface DateFormatOptions {
  /** The date-fns locale for month names; default `enGB`. Pass {@link labels} of the same language. */
  readonly locale?: Locale;
  /** The words around the date-fns output; default English. */
  readonly labels?: DateLabels;
}
