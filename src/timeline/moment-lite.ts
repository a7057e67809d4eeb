/**
 * The part of moment.js that vis-timeline 8.5.4 calls, always in UTC, on plain `Date` arithmetic.
 * The bundle gives it to vis-timeline in place of moment (19 KB gzip): the element keeps every date
 * in UTC and formats what users read with date-fns, so moment's local time, parser, locales and
 * full formatter are never needed.
 *
 * Like moment, setters, `add`, `subtract` and `startOf` change the moment in place and return it;
 * `clone` copies. Unlike moment there is no local mode: `utc()` returns the moment itself, and an
 * ISO string without an offset is read as UTC (as `moment.utc(string)` reads it).
 */

/** What vis-timeline and the element pass to `moment(…)`. */
export type MomentInput = Date | number | string | { valueOf(): number } | null | undefined;

/** moment's getter-setter: no argument reads; a number writes, in place, and returns the moment. */
export interface GetSet {
  (): number;
  (value: number): MomentLite;
}

const DAY = 864e5;

/** Units of fixed length, in milliseconds (in UTC every day has 24 hours). */
const MS: Partial<Record<string, number>> = { week: 7 * DAY, day: DAY, date: DAY, hour: 36e5, minute: 6e4, second: 1e3, millisecond: 1 };

/** Calendar units, in months. */
const MONTHS_IN: Partial<Record<string, number>> = { year: 12, quarter: 3, month: 1 };

/** moment's one-letter unit aliases (case matters: `M` is month, `m` minute); longer names only lose their plural. */
const ALIASES: Partial<Record<string, string>> = { y: 'year', Q: 'quarter', M: 'month', w: 'week', W: 'isoweek', d: 'day', D: 'date', h: 'hour', m: 'minute', s: 'second', ms: 'millisecond' };

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
const DAY_NAMES = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** An offset-less ISO date-time, which `Date` would read as local time. */
const LOCAL_DATE_TIME = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)$/;

function normalize(unit: string): string {
  return ALIASES[unit] ?? unit.toLowerCase().replace(/s$/, '');
}

/** Remainder with the sign of the divisor: instants before 1970 still round down. */
function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function parse(text: string): number {
  const local = LOCAL_DATE_TIME.exec(text);
  return Date.parse(local ? `${local[1]}T${local[2]}Z` : text);
}

/** Moves to a year and month (which may overflow) keeping the day, clamped like moment's: 31 Jan + 1 month = 28/29 Feb. */
function setYearMonth(date: Date, year: number, month: number): void {
  const lastOfMonth = new Date(0);
  lastOfMonth.setUTCFullYear(year, month + 1, 0);
  date.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastOfMonth.getUTCDate()));
}

/** A UTC instant with moment's API (the part vis-timeline uses). */
export class MomentLite {
  /** How vis-timeline (`moment.isMoment`, its option validator) recognises a moment. */
  readonly _isAMomentObject = true;
  /** Named like moment's field: vis-timeline compares `_d` with "Invalid Date" for hidden dates. */
  readonly _d: Date;

  constructor(time: number) {
    this._d = new Date(time);
  }

  clone(): MomentLite {
    return new MomentLite(this.valueOf());
  }

  valueOf(): number {
    return this._d.getTime();
  }

  toDate(): Date {
    return new Date(this.valueOf());
  }

  /** Already UTC. */
  utc(): this {
    return this;
  }

  /** Always English, like moment's built-in locale: setting one is accepted and ignored. */
  locale(): string;
  locale(key: string): this;
  locale(key?: string): string | this {
    return key === undefined ? 'en' : this;
  }

  add(amount: number, unit: string): this {
    const u = normalize(unit);
    const months = MONTHS_IN[u];
    if (months) setYearMonth(this._d, this.year(), this.month() + amount * months);
    else this._d.setTime(this.valueOf() + amount * (MS[u] ?? 0));
    return this;
  }

  subtract(amount: number, unit: string): this {
    return this.add(-amount, unit);
  }

  startOf(unit: string): this {
    const u = normalize(unit);
    // Weeks start on Sunday (moment's 'en'), ISO weeks on Monday.
    if (u === 'week' || u === 'isoweek') return this.startOf('day').add(-mod(this.day() - (u === 'week' ? 0 : 1), 7), 'day');
    const months = MONTHS_IN[u];
    const time = this.valueOf();
    const length = months ? DAY : MS[u];
    // Days and shorter units are aligned on the epoch in UTC.
    if (length) this._d.setTime(time - mod(time, length));
    if (months) this._d.setUTCMonth(this.month() - mod(this.month(), months), 1);
    return this;
  }

  /** Same instant, or with a unit, same year/month/week/day…: both start that unit at the same instant. */
  isSame(input?: MomentInput, unit?: string): boolean {
    const other = moment(input);
    return unit ? this.clone().startOf(unit).valueOf() === other.startOf(unit).valueOf() : this.valueOf() === other.valueOf();
  }

  /** Whole units from `input` to this moment, truncated like moment's; fixed-length units only (vis asks for days). */
  diff(input: MomentInput, unit = 'millisecond'): number {
    return Math.trunc((this.valueOf() - moment(input).valueOf()) / (MS[normalize(unit)] ?? NaN));
  }

