import type { Language } from './language.js';
import { english, languageLoaders } from './languages/index.js';

/** Languages that have arrived, by code; English is always here. */
const loaded = new Map<string, Language>([[english.code, english]]);
/** Downloads in flight, shared by every element that asks. */
const loading = new Map<string, Promise<Language>>();

/**
 * The language for `code` if it is already here (English always is), without waiting.
 *
 * @param code - A code from `languageCodes`, e.g. from `resolveLanguageCode`
 *
 * @example
 * loadedLanguage('en')?.name //=> 'English'
 * loadedLanguage('ru') //=> undefined until `loadLanguage('ru')` has resolved
 */
export function loadedLanguage(code: string): Language | undefined {
  return loaded.get(code);
}

/**
 * Downloads a language (its chunk in the bundle) once per page. Resolves with English for an
 * unknown code, and for a failed download, after one console warning per failed attempt: the
 * element then speaks English rather than nothing. A failure is not remembered, so a later call
 * tries again.
 *
 * @param code - A code from `languageCodes`, e.g. from `resolveLanguageCode`
 *
 * @example
 * (await loadLanguage('de')).messages.zoomIn //=> 'Vergrößern'
 */
export function loadLanguage(code: string): Promise<Language> {
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  const load = Object.hasOwn(languageLoaders, code) ? languageLoaders[code] : undefined;
  if (!load) return Promise.resolve(english);
  let pending = loading.get(code);
  if (!pending) {
    pending = load().then(
      (language) => {
        loaded.set(code, language);
        return language;
      },
      (error: unknown) => {
        console.warn(`[purge-timeline] Could not load the language "${code}"; showing English.`, error);
        return english;
      },
    );
    pending.finally(() => loading.delete(code));
    loading.set(code, pending);
  }
  return pending;
}
