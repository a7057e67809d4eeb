import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ru } from 'date-fns/locale/ru';
import {
  describePrecision,
  englishDateLabels,
  formatDateRange,
  formatPartialDate,
  type DateLabels,
} from '../../src/date/format-partial-date.js';
import { parsePartialDate } from '../../src/date/parse-partial-date.js';

const SINGLE: readonly (readonly [string, string])[] = [
  ['1938-09-29', '29 September 1938'],
  ['1938-01-01', '1 January 1938'],
  ['1938-12-31', '31 December 1938'],
  ['1936-02-29', '29 February 1936'],
  ['1937-05', 'May 1937'],
  ['1938-12', 'December 1938'],
  ['1937', '1937'],
  ['early-1937', 'early 1937'],
  ['mid-1938', 'mid-1938'],
  ['late-1938', 'late 1938'],
  ['early-1938-08', 'early August 1938'],
  ['mid-1938-08', 'mid-August 1938'],
  ['late-1938-08', 'late August 1938'],
  ['spring-1938', 'spring 1938'],
  ['summer-1938', 'summer 1938'],
  ['autumn-1938', 'autumn 1938'],
  ['winter-1938', 'winter 1938'],
  ['1938-Q1', 'Q1 1938'],
  ['1938-Q4', 'Q4 1938'],
  ['1930s', '1930s'],
  ['early-1930s', 'early 1930s'],
  ['mid-1930s', 'mid-1930s'],
  ['late-1930s', 'late 1930s'],
  ['~1938-04', 'c. April 1938'],
  ['~1938-09-29', 'c. 29 September 1938'],
  ['~1938', 'c. 1938'],
  ['~mid-1938-08', 'c. mid-August 1938'],
  ['~autumn-1938', 'c. autumn 1938'],
  ['~1930s', 'c. 1930s'],
];

const RANGES: readonly (readonly [string, string | undefined, string])[] = [
  ['1938-11-17', '1938-12-01', '17 November – 1 December 1938'],
  ['1937-03', '1938-03', 'March 1937 – March 1938'],
  ['1938-11-17', '1938-11-25', '17–25 November 1938'],
  ['1935', '1938', '1935–1938'],
  ['mid-1938-08', '1938-09-15', 'mid-August – 15 September 1938'],
  ['1938-09-29', undefined, '29 September 1938'],
  ['1938-09-29', '1938-09-29', '29 September 1938'],
  ['~1938', '~1938', 'c. 1938'],
  ['1938-03', '1938-05', 'March–May 1938'],
  ['1930s', '1940s', '1930s–1940s'],
  ['1937-12-20', '1938-01-05', '20 December 1937 – 5 January 1938'],
  ['1938-05', '1938-09-15', 'May – 15 September 1938'],
  ['1938-09-15', 'late-1938-10', '15 September – late October 1938'],
  ['early-1938-08', 'late-1938-08', 'early August – late August 1938'],
  ['~1938-11-17', '1938-11-25', 'c. 17 November – 25 November 1938'],
  ['1938-11-17', '~1938-11-25', '17 November – c. 25 November 1938'],
  ['~1938-03', '1938-05', 'c. March – May 1938'],
  ['1935', '~1938', '1935 – c. 1938'],
  ['1938', '~1938', '1938 – c. 1938'],
  ['1937-05', '1938', 'May 1937 – 1938'],
  ['mid-1938', 'late-1938', 'mid-1938 – late 1938'],
  ['autumn-1938', '1939-Q1', 'autumn 1938 – Q1 1939'],
  ['autumn-1938', 'winter-1939', 'autumn 1938 – winter 1939'],
  ['1938-05', '1938', 'May 1938 – 1938'],
  ['early-1930s', '1941-06-22', 'early 1930s – 22 June 1941'],
];

