import { ru } from 'date-fns/locale/ru';
import { createWordCase, formatWinterYears, monthNominativeToGenitive } from '../i18n/date-grammar.js';
import type { DatePart, Season } from '../types.js';
import type { DateLabels } from './date-labels.js';

const PARTS: Readonly<Record<DatePart, string>> = { early: 'начало', mid: 'середина', late: 'конец' };
const SEASONS: Readonly<Record<Season, string>> = { spring: 'весна', summer: 'лето', autumn: 'осень', winter: 'зима' };
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The genitive of a label these labels wrote, for "около" (ок.) and for "начало/середина/конец":
 * "апрель 1938" → "апреля 1938", "осень 1938" → "осени 1938", "1930-е" → "1930-х".
 * Genitive months ("августа"), days and years stay as they are.
 */
const genitive = createWordCase(
  new Map([
    ...monthNominativeToGenitive(ru),
    ['начало', 'начала'],
    ['середина', 'середины'],
    ['конец', 'конца'],
    ['весна', 'весны'],
    ['лето', 'лета'],
    ['осень', 'осени'],
    ['зима', 'зимы'],
    ['квартал', 'квартала'],
  ]),
  (word) => word.replace(/^(\d+)-е$/, '$1-х'),
);

/**
 * Russian words around dates; goes with the date-fns `ru` locale.
 *
 * Labels are noun phrases without "г."/"гг.", like the axis: "29 сентября 1938", "май 1937"
 * (standalone month), "середина августа 1938" (genitive month), "середина 1938",
 * "осень 1938", "зима 1937/38", "IV квартал 1938", "1930-е", "начало 1930-х".
 * "Около" is abbreviated "ок." and always takes the genitive: "ок. апреля 1938", "ок. 1938",
 * "ок. середины августа 1938". Ranges: "17–25 ноября 1938", "17 ноября – 1 декабря 1938",
 * "1935–1938", "1930–1940-е".
 */
export const russianDateLabels: DateLabels = {
  patterns: {
    day: 'd MMMM yyyy',
    dayWithoutYear: 'd MMMM',
    dayWithoutMonth: 'd',
    month: 'LLLL yyyy',
    monthWithoutYear: 'LLLL',
    partOfMonth: 'MMMM yyyy',
    partOfMonthWithoutYear: 'MMMM',
    year: 'yyyy',
  },
  approximate: (label) => `ок. ${genitive(label)}`,
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
  quarter: (quarter, year) => `${ROMAN[quarter - 1] ?? quarter} квартал ${year}`,
  decade: (decade) => `${decade}-е`,
  range: (start, end) => `${start} – ${end}`,
  tightRange: (start, end) => {
    // Two decades share the ending: "1930–1940-е".
    const decades = /^(\d+)-е$/.exec(start);
    return decades && /^\d+-е$/.test(end) ? `${decades[1]}–${end}` : `${start}–${end}`;
  },
  precision: {
    day: () => 'с точностью до дня',
    month: () => 'с точностью до месяца',
    'part-of-month': (date) => `с точностью до части месяца (${date.part ? PARTS[date.part] : ''})`,
    season: (date) => `с точностью до времени года (${date.season ? SEASONS[date.season] : ''})`,
    quarter: (date) => `с точностью до квартала (${date.quarter ? (ROMAN[date.quarter - 1] ?? date.quarter) : ''})`,
    'part-of-year': (date) => `с точностью до части года (${date.part ? PARTS[date.part] : ''})`,
    year: () => 'с точностью до года',
    'part-of-decade': (date) => `с точностью до части десятилетия (${date.part ? PARTS[date.part] : ''})`,
    decade: () => 'с точностью до десятилетия',
  },
  approximatePrecision: (description) => `${description}, приблизительно`,
};
