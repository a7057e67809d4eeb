/**
 * The data's checker, in one module imported dynamically (events-source-controller.ts): in the
 * bundle a chunk of its own, downloaded in parallel with the data, since the first paint needs
 * none of its validation.
 */
export { parseEvents } from './parse-events.js';
export { outOfRangeProblems } from './range-problems.js';
