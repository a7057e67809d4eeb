import { de } from 'date-fns/locale/de';
import { germanDateLabels } from '../../date/german-date-labels.js';
import type { Language } from '../language.js';
import { createLanguageDates } from '../language-dates.js';
import { germanMessages } from '../german-messages.js';

/** German: "29. September 1938", "Mitte August 1938", "ca. April 1938"; the overview says "von März 1937 bis März 1938". */
export const german: Language = {
  code: 'de',
  name: 'Deutsch',
  messages: germanMessages,
  ...createLanguageDates(de, germanDateLabels, {
    patterns: { single: 'LLLL yyyy', from: 'LLLL yyyy', to: 'LLLL yyyy' },
    join: (from, to) => `von ${from} bis ${to}`,
  }),
};
