/**
 * The data's checker, in one module imported dynamically (events-source-controller.ts): in the
 * bundle a chunk of its own, downloaded in parallel with the data (whose request the entry starts),
 * since the first paint needs none of its validation: the file's, the response's, the range's.
 */
export { parseEvents } from './parse-events.js';
export { outOfRangeProblems } from './range-problems.js';
export { readEventsFile } from './load-events-file.js';
