/**
 * The grammar the languages other than English share (plural rules, word cases). It goes with
 * the dates (i18n/language-dates.ts): in the bundle's entry, and in a bundler's chunk of the dates,
 * which `languageLoaders` fetches alongside each language's chunk.
 */
export * from '../plural.js';
export * from '../date-grammar.js';
