import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { toLocalCalendarDate } from '../date/to-local-calendar-date.js';
import type { DateWindow } from './language.js';

const DAY_MS = 86_400_000;

/** The last instant of a window whose `end` is exclusive (never before its start). */
export function lastInstantOf({ start, end }: DateWindow): Date {
  return new Date(Math.max(start.getTime(), end.getTime() - 1));
}

/**
 * Creates a language's {@link Language.windowText}: like `date/format-window.ts` (months when
 * the window spans more than about two months, days otherwise, end exclusive), but with the
 * language's own patterns, since German and Czech write "20." where English writes "20".
 *
 * @param locale - The date-fns locale
 * @param patterns - `day` and `month` patterns, usually those of the language's DateLabels
 * @param join - Joins two different ends
 *
 * @example
 * const text = createWindowText(de, { day: 'd. MMMM yyyy', month: 'LLLL yyyy' }, (a, b) => `${a} – ${b}`);
 * text({ start: new Date('1938-09-20Z'), end: new Date('1938-10-05Z') }) //=> '20. September 1938 – 4. Oktober 1938'
 */
export function createWindowText(
  locale: Locale,
  patterns: { readonly day: string; readonly month: string },
  join: (start: string, end: string) => string,
): (window: DateWindow) => string {
  return (window) => {
    const pattern = window.end.getTime() - window.start.getTime() > 62 * DAY_MS ? patterns.month : patterns.day;
    const from = format(toLocalCalendarDate(window.start), pattern, { locale });
    const to = format(toLocalCalendarDate(lastInstantOf(window)), pattern, { locale });
    return from === to ? from : join(from, to);
  };
}

/** Patterns of {@link createMonthSpanText}: the case a month takes alone, after "from" and after "to". */
export interface MonthSpanPatterns {
  /** A window within one month, e.g. `LLLL yyyy` → "март 1937". */
  readonly single: string;
  /** The first month, e.g. Russian `MMMM yyyy` for "с марта 1937". */
  readonly from: string;
  /** The last month, e.g. Russian `LLLL yyyy` for "по март 1938". */
  readonly to: string;
}

/**
 * Creates a language's {@link Language.overviewValueText}: the months a window touches, end
 * exclusive (the last month is the one holding `end - 1 ms`), in words to be spoken.
 *
 * @param locale - The date-fns locale
 * @param patterns - The date-fns pattern of each position, for languages with cases
 * @param join - Joins the first and last month, e.g. `(a, b) => \`с ${a} по ${b}\``
 *
 * @example
 * const text = createMonthSpanText(ru, { single: 'LLLL yyyy', from: 'MMMM yyyy', to: 'LLLL yyyy' }, (a, b) => `с ${a} по ${b}`);
 * text(new Date('1937-03-01Z'), new Date('1938-04-01Z')) //=> 'с марта 1937 по март 1938'
 * text(new Date('1937-03-01Z'), new Date('1937-04-01Z')) //=> 'март 1937'
 */
export function createMonthSpanText(
  locale: Locale,
  patterns: MonthSpanPatterns,
  join: (from: string, to: string) => string,
): (start: Date, end: Date) => string {
  return (start, end) => {
    const first = toLocalCalendarDate(start);
    const last = toLocalCalendarDate(lastInstantOf({ start, end }));
    if (first.getFullYear() === last.getFullYear() && first.getMonth() === last.getMonth()) {
      return format(first, patterns.single, { locale });
    }
    return join(format(first, patterns.from, { locale }), format(last, patterns.to, { locale }));
  };
}
