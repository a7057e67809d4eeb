/**
 * The data's checker, in one module: in the bundle it is part of the entry file (bundle-parser.ts
 * imports it statically, since the first titles need it); the library imports it dynamically
 * (events-source-controller.ts), so a bundler splits it off.
 */
export { parseEvents } from './parse-events.js';
export { outOfRangeProblems } from './range-problems.js';
export { readEventsFile } from './load-events-file.js';
