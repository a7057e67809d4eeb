/**
 * The standalone bundle imports the data's parser and English's dates statically
 * (src/data/bundle-parser.ts): they are fetched with the entry, and data set on an element is
 * parsed in its first update, with no dynamic import to wait for. Nothing else in this page
 * imports the parser or the dates.
 */
import { expect } from '@open-wc/testing';
import '../../src/data/bundle-parser.js';
import { loadedParser } from '../../src/data/events-source-controller.js';
import { loadedLanguage } from '../../src/i18n/load-language.js';
import { parsePartialDate } from '../../src/date/parse-partial-date.js';

describe('the bundle’s parser, imported with the entry', () => {
  it('is there at once, with English’s dates, before any element has asked for it', () => {
    const parser = loadedParser();
    expect(parser, 'the parser').to.exist;
    const { events, problems } = parser!.parseEvents({ events: [{ id: 'munich', title: 'Munich Agreement', date: '1938-09-30', category: 'diplomacy', footnotes: [215] }] });
    expect(problems.filter((problem) => problem.severity === 'error'), 'a valid event').to.deep.equal([]);
    expect(events.map((event) => event.title)).to.deep.equal(['Munich Agreement']);
    expect(loadedLanguage('en')?.dateRange(parsePartialDate('1938-09-30')), 'English dates').to.equal('30 September 1938');
  });
});
