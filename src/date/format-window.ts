import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { toLocalCalendarDate } from './to-local-calendar-date.js';

const DAY_MS = 86_400_000;

/**
 * Names a visible window for people: months when it spans more than about two months, days
 * otherwise. `end` is exclusive, so the last day shown is the day before it.
 *
 * @example
 * formatWindow({ start: new Date('1937-03-01Z'), end: new Date('1938-04-01Z') }) //=> 'March 1937 – March 1938'
 * formatWindow({ start: new Date('1938-09-20Z'), end: new Date('1938-10-05Z') }) //=> '20 September 1938 – 4 October 1938'
 */
export function formatWindow(window: { start: Date; end: Date }, options: { locale?: Locale; joiner?: (a: string, b: string) => string } = {}): string {
  const locale = options.locale ?? enGB;
  const join = options.joiner ?? ((a: string, b: string) => `${a} – ${b}`);
  const lastInstant = new Date(Math.max(window.start.getTime(), window.end.getTime() - 1));
  const pattern = window.end.getTime() - window.start.getTime() > 62 * DAY_MS ? 'LLLL yyyy' : 'd MMMM yyyy';
  const from = format(toLocalCalendarDate(window.start), pattern, { locale });
  const to = format(toLocalCalendarDate(lastInstant), pattern, { locale });
  return from === to ? from : join(from, to);
}
