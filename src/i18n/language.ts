import type { Locale } from 'date-fns';
import type { DateLabels } from '../date/date-labels.js';
import type { PartialDate } from '../types.js';
import type { Messages } from './messages.js';

/** A window of the timeline, `start` inclusive and `end` exclusive, at 00:00 UTC. */
export interface DateWindow {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The words of one language: all the first paint (toolbar, status) needs. English's are in the
 * bundle's entry (`languages/en-words.ts`); every other language's come with its dates.
 */
export interface LanguageWords {
  /** The primary language subtag, lower case: `en`, `ru`, `cs`, `de`. */
  readonly code: string;
  /** The language's name in itself, for a language menu: `English`, `Русский`. */
  readonly name: string;
  /** Every word of the interface. */
  readonly messages: Messages;
}

/**
 * How one language writes dates: date-fns, its locale and the words around dates. Needed only
 * once there is data, so it is never in the bundle's entry: English's comes in the chunk with
 * date-fns (`language-dates.ts`), fetched in parallel with the data's parser.
 */
export interface LanguageDates {
  /** The date-fns locale for month names, imported by subpath (`date-fns/locale/ru`). */
  readonly dateLocale: Locale;
  /** The words around dates; pass with {@link dateLocale} to `formatPartialDate` and `describePrecision`. */
  readonly dateLabels: DateLabels;
  /** "29 September 1938", "mid-1938 – 1939": a date or a range at the precision the source gives (`formatDateRange`). */
  readonly dateRange: (start: PartialDate, end?: PartialDate) => string;
  /** `formatWindow`'s `joiner`: joins the two ends of a visible window, e.g. `${a} – ${b}`. */
  readonly windowJoiner: (start: string, end: string) => string;
  /**
   * The visible window for the live region, like `formatWindow` but with this language's day
   * and month patterns: "20. September 1938 – 4. Oktober 1938", "März 1937 – März 1938".
   */
  readonly windowText: (window: DateWindow) => string;
  /**
   * The overview band's spoken value (`aria-valuetext`): the months of a window, end
   * exclusive, e.g. "March 1937 to March 1938", "с марта 1937 по март 1938", or one month.
   */
  readonly overviewValueText: (start: Date, end: Date) => string;
}

/**
 * Everything `<purge-timeline>` needs to speak one language: its words and its dates. One object
 * per language in `i18n/languages/`, listed in `i18n/languages/index.ts`; `resolveLanguageCode`
 * picks its code and `loadLanguage` fetches it.
 */
export interface Language extends LanguageWords, LanguageDates {}
