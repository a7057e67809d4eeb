import type { PartialDate } from '../types.js';

/**
 * Orders partial dates chronologically: by `start`, then by `end`, so of two spans starting
 * the same day the shorter (more precise) comes first. For `Array.prototype.sort`.
 *
 * @returns Negative if `a` comes first, positive if `b` does, 0 for the same span
 *
 * @example
 * ['1938', '1937-05', '1938-Q1', 'early-1930s'].map(parsePartialDate).sort(compareByStart).map((d) => d.raw)
 * //=> ['early-1930s', '1937-05', '1938-Q1', '1938']
 */
export function compareByStart(a: PartialDate, b: PartialDate): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime();
}
