/**
 * The standalone bundle's entry (`dist/purge-timeline.js`, the package's `/bundle`): all that
 * src/index.ts exports, registering the element, with the data's parser and English's dates
 * imported first and statically (bundle-parser.ts).
 */
import './data/bundle-parser.js';

export * from './index.js';
