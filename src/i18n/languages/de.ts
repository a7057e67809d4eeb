import { de } from 'date-fns/locale/de';
import { germanDateLabels } from '../../date/german-date-labels.js';
import type { Language } from '../language.js';
import { germanMessages } from '../german-messages.js';
import { createMonthSpanText, createWindowText } from '../window-text.js';

const joiner = (start: string, end: string): string => `${start} – ${end}`;

/** German: "29. September 1938", "Mitte August 1938", "ca. April 1938"; the overview says "von März 1937 bis März 1938". */
export const german: Language = {
  code: 'de',
  name: 'Deutsch',
  dateLocale: de,
  dateLabels: germanDateLabels,
  messages: germanMessages,
  windowJoiner: joiner,
  windowText: createWindowText(de, germanDateLabels.patterns, joiner),
  overviewValueText: createMonthSpanText(
    de,
    { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
    (from, to) => `von ${from} bis ${to}`,
  ),
};
