/**
 * The date side of every language: how a language's dates are made, and English's, the fallback.
 * One module for all the date code, imported dynamically for English's dates and statically by
 * the other languages and the reader parts, so that a bundler makes one chunk of it, with
 * date-fns. The standalone bundle has it in its entry file (bundle-parser.ts imports it
 * statically): the first titles need it.
 */
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import type { DateLabels } from '../date/date-labels.js';
import { englishDateLabels } from '../date/english-date-labels.js';
import { formatDateRange, formatPartialDate } from '../date/format-partial-date.js';
import type { LanguageDates } from './language.js';
import { createMonthSpanText, createWindowText, type MonthSpanPatterns } from './window-text.js';

/**
 * `formatPartialDate` and `formatDateRange` for the reader parts (describe-dating-plainly.ts): a
 * binding of this module, not a re-export, so a bundler puts them in this module's chunk rather
 * than in a small chunk of their own (a re-export would tie the reader parts to the other module).
 */
export const dateFormat = { date: formatPartialDate, range: formatDateRange } as const;

/**
 * date-fns' `format`, for the engine's axis and overview labels: taken from here, so a bundler
 * keeps all of date-fns in this module's chunk rather than splitting a chunk of `format` shared
 * with the engine (in a Vite build that split cost about 300 B gzip).
 */
export const formatWithPattern: typeof format = format;

/**
 * The grammar the other languages share (plural rules, word cases): exported from here so that it
 * comes in this chunk, which every language fetches anyway, rather than as a chunk of its own.
 */
export * from './languages/grammar.js';

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

/**
 * British English dates, the fallback: "29 September 1938", "March 1937 to March 1938". The
 * words are in the entry (`languages/en-words.ts`).
 */
export const englishDates: LanguageDates = createLanguageDates(enGB, englishDateLabels, {
  patterns: { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
  join: (from, to) => `${from} to ${to}`,
});
