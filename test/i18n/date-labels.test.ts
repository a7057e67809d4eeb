import { expect } from '@open-wc/testing';
import { describePrecision, formatDateRange, formatPartialDate } from '../../src/date/format-partial-date.js';
import { parsePartialDate } from '../../src/date/parse-partial-date.js';
import type { Language } from '../../src/i18n/language.js';
import { czech } from '../../src/i18n/languages/cs.js';
import { german } from '../../src/i18n/languages/de.js';
import { russian } from '../../src/i18n/languages/ru.js';

/** Raw date → expected label. */
type Singles = readonly (readonly [string, string])[];
/** Start, end → expected label. */
type Ranges = readonly (readonly [string, string, string])[];

interface Table {
  readonly language: Language;
  readonly singles: Singles;
  readonly ranges: Ranges;
  readonly precisions: Singles;
}

const TABLES: readonly Table[] = [
  {
    language: russian,
    singles: [
      ['1938-09-29', '29 сентября 1938'],
      ['1937-05', 'май 1937'],
      ['1937', '1937'],
      ['mid-1938', 'середина 1938'],
      ['early-1937', 'начало 1937'],
      ['late-1938', 'конец 1938'],
      ['mid-1938-08', 'середина августа 1938'],
      ['early-1938-08', 'начало августа 1938'],
      ['late-1938-08', 'конец августа 1938'],
      ['spring-1938', 'весна 1938'],
      ['summer-1938', 'лето 1938'],
      ['autumn-1938', 'осень 1938'],
      ['winter-1938', 'зима 1937/38'],
      ['1938-Q1', 'I квартал 1938'],
      ['1938-Q4', 'IV квартал 1938'],
      ['1930s', '1930-е'],
      ['early-1930s', 'начало 1930-х'],
      ['mid-1930s', 'середина 1930-х'],
      ['late-1930s', 'конец 1930-х'],
      ['~1938-04', 'ок. апреля 1938'],
      ['~1937-05', 'ок. мая 1937'],
      ['~1938-09-29', 'ок. 29 сентября 1938'],
      ['~1938', 'ок. 1938'],
      ['~mid-1938-08', 'ок. середины августа 1938'],
      ['~early-1937', 'ок. начала 1937'],
      ['~late-1938', 'ок. конца 1938'],
      ['~autumn-1938', 'ок. осени 1938'],
      ['~summer-1938', 'ок. лета 1938'],
      ['~winter-1938', 'ок. зимы 1937/38'],
      ['~1938-Q4', 'ок. IV квартала 1938'],
      ['~1930s', 'ок. 1930-х'],
      ['~early-1930s', 'ок. начала 1930-х'],
    ],
    ranges: [
      ['1938-11-17', '1938-12-01', '17 ноября – 1 декабря 1938'],
      ['1937-03', '1938-03', 'март 1937 – март 1938'],
      ['1938-11-17', '1938-11-25', '17–25 ноября 1938'],
      ['1935', '1938', '1935–1938'],
      ['1938-03', '1938-05', 'март–май 1938'],
      ['1930s', '1940s', '1930–1940-е'],
      ['mid-1938-08', '1938-09-15', 'середина августа – 15 сентября 1938'],
      ['1937-12-20', '1938-01-05', '20 декабря 1937 – 5 января 1938'],
      ['~1938-11-17', '1938-11-25', 'ок. 17 ноября – 25 ноября 1938'],
      ['1935', '~1938', '1935 – ок. 1938'],
      ['autumn-1938', 'winter-1939', 'осень 1938 – зима 1938/39'],
      ['early-1930s', '1941-06-22', 'начало 1930-х – 22 июня 1941'],
    ],
    precisions: [
      ['1938-09-29', 'с точностью до дня'],
      ['1937-05', 'с точностью до месяца'],
      ['mid-1938-08', 'с точностью до части месяца (середина)'],
      ['autumn-1938', 'с точностью до времени года (осень)'],
      ['1938-Q4', 'с точностью до квартала (IV)'],
      ['early-1937', 'с точностью до части года (начало)'],
      ['1937', 'с точностью до года'],
      ['late-1930s', 'с точностью до части десятилетия (конец)'],
      ['1930s', 'с точностью до десятилетия'],
      ['~1938-04', 'с точностью до месяца, приблизительно'],
    ],
  },
  {
    language: czech,
    singles: [
      ['1938-09-29', '29. září 1938'],
      ['1937-05', 'květen 1937'],
      ['1937', '1937'],
      ['mid-1938', 'polovina roku 1938'],
      ['early-1937', 'začátek roku 1937'],
      ['late-1938', 'konec roku 1938'],
      ['mid-1938-08', 'polovina srpna 1938'],
      ['early-1938-08', 'začátek srpna 1938'],
      ['late-1938-08', 'konec srpna 1938'],
      ['spring-1938', 'jaro 1938'],
      ['summer-1938', 'léto 1938'],
      ['autumn-1938', 'podzim 1938'],
      ['winter-1938', 'zima 1937/38'],
      ['1938-Q1', '1. čtvrtletí 1938'],
      ['1938-Q4', '4. čtvrtletí 1938'],
      ['1930s', '30. léta'],
      ['early-1930s', 'začátek 30. let'],
      ['mid-1930s', 'polovina 30. let'],
      ['late-1930s', 'konec 30. let'],
      ['~1938-04', 'kolem dubna 1938'],
      ['~1937-05', 'kolem května 1937'],
      ['~1938-09-29', 'kolem 29. září 1938'],
      ['~1938', 'kolem roku 1938'],
      ['~mid-1938-08', 'kolem poloviny srpna 1938'],
      ['~early-1937', 'kolem začátku roku 1937'],
      ['~late-1938', 'kolem konce roku 1938'],
      ['~autumn-1938', 'kolem podzimu 1938'],
      ['~summer-1938', 'kolem léta 1938'],
      ['~winter-1938', 'kolem zimy 1937/38'],
      ['~1938-Q4', 'kolem 4. čtvrtletí 1938'],
      ['~1930s', 'kolem 30. let'],
      ['~early-1930s', 'kolem začátku 30. let'],
    ],
    ranges: [
      ['1938-11-17', '1938-12-01', '17. listopadu – 1. prosince 1938'],
      ['1937-03', '1938-03', 'březen 1937 – březen 1938'],
      ['1938-11-17', '1938-11-25', '17.–25. listopadu 1938'],
      ['1935', '1938', '1935–1938'],
      ['1938-03', '1938-05', 'březen–květen 1938'],
      ['1930s', '1940s', '30.–40. léta'],
      ['mid-1938-08', '1938-09-15', 'polovina srpna – 15. září 1938'],
      ['1937-12-20', '1938-01-05', '20. prosince 1937 – 5. ledna 1938'],
      ['~1938-11-17', '1938-11-25', 'kolem 17. listopadu – 25. listopadu 1938'],
      ['1935', '~1938', '1935 – kolem roku 1938'],
      ['autumn-1938', 'winter-1939', 'podzim 1938 – zima 1938/39'],
      ['early-1930s', '1941-06-22', 'začátek 30. let – 22. června 1941'],
    ],
    precisions: [
      ['1938-09-29', 'přesný den'],
      ['1937-05', 'měsíc'],
      ['mid-1938-08', 'část měsíce (polovina)'],
      ['autumn-1938', 'roční období (podzim)'],
      ['1938-Q4', 'čtvrtletí (4.)'],
      ['early-1937', 'část roku (začátek)'],
      ['1937', 'rok'],
      ['late-1930s', 'část desetiletí (konec)'],
      ['1930s', 'desetiletí'],
      ['~1938-04', 'měsíc, přibližně'],
    ],
  },
  {
    language: german,
    singles: [
      ['1938-09-29', '29. September 1938'],
      ['1937-05', 'Mai 1937'],
      ['1937', '1937'],
      ['mid-1938', 'Mitte 1938'],
      ['early-1937', 'Anfang 1937'],
      ['late-1938', 'Ende 1938'],
      ['mid-1938-08', 'Mitte August 1938'],
      ['early-1938-08', 'Anfang August 1938'],
      ['late-1938-08', 'Ende August 1938'],
      ['spring-1938', 'Frühjahr 1938'],
      ['summer-1938', 'Sommer 1938'],
      ['autumn-1938', 'Herbst 1938'],
      ['winter-1938', 'Winter 1937/38'],
      ['1938-Q1', '1. Quartal 1938'],
      ['1938-Q4', '4. Quartal 1938'],
      ['1930s', '1930er-Jahre'],
      ['early-1930s', 'Anfang der 1930er-Jahre'],
      ['mid-1930s', 'Mitte der 1930er-Jahre'],
      ['late-1930s', 'Ende der 1930er-Jahre'],
      ['~1938-04', 'ca. April 1938'],
      ['~1938-09-29', 'ca. 29. September 1938'],
      ['~1938', 'ca. 1938'],
      ['~mid-1938-08', 'ca. Mitte August 1938'],
      ['~autumn-1938', 'ca. Herbst 1938'],
      ['~winter-1938', 'ca. Winter 1937/38'],
      ['~1938-Q4', 'ca. 4. Quartal 1938'],
      ['~1930s', 'ca. 1930er-Jahre'],
      ['~early-1930s', 'ca. Anfang der 1930er-Jahre'],
    ],
    ranges: [
      ['1938-11-17', '1938-12-01', '17. November – 1. Dezember 1938'],
      ['1937-03', '1938-03', 'März 1937 – März 1938'],
      ['1938-11-17', '1938-11-25', '17.–25. November 1938'],
      ['1935', '1938', '1935–1938'],
      ['1938-03', '1938-05', 'März–Mai 1938'],
      ['1930s', '1940s', '1930er–1940er-Jahre'],
      ['mid-1938-08', '1938-09-15', 'Mitte August – 15. September 1938'],
      ['1937-12-20', '1938-01-05', '20. Dezember 1937 – 5. Januar 1938'],
      ['~1938-11-17', '1938-11-25', 'ca. 17. November – 25. November 1938'],
      ['1935', '~1938', '1935 – ca. 1938'],
      ['autumn-1938', 'winter-1939', 'Herbst 1938 – Winter 1938/39'],
      ['early-1930s', '1941-06-22', 'Anfang der 1930er-Jahre – 22. Juni 1941'],
    ],
    precisions: [
      ['1938-09-29', 'genauer Tag'],
      ['1937-05', 'Monat'],
      ['mid-1938-08', 'Teil des Monats (Mitte)'],
      ['autumn-1938', 'Jahreszeit (Herbst)'],
      ['1938-Q4', 'Quartal (4.)'],
      ['early-1937', 'Teil des Jahres (Anfang)'],
      ['1937', 'Jahr'],
      ['late-1930s', 'Teil des Jahrzehnts (Ende)'],
      ['1930s', 'Jahrzehnt'],
      ['~1938-04', 'Monat, ungefähr'],
    ],
  },
];

