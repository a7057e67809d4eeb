import type { Language, LanguageDates, LanguageWords } from './language.js';
import { englishWords, languageLoaders, loadEnglish } from './languages/index.js';

/** Languages that have arrived, words and dates, by code; English once its dates have. */
const loaded = new Map<string, Language>();
/** Downloads in flight, shared by every element that asks. */
const loading = new Map<string, Promise<LanguageWords>>();
/** English's dates in flight or here (a failure is forgotten, so a later call tries again). */
let englishLoad: Promise<Language> | undefined;

/**
 * The words of the language for `code` if they are here (English's always are), without waiting.
 *
 * @param code - A code from `languageCodes`, e.g. from `resolveLanguageCode`
 *
 * @example
 * loadedWords('en')?.messages.zoomIn //=> 'Zoom in'
 * loadedWords('ru') //=> undefined until `loadLanguage('ru')` has resolved
 */
export function loadedWords(code: string): LanguageWords | undefined {
  return loaded.get(code) ?? (code === englishWords.code ? englishWords : undefined);
}

/**
 * The language for `code` with its dates if it is here, without waiting: any language whose
 * words are here, once {@link loadDates} has resolved (as it has whenever an element has data).
 *
 * @example
 * loadedLanguage('ru') //=> undefined until `loadLanguage('ru')` has resolved
 * loadedLanguage('en')?.dateRange(parsePartialDate('1938-09-29')) //=> '29 September 1938' once `loadDates()` has resolved
 */
export function loadedLanguage(code: string): Language | undefined {
  return loaded.get(code);
}

/**
 * The language of `words` with its dates, for code that runs only once there is data (the data
 * waits for {@link loadDates}, and every other language's words come with their dates).
 *
 * @throws when asked before the dates have arrived: a date written before there was data
 */
export function withDates(words: LanguageWords): Language {
  const language = loaded.get(words.code);
  if (!language) throw new Error(`[purge-timeline] The dates of "${words.code}" were asked for before they had loaded.`);
  return language;
}

/**
 * Downloads English's dates, which bring date-fns and the date code of every language: what
 * data waits for before it is shown (events-source-controller.ts), since only data has dates.
 * Rejects when the download fails; a later call tries again.
 */
export function loadDates(): Promise<Language> {
  englishLoad ??= loadEnglish().then(
    (english) => {
      loaded.set(english.code, english);
      return english;
    },
    (error: unknown) => {
      englishLoad = undefined;
      throw error;
    },
  );
  return englishLoad;
}

/**
 * English's dates, already here: for an entry that imports them statically (bundle-parser.ts), so
 * that data is shown in the element's first update rather than once a dynamic import resolves.
 */
export function provideEnglishDates(dates: LanguageDates): void {
  const english: Language = { ...englishWords, ...dates };
  loaded.set(english.code, english);
  englishLoad ??= Promise.resolve(english);
}

/**
 * Downloads a language, words and dates (its chunk in the bundle), once per page. Resolves with
 * it, or with English's words for an unknown code or English itself, and for a failed download
 * after one console warning per failed attempt: the element then speaks English rather than
 * nothing. A failure is not remembered, so a later call tries again.
 *
 * @param code - A code from `languageCodes`, e.g. from `resolveLanguageCode`
 *
 * @example
 * (await loadLanguage('de')).messages.zoomIn //=> 'Vergrößern'
 */
export function loadLanguage(code: string): Promise<LanguageWords> {
  const ready = loadedWords(code);
  if (ready) return Promise.resolve(ready);
  const load = Object.hasOwn(languageLoaders, code) ? languageLoaders[code] : undefined;
  if (!load) return Promise.resolve(englishWords);
  let pending = loading.get(code);
  if (!pending) {
    pending = load().then(
      (language) => {
        loaded.set(code, language);
        return language;
      },
      (error: unknown) => {
        console.warn(`[purge-timeline] Could not load the language "${code}"; showing English.`, error);
        return englishWords;
      },
    );
    pending.finally(() => loading.delete(code));
    loading.set(code, pending);
  }
  return pending;
}
