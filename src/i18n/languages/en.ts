import { enGB } from 'date-fns/locale/en-GB';
import { englishDateLabels } from '../../date/english-date-labels.js';
import type { Language } from '../language.js';
import { englishMessages } from '../messages.js';
import { createMonthSpanText, createWindowText } from '../window-text.js';

const joiner = (start: string, end: string): string => `${start} – ${end}`;

/** British English, the fallback: "29 September 1938", "March 1937 to March 1938". */
export const english: Language = {
  code: 'en',
  name: 'English',
  dateLocale: enGB,
  dateLabels: englishDateLabels,
  messages: englishMessages,
  windowJoiner: joiner,
  windowText: createWindowText(enGB, englishDateLabels.patterns, joiner),
  overviewValueText: createMonthSpanText(
    enGB,
    { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
    (from, to) => `${from} to ${to}`,
  ),
};
