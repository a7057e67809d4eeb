import { cs } from 'date-fns/locale/cs';
import { czechDateLabels } from '../../date/czech-date-labels.js';
import type { Language } from '../language.js';
import { czechMessages } from '../czech-messages.js';
import { createMonthSpanText, createWindowText } from '../window-text.js';

const joiner = (start: string, end: string): string => `${start} – ${end}`;

/**
 * Czech: "29. září 1938", "polovina srpna 1938", "kolem dubna 1938"; the overview says
 * "od března 1937 do března 1938" ("od" and "do" + genitive).
 */
export const czech: Language = {
  code: 'cs',
  name: 'Čeština',
  dateLocale: cs,
  dateLabels: czechDateLabels,
  messages: czechMessages,
  windowJoiner: joiner,
  windowText: createWindowText(cs, czechDateLabels.patterns, joiner),
  overviewValueText: createMonthSpanText(
    cs,
    { single: 'LLLL yyyy', from: 'MMMM yyyy', to: 'MMMM yyyy' },
    (from, to) => `od ${from} do ${to}`,
  ),
};
