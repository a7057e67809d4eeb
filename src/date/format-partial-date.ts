import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import type { DatePrecision, PartialDate } from '../types.js';
import type { DateFormatOptions, DateLabels } from './date-labels.js';
import { englishDateLabels } from './english-date-labels.js';
import { toLocalCalendarDate } from './to-local-calendar-date.js';
import { createUtcDate } from './utc-calendar.js';

export type { DateFormatOptions, DateLabels, DatePatterns } from './date-labels.js';
export { englishDateLabels } from './english-date-labels.js';
export { describePrecision } from './describe-precision.js';

/** The labels of one language bound to its date-fns locale. */
interface Formatter {
  readonly labels: DateLabels;
  /** Formats the UTC calendar day of `utc` with a date-fns pattern, the same in every time zone. */
  readonly formatDay: (utc: Date, pattern: string) => string;
  readonly formatYear: (year: number) => string;
}

/** Precisions whose label ends with the year of `date.year`, which a range can print once. */
const YEAR_LAST: ReadonlySet<DatePrecision> = new Set(['day', 'month', 'part-of-month']);

/**
 * Formats a partial date at exactly the precision the source gives, never more precisely.
 *
 * @param date - A parsed date
 * @param options - date-fns `locale` (default `enGB`) and the `labels` of the same language (default English)
 *
 * @example
 * formatPartialDate(parsePartialDate('1938-09-29')) //=> '29 September 1938'
 * formatPartialDate(parsePartialDate('mid-1938-08')) //=> 'mid-August 1938'
 * formatPartialDate(parsePartialDate('early-1930s')) //=> 'early 1930s'
 * formatPartialDate(parsePartialDate('~1938-04')) //=> 'c. April 1938'
 */
export function formatPartialDate(date: PartialDate, options: DateFormatOptions = {}): string {
  const formatter = createFormatter(options);
  return markApproximate(date, formatWhole(date, formatter), formatter);
}

/**
 * Formats a date or a range of dates, printing what both ends share only once.
 *
 * Without `end`, or with an `end` naming the same span as `start`, this is {@link formatPartialDate}.
 *
 * @param start - The date, or the start of the range
 * @param end - The end of the range, at its own precision
 * @param options - As for {@link formatPartialDate}
 *
 * @example
 * const range = (a: string, b?: string) => formatDateRange(parsePartialDate(a), b === undefined ? undefined : parsePartialDate(b));
 * range('1938-11-17', '1938-11-25') //=> '17–25 November 1938'
 * range('1938-11-17', '1938-12-01') //=> '17 November – 1 December 1938'
 * range('1937-03', '1938-03') //=> 'March 1937 – March 1938'
 * range('1935', '1938') //=> '1935–1938'
 * range('mid-1938-08', '1938-09-15') //=> 'mid-August – 15 September 1938'
 */
export function formatDateRange(start: PartialDate, end: PartialDate | undefined, options: DateFormatOptions = {}): string {
  if (end === undefined || isSameSpan(start, end)) return formatPartialDate(start, options);
  const formatter = createFormatter(options);
  const { labels } = formatter;
  const formatEnd = (): string => markApproximate(end, formatWhole(end, formatter), formatter);

  // "17–25 November 1938" would wrongly make a "c." on one end cover both.
  if (!start.approximate && !end.approximate) {
    const tight = formatTightRange(start, end, formatter);
    if (tight !== undefined) return tight;
  }
  if (start.year === end.year && YEAR_LAST.has(start.precision) && YEAR_LAST.has(end.precision)) {
    return labels.range(markApproximate(start, formatWithoutYear(start, formatter), formatter), formatEnd());
  }
  return labels.range(markApproximate(start, formatWhole(start, formatter), formatter), formatEnd());
}

function createFormatter({ locale = enGB, labels = englishDateLabels }: DateFormatOptions): Formatter {
  const formatDay = (utc: Date, pattern: string): string => format(toLocalCalendarDate(utc), pattern, { locale });
  return { labels, formatDay, formatYear: (year) => formatDay(createUtcDate(year, 0, 1), labels.patterns.year) };
}

function markApproximate(date: PartialDate, label: string, { labels }: Formatter): string {
  return date.approximate ? labels.approximate(label) : label;
}

/** The label of a date without its approximate marker. */
function formatWhole(date: PartialDate, { labels, formatDay, formatYear }: Formatter): string {
  const { patterns } = labels;
  switch (date.precision) {
    case 'day':
      return formatDay(date.start, patterns.day);
    case 'month':
      return formatDay(date.start, patterns.month);
    case 'part-of-month':
      return labels.part[requireField(date, 'part')](formatDay(date.start, patterns.partOfMonth));
    case 'season':
      return labels.season[requireField(date, 'season')](formatYear(date.year));
    case 'quarter':
      return labels.quarter(requireField(date, 'quarter'), formatYear(date.year));
    case 'part-of-year':
      return labels.part[requireField(date, 'part')](formatYear(date.year));
    case 'year':
      return formatYear(date.year);
    case 'part-of-decade':
      return labels.part[requireField(date, 'part')](labels.decade(formatYear(date.year)));
    case 'decade':
      return labels.decade(formatYear(date.year));
  }
}

/** The label of a {@link YEAR_LAST} date whose year the end of a range prints. */
function formatWithoutYear(date: PartialDate, { labels, formatDay }: Formatter): string {
  const { patterns } = labels;
  switch (date.precision) {
    case 'day':
      return formatDay(date.start, patterns.dayWithoutYear);
    case 'month':
      return formatDay(date.start, patterns.monthWithoutYear);
    case 'part-of-month':
      return labels.part[requireField(date, 'part')](formatDay(date.start, patterns.partOfMonthWithoutYear));
    default:
      throw new TypeError(`a ${date.precision} date always shows its year`);
  }
}

/**
 * Joins two exact dates of the same precision whose ends are single words, such as
 * "1935–1938" or "17–25 November 1938"; undefined if they are not such a pair.
 */
function formatTightRange(start: PartialDate, end: PartialDate, formatter: Formatter): string | undefined {
  const { labels, formatDay, formatYear } = formatter;
  const { patterns } = labels;
  if (start.precision !== end.precision) return undefined;
  switch (start.precision) {
    case 'day':
      if (start.year !== end.year || start.month !== end.month) return undefined;
      return labels.tightRange(formatDay(start.start, patterns.dayWithoutMonth), formatDay(end.start, patterns.day));
    case 'month':
      if (start.year !== end.year) return undefined;
      return labels.tightRange(formatDay(start.start, patterns.monthWithoutYear), formatDay(end.start, patterns.month));
    case 'year':
      return labels.tightRange(formatYear(start.year), formatYear(end.year));
    case 'decade':
      return labels.tightRange(labels.decade(formatYear(start.year)), labels.decade(formatYear(end.year)));
    default:
      return undefined;
  }
}

/** Whether two dates name the same span in the same way, so a range of them is just one date. */
function isSameSpan(a: PartialDate, b: PartialDate): boolean {
  return (
    a.precision === b.precision &&
    a.approximate === b.approximate &&
    a.start.getTime() === b.start.getTime() &&
    a.end.getTime() === b.end.getTime()
  );
}

/** A field the precision implies; missing only in a hand-made PartialDate. */
function requireField<K extends 'part' | 'season' | 'quarter'>(date: PartialDate, key: K): NonNullable<PartialDate[K]> {
  const value = date[key];
  if (value === undefined) throw new TypeError(`${JSON.stringify(date.raw)}: a ${date.precision} date needs its ${key}`);
  return value as NonNullable<PartialDate[K]>;
}
