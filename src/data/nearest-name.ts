/**
 * "Did you mean …?" for a misspelt field name: the known name fewest edits away, if it is close
 * enough to be a slip of the keyboard rather than a different word.
 */

/** Names longer than this are not compared (a hostile 100,000-character key costs nothing). */
const MAX_COMPARED_LENGTH = 64;

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`: the optimal
 * string alignment distance, so `tilte` is one edit from `title`.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `name`, compared without regard to case, hyphens and underscores
 * (`Other_View` → `otherView`); `undefined` when none is within about a third of its length
 * (at least one edit, at most three).
 *
 * @example nearestName('catgory', ['id', 'category']) // → 'category'
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > MAX_COMPARED_LENGTH) return undefined;
  const fold = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  const folded = fold(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(folded.length, 1) / 3)));
  return bestDistance <= allowed ? best : undefined;
}
