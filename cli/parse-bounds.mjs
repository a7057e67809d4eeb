/**
 * `--min` and `--max` as the element reads its `min` and `max` attributes: from the start of
 * `min`'s span to the end of `max`'s. An unset side is open, as the element widens an unset side
 * to cover every event. Returns the bounds, `undefined` when neither is given, or a message.
 */
const EARLIEST = new Date(-8.64e15);
const LATEST = new Date(8.64e15);

export function parseBounds({ min, max }, parsePartialDate) {
  if (!min && !max) return undefined;
  const read = (value, edge) => {
    if (!value) return edge === 'start' ? EARLIEST : LATEST;
    try {
      return parsePartialDate(value)[edge];
    } catch (error) {
      return `--${edge === 'start' ? 'min' : 'max'}: ${error.message}`;
    }
  };
  const start = read(min, 'start');
  const end = read(max, 'end');
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  return { start, end };
}
