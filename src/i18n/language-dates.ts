import type { Locale } from 'date-fns';
import type { DateLabels } from '../date/date-labels.js';
import { formatDateRange } from '../date/format-partial-date.js';
import type { LanguageDates } from './language.js';
import { createMonthSpanText, createWindowText, type MonthSpanPatterns } from './window-text.js';

/** "a – b": how every language so far joins the two ends of a window. */
const dash = (start: string, end: string): string => `${start} – ${end}`;

/**
 * A language's {@link LanguageDates} from its date-fns locale, its date labels and how its
 * overview band speaks a span of months.
 *
 * @param locale - The date-fns locale, imported by subpath (`date-fns/locale/ru`)
 * @param labels - The language's date labels (`date/<language>-date-labels.ts`)
 * @param monthSpan - The overview's patterns per position and the words that join them
 *
 * @example
 * const dates = createLanguageDates(de, germanDateLabels, {
 *   patterns: { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
 *   join: (from, to) => `von ${from} bis ${to}`,
 * });
 * dates.overviewValueText(new Date('1937-03-01Z'), new Date('1938-04-01Z')) //=> 'von März 1937 bis März 1938'
 */
export function createLanguageDates(
  locale: Locale,
  labels: DateLabels,
  monthSpan: { readonly patterns: MonthSpanPatterns; readonly join: (from: string, to: string) => string },
): LanguageDates {
  return {
    dateLocale: locale,
    dateLabels: labels,
    dateRange: (start, end) => formatDateRange(start, end, { locale, labels }),
    windowJoiner: dash,
    windowText: createWindowText(locale, labels.patterns, dash),
    overviewValueText: createMonthSpanText(locale, monthSpan.patterns, monthSpan.join),
  };
}
