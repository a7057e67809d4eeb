import { expect } from '@open-wc/testing';
import { compareByStart, DATE_GRAMMAR_HINT, parsePartialDate } from '../../src/date/parse-partial-date.js';
import type { PartialDate } from '../../src/types.js';

/** What a parse must give: the fields to check, and the span as `YYYY-MM-DD` (00:00 UTC). */
type Expected = Partial<Omit<PartialDate, 'start' | 'end'>> & { readonly span: readonly [string, string] };

const VALID: readonly (readonly [string, Expected])[] = [
  ['1937', { precision: 'year', year: 1937, span: ['1937-01-01', '1938-01-01'] }],
  ['1937-05', { precision: 'month', year: 1937, month: 5, span: ['1937-05-01', '1937-06-01'] }],
  ['1938-12', { precision: 'month', year: 1938, month: 12, span: ['1938-12-01', '1939-01-01'] }],
  ['1938-09-29', { raw: '1938-09-29', precision: 'day', approximate: false, year: 1938, month: 9, day: 29, span: ['1938-09-29', '1938-09-30'] }],
  ['1938-12-31', { precision: 'day', day: 31, span: ['1938-12-31', '1939-01-01'] }],
  ['1936-02-29', { precision: 'day', month: 2, day: 29, span: ['1936-02-29', '1936-03-01'] }],
  ['2000-02-29', { precision: 'day', span: ['2000-02-29', '2000-03-01'] }],
  ['early-1937', { precision: 'part-of-year', part: 'early', year: 1937, span: ['1937-01-01', '1937-05-01'] }],
  ['mid-1938', { precision: 'part-of-year', part: 'mid', span: ['1938-05-01', '1938-09-01'] }],
  ['late-1938', { precision: 'part-of-year', part: 'late', span: ['1938-09-01', '1939-01-01'] }],
  ['early-1938-08', { precision: 'part-of-month', part: 'early', year: 1938, month: 8, span: ['1938-08-01', '1938-08-11'] }],
  ['mid-1938-08', { precision: 'part-of-month', part: 'mid', month: 8, span: ['1938-08-11', '1938-08-21'] }],
  ['late-1938-08', { precision: 'part-of-month', part: 'late', month: 8, span: ['1938-08-21', '1938-09-01'] }],
  ['late-1938-02', { precision: 'part-of-month', part: 'late', span: ['1938-02-21', '1938-03-01'] }],
  ['late-1936-02', { precision: 'part-of-month', part: 'late', span: ['1936-02-21', '1936-03-01'] }],
  ['late-1938-12', { precision: 'part-of-month', part: 'late', span: ['1938-12-21', '1939-01-01'] }],
  ['spring-1938', { precision: 'season', season: 'spring', year: 1938, span: ['1938-03-01', '1938-06-01'] }],
  ['summer-1938', { precision: 'season', season: 'summer', span: ['1938-06-01', '1938-09-01'] }],
  ['autumn-1938', { precision: 'season', season: 'autumn', span: ['1938-09-01', '1938-12-01'] }],
  ['winter-1938', { precision: 'season', season: 'winter', year: 1938, span: ['1937-12-01', '1938-03-01'] }],
  ['winter-1936', { precision: 'season', season: 'winter', span: ['1935-12-01', '1936-03-01'] }],
  ['1938-Q1', { precision: 'quarter', quarter: 1, year: 1938, span: ['1938-01-01', '1938-04-01'] }],
  ['1938-Q2', { precision: 'quarter', quarter: 2, span: ['1938-04-01', '1938-07-01'] }],
  ['1938-Q3', { precision: 'quarter', quarter: 3, span: ['1938-07-01', '1938-10-01'] }],
  ['1938-Q4', { precision: 'quarter', quarter: 4, span: ['1938-10-01', '1939-01-01'] }],
  ['1930s', { precision: 'decade', year: 1930, span: ['1930-01-01', '1940-01-01'] }],
  ['early-1930s', { precision: 'part-of-decade', part: 'early', year: 1930, span: ['1930-01-01', '1934-01-01'] }],
  ['mid-1930s', { precision: 'part-of-decade', part: 'mid', span: ['1934-01-01', '1937-01-01'] }],
  ['late-1930s', { precision: 'part-of-decade', part: 'late', span: ['1937-01-01', '1940-01-01'] }],
  ['~1938-04', { precision: 'month', approximate: true, month: 4, span: ['1938-04-01', '1938-05-01'] }],
  ['~1938', { precision: 'year', approximate: true, span: ['1938-01-01', '1939-01-01'] }],
  ['~mid-1938-08', { precision: 'part-of-month', approximate: true, part: 'mid', span: ['1938-08-11', '1938-08-21'] }],
  ['~winter-1938', { precision: 'season', approximate: true, span: ['1937-12-01', '1938-03-01'] }],
  ['~1938-Q4', { precision: 'quarter', approximate: true, span: ['1938-10-01', '1939-01-01'] }],
  ['~late-1930s', { precision: 'part-of-decade', approximate: true, span: ['1937-01-01', '1940-01-01'] }],
  [' 1938-09-29\n', { raw: '1938-09-29', precision: 'day', span: ['1938-09-29', '1938-09-30'] }],
  ['\t~mid-1938 ', { raw: '~mid-1938', approximate: true, span: ['1938-05-01', '1938-09-01'] }],
  ['0099-03', { precision: 'month', year: 99, span: ['0099-03-01', '0099-04-01'] }],
];

