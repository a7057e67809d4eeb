import { expect } from '@open-wc/testing';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import {
  DAY_MS,
  MIN_WINDOW_MS,
  addUtcMonths,
  centreWindowOn,
  clampWindow,
  fractionOf,
  monthlyDensity,
  moveWindowStart,
  resizeWindowEdge,
  stepWindowByMonths,
  timeAtFraction,
  wholeMonthsBetween,
  yearSpans,
  yearTicks,
  type OverviewWindow,
  type WindowEdge,
} from '../../src/overview/overview-geometry.js';
import { describeWindow, formatYear } from '../../src/overview/overview-labels.js';
import { windowForKey } from '../../src/overview/overview-keys.js';

/** 00:00 UTC of an ISO day, or an ISO instant as given. */
const d = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const w = (start: string, end: string): OverviewWindow => ({ start: d(start), end: d(end) });
const iso = (window: OverviewWindow) => [window.start.toISOString().slice(0, 10), window.end.toISOString().slice(0, 10)];

const BOUNDS = w('1935-01-01', '1942-01-01');
const SPAN = BOUNDS.end.getTime() - BOUNDS.start.getTime();

describe('overview geometry: addUtcMonths', () => {
  const cases: [string, number, string][] = [
    ['1937-03-01', 1, '1937-04-01T00:00:00.000Z'],
    ['1937-03-01', -1, '1937-02-01T00:00:00.000Z'],
    ['1937-12-15', 1, '1938-01-15T00:00:00.000Z'],
    ['1937-01-15', -1, '1936-12-15T00:00:00.000Z'],
    ['1937-03-01', 12, '1938-03-01T00:00:00.000Z'],
    ['1937-01-31', 1, '1937-02-28T00:00:00.000Z'],
    ['1936-01-31', 1, '1936-02-29T00:00:00.000Z'],
    ['1936-02-29', 12, '1937-02-28T00:00:00.000Z'],
    ['1937-03-01T12:30:00Z', 1, '1937-04-01T12:30:00.000Z'],
  ];
  for (const [from, months, expected] of cases) {
    it(`${from} + ${months} months = ${expected}`, () => {
      expect(addUtcMonths(d(from), months).toISOString()).to.equal(expected);
    });
  }
});

describe('overview geometry: wholeMonthsBetween', () => {
  const cases: [string, string, number][] = [
    ['1935-01-01', '1935-01-01', 0],
    ['1935-01-01', '1935-01-31', 0],
    ['1935-01-01', '1935-02-01', 1],
    ['1935-01-01', '1937-03-15', 26],
    ['1935-01-01', '1941-01-01', 72],
    ['1935-01-15', '1935-02-14', 0],
    ['1935-01-15', '1935-02-15', 1],
    ['1935-03-01', '1935-01-01', -2],
  ];
  for (const [from, to, expected] of cases) {
    it(`${from} → ${to}: ${expected}`, () => {
      expect(wholeMonthsBetween(d(from), d(to))).to.equal(expected);
    });
  }
});

describe('overview geometry: fractions', () => {
  const cases: [string, number][] = [
    ['1935-01-01', 0],
    ['1942-01-01', 1],
    ['1930-01-01', 0],
    ['1950-01-01', 1],
  ];
  for (const [date, fraction] of cases) {
    it(`puts ${date} at ${fraction}`, () => {
      expect(fractionOf(d(date), BOUNDS)).to.equal(fraction);
    });
  }

  it('maps a fraction back to the same instant', () => {
    const instant = d('1938-09-29').getTime();
    expect(timeAtFraction(fractionOf(instant, BOUNDS), BOUNDS)).to.be.closeTo(instant, 1);
    expect(timeAtFraction(0.5, BOUNDS)).to.equal(BOUNDS.start.getTime() + SPAN / 2);
  });
});

