/**
 * The data's checker, in one module: a chunk of its own in the bundle, which the entry imports
 * statically (bundle-parser.ts) so it is fetched in parallel with the entry's own imports; the
 * library imports it dynamically (events-source-controller.ts), so a bundler splits it off.
 */
export { parseEvents } from './parse-events.js';
export { outOfRangeProblems } from './range-problems.js';
export { readEventsFile } from './load-events-file.js';
