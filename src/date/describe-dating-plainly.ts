import type { PartialDate } from '../types.js';
import type { DateFormatOptions } from './date-labels.js';
// From the languages' date module, in whose chunk they are (language-dates.ts).
import { dateFormat } from '../i18n/language-dates.js';

const { date: formatPartialDate, range: formatDateRange } = dateFormat;

/** The sentences of one language; `Messages` carries them (`datedExactDay` …). */
export interface PlainDatingWords {
  readonly datedExactDay: string;
  readonly datedExactDays: string;
  readonly datedOnly: (label: string, decade: boolean) => string;
  readonly datedOnlyRange: (start: string, end: string, startDecade: boolean, endDecade: boolean) => string;
  readonly datedApproximately: (label: string) => string;
}

function namesDecade(date: PartialDate): boolean {
  return date.precision === 'decade' || date.precision === 'part-of-decade';
}

/**
 * Says in plain words how precisely the chapter dates something, for readers (the popover and
 * the list): no machine syntax such as `mid-1938-08` or `~`, no author's jargon.
 *
 * @example
 * const words = englishMessages;
 * describeDatingPlainly(parsePartialDate('1938-09-29'), undefined, { words }) //=> 'The chapter gives the exact day.'
 * describeDatingPlainly(parsePartialDate('early-1930s'), parsePartialDate('mid-1940'), { words })
 * //=> 'The chapter gives only the early 1930s and mid-1940.'
 * describeDatingPlainly(parsePartialDate('~1937-02'), undefined, { words }) //=> 'An approximate date: c. February 1937.'
 */
export function describeDatingPlainly(
  start: PartialDate,
  end: PartialDate | undefined,
  options: DateFormatOptions & { readonly words: PlainDatingWords },
): string {
  const { words } = options;
  const last = end ?? start;
  if (start.approximate || last.approximate) return words.datedApproximately(formatDateRange(start, end, options));
  const sameSpan = !end || (start.start.getTime() === end.start.getTime() && start.end.getTime() === end.end.getTime() && start.precision === end.precision);
  if (start.precision === 'day' && last.precision === 'day') return sameSpan ? words.datedExactDay : words.datedExactDays;
  if (sameSpan) return words.datedOnly(formatPartialDate(start, options), namesDecade(start));
  return words.datedOnlyRange(formatPartialDate(start, options), formatPartialDate(last, options), namesDecade(start), namesDecade(last));
}

/** {@link describeDatingPlainly} in a language: its date-fns locale, date words and sentences. */
export function describeDatingIn(
  language: { readonly dateLocale: DateFormatOptions['locale']; readonly dateLabels: NonNullable<DateFormatOptions['labels']>; readonly messages: PlainDatingWords },
  start: PartialDate,
  end?: PartialDate,
): string {
  return describeDatingPlainly(start, end, { locale: language.dateLocale, labels: language.dateLabels, words: language.messages });
}
