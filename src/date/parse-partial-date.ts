import type { DatePart, PartialDate, Season } from '../types.js';
import { countDaysInMonth, createUtcDate, MONTH_NAMES } from './utc-calendar.js';

export { compareByStart } from './compare-by-start.js';

/** What a date string may look like; ends the message of a {@link parsePartialDate} error. */
export const DATE_GRAMMAR_HINT = 'expected YYYY, YYYY-MM, YYYY-MM-DD or a qualified form like "mid-1938"';

/** Everything but `raw` and `approximate`, which the prefix decides. */
type DateFields = Omit<PartialDate, 'raw' | 'approximate'>;

/** Throws for a string that has a known form but names no real date. */
type Reject = (reason: string) => never;

interface DateForm {
  readonly pattern: RegExp;
  /** Gets the capture groups (the match without its whole-string entry). */
  readonly read: (groups: readonly (string | undefined)[], reject: Reject) => DateFields;
}

/** Months (0-based, end exclusive) of the early, mid and late part of a year. */
const YEAR_PARTS: Record<DatePart, readonly [number, number]> = { early: [0, 4], mid: [4, 8], late: [8, 12] };

/** First days of the early, mid and late part of a month; late ends with the month. */
const MONTH_PART_STARTS: Record<DatePart, number> = { early: 1, mid: 11, late: 21 };

/** Years (offset in the decade, end exclusive) of the early, mid and late part of a decade. */
const DECADE_PARTS: Record<DatePart, readonly [number, number]> = { early: [0, 4], mid: [4, 7], late: [7, 10] };

/** Months (0-based, end exclusive); winter is December of the year before to February. */
const SEASON_MONTHS: Record<Season, readonly [number, number]> = {
  spring: [2, 5],
  summer: [5, 8],
  autumn: [8, 11],
  winter: [-1, 2],
};

// The parts of a form; the regular expressions guarantee the casts below.
const PART = '(early|mid|late)';
const SEASON = '(spring|summer|autumn|winter)';
const YEAR = '(\\d{4})';
const MONTH = '(\\d{2})';

const FORMS: readonly DateForm[] = [
  {
    pattern: new RegExp(`^${YEAR}$`),
    read: ([year]) => ({
      precision: 'year',
      year: Number(year),
      start: createUtcDate(Number(year), 0, 1),
      end: createUtcDate(Number(year) + 1, 0, 1),
    }),
  },
  {
    pattern: new RegExp(`^${YEAR}-${MONTH}$`),
    read: ([year, month], reject) => {
      const [y, m] = [Number(year), readMonth(month, reject)];
      return { precision: 'month', year: y, month: m, start: createUtcDate(y, m - 1, 1), end: createUtcDate(y, m, 1) };
    },
  },
  {
    pattern: new RegExp(`^${YEAR}-${MONTH}-(\\d{2})$`),
    read: ([year, month, day], reject) => {
      const [y, m] = [Number(year), readMonth(month, reject)];
      const d = Number(day);
      const daysInMonth = countDaysInMonth(y, m);
      if (d === 0) reject('there is no day 0');
      if (d > daysInMonth) reject(`${MONTH_NAMES[m - 1] ?? ''} ${y} has ${daysInMonth} days`);
      return { precision: 'day', year: y, month: m, day: d, start: createUtcDate(y, m - 1, d), end: createUtcDate(y, m - 1, d + 1) };
    },
  },
  {
    pattern: new RegExp(`^${PART}-${YEAR}$`),
    read: ([part, year]) => {
      const p = part as DatePart;
      const [from, to] = YEAR_PARTS[p];
      const y = Number(year);
      return { precision: 'part-of-year', year: y, part: p, start: createUtcDate(y, from, 1), end: createUtcDate(y, to, 1) };
    },
  },
  {
    pattern: new RegExp(`^${PART}-${YEAR}-${MONTH}$`),
    read: ([part, year, month], reject) => {
      const p = part as DatePart;
      const [y, m] = [Number(year), readMonth(month, reject)];
      const start = createUtcDate(y, m - 1, MONTH_PART_STARTS[p]);
      const end = p === 'late' ? createUtcDate(y, m, 1) : createUtcDate(y, m - 1, MONTH_PART_STARTS[p] + 10);
      return { precision: 'part-of-month', year: y, month: m, part: p, start, end };
    },
  },
  {
    pattern: new RegExp(`^${PART}-${YEAR}-${MONTH}-\\d{2}$`),
    read: (_groups, reject) => reject('early, mid and late qualify a month, a year or a decade, not a day'),
  },
  {
    pattern: new RegExp(`^${SEASON}-${YEAR}$`),
    read: ([season, year]) => {
      const s = season as Season;
      const [from, to] = SEASON_MONTHS[s];
      const y = Number(year);
      return { precision: 'season', year: y, season: s, start: createUtcDate(y, from, 1), end: createUtcDate(y, to, 1) };
    },
  },
  {
    pattern: new RegExp(`^${YEAR}-Q(\\d)$`),
    read: ([year, quarter], reject) => {
      const [y, q] = [Number(year), Number(quarter)];
      if (q < 1 || q > 4) reject(`there is no quarter ${q}`);
      return { precision: 'quarter', year: y, quarter: q, start: createUtcDate(y, (q - 1) * 3, 1), end: createUtcDate(y, q * 3, 1) };
    },
  },
  {
    pattern: new RegExp(`^${YEAR}s$`),
    read: ([year], reject) => {
      const y = readDecade(year, reject);
      return { precision: 'decade', year: y, start: createUtcDate(y, 0, 1), end: createUtcDate(y + 10, 0, 1) };
    },
  },
  {
    pattern: new RegExp(`^${PART}-${YEAR}s$`),
    read: ([part, year], reject) => {
      const p = part as DatePart;
      const y = readDecade(year, reject);
      const [from, to] = DECADE_PARTS[p];
      return { precision: 'part-of-decade', year: y, part: p, start: createUtcDate(y + from, 0, 1), end: createUtcDate(y + to, 0, 1) };
    },
  },
];