describe('overview geometry: moving a window', () => {
  const cases: [string, () => OverviewWindow, [string, string]][] = [
    ['clampWindow leaves a window inside alone', () => clampWindow(w('1937-03-01', '1938-03-01'), BOUNDS), ['1937-03-01', '1938-03-01']],
    ['clampWindow pushes one past the end back in', () => clampWindow(w('1941-06-01', '1942-06-01'), BOUNDS), ['1941-01-01', '1942-01-01']],
    ['clampWindow pushes one before the start forward', () => clampWindow(w('1934-06-01', '1935-06-01'), BOUNDS), ['1935-01-01', '1936-01-01']],
    ['clampWindow cuts one longer than the bounds to them', () => clampWindow(w('1930-01-01', '1950-01-01'), BOUNDS), ['1935-01-01', '1942-01-01']],
    ['moveWindowStart keeps the length', () => moveWindowStart(w('1937-03-01', '1937-04-01'), d('1939-01-01'), BOUNDS), ['1939-01-01', '1939-02-01']],
    ['stepWindowByMonths +1 moves the start a calendar month', () => stepWindowByMonths(w('1937-03-01', '1938-03-16'), 1, BOUNDS), ['1937-04-01', '1938-04-16']],
    ['stepWindowByMonths -12 moves it a year back', () => stepWindowByMonths(w('1937-03-01', '1938-03-16'), -12, BOUNDS), ['1936-03-01', '1937-03-16']],
    ['stepWindowByMonths stops at the end', () => stepWindowByMonths(w('1941-03-01', '1941-12-01'), 12, BOUNDS), ['1941-04-01', '1942-01-01']],
    ['stepWindowByMonths stops at the start', () => stepWindowByMonths(w('1935-01-01', '1935-02-01'), -1, BOUNDS), ['1935-01-01', '1935-02-01']],
    ['centreWindowOn centres it', () => centreWindowOn(w('1935-01-01', '1935-01-11'), d('1938-01-06'), BOUNDS), ['1938-01-01', '1938-01-11']],
    ['centreWindowOn stops at the end', () => centreWindowOn(w('1935-01-01', '1936-01-01'), d('1941-12-01'), BOUNDS), ['1941-01-01', '1942-01-01']],
  ];
  for (const [name, run, expected] of cases) {
    it(name, () => {
      expect(iso(run())).to.deep.equal(expected);
    });
  }
});

describe('overview geometry: resizing a window by one edge', () => {
  const window = w('1937-01-01', '1938-01-01');
  const cases: [string, WindowEdge, string, [string, string]][] = [
    ['moves the start', 'start', '1936-06-01', ['1936-06-01', '1938-01-01']],
    ['moves the end', 'end', '1939-01-01', ['1937-01-01', '1939-01-01']],
    ['stops the start at min', 'start', '1930-01-01', ['1935-01-01', '1938-01-01']],
    ['stops the end at max', 'end', '1950-01-01', ['1937-01-01', '1942-01-01']],
    ['keeps a week when the start passes the end', 'start', '1939-01-01', ['1937-12-25', '1938-01-01']],
    ['keeps a week when the end passes the start', 'end', '1936-01-01', ['1937-01-01', '1937-01-08']],
  ];
  for (const [name, edge, time, expected] of cases) {
    it(name, () => {
      const resized = resizeWindowEdge(window, edge, d(time), BOUNDS);
      expect(iso(resized)).to.deep.equal(expected);
      expect(resized.end.getTime() - resized.start.getTime()).to.be.at.least(MIN_WINDOW_MS);
    });
  }
});

