import { cs } from 'date-fns/locale/cs';
import { createWordCase, formatWinterYears, monthNominativeToGenitive } from '../i18n/date-grammar.js';
import type { DatePart, Season } from '../types.js';
import type { DateLabels } from './date-labels.js';

const PARTS: Readonly<Record<DatePart, string>> = { early: 'začátek', mid: 'polovina', late: 'konec' };
const SEASONS: Readonly<Record<Season, string>> = { spring: 'jaro', summer: 'léto', autumn: 'podzim', winter: 'zima' };

/**
 * The genitive of a label these labels wrote, for "kolem" and for "začátek/polovina/konec":
 * "duben 1938" → "dubna 1938", "podzim 1938" → "podzimu 1938", "30. léta" → "30. let",
 * a bare year "1938" → "roku 1938". Genitive months ("srpna"), days and quarters stay.
 */
const genitiveWords = createWordCase(
  new Map([
    ...monthNominativeToGenitive(cs),
    ['začátek', 'začátku'],
    ['polovina', 'poloviny'],
    ['konec', 'konce'],
    ['jaro', 'jara'],
    ['léto', 'léta'],
    ['podzim', 'podzimu'],
    ['zima', 'zimy'],
    ['léta', 'let'],
  ]),
);
const genitive = (label: string): string => (/^\d+$/.test(label) ? `roku ${label}` : genitiveWords(label));

/**
 * Czech words around dates; goes with the date-fns `cs` locale.
 *
 * Labels are noun phrases: "29. září 1938", "květen 1937" (nominative month), "polovina srpna
 * 1938" (genitive month), "polovina roku 1938", "podzim 1938", "zima 1937/38",
 * "4. čtvrtletí 1938", "30. léta", "začátek 30. let". "Kolem" takes the genitive: "kolem dubna
 * 1938", "kolem roku 1938", "kolem poloviny srpna 1938". Ranges: "17.–25. listopadu 1938",
 * "17. listopadu – 1. prosince 1938", "1935–1938", "30.–40. léta".
 */
export const czechDateLabels: DateLabels = {
  patterns: {
    day: 'd. MMMM yyyy',
    dayWithoutYear: 'd. MMMM',
    dayWithoutMonth: 'd.',
    month: 'LLLL yyyy',
    monthWithoutYear: 'LLLL',
    partOfMonth: 'MMMM yyyy',
    partOfMonthWithoutYear: 'MMMM',
    year: 'yyyy',
  },
  approximate: (label) => `kolem ${genitive(label)}`,
  part: {
    early: (label) => `${PARTS.early} ${genitive(label)}`,
    mid: (label) => `${PARTS.mid} ${genitive(label)}`,
    late: (label) => `${PARTS.late} ${genitive(label)}`,
  },
  season: {
    spring: (year) => `${SEASONS.spring} ${year}`,
    summer: (year) => `${SEASONS.summer} ${year}`,
    autumn: (year) => `${SEASONS.autumn} ${year}`,
    winter: (year) => `${SEASONS.winter} ${formatWinterYears(year)}`,
  },
  quarter: (quarter, year) => `${quarter}. čtvrtletí ${year}`,
  decade: (decade) => {
    // "30. léta": the decade within its century, as Czech writes it; 1900 has no such name.
    const tens = Number(decade) % 100;
    return /^\d+$/.test(decade) && tens >= 10 ? `${tens}. léta` : `léta ${decade}–${Number(decade) + 9}`;
  },
  range: (start, end) => `${start} – ${end}`,
  tightRange: (start, end) => {
    // Two decades share "léta": "30.–40. léta".
    const decades = /^(\d+)\. léta$/.exec(start);
    return decades && /^\d+\. léta$/.test(end) ? `${decades[1]}.–${end}` : `${start}–${end}`;
  },
  precision: {
    day: () => 'přesný den',
    month: () => 'měsíc',
    'part-of-month': (date) => `část měsíce (${date.part ? PARTS[date.part] : ''})`,
    season: (date) => `roční období (${date.season ? SEASONS[date.season] : ''})`,
    quarter: (date) => `čtvrtletí (${date.quarter ?? ''}.)`,
    'part-of-year': (date) => `část roku (${date.part ? PARTS[date.part] : ''})`,
    year: () => 'rok',
    'part-of-decade': (date) => `část desetiletí (${date.part ? PARTS[date.part] : ''})`,
    decade: () => 'desetiletí',
  },
  approximatePrecision: (description) => `${description}, přibližně`,
};
