/**
 * The grammar the languages other than English share (plural rules, word cases). In the bundle
 * it is part of the dates chunk (`purge-timeline-dates.js`, see i18n/language-dates.ts), which
 * `languageLoaders` fetches alongside each language's chunk.
 */
export * from '../plural.js';
export * from '../date-grammar.js';
