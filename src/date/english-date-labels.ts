import type { DateLabels } from './date-labels.js';

/** British English words around dates; goes with the date-fns `enGB` locale. */
export const englishDateLabels: DateLabels = {
  patterns: {
    day: 'd MMMM yyyy',
    dayWithoutYear: 'd MMMM',
    dayWithoutMonth: 'd',
    month: 'LLLL yyyy',
    monthWithoutYear: 'LLLL',
    partOfMonth: 'LLLL yyyy',
    partOfMonthWithoutYear: 'LLLL',
    year: 'yyyy',
  },
  approximate: (label) => `c. ${label}`,
  part: {
    early: (label) => `early ${label}`,
    mid: (label) => `mid-${label}`,
    late: (label) => `late ${label}`,
  },
  season: {
    spring: (year) => `spring ${year}`,
    summer: (year) => `summer ${year}`,
    autumn: (year) => `autumn ${year}`,
    winter: (year) => `winter ${year}`,
  },
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  decade: (decade) => `${decade}s`,
  range: (start, end) => `${start} – ${end}`,
  tightRange: (start, end) => `${start}–${end}`,
  precision: {
    day: () => 'exact day',
    month: () => 'month',
    'part-of-month': (date) => `part of the month (${date.part ?? ''})`,
    season: (date) => `season (${date.season ?? ''})`,
    quarter: (date) => `quarter (Q${date.quarter ?? ''})`,
    'part-of-year': (date) => `part of the year (${date.part ?? ''})`,
    year: () => 'year',
    'part-of-decade': (date) => `part of the decade (${date.part ?? ''})`,
    decade: () => 'decade',
  },
  approximatePrecision: (description) => `${description}, approximate (about)`,
};