/**
 * Parses a date as a historian writes it, at exactly the precision written.
 *
 * Forms (each may be prefixed with `~` for "about"): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`;
 * `early-`, `mid-` or `late-` before `YYYY` (Jan–Apr, May–Aug, Sep–Dec) or `YYYY-MM`
 * (days 1–10, 11–20, 21–end); `spring-`, `summer-`, `autumn-` or `winter-` before `YYYY`
 * (winter runs from December of the year before to February); `YYYY-Q1` … `YYYY-Q4`; a decade
 * `YYY0s`, optionally with `early-` (years 0–3), `mid-` (4–6) or `late-` (7–9).
 *
 * Surrounding whitespace is ignored; `raw` keeps the trimmed string.
 *
 * @param raw - The date string, e.g. `mid-1938-08`
 * @returns The span the string names, from `start` (inclusive) to `end` (exclusive), both 00:00 UTC
 * @throws {RangeError} If the string is empty, has no known form, or names no real date
 *
 * @example
 * const date = parsePartialDate('~mid-1938-08');
 * date.precision //=> 'part-of-month'
 * date.approximate //=> true
 * date.start.toISOString() //=> '1938-08-11T00:00:00.000Z'
 * date.end.toISOString() //=> '1938-08-21T00:00:00.000Z'
 *
 * @example
 * parsePartialDate('1938-02-31') // throws RangeError: "1938-02-31" is not a date: February 1938 has 28 days
 */
export function parsePartialDate(raw: string): PartialDate {
  // Callers pass unvalidated JSON; say what is wrong rather than fail on `.trim`.
  const input: unknown = raw;
  if (input === undefined || input === null) throw new RangeError('date is empty');
  if (typeof input !== 'string') {
    throw new RangeError(`date must be a string such as "1938-09-29", got ${typeof input} ${String(input)}`);
  }
  const text = input.trim();
  if (text === '') throw new RangeError('date is empty');

  const approximate = text.startsWith('~');
  const body = approximate ? text.slice(1) : text;
  const reject: Reject = (reason) => {
    throw new RangeError(`${JSON.stringify(text)} is not a date: ${reason}`);
  };

  for (const form of FORMS) {
    const match = form.pattern.exec(body);
    if (match) return { raw: text, approximate, ...form.read(match.slice(1), reject) };
  }
  throw new RangeError(`${JSON.stringify(text)} is not a date (${DATE_GRAMMAR_HINT})`);
}

/** Reads a two-digit month, rejecting 00 and 13–99. */
function readMonth(digits: string | undefined, reject: Reject): number {
  const month = Number(digits);
  if (month < 1 || month > 12) reject(`there is no month ${month}`);
  return month;
}

/** Reads the first year of a decade, rejecting `1935s` and the like. */
function readDecade(digits: string | undefined, reject: Reject): number {
  const year = Number(digits);
  if (year % 10 !== 0) reject(`a decade is written with its first year, e.g. "${year - (year % 10)}s"`);
  return year;
}