const PRECISIONS: readonly (readonly [string, string])[] = [
  ['1938-09-29', 'exact day'],
  ['1937-05', 'month'],
  ['mid-1938-08', 'part of the month (mid)'],
  ['autumn-1938', 'season (autumn)'],
  ['1938-Q4', 'quarter (Q4)'],
  ['early-1937', 'part of the year (early)'],
  ['1937', 'year'],
  ['late-1930s', 'part of the decade (late)'],
  ['1930s', 'decade'],
  ['~1938-04', 'month, approximate (about)'],
];

/** West and east of Greenwich, with their 1938 offsets; Honolulu is the runner's own zone. */
const TIME_ZONES = ['Pacific/Honolulu', 'America/Los_Angeles', 'UTC', 'Europe/Moscow', 'Asia/Tokyo', 'Pacific/Auckland'];

describe('formatPartialDate', () => {
  for (const [raw, expected] of SINGLE) {
    it(`${raw} → ${expected}`, () => {
      expect(formatPartialDate(parsePartialDate(raw))).to.equal(expected);
    });
  }

  it('formats the date-fns part with the given locale and the rest with the given labels', () => {
    const russian: DateLabels = {
      ...englishDateLabels,
      patterns: { ...englishDateLabels.patterns, partOfMonth: 'MMMM yyyy' },
      approximate: (label) => `ок. ${label}`,
      part: { ...englishDateLabels.part, mid: (label) => `середина ${label}` },
    };
    const options = { locale: ru, labels: russian };
    expect(formatPartialDate(parsePartialDate('1938-04'), options)).to.equal('апрель 1938');
    expect(formatPartialDate(parsePartialDate('1938-09-29'), options)).to.equal('29 сентября 1938');
    expect(formatPartialDate(parsePartialDate('mid-1938-08'), options)).to.equal('середина августа 1938');
    expect(formatPartialDate(parsePartialDate('~1938'), options)).to.equal('ок. 1938');
  });
});

describe('formatDateRange', () => {
  for (const [start, end, expected] of RANGES) {
    it(`${start} – ${end ?? '(no end)'} → ${expected}`, () => {
      expect(formatDateRange(parsePartialDate(start), end === undefined ? undefined : parsePartialDate(end))).to.equal(expected);
    });
  }
});

describe('describePrecision', () => {
  for (const [raw, expected] of PRECISIONS) {
    it(`${raw} → ${expected}`, () => {
      expect(describePrecision(parsePartialDate(raw))).to.equal(expected);
    });
  }
});

describe('formatting in every time zone', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', { timezone: null });
  });

  for (const timezone of TIME_ZONES) {
    it(`shows the same days in ${timezone}`, async () => {
      await executeServerCommand('emulate-timezone', { timezone });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezone);

      const date = parsePartialDate('1938-09-29');
      expect(date.start.toISOString()).to.equal('1938-09-29T00:00:00.000Z');
      expect(formatPartialDate(date)).to.equal('29 September 1938');
      expect(formatPartialDate(parsePartialDate('1938-01-01'))).to.equal('1 January 1938');
      expect(formatPartialDate(parsePartialDate('1938-12-31'))).to.equal('31 December 1938');
      expect(formatPartialDate(parsePartialDate('1937-05'))).to.equal('May 1937');
      expect(formatPartialDate(parsePartialDate('1938'))).to.equal('1938');
      expect(formatPartialDate(parsePartialDate('winter-1938'))).to.equal('winter 1938');
      expect(formatDateRange(parsePartialDate('1938-11-17'), parsePartialDate('1938-12-01'))).to.equal('17 November – 1 December 1938');
    });
  }

  it('is a real test: without the conversion, the zones disagree about the day', async () => {
    const start = parsePartialDate('1938-09-29').start;
    await executeServerCommand('emulate-timezone', { timezone: 'Pacific/Honolulu' });
    expect(start.getDate()).to.equal(28);
    await executeServerCommand('emulate-timezone', { timezone: 'Asia/Tokyo' });
    expect(start.getDate()).to.equal(29);
  });
});
