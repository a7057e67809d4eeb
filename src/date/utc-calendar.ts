/**
 * Calendar arithmetic on 00:00 UTC dates, so a parsed span is the same calendar days in every
 * time zone. Proleptic Gregorian, like `Date` itself.
 */

/** English month names, for parse error messages (which are for authors, not readers). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Creates 00:00 UTC of a calendar day. Like `Date.UTC`, a month index or day outside its range
 * rolls over (month 12 is January of the next year, month -1 December of the previous one), so
 * the exclusive end of a span is simply "one past" its last unit.
 *
 * Unlike `Date.UTC`, years 0–99 stay years 0–99 instead of becoming 1900–1999.
 *
 * @param year - The full year, e.g. 1938
 * @param monthIndex - 0 for January … 11 for December
 * @param day - 1–31
 *
 * @example
 * createUtcDate(1938, 8, 29).toISOString() //=> '1938-09-29T00:00:00.000Z'
 * createUtcDate(1938, 12, 1).toISOString() //=> '1939-01-01T00:00:00.000Z'
 */
export function createUtcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0); // 1970-01-01T00:00:00Z: the time of day is already midnight
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/**
 * Whether a year of the (proleptic) Gregorian calendar has a 29 February.
 *
 * @example
 * isLeapYear(1936) //=> true
 * isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param month - 1 for January … 12 for December
 *
 * @example
 * countDaysInMonth(1938, 2) //=> 28
 * countDaysInMonth(1936, 2) //=> 29
 */
export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