const INVALID: readonly (readonly [unknown, string])[] = [
  ['May 37', '"May 37" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or a qualified form like "mid-1938")'],
  ['', 'date is empty'],
  ['  \n', 'date is empty'],
  [undefined, 'date is empty'],
  [null, 'date is empty'],
  [1938, 'date must be a string such as "1938-09-29", got number 1938'],
  ['1938-02-31', '"1938-02-31" is not a date: February 1938 has 28 days'],
  ['1937-02-29', '"1937-02-29" is not a date: February 1937 has 28 days'],
  ['1900-02-29', '"1900-02-29" is not a date: February 1900 has 28 days'],
  ['1936-02-30', '"1936-02-30" is not a date: February 1936 has 29 days'],
  ['1938-04-31', '"1938-04-31" is not a date: April 1938 has 30 days'],
  ['1938-01-32', '"1938-01-32" is not a date: January 1938 has 31 days'],
  ['1938-05-00', '"1938-05-00" is not a date: there is no day 0'],
  ['1938-13', '"1938-13" is not a date: there is no month 13'],
  ['1938-00', '"1938-00" is not a date: there is no month 0'],
  ['1938-13-01', '"1938-13-01" is not a date: there is no month 13'],
  ['mid-1938-13', '"mid-1938-13" is not a date: there is no month 13'],
  ['~1938-13', '"~1938-13" is not a date: there is no month 13'],
  ['mid-1938-08-12', '"mid-1938-08-12" is not a date: early, mid and late qualify a month, a year or a decade, not a day'],
  ['1938-Q5', '"1938-Q5" is not a date: there is no quarter 5'],
  ['1938-Q0', '"1938-Q0" is not a date: there is no quarter 0'],
  ['1935s', '"1935s" is not a date: a decade is written with its first year, e.g. "1930s"'],
  ['early-1935s', '"early-1935s" is not a date: a decade is written with its first year, e.g. "1930s"'],
  ['38', `"38" is not a date (${DATE_GRAMMAR_HINT})`],
  ['1938-9-29', `"1938-9-29" is not a date (${DATE_GRAMMAR_HINT})`],
  ['29.09.1938', `"29.09.1938" is not a date (${DATE_GRAMMAR_HINT})`],
  ['1938-09-29T00:00:00Z', `"1938-09-29T00:00:00Z" is not a date (${DATE_GRAMMAR_HINT})`],
  ['fall-1938', `"fall-1938" is not a date (${DATE_GRAMMAR_HINT})`],
  ['Mid-1938', `"Mid-1938" is not a date (${DATE_GRAMMAR_HINT})`],
  ['1938-q4', `"1938-q4" is not a date (${DATE_GRAMMAR_HINT})`],
  ['~', `"~" is not a date (${DATE_GRAMMAR_HINT})`],
  ['~~1938', `"~~1938" is not a date (${DATE_GRAMMAR_HINT})`],
  ['~ 1938', `"~ 1938" is not a date (${DATE_GRAMMAR_HINT})`],
  ['1938 ~', `"1938 ~" is not a date (${DATE_GRAMMAR_HINT})`],
];

/** Runs `run` and returns what it threw, failing the test if it threw nothing. */
function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, got none');
}

describe('parsePartialDate', () => {
  describe('accepts', () => {
    for (const [raw, { span, ...fields }] of VALID) {
      it(`${JSON.stringify(raw)} → ${fields.precision ?? ''} [${span[0]}, ${span[1]})`, () => {
        const date = parsePartialDate(raw);
        expect(date).to.include(fields);
        expect(date.start.toISOString()).to.equal(`${span[0]}T00:00:00.000Z`);
        expect(date.end.toISOString()).to.equal(`${span[1]}T00:00:00.000Z`);
      });
    }
  });

  describe('rejects', () => {
    for (const [raw, message] of INVALID) {
      it(`${JSON.stringify(raw) ?? String(raw)} → RangeError: ${message}`, () => {
        const error = catchError(() => parsePartialDate(raw as string));
        expect(error).to.be.instanceOf(RangeError);
        expect((error as RangeError).message).to.equal(message);
      });
    }
  });

  it('sets only the fields its precision has', () => {
    expect(Object.keys(parsePartialDate('1937')).sort()).to.deep.equal(['approximate', 'end', 'precision', 'raw', 'start', 'year']);
    expect(Object.keys(parsePartialDate('mid-1938-08')).sort()).to.deep.equal(['approximate', 'end', 'month', 'part', 'precision', 'raw', 'start', 'year']);
  });

  it('gives a span that is whole UTC days: start inclusive, end exclusive', () => {
    for (const [raw] of VALID) {
      const { start, end } = parsePartialDate(raw);
      expect(start.getTime() % 86_400_000, raw).to.equal(0);
      expect(end.getTime() % 86_400_000, raw).to.equal(0);
      expect(end.getTime(), raw).to.be.greaterThan(start.getTime());
    }
  });
});

describe('compareByStart', () => {
  it('orders by start, then shorter spans first', () => {
    const raws = ['1938', 'late-1930s', '1938-Q1', '1937-05', 'winter-1938', 'early-1930s', '1938-01', '1938-01-01', '1930s'];
    const sorted = raws.map(parsePartialDate).sort(compareByStart).map((date) => date.raw);
    expect(sorted).to.deep.equal(['early-1930s', '1930s', 'late-1930s', '1937-05', 'winter-1938', '1938-01-01', '1938-01', '1938-Q1', '1938']);
  });

  it('is 0 for the same span', () => {
    expect(compareByStart(parsePartialDate('1938-Q4'), parsePartialDate('~1938-Q4'))).to.equal(0);
  });
});
