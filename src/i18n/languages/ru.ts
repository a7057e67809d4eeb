import { ru } from 'date-fns/locale/ru';
import { russianDateLabels } from '../../date/russian-date-labels.js';
import type { Language } from '../language.js';
import { createLanguageDates } from '../language-dates.js';
import { russianMessages } from '../russian-messages.js';

/**
 * Russian: "29 сентября 1938", "середина августа 1938", "ок. апреля 1938"; the overview says
 * "с марта 1937 по март 1938" ("с" + genitive, "по" + accusative, which for months is the nominative).
 */
export const russian: Language = {
  code: 'ru',
  name: 'Русский',
  messages: russianMessages,
  ...createLanguageDates(ru, russianDateLabels, {
    patterns: { single: 'LLLL yyyy', from: 'MMMM yyyy', to: 'LLLL yyyy' },
    join: (from, to) => `с ${from} по ${to}`,
  }),
};
