import type { LanguageWords } from '../language.js';
import { englishMessages } from '../messages.js';

/**
 * English's words: the only part of a language in the bundle's entry, so the toolbar paints at
 * once. Its dates (`../language-dates.ts`) come with date-fns, in parallel with the data's parser.
 */
export const englishWords: LanguageWords = {
  code: 'en',
  name: 'English',
  messages: englishMessages,
};
