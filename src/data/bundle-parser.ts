/**
 * The standalone bundle's first module (src/purge-timeline-bundle.ts): the first titles need the
 * data's parser and the dates, so the bundle imports them statically, into its entry file, and
 * data set on an element is shown in its first update. Imported dynamically, they were asked for
 * once the entry had run and rendered (50–100 ms later); as chunks of their own imported
 * statically, once the browser had read the entry (30–60 ms after it had arrived). The
 * library (src/index.ts) leaves them to dynamic imports, which a bundler splits.
 */
import * as parser from './parser.js';
import { englishDates } from '../i18n/language-dates.js';
import { provideParser } from './events-source-controller.js';

provideParser(parser, englishDates);
