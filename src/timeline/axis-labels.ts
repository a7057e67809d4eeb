/**
 * Axis labels for vis-timeline, written by date-fns instead of moment, so every date the
 * element shows is formatted one way and moment's global locale is never touched.
 */
import { formatWithPattern as format } from '../i18n/language-dates.js';
import type { Locale } from 'date-fns';
import { toLocalCalendarDate } from '../date/to-local-calendar-date.js';

/** What vis-timeline hands a label function: a moment, in UTC (see the `moment` option). */
interface MomentLike {
  toDate(): Date;
}

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year' | string;

const MINOR_PATTERNS: Partial<Record<Scale, string>> = {
  weekday: 'EEE d',
  day: 'd',
  week: 'd MMM',
  // Standalone month names: Russian "май", not the genitive "мая".
  month: 'LLL',
  year: 'yyyy',
};

const MAJOR_PATTERNS: Partial<Record<Scale, string>> = {
  weekday: 'LLLL yyyy',
  day: 'LLLL yyyy',
  week: 'LLLL yyyy',
  month: 'yyyy',
};

function formatAt(date: MomentLike | Date, pattern: string | undefined, locale: Locale): string {
  if (!pattern) return '';
  const instant = date instanceof Date ? date : date.toDate();
  return format(toLocalCalendarDate(instant), pattern, { locale });
}

/** vis-timeline's `format` option, with labels in the given date-fns locale. */
export function axisLabelFormat(locale: Locale) {
  return {
    minorLabels: (date: MomentLike | Date, scale: Scale) => formatAt(date, MINOR_PATTERNS[scale], locale),
    majorLabels: (date: MomentLike | Date, scale: Scale) => formatAt(date, MAJOR_PATTERNS[scale], locale),
  };
}
