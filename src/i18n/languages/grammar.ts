/**
 * The grammar the languages other than English share (plural rules, word cases). In the bundle
 * it is one chunk (`purge-timeline-grammar.js`) that `languageLoaders` fetches alongside each
 * language's, rather than after it, when the language's chunk asks for it.
 */
export * from '../plural.js';
export * from '../date-grammar.js';
