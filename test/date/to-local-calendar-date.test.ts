import { expect } from '@open-wc/testing';
import { toLocalCalendarDate } from '../../src/date/to-local-calendar-date.js';

const CASES: readonly (readonly [string, readonly [number, number, number]])[] = [
  ['1938-09-29T00:00:00.000Z', [1938, 8, 29]],
  ['1938-01-01T00:00:00.000Z', [1938, 0, 1]],
  ['1936-02-29T00:00:00.000Z', [1936, 1, 29]],
  ['0099-03-01T00:00:00.000Z', [99, 2, 1]],
];

describe('toLocalCalendarDate', () => {
  for (const [iso, [year, monthIndex, day]] of CASES) {
    it(`${iso} → local ${year}-${monthIndex + 1}-${day}`, () => {
      const local = toLocalCalendarDate(new Date(iso));
      expect([local.getFullYear(), local.getMonth(), local.getDate()]).to.deep.equal([year, monthIndex, day]);
      expect(local.getHours()).to.equal(0);
    });
  }
});
