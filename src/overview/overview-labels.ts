/**
 * What the overview band says: the spoken value of its window and its year labels, written by
 * date-fns from 00:00 UTC dates moved to the same local calendar day (see toLocalCalendarDate).
 */
import { formatWithPattern as format } from '../i18n/language-dates.js';
import type { Locale } from 'date-fns';
import { toLocalCalendarDate } from '../date/to-local-calendar-date.js';
import type { OverviewWindow } from './overview-geometry.js';

const MONTH_PATTERN = 'LLLL yyyy';

/**
 * The window as months, end exclusive: "March 1937 to March 1938", or "March 1937" when it
 * lies within one month.
 */
export function describeWindow(window: OverviewWindow, locale: Locale): string {
  const first = format(toLocalCalendarDate(window.start), MONTH_PATTERN, { locale });
  const lastInstant = new Date(Math.max(window.start.getTime(), window.end.getTime() - 1));
  const last = format(toLocalCalendarDate(lastInstant), MONTH_PATTERN, { locale });
  return first === last ? first : `${first} to ${last}`;
}

/** The year of a 00:00 UTC date, as the band's labels show it. */
export function formatYear(date: Date, locale: Locale): string {
  return format(toLocalCalendarDate(date), 'yyyy', { locale });
}