/** Every form the brief asks each language for; each table must cover them. */
const REQUIRED_SINGLES = ['1938-09-29', '1937-05', '1937', 'mid-1938', 'early-1937', 'late-1938', 'mid-1938-08', 'autumn-1938', '1938-Q4', '1930s', 'early-1930s', '~1938-04'];
const REQUIRED_RANGES = [
  ['1938-11-17', '1938-12-01'],
  ['1937-03', '1938-03'],
  ['1938-11-17', '1938-11-25'],
  ['1935', '1938'],
];

for (const { language, singles, ranges, precisions } of TABLES) {
  const options = { locale: language.dateLocale, labels: language.dateLabels };

  describe(`${language.code}: formatPartialDate`, () => {
    it('has a row for every required precision form', () => {
      expect(singles.map(([raw]) => raw)).to.include.members(REQUIRED_SINGLES);
    });
    for (const [raw, expected] of singles) {
      it(`${raw} → ${expected}`, () => {
        expect(formatPartialDate(parsePartialDate(raw), options)).to.equal(expected);
      });
    }
  });

  describe(`${language.code}: formatDateRange`, () => {
    it('has a row for every required range', () => {
      const keys = ranges.map(([start, end]) => `${start}/${end}`);
      expect(keys).to.include.members(REQUIRED_RANGES.map(([start, end]) => `${start}/${end}`));
    });
    for (const [start, end, expected] of ranges) {
      it(`${start} – ${end} → ${expected}`, () => {
        expect(formatDateRange(parsePartialDate(start), parsePartialDate(end), options)).to.equal(expected);
      });
    }
  });

  describe(`${language.code}: describePrecision`, () => {
    for (const [raw, expected] of precisions) {
      it(`${raw} → ${expected}`, () => {
        expect(describePrecision(parsePartialDate(raw), { labels: language.dateLabels })).to.equal(expected);
      });
    }
  });
}
