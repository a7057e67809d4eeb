import type { PartialDate } from '../types.js';
import type { DateLabels } from './date-labels.js';
import { englishDateLabels } from './english-date-labels.js';

/**
 * Says how precisely a date is known, for screen readers and the event popover.
 *
 * @param date - A parsed date
 * @param options.labels - The words of the language; default English
 *
 * @example
 * describePrecision(parsePartialDate('1938-09-29')) //=> 'exact day'
 * describePrecision(parsePartialDate('mid-1938-08')) //=> 'part of the month (mid)'
 * describePrecision(parsePartialDate('~1938-04')) //=> 'month, approximate (about)'
 */
export function describePrecision(date: PartialDate, options: { readonly labels?: DateLabels } = {}): string {
  const labels = options.labels ?? englishDateLabels;
  const description = labels.precision[date.precision](date);
  return date.approximate ? labels.approximatePrecision(description) : description;
}
