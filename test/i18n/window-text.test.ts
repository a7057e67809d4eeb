import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { enGB } from 'date-fns/locale/en-GB';
import { formatWindow } from '../../src/date/format-window.js';
import type { Language } from '../../src/i18n/language.js';
import { czech } from '../../src/i18n/languages/cs.js';
import { german } from '../../src/i18n/languages/de.js';
import { russian } from '../../src/i18n/languages/ru.js';
import { loadEnglish } from '../../src/i18n/languages/index.js';
import { describeWindow } from '../../src/overview/overview-labels.js';

/** English as the element gets it: its words (in the entry) with its dates (their own chunk). */
const english = await loadEnglish();

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A window of months (1937-03 to the end of 1938-03), of days, and of one month. */
const MONTHS = { start: utc('1937-03-01'), end: utc('1938-04-01') };
const DAYS = { start: utc('1938-09-20'), end: utc('1938-10-05') };
const ONE_MONTH = { start: utc('1937-03-01'), end: utc('1937-04-01') };

const EXPECTED: readonly (readonly [Language, { months: string; days: string; overview: string; overviewOneMonth: string }])[] = [
  [
    english,
    {
      months: 'March 1937 – March 1938',
      days: '20 September 1938 – 4 October 1938',
      overview: 'March 1937 to March 1938',
      overviewOneMonth: 'March 1937',
    },
  ],
  [
    russian,
    {
      months: 'март 1937 – март 1938',
      days: '20 сентября 1938 – 4 октября 1938',
      overview: 'с марта 1937 по март 1938',
      overviewOneMonth: 'март 1937',
    },
  ],
  [
    czech,
    {
      months: 'březen 1937 – březen 1938',
      days: '20. září 1938 – 4. října 1938',
      overview: 'od března 1937 do března 1938',
      overviewOneMonth: 'březen 1937',
    },
  ],
  [
    german,
    {
      months: 'März 1937 – März 1938',
      days: '20. September 1938 – 4. Oktober 1938',
      overview: 'von März 1937 bis März 1938',
      overviewOneMonth: 'März 1937',
    },
  ],
];

describe('windowText and overviewValueText', () => {
  for (const [language, expected] of EXPECTED) {
    it(`${language.code}: windowText of months and of days`, () => {
      expect(language.windowText(MONTHS)).to.equal(expected.months);
      expect(language.windowText(DAYS)).to.equal(expected.days);
    });

    it(`${language.code}: overviewValueText, end exclusive`, () => {
      expect(language.overviewValueText(MONTHS.start, MONTHS.end)).to.equal(expected.overview);
      expect(language.overviewValueText(ONE_MONTH.start, ONE_MONTH.end)).to.equal(expected.overviewOneMonth);
    });
  }

  it('ru: "по" takes the month that holds end − 1 ms', () => {
    expect(russian.overviewValueText(utc('1938-05-15'), utc('1938-09-01'))).to.equal('с мая 1938 по август 1938');
    expect(russian.overviewValueText(utc('1938-05-15'), new Date(utc('1938-09-01').getTime() + 1))).to.equal('с мая 1938 по сентябрь 1938');
  });

  it('en: the same as formatWindow and describeWindow', () => {
    for (const window of [MONTHS, DAYS, ONE_MONTH]) {
      expect(english.windowText(window)).to.equal(formatWindow(window));
      expect(english.overviewValueText(window.start, window.end)).to.equal(describeWindow(window, enGB));
    }
  });

  it('windowJoiner works with formatWindow for month windows', () => {
    for (const [language, expected] of EXPECTED) {
      expect(formatWindow(MONTHS, { locale: language.dateLocale, joiner: language.windowJoiner })).to.equal(expected.months);
    }
  });
});

describe('windowText and overviewValueText in other time zones', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', { timezone: null });
  });

  for (const timezone of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
    it(`name the same days and months in ${timezone}`, async () => {
      await executeServerCommand('emulate-timezone', { timezone });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezone);
      for (const [language, expected] of EXPECTED) {
        expect(language.windowText(DAYS)).to.equal(expected.days);
        expect(language.overviewValueText(MONTHS.start, MONTHS.end)).to.equal(expected.overview);
      }
    });
  }
});