describe('overview geometry: years and density', () => {
  it('lists the years of the band and ticks at each inner 1 January', () => {
    expect(yearSpans(BOUNDS).map((span) => span.year)).to.deep.equal([1935, 1936, 1937, 1938, 1939, 1940, 1941]);
    expect(yearTicks(BOUNDS).map((tick) => tick.toISOString().slice(0, 10))).to.deep.equal(['1936-01-01', '1937-01-01', '1938-01-01', '1939-01-01', '1940-01-01', '1941-01-01']);
  });

  it('cuts the first and last years to the bounds', () => {
    const spans = yearSpans(w('1935-07-01', '1937-03-01'));
    expect(spans.map((span) => [span.year, ...iso(span)])).to.deep.equal([
      [1935, '1935-07-01', '1936-01-01'],
      [1936, '1936-01-01', '1937-01-01'],
      [1937, '1937-01-01', '1937-03-01'],
    ]);
  });

  const marks = [
    w('1937-03-10', '1937-03-11'), // a day in March
    w('1937-03-01', '1937-04-01'), // the month of March, end exclusive: not April
    w('1937-03-20', '1937-05-15'), // March to May
    { start: d('1937-05-31'), end: d('1937-05-31') }, // a point: counts in May
    w('1930-01-01', '1935-02-01'), // begins before the band: counts in January 1935
  ];
  const cases: [string, number][] = [
    ['1935-01-01', 1],
    ['1935-02-01', 0],
    ['1937-02-01', 0],
    ['1937-03-01', 3],
    ['1937-04-01', 1],
    ['1937-05-01', 2],
    ['1937-06-01', 0],
  ];
  const density = monthlyDensity(marks, BOUNDS);
  for (const [month, count] of cases) {
    it(`counts ${count} mark(s) touching the month of ${month}`, () => {
      const found = density.find((entry) => entry.start.getTime() === d(month).getTime());
      expect(found?.count).to.equal(count);
    });
  }

  it('counts as testing every mark against every month would, for marks inside, across and outside the bounds', () => {
    const bounds = w('1935-01-15', '1941-12-20');
    // A fixed pseudo-random walk (no Math.random: a failure must repeat).
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const span = 8 * 365 * 86_400_000;
    const base = d('1934-06-01').getTime();
    const marks = Array.from({ length: 400 }, (_, index) => {
      const start = base + Math.floor(next() * span);
      // Points, a day, months, years; and marks that end exactly on a month's start.
      const length = [0, 86_400_000, Math.floor(next() * 400 * 86_400_000)][index % 3]!;
      return index % 10 === 9 ? { start: new Date(start), end: d('1937-03-01') } : { start: new Date(start), end: new Date(start + length) };
    });
    const expected = monthlyDensity([], bounds).map((month) => {
      const [from, to] = [month.start.getTime(), month.end.getTime()];
      return marks.filter((mark) => mark.start.getTime() < to && Math.max(mark.end.getTime(), mark.start.getTime() + 1) > from).length;
    });
    expect(monthlyDensity(marks, bounds).map((month) => month.count)).to.deep.equal(expected);
    expect(expected.some((count) => count > 0) && expected.some((count) => count !== expected[0])).to.equal(true);
  });

  it('has one entry per month of the band, cut to the bounds', () => {
    expect(density).to.have.length(84);
    expect(iso(monthlyDensity([], w('1935-01-15', '1935-03-10'))[0]!)).to.deep.equal(['1935-01-15', '1935-02-01']);
    expect(iso(monthlyDensity([], w('1935-01-15', '1935-03-10')).at(-1)!)).to.deep.equal(['1935-03-01', '1935-03-10']);
  });
});

describe('overview keys', () => {
  const window = w('1937-03-01', '1938-03-16');
  const cases: [string, [string, string] | undefined][] = [
    ['ArrowRight', ['1937-04-01', '1938-04-16']],
    ['ArrowUp', ['1937-04-01', '1938-04-16']],
    ['ArrowLeft', ['1937-02-01', '1938-02-16']],
    ['ArrowDown', ['1937-02-01', '1938-02-16']],
    ['PageUp', ['1938-03-01', '1939-03-16']],
    ['PageDown', ['1936-03-01', '1937-03-16']],
    ['Home', ['1935-01-01', '1936-01-16']],
    ['End', ['1940-12-17', '1942-01-01']],
    ['Enter', undefined],
  ];
  for (const [key, expected] of cases) {
    it(`${key} moves ${iso(window).join('–')} to ${expected?.join('–') ?? 'nowhere'}`, () => {
      const next = windowForKey(key, window, BOUNDS);
      expect(next && iso(next)).to.deep.equal(expected);
      if (next) expect(next.end.getTime() - next.start.getTime()).to.equal(380 * DAY_MS);
    });
  }
});

describe('overview labels (time zone Pacific/Honolulu, UTC−10)', () => {
  const cases: [OverviewWindow, string][] = [
    [w('1937-03-01', '1938-04-01'), 'March 1937 to March 1938'],
    [w('1937-03-01', '1938-03-02'), 'March 1937 to March 1938'],
    [w('1937-03-01', '1938-03-01'), 'March 1937 to February 1938'],
    [w('1937-03-01', '1937-04-01'), 'March 1937'],
    [w('1935-01-01', '1942-01-01'), 'January 1935 to December 1941'],
  ];
  for (const [window, expected] of cases) {
    it(`says ${iso(window).join('–')} as "${expected}"`, () => {
      expect(describeWindow(window, enGB)).to.equal(expected);
    });
  }

  it('names months in the given locale', () => {
    expect(describeWindow(w('1937-03-01', '1937-04-01'), ru)).to.equal('март 1937');
  });

  it('labels a year by its UTC 1 January, not the local day before', () => {
    expect(formatYear(d('1935-01-01'), enGB)).to.equal('1935');
  });
});
