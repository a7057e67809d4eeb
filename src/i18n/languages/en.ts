import { enGB } from 'date-fns/locale/en-GB';
import { englishDateLabels } from '../../date/english-date-labels.js';
import type { LanguageDates } from '../language.js';
import { createLanguageDates } from '../language-dates.js';

/**
 * British English dates, the fallback: "29 September 1938", "March 1937 to March 1938". The
 * words are in the entry (`en-words.ts`); in the bundle this module is the chunk with date-fns
 * and the date code every language uses (`purge-timeline-dates.js`).
 */
export const englishDates: LanguageDates = createLanguageDates(enGB, englishDateLabels, {
  patterns: { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
  join: (from, to) => `${from} to ${to}`,
});
