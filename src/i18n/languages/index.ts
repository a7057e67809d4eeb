/**
 * The languages `<purge-timeline>` speaks. English is the fallback for any other tag.
 *
 * ## Adding a language
 *
 * 1. Words around dates: `src/date/<language>-date-labels.ts` exporting a `DateLabels` (see
 *    `date/date-labels.ts`; `russian-date-labels.ts` shows a language with cases). Choose the
 *    date-fns patterns per slot: standalone month `LLLL` alone ("май 1937"), formatting month
 *    `MMMM` after a day or a part word where the language wants the genitive ("середина августа").
 *    Check the range collapse: `dayWithoutMonth` must make "17–25 November 1938" read right
 *    ("17.–25. November 1938" in German and Czech).
 * 2. Interface words: `src/i18n/<language>-messages.ts` exporting a `Messages` with every field
 *    of `englishMessages`; count words through `createPlural(code)` (plural.ts), which follows
 *    the CLDR plural rules, so one/few/many forms come out right.
 * 3. The bundle: `src/i18n/languages/<code>.ts` exporting a `Language` (language.ts) with the
 *    date-fns locale imported by subpath only (`import { pl } from 'date-fns/locale/pl'`, never
 *    the `date-fns/locale` barrel, which would pull every locale into the bundle), the labels,
 *    the messages, and `windowText`/`overviewValueText` made with `createWindowText` and
 *    `createMonthSpanText` (window-text.ts).
 * 4. Add it to {@link languages} below — the one line that makes `resolveLanguage('pl-PL')` find it.
 * 5. Add its rows to the tables in `test/i18n/` (every date precision, the ranges, plural
 *    counts 1, 2, 5, 21, 22); the completeness test covers the messages on its own.
 */
import type { Language } from '../language.js';
import { czech } from './cs.js';
import { german } from './de.js';
import { english } from './en.js';
import { russian } from './ru.js';

export { czech, english, german, russian };

/** Every language, English (the fallback) first; `code`s are unique primary subtags. */
export const languages: readonly Language[] = [english, russian, czech, german];
