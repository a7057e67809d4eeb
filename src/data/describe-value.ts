/**
 * Values from unknown data, put into problem messages safely: never serialised whole (a value
 * nested 100,000 arrays deep overflows the stack of `JSON.stringify` in Firefox, a cyclic one
 * throws everywhere) and never quoted at full length (a 100,000-character title is not repeated
 * back in the message).
 */

/** Quoted values longer than this are clipped. */
export const MAX_QUOTED_LENGTH = 60;

/**
 * A string in double quotes, clipped to `max` characters with its length, e.g.
 * `"xxxx…" (100000 characters)`.
 */
export function quote(value: string, max = MAX_QUOTED_LENGTH): string {
  if (value.length <= max) return JSON.stringify(value);
  let clipped = value.slice(0, max);
  // Do not cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]$/.test(clipped)) clipped = clipped.slice(0, -1);
  return `${JSON.stringify(`${clipped}…`)} (${value.length} characters)`;
}

/** The kind of a value, for "is … (expected …)": `null`, `an array`, `an object`, `a string`, `a number`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A value as the subject of a sentence ("… is not a footnote number"): strings quoted and
 * clipped, numbers and booleans as written, anything else by its kind only.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return describeType(value);
  }
}

/** The message of an exception, clipped, without ever throwing itself. */
export function reasonOf(error: unknown, max = 200): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message || error.name : String(error);
  } catch {
    text = 'unknown error';
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
