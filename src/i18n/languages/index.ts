/**
 * The languages `<purge-timeline>` speaks. English is the fallback for any other tag; its words
 * are in the bundle's entry (`en-words.ts`), its dates with date-fns (`../language-dates.ts`): in the
 * bundle's entry too, imported with the data's parser (the first titles need both), and a chunk of
 * their own in a bundler's build of the library, since only data has dates. Every
 * other language, words and dates, is a chunk of its own (`purge-timeline-ru.js`), downloaded
 * only by pages that speak it, through `loadLanguage` (load-language.ts).
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
 * 3. The language: `src/i18n/languages/<code>.ts` exporting a `Language` (language.ts): its code,
 *    name and messages, and its dates made by `createLanguageDates` (language-dates.ts) from the
 *    date-fns locale imported by subpath only (`import { pl } from 'date-fns/locale/pl'`, never
 *    the `date-fns/locale` barrel, which would pull every locale into the bundle), the labels and
 *    how the overview band speaks a span of months. Name the file by the code: it names the
 *    chunk. A new helper that only languages other than English use goes into `grammar.ts` too,
 *    so it comes with the shared chunk fetched alongside each language, not a moment after it.
 * 4. Add one line to {@link languageLoaders} below, a dynamic `import()` of that file — the line
 *    that makes `resolveLanguageCode('pl-PL')` find it and `loadLanguage('pl')` fetch it. Never
 *    import the file statically from the element's code: that would put it back in the entry.
 * 5. Add its rows to the tables in `test/i18n/` (every date precision, the ranges, plural
 *    counts 1, 2, 5, 21, 22); the completeness test covers the messages on its own.
 */
import type { Language } from '../language.js';
import { englishWords } from './en-words.js';

export { englishWords };

/** English, its words with its dates: the module with date-fns and the date code every language uses (in the bundle's entry; a chunk of its own in a bundler's build). */
export const loadEnglish = (): Promise<Language> => import('../language-dates.js').then((module) => ({ ...englishWords, ...module.englishDates }));

/**
 * A language's module, fetched in parallel with the module its chunk imports (the dates, with the
 * shared grammar, which English's dates bring; in the bundle, already there): one round trip, not two.
 */
const withShared = <T>(language: Promise<T>): Promise<T> => Promise.all([language, loadEnglish()]).then(([module]) => module);

/**
 * Every language but English, by code (a unique, lower-case primary subtag): one dynamic
 * import each, so the bundle has one chunk per language.
 */
export const languageLoaders: Readonly<Record<string, () => Promise<Language>>> = {
  ru: () => withShared(import('./ru.js')).then((module) => module.russian),
  cs: () => withShared(import('./cs.js')).then((module) => module.czech),
  de: () => withShared(import('./de.js')).then((module) => module.german),
};

/** Every language's code, English (the fallback) first: known without downloading any language. */
export const languageCodes: readonly string[] = [englishWords.code, ...Object.keys(languageLoaders)];
