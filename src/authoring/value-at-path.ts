/** Parser paths (`events[12].footnotes[0]`, data/problem.ts) read back into the data they name. */

/** `events[12].footnotes[0]` → `['events', 12, 'footnotes', 0]`. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (key !== undefined ? key : Number(index)));
}

/** The value at `path` in `json`, or `undefined` when there is none. */
export function valueAtPath(json: unknown, path: string): unknown {
  let value: unknown = json;
  for (const segment of pathSegments(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
