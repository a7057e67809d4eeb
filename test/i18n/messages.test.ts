import { expect } from '@open-wc/testing';
import type { LanguageWords } from '../../src/i18n/language.js';
import { czech } from '../../src/i18n/languages/cs.js';
import { german } from '../../src/i18n/languages/de.js';
import { russian } from '../../src/i18n/languages/ru.js';
import { englishWords, languageCodes } from '../../src/i18n/languages/index.js';
import { loadLanguage } from '../../src/i18n/load-language.js';
import { englishMessages, type Messages } from '../../src/i18n/messages.js';

/** Count → expected eventCount, for 1, 2, 5, 21, 22. */
const EVENT_COUNTS: readonly (readonly [LanguageWords, readonly string[]])[] = [
  [englishWords, ['1 event.', '2 events.', '5 events.', '21 events.', '22 events.']],
  [russian, ['1 событие.', '2 события.', '5 событий.', '21 событие.', '22 события.']],
  [czech, ['1 událost.', '2 události.', '5 událostí.', '21 událostí.', '22 událostí.']],
  [german, ['1 Ereignis.', '2 Ereignisse.', '5 Ereignisse.', '21 Ereignisse.', '22 Ereignisse.']],
];
const COUNTS = [1, 2, 5, 21, 22] as const;

/** Arguments that make every message function say something, typed by the key. */
/** Every language there is, through the loader the element uses, so a new language is checked without a line here. */
const languages: readonly LanguageWords[] = await Promise.all(languageCodes.map(loadLanguage));

const SAMPLE_ARGUMENTS: { readonly [K in keyof Messages]?: unknown[] } = {
  timelineLabel: ['Purges'],
  loading: ['events.json'],
  eventCount: [5],
  inView: ['March 1937 – March 1938', 5],
  selectedAnnouncement: ['Munich Agreement', '29 September 1938'],
  problemsHeading: [2, 51, true],
  unknownLinkedEvent: ['no-such-event'],
  footnote: [218],
  categoryToggled: ['Army', false, 41, 53],
  matches: [12, 53],
  filteredCount: [12, 53],
  footnotes: [[218, 219]],
  clusterTitle: [14],
  wheelHint: [false],
  certaintyMark: ['hedged'],
  certaintyHeading: ['disputed'],
  statedOnlyToggled: [true, 40, 53],
  byCategoryToggled: [true],
  datedOnly: ['1937', false],
  datedOnlyRange: ['1935', '1938', false, false],
  datedApproximately: ['c. 1937'],
};

describe('Messages: plural forms', () => {
  for (const [language, expected] of EVENT_COUNTS) {
    COUNTS.forEach((count, index) => {
      it(`${language.code}: eventCount(${count}) → ${expected[index]}`, () => {
        expect(language.messages.eventCount(count)).to.equal(expected[index]);
      });
      it(`${language.code}: inView(…, ${count}) → …: ${expected[index]?.slice(0, -1)}`, () => {
        expect(language.messages.inView('W', count)).to.equal(`W: ${expected[index]?.slice(0, -1)}`);
      });
    });
  }

  it('ru: problems and shown events agree with their numbers', () => {
    const { problemsHeading } = russian.messages;
    expect(problemsHeading(1, 21, true)).to.equal('1 проблема в данных; показано 21 корректное событие, некорректные пропущены.');
    expect(problemsHeading(2, 22, true)).to.equal('2 проблемы в данных; показано 22 корректных события, некорректные пропущены.');
    expect(problemsHeading(5, 5, false)).to.equal('5 проблем в данных.');
  });

  it('cs: problems and shown events agree with their numbers', () => {
    const { problemsHeading } = czech.messages;
    expect(problemsHeading(1, 1, true)).to.equal('1 problém v datech; zobrazena je 1 platná událost, neplatné jsou vynechány.');
    expect(problemsHeading(2, 2, true)).to.equal('2 problémy v datech; zobrazeny jsou 2 platné události, neplatné jsou vynechány.');
    expect(problemsHeading(5, 22, true)).to.equal('5 problémů v datech; zobrazeno je 22 platných událostí, neplatné jsou vynechány.');
    expect(problemsHeading(21, 0, false)).to.equal('21 problémů v datech.');
  });

  it('de: problems and shown events agree with their numbers', () => {
    const { problemsHeading } = german.messages;
    expect(problemsHeading(1, 1, true)).to.equal('1 Problem in den Daten; 1 gültiges Ereignis wird angezeigt, die ungültigen sind ausgelassen.');
    expect(problemsHeading(2, 5, true)).to.equal('2 Probleme in den Daten; 5 gültige Ereignisse werden angezeigt, die ungültigen sind ausgelassen.');
  });

  it('"x of y events" takes the case the preposition governs', () => {
    expect(russian.messages.filteredCount(12, 53)).to.equal('Показано 12 из 53 событий.');
    expect(russian.messages.filteredCount(1, 21)).to.equal('Показано 1 из 21 события.');
    expect(russian.messages.matches(2, 22)).to.equal('Найдено 2 из 22 событий.');
    expect(czech.messages.filteredCount(12, 53)).to.equal('Zobrazeno 12 z 53 událostí.');
    expect(czech.messages.matches(1, 1)).to.equal('Nalezeno 1 z 1 události.');
    expect(german.messages.filteredCount(12, 53)).to.equal('12 von 53 Ereignissen angezeigt.');
    expect(german.messages.matches(1, 1)).to.equal('1 von 1 Ereignis gefunden.');
  });
});

describe('Messages: clusters', () => {
  it('a cluster says how many events it holds, in the plural form the number takes', () => {
    expect(englishMessages.clusterTitle(14)).to.equal('14 events');
    expect(russian.messages.clusterTitle(14)).to.equal('14 событий');
    expect(russian.messages.clusterTitle(22)).to.equal('22 события');
    expect(russian.messages.clusterTitle(21)).to.equal('21 событие');
    expect(czech.messages.clusterTitle(4)).to.equal('4 události');
    expect(czech.messages.clusterTitle(14)).to.equal('14 událostí');
    expect(german.messages.clusterTitle(14)).to.equal('14 Ereignisse');
  });
});

describe('Messages: complete in every language', () => {
  const keys = Object.keys(englishMessages) as (keyof Messages)[];

  it('every message function has sample arguments here', () => {
    const functions = keys.filter((key) => typeof englishMessages[key] === 'function');
    expect(Object.keys(SAMPLE_ARGUMENTS)).to.have.members(functions);
  });

  for (const language of languages) {
    it(`${language.code} has every key of englishMessages, none empty`, () => {
      const messages: Record<string, unknown> = { ...language.messages };
      expect(Object.keys(messages)).to.have.members(keys);
      for (const key of keys) {
        const value = messages[key];
        expect(typeof value, key).to.equal(typeof englishMessages[key]);
        const text: unknown = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGUMENTS[key] ?? [])) : value;
        expect(text, key).to.be.a('string');
        expect((text as string).trim(), key).not.to.equal('');
      }
    });
  }

  it('translations are translations, not English left in place', () => {
    for (const language of languages.filter((each) => each !== englishWords)) {
      for (const key of ['zoomIn', 'showAll', 'loadFailed', 'listHeading', 'findLabel'] as const) {
        expect(language.messages[key], `${language.code}.${key}`).not.to.equal(englishMessages[key]);
      }
    }
  });
});