  /** moment's format tokens that vis-timeline uses (English names); `[text]` is literal. Default: ISO 8601. */
  format(pattern = 'YYYY-MM-DDTHH:mm:ss[Z]'): string {
    return pattern.replace(TOKENS, (token, literal?: string) => literal ?? String(FORMATTERS[token]?.(this) ?? token));
  }
}

// moment's field accessors, declared here and defined on the prototype below.
export interface MomentLite {
  year: GetSet;
  month: GetSet;
  date: GetSet;
  hours: GetSet;
  minutes: GetSet;
  seconds: GetSet;
  milliseconds: GetSet;
  /** Day of the week, 0 = Sunday. */
  day: GetSet;
  /** Day of the locale's week: 'en' weeks start on Sunday, so the same as `day`. */
  weekday: GetSet;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: GetSet;
  dayOfYear: GetSet;
  /** Week of the year in 'en': weeks start on Sunday and week 1 holds 1 January. */
  week: GetSet;
}

function getSet(get: (m: MomentLite) => number, set: (m: MomentLite, value: number) => unknown): GetSet {
  return function (this: MomentLite, value?: number) {
    if (value === undefined) return get(this);
    // moment ignores NaN writes instead of invalidating the date.
    if (!isNaN(value)) set(this, value);
    return this;
  } as GetSet;
}

/** A field moment sets by moving whole days (or weeks) from its current value. */
function byDays(get: (m: MomentLite) => number, days = 1): GetSet {
  return getSet(get, (m, value) => m.add((value - get(m)) * days, 'day'));
}

const dayOfYear = (m: MomentLite): number => Math.floor((m.valueOf() - m.clone().startOf('year').valueOf()) / DAY) + 1;
// A week is numbered by its Saturday: week 1 is the one whose Saturday falls in 1–7 January.
const week = (m: MomentLite): number => Math.ceil(dayOfYear(m.clone().add(6 - m.day(), 'day')) / 7);
const day = byDays((m) => m._d.getUTCDay());

Object.assign(MomentLite.prototype, {
  year: getSet((m) => m._d.getUTCFullYear(), (m, value) => setYearMonth(m._d, value, m.month())),
  month: getSet((m) => m._d.getUTCMonth(), (m, value) => setYearMonth(m._d, m.year(), value)),
  // Date's own setters overflow into the next unit, as moment's do (date(0) is the last day of the previous month).
  date: getSet((m) => m._d.getUTCDate(), (m, value) => m._d.setUTCDate(value)),
  hours: getSet((m) => m._d.getUTCHours(), (m, value) => m._d.setUTCHours(value)),
  minutes: getSet((m) => m._d.getUTCMinutes(), (m, value) => m._d.setUTCMinutes(value)),
  seconds: getSet((m) => m._d.getUTCSeconds(), (m, value) => m._d.setUTCSeconds(value)),
  milliseconds: getSet((m) => m._d.getUTCMilliseconds(), (m, value) => m._d.setUTCMilliseconds(value)),
  day,
  weekday: day,
  isoWeekday: byDays((m) => m._d.getUTCDay() || 7),
  dayOfYear: byDays(dayOfYear),
  week: byDays(week, 7),
});

const TOKENS = /\[([^\]]*)]|YYYY|M{1,4}|Do|DD?|d{3,4}|HH?|hh?|mm?|ss?|SSS|w/g;

function ordinal(n: number): string {
  return n + (Math.floor((n % 100) / 10) === 1 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
}

const FORMATTERS: Partial<Record<string, (m: MomentLite) => string | number>> = {
  YYYY: (m) => (m.year() < 0 ? '-' : '') + pad(Math.abs(m.year()), 4),
  MMMM: (m) => MONTH_NAMES[m.month()] ?? '',
  MMM: (m) => MONTH_NAMES[m.month()]?.slice(0, 3) ?? '',
  MM: (m) => pad(m.month() + 1),
  M: (m) => m.month() + 1,
  Do: (m) => ordinal(m.date()),
  DD: (m) => pad(m.date()),
  D: (m) => m.date(),
  dddd: (m) => DAY_NAMES[m.day()] ?? '',
  ddd: (m) => DAY_NAMES[m.day()]?.slice(0, 3) ?? '',
  HH: (m) => pad(m.hours()),
  H: (m) => m.hours(),
  hh: (m) => pad(m.hours() % 12 || 12),
  h: (m) => m.hours() % 12 || 12,
  mm: (m) => pad(m.minutes()),
  m: (m) => m.minutes(),
  ss: (m) => pad(m.seconds()),
  s: (m) => m.seconds(),
  SSS: (m) => pad(m.milliseconds(), 3),
  w: (m) => m.week(),
};

/**
 * A moment in UTC, for vis-timeline's `moment` option and in place of the `moment` module.
 *
 * @param input a `Date`, a time in milliseconds, another moment, an ISO 8601 string (UTC unless it
 *   has an offset), or nothing for now
 * @returns a new moment, which setters, `add`, `subtract` and `startOf` change in place
 */
function moment(input?: MomentInput): MomentLite {
  if (input === undefined) return new MomentLite(Date.now());
  return new MomentLite(typeof input === 'string' ? parse(input) : Number(input ?? NaN));
}

/** Whether `value` is a moment (this one's or moment.js's). */
moment.isMoment = (value: unknown): boolean => typeof value === 'object' && value !== null && '_isAMomentObject' in value;

/** vis-timeline sets moment's global locale at import and from its `locale` option: ignored, English stays. */
moment.locale = (..._keys: unknown[]): string => 'en';

export default moment;
