/**
 * Which language one element speaks, and when: its `locale`, else the nearest `lang`, resolved
 * to one of the languages (resolve-language.ts) and taken into use at an update once its words are
 * here (load-language.ts), so every label changes in the same frame.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language, LanguageWords } from './language.js';
import { englishWords } from './languages/index.js';
import { loadLanguage, loadedWords, withDates } from './load-language.js';
import { resolveLanguageCode, languageOf } from './resolve-language.js';

/** The element, as far as its language goes. */
export type LanguageHost = ReactiveControllerHost & Element & { readonly locale?: string; readonly hasUpdated: boolean };

export class LanguageController {
  /** The words in use; English's until another language's have arrived and an update took them. */
  words: LanguageWords = englishWords;
  /** Settles once the language asked for is here, or has failed (then English stays). */
  arrival: Promise<unknown> = Promise.resolve();
  /** The code `locale` or the nearest `lang` asks for; `words` follow once they are here. */
  private code = englishWords.code;
  /** `locale` as last resolved: another value is resolved (and its language fetched) again. */
  private resolvedLocale?: string;

  constructor(private readonly host: LanguageHost) {}

  /** The words' language with its dates: here whenever the element has data (data waits for the dates). */
  get language(): Language {
    return withDates(this.words);
  }

  /**
   * Before an update: resolves the language asked for (on the first update and when `locale`
   * changed) and returns its download if its words are not here yet, for the update to wait for.
   * When it arrives, the host updates again.
   */
  pending(): Promise<unknown> | undefined {
    const { host } = this;
    if (host.hasUpdated && host.locale === this.resolvedLocale) return undefined;
    this.resolvedLocale = host.locale;
    this.code = resolveLanguageCode(host.locale || languageOf(host));
    if (loadedWords(this.code)) return undefined;
    this.arrival = loadLanguage(this.code).then(() => host.requestUpdate());
    return this.arrival;
  }

  /**
   * In an update: takes the words asked for if they are here, else English's (a language that
   * failed or is still on its way). Checked on every update, since a stalled language may arrive
   * after the render it was due for. True when the words changed: everything is relabelled.
   */
  settle(): boolean {
    const words = loadedWords(this.code) ?? englishWords;
    if (words === this.words) return false;
    this.words = words;
    return true;
  }
}
