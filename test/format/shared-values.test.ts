/**
 * Issue 15: with thousands of events most dates and footnote lists repeat, and the parser keeps
 * one copy of each (src/data/shared-values.ts), so the page's heap holds one per value.
 */
import { expect } from '@open-wc/testing';
import { parseEvents } from '../../src/data/parse-events.js';
import { eventsFile, event } from '../hardening/support/harness.js';

describe('parsed events share equal values', () => {
  const parsed = parseEvents(
    eventsFile(
      [
        event('first', { date: '1938-09-29', end: '1938-10' }),
        event('second', { date: '1938-09-29', end: '1938-10' }),
        event('third', { date: '1938-09-30', footnotes: [203, 204] }),
        event('fourth', { date: '1938-10', footnotes: [203, 204] }),
        event('fifth', { date: '1938-10', footnotes: [204, 203] }),
      ],
      {
        footnotes: [
          { number: 203, text: 'A footnote.', sources: [] },
          { number: 204, text: 'Another.', sources: [] },
        ],
      },
    ),
  );
  const byId = new Map(parsed.events.map((e) => [e.id, e]));
  const get = (id: string) => byId.get(id)!;

  it('parses every event without a problem', () => {
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.events).to.have.length(5);
  });

  it('one parsed date per date string, whether as a start or an end', () => {
    expect(get('first').date).to.equal(get('second').date);
    expect(get('first').end).to.equal(get('fourth').date);
    expect(get('third').date).not.to.equal(get('first').date);
    expect(get('third').date.start.toISOString()).to.equal('1938-09-30T00:00:00.000Z');
    expect(get('fourth').date.end.toISOString()).to.equal('1938-11-01T00:00:00.000Z');
  });

  it('one Date per instant: a day ends where the next begins', () => {
    expect(get('first').date.end).to.equal(get('third').date.start);
    expect(get('third').date.end).to.equal(get('fourth').date.start);
  });

  it('one footnote list per list of numbers, in its order', () => {
    expect(get('third').footnotes).to.equal(get('fourth').footnotes);
    expect(get('fifth').footnotes).not.to.equal(get('fourth').footnotes);
    expect(get('fifth').footnotes.map((f) => f.number)).to.deep.equal([204, 203]);
    expect(get('first').footnotes.map((f) => f.number)).to.deep.equal([203]);
  });

  it('files read separately share nothing', () => {
    const again = parseEvents(eventsFile([event('first')]));
    expect(again.events[0]!.date).not.to.equal(get('first').date);
    expect(again.events[0]!.date).to.deep.equal(get('first').date);
  });
});
