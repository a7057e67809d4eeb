// The bundle formats dates with a stand-in for date-fns' `format` (src/date/date-fns-format-lite.ts):
// for every pattern the element uses, in every language, on every day of a leap year and of years
// from 999 to 2024, it must give exactly what date-fns gives.
import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { cs } from 'date-fns/locale/cs';
import { de } from 'date-fns/locale/de';
import { format as formatLite } from '../../src/date/date-fns-format-lite.js';
import { englishDateLabels } from '../../src/date/english-date-labels.js';
import { russianDateLabels } from '../../src/date/russian-date-labels.js';
import { czechDateLabels } from '../../src/date/czech-date-labels.js';
import { germanDateLabels } from '../../src/date/german-date-labels.js';

const LANGUAGES = [
  { locale: enGB, labels: englishDateLabels },
  { locale: ru, labels: russianDateLabels },
  { locale: cs, labels: czechDateLabels },
  { locale: de, labels: germanDateLabels },
];
/** The axis's and the overview band's patterns (src/timeline/axis-labels.ts, src/overview/overview-labels.ts), and other token lengths. */
const OTHER_PATTERNS = ['EEE d', 'd', 'd MMM', 'LLL', 'yyyy', 'LLLL yyyy', 'dd.MM.yyyy', 'M/L y', 'yy', 'EEEE', "d 'de' MMMM", "'o''clock' d", 'd. MMMM'];

function days(year: number): Date[] {
  const dates: Date[] = [];
  for (let date = new Date(year, 0, 1); date.getFullYear() === year; date = new Date(year, date.getMonth(), date.getDate() + 1)) dates.push(date);
  return dates;
}

describe('the date-fns format stand-in', () => {
  it('gives what date-fns gives for every pattern of every language, every day of 1936 and 1941', () => {
    let compared = 0;
    for (const { locale, labels } of LANGUAGES) {
      const patterns = [...new Set([...Object.values(labels.patterns), ...OTHER_PATTERNS])];
      expect(patterns.length, 'the labels have patterns').to.be.greaterThan(OTHER_PATTERNS.length);
      for (const date of [...days(1936), ...days(1941)]) {
        for (const pattern of patterns) {
          expect(formatLite(date, pattern, { locale }), `${locale.code} "${pattern}" ${date.toDateString()}`).to.equal(format(date, pattern, { locale }));
          compared += 1;
        }
      }
    }
    expect(compared).to.be.greaterThan(4 * 731 * OTHER_PATTERNS.length);
  });

  it('writes years as date-fns does, from 999 to 2024', () => {
    for (const year of [999, 1000, 1900, 1935, 1999, 2000, 2024]) {
      const date = new Date(2000, 5, 15);
      date.setFullYear(year);
      for (const pattern of ['y', 'yy', 'yyyy']) expect(formatLite(date, pattern, { locale: enGB }), `${pattern} ${year}`).to.equal(format(date, pattern, { locale: enGB }));
    }
  });

  it('refuses what it cannot format, as date-fns does', () => {
    expect(() => formatLite(new Date(Number.NaN), 'yyyy', { locale: enGB })).to.throw(RangeError, 'Invalid time value');
    expect(() => formatLite(new Date(1938, 8, 29), 'HH:mm', { locale: enGB })).to.throw(RangeError);
  });
});
