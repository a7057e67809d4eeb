import { formatWinterYears } from '../i18n/date-grammar.js';
import type { DatePart, Season } from '../types.js';
import type { DateLabels } from './date-labels.js';

const PARTS: Readonly<Record<DatePart, string>> = { early: 'Anfang', mid: 'Mitte', late: 'Ende' };
const SEASONS: Readonly<Record<Season, string>> = { spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' };
const DECADE = /^(\d+)er-Jahre$/;

/** "Anfang 1937", "Mitte August 1938", but "Anfang der 1930er-Jahre". */
const withPart = (part: DatePart, label: string): string => `${PARTS[part]} ${DECADE.test(label) ? 'der ' : ''}${label}`;

/**
 * German words around dates; goes with the date-fns `de` locale.
 *
 * "29. September 1938", "Mai 1937", "Mitte August 1938", "Anfang 1937", "Mitte 1938",
 * "Ende 1938", "Herbst 1938", "Winter 1937/38", "4. Quartal 1938", "1930er-Jahre" (Duden's
 * hyphenated form), "Anfang der 1930er-Jahre", "ca. April 1938". Ranges:
 * "17.–25. November 1938", "17. November – 1. Dezember 1938", "1935–1938",
 * "1930er–1940er-Jahre".
 */
export const germanDateLabels: DateLabels = {
  patterns: {
    day: 'd. MMMM yyyy',
    dayWithoutYear: 'd. MMMM',
    dayWithoutMonth: 'd.',
    month: 'LLLL yyyy',
    monthWithoutYear: 'LLLL',
    partOfMonth: 'LLLL yyyy',
    partOfMonthWithoutYear: 'LLLL',
    year: 'yyyy',
  },
  approximate: (label) => `ca. ${label}`,
  part: {
    early: (label) => withPart('early', label),
    mid: (label) => withPart('mid', label),
    late: (label) => withPart('late', label),
  },
  season: {
    spring: (year) => `${SEASONS.spring} ${year}`,
    summer: (year) => `${SEASONS.summer} ${year}`,
    autumn: (year) => `${SEASONS.autumn} ${year}`,
    winter: (year) => `${SEASONS.winter} ${formatWinterYears(year)}`,
  },
  quarter: (quarter, year) => `${quarter}. Quartal ${year}`,
  decade: (decade) => `${decade}er-Jahre`,
  range: (start, end) => `${start} – ${end}`,
  tightRange: (start, end) => {
    // Two decades share "-Jahre": "1930er–1940er-Jahre".
    const decades = DECADE.exec(start);
    return decades && DECADE.test(end) ? `${decades[1]}er–${end}` : `${start}–${end}`;
  },
  precision: {
    day: () => 'genauer Tag',
    month: () => 'Monat',
    'part-of-month': (date) => `Teil des Monats (${date.part ? PARTS[date.part] : ''})`,
    season: (date) => `Jahreszeit (${date.season ? SEASONS[date.season] : ''})`,
    quarter: (date) => `Quartal (${date.quarter ?? ''}.)`,
    'part-of-year': (date) => `Teil des Jahres (${date.part ? PARTS[date.part] : ''})`,
    year: () => 'Jahr',
    'part-of-decade': (date) => `Teil des Jahrzehnts (${date.part ? PARTS[date.part] : ''})`,
    decade: () => 'Jahrzehnt',
  },
  approximatePrecision: (description) => `${description}, ungefähr`,
};
