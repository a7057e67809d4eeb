/**
 * Moves a 00:00 UTC date to local midnight of the same calendar day.
 *
 * Partial dates are stored at 00:00 UTC so they name the same days everywhere, but date-fns
 * (like `Date`'s getters) reads local time: west of Greenwich, 1938-09-29T00:00Z is still
 * 28 September. Format the result of this function instead, and every time zone shows the
 * 29th. Also used for vis-timeline's axis labels.
 *
 * @param utc - A date whose UTC calendar day is the one to show
 * @returns Local midnight (or the first local moment) of that calendar day
 *
 * @example
 * // In New York (UTC−5):
 * const utc = new Date('1938-09-29T00:00:00Z');
 * format(utc, 'd MMMM yyyy') //=> '28 September 1938'
 * format(toLocalCalendarDate(utc), 'd MMMM yyyy') //=> '29 September 1938'
 */
export function toLocalCalendarDate(utc: Date): Date {
  const [year, monthIndex, day] = [utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()];
  const local = new Date(year, monthIndex, day);
  // The constructor maps years 0–99 to 1900–1999; setFullYear does not.
  local.setFullYear(year, monthIndex, day);
  return local;
}
