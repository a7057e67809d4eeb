import { englishWords, languageCodes } from './languages/index.js';

/**
 * Picks the language for a BCP 47 tag by its primary subtag, case-insensitively: `ru`,
 * `ru-RU`, `RU`, `cs-CZ`, `de-AT`, `de_CH` all find theirs. Anything unknown, empty or
 * missing gets English. Synchronous: it needs only the list of codes, not the languages
 * themselves, which `loadLanguage` (load-language.ts) then fetches.
 *
 * @param tag - A language tag, e.g. from {@link languageOf}
 * @returns A code from `languageCodes`: `en`, `ru`, `cs` or `de`
 *
 * @example
 * resolveLanguageCode('de-AT') //=> 'de'
 * resolveLanguageCode('fr') //=> 'en'
 */
export function resolveLanguageCode(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/, 1)[0];
  return languageCodes.find((code) => code === primary) ?? englishWords.code;
}

/**
 * The language an element should speak: its own `locale` attribute if set, else the `lang`
 * of the element or its nearest ancestor, crossing shadow roots to their hosts (as `lang`
 * itself inherits). `lang=""` means "unknown" and stops the search.
 *
 * @param element - Usually the `<purge-timeline>` element
 * @returns The tag as written, for {@link resolveLanguageCode}; undefined if nothing says
 *
 * @example
 * // <html lang="cs"> … <purge-timeline>
 * resolveLanguageCode(languageOf(timeline)) //=> 'cs'
 */
export function languageOf(element: Element): string | undefined {
  const locale = element.getAttribute('locale')?.trim();
  if (locale) return locale;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

/** The parent element, or the host when `element` is at the top of a shadow tree. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
