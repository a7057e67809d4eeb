import { cs } from 'date-fns/locale/cs';
import { czechDateLabels } from '../../date/czech-date-labels.js';
import type { Language } from '../language.js';
import { createLanguageDates } from '../language-dates.js';
import { czechMessages } from '../czech-messages.js';

/**
 * Czech: "29. září 1938", "polovina srpna 1938", "kolem dubna 1938"; the overview says
 * "od března 1937 do března 1938" ("od" and "do" + genitive).
 */
export const czech: Language = {
  code: 'cs',
  name: 'Čeština',
  messages: czechMessages,
  ...createLanguageDates(cs, czechDateLabels, {
    patterns: { single: 'LLLL yyyy', from: 'MMMM yyyy', to: 'MMMM yyyy' },
    join: (from, to) => `od ${from} do ${to}`,
  }),
};
