/**
 * The events.json format v2 (docs/events-format.md): certainty and its hedge, unsourced events,
 * eras, the source's bibliographic fields, and unknown fields with a "did you mean". Each rule is
 * checked in the parser (the same one the element and the command-line checker use);
 * test/format/schema-and-node.test.mjs checks the same cases against events.schema.json in Node.
 */
import { expect } from '@open-wc/testing';
import { parseEvents, MAX_LISTED_PROBLEMS } from '../../src/data/parse-events.js';
import { nearestName, editDistance } from '../../src/data/nearest-name.js';
import { KNOWN_FIELDS } from '../../src/data/known-fields.js';
import { eventsFile, event } from '../hardening/support/harness.js';


/** [severity, path, message] of each problem. */
function problemsOf(json: unknown): [string, string, string][] {
  return parseEvents(json).problems.map((p) => [p.severity, p.path, p.message]);
}

function shownIds(json: unknown): string[] {
  return parseEvents(json).events.map((e) => e.id);
}

describe('format v2: certainty, hedge, otherView', () => {
  it('a stated event (certainty absent or "stated") has no hedge; hedged and disputed carry their words', () => {
    const file = eventsFile([
      event('plain'),
      event('said-stated', { certainty: 'stated' }),
      event('hedged', { certainty: 'hedged', hedge: 'seems to have been' }),
      event('disputed', { certainty: 'disputed', hedge: 'Other authors are more reserved', otherView: 'Some historians put the figure lower.' }),
    ]);
    const parsed = parseEvents(file);
    expect(parsed.problems).to.deep.equal([]);
    const byId = new Map(parsed.events.map((e) => [e.id, e]));
    expect(byId.get('plain')).to.include({ certainty: 'stated', unsourced: false });
    expect(byId.get('plain')).not.to.have.property('hedge');
    expect(byId.get('said-stated')!.certainty).to.equal('stated');
    expect(byId.get('hedged')).to.include({ certainty: 'hedged', hedge: 'seems to have been' });
    expect(byId.get('disputed')).to.include({ certainty: 'disputed', hedge: 'Other authors are more reserved', otherView: 'Some historians put the figure lower.' });
  });

  it('hedge is required with hedged and disputed: an error, and the event is still shown as hedged', () => {
    for (const certainty of ['hedged', 'disputed']) {
      const file = eventsFile([event('no-words', { certainty })]);
      expect(problemsOf(file)).to.deep.equal([
        [
          'error',
          'events[0].hedge',
          `is missing (expected the source's own qualifying words, quoted verbatim, with "certainty": "${certainty}"); shown as ${certainty} without them`,
        ],
      ]);
      expect(parseEvents(file).events[0]).to.include({ id: 'no-words', certainty });
    }
  });

  it('hedge and otherView are not allowed on a stated event: an error, and the event is left out rather than shown too firmly', () => {
    const file = eventsFile([
      event('hedge-without-certainty', { hedge: 'probably' }),
      event('hedge-on-stated', { certainty: 'stated', hedge: 'probably' }),
      event('other-view-on-stated', { otherView: 'Others disagree.' }),
      event('fine'),
    ]);
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'events[0].hedge', 'is given for an event without "certainty" (which means "stated"); expected "certainty": "hedged" or "disputed" with it, or no hedge'],
      ['error', 'events[1].hedge', 'is given for an event with "certainty": "stated"; expected "certainty": "hedged" or "disputed" with it, or no hedge'],
      ['error', 'events[2].otherView', 'is given for an event without "certainty" (which means "stated"); expected "certainty": "hedged" or "disputed" with it, or no otherView'],
    ]);
    expect(shownIds(file)).to.deep.equal(['fine']);
  });

  it('otherView is allowed with hedged and disputed only', () => {
    const file = eventsFile([event('hedged', { certainty: 'hedged', hedge: 'probably', otherView: 'X thinks otherwise.' })]);
    expect(problemsOf(file)).to.deep.equal([]);
  });

  it('an unknown certainty, or a hedge that is not text, leaves the event out with what was expected', () => {
    const file = eventsFile([event('probable', { certainty: 'probable', hedge: 'x' }), event('number-hedge', { certainty: 'hedged', hedge: 7 }), event('fine')]);
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'events[0].certainty', '"probable" is not a certainty (expected "stated", "hedged" or "disputed")'],
      ['error', 'events[1].hedge', 'is a number (expected text)'],
    ]);
    expect(shownIds(file)).to.deep.equal(['fine']);
  });
});

describe('format v2: unsourced', () => {
  it('unsourced: true with footnotes [] or none at all is valid, and the event says so', () => {
    const file = eventsFile([event('empty-list', { footnotes: [], unsourced: true }), { ...event('no-list', { unsourced: true }), footnotes: undefined }]);
    const parsed = parseEvents(JSON.parse(JSON.stringify(file)));
    expect(parsed.problems).to.deep.equal([]);
    for (const e of parsed.events) expect(e, e.id).to.include({ unsourced: true }) && expect(e.footnotes).to.deep.equal([]);
  });

  it('footnotes [] (or none) without unsourced is an error; the event is shown as unsourced, which is what it is', () => {
    const file = JSON.parse(JSON.stringify(eventsFile([event('empty', { footnotes: [] }), { ...event('missing'), footnotes: undefined }])));
    const expected = (state: string) =>
      `${state} (expected the numbers of the footnotes that support this event, or "unsourced": true where the source gives none); treated as unsourced`;
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'events[0].footnotes', expected('is empty')],
      ['error', 'events[1].footnotes', expected('is missing')],
    ]);
    expect(parseEvents(file).events.map((e) => [e.id, e.unsourced])).to.deep.equal([
      ['empty', true],
      ['missing', true],
    ]);
  });

  it('unsourced: true with footnotes is an error; the footnotes are kept', () => {
    const file = eventsFile([event('both', { unsourced: true })]);
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'events[0].unsourced', 'is true, but the event cites footnotes 203 (expected "unsourced": true only with "footnotes": []); the footnotes are kept'],
    ]);
    const shown = parseEvents(file).events[0]!;
    expect(shown.unsourced).to.equal(false);
    expect(shown.footnotes.map((f) => f.number)).to.deep.equal([203]);
  });

  it('unsourced is true or absent: false or "yes" is an error', () => {
    const file = eventsFile([event('no', { unsourced: false }), event('yes', { unsourced: 'yes', footnotes: [] })]);
    expect(problemsOf(file).map(([severity, path]) => [severity, path])).to.deep.equal([
      ['error', 'events[0].unsourced'],
      ['error', 'events[1].unsourced'],
      ['error', 'events[1].footnotes'],
    ]);
    expect(problemsOf(file)[0]![2]).to.equal('is false (expected true where the source gives no footnote for this event, or no "unsourced" field at all)');
  });
});

describe('format v2: eras', () => {
  const era = (id: string, fields: Record<string, unknown> = {}) => ({ id, label: `Era ${id}`, date: '1937', end: '1938', footnotes: [203], ...fields });

  it('valid eras are read, resolved, cited, and sorted by start', () => {
    const file = eventsFile([event('a')], {
      eras: [era('later', { date: 'late-1938', end: 'mid-1940', summary: 'After.', note: 'Plain words.' }), era('earlier', { date: '1937-03', end: '1938-03' }), era('no-source', { footnotes: [], unsourced: true })],
    });
    const parsed = parseEvents(file);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.eras.map((e) => e.id)).to.deep.equal(['no-source', 'earlier', 'later']);
    const later = parsed.eras.find((e) => e.id === 'later')!;
    expect(later).to.include({ label: 'Era later', summary: 'After.', note: 'Plain words.', unsourced: false });
    expect(later.date.start.toISOString()).to.equal('1938-09-01T00:00:00.000Z');
    expect(later.end.end.toISOString()).to.equal('1940-09-01T00:00:00.000Z');
    expect(later.footnotes.map((f) => f.number)).to.deep.equal([203]);
    expect(parsed.eras[0]!.unsourced).to.equal(true);
  });

  it('a file without eras has none', () => {
    expect(parseEvents(eventsFile([event('a')])).eras).to.deep.equal([]);
  });

  it('end is required, may not end before the start; an invalid era is left out, the others and every event kept', () => {
    const noEnd: Record<string, unknown> = era('no-end');
    delete noEnd['end'];
    const file = eventsFile([event('a')], {
      eras: [noEnd, era('backwards', { date: '1939', end: '1938' }), era('bad date', { date: 'May 37' }), era('fine'), era('fine'), { label: 'No id', date: '1937', end: '1938', footnotes: [203] }, 'x'],
    });
    expect(problemsOf(file).map(([severity, path]) => [severity, path])).to.deep.equal([
      ['error', 'eras[0].end'],
      ['error', 'eras[1].end'],
      ['error', 'eras[2].id'],
      ['error', 'eras[2].date'],
      ['error', 'eras[4].id'],
      ['error', 'eras[5].id'],
      ['error', 'eras[6]'],
    ]);
    const problems = new Map(problemsOf(file).map(([, path, message]) => [path, message]));
    expect(problems.get('eras[0].end')).to.equal('is missing (expected a date such as "1937-05")');
    expect(problems.get('eras[1].end')).to.equal('"1938" ends before "1939" begins (expected the end of the range after its start)');
    expect(problems.get('eras[4].id')).to.equal('"fine" is used by an earlier era (expected each id once; the first is kept)');
    const parsed = parseEvents(file);
    expect(parsed.eras.map((e) => e.id)).to.deep.equal(['fine']);
    expect(parsed.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('era ids have their own namespace: an era may share an id with an event', () => {
    expect(problemsOf(eventsFile([event('terror')], { eras: [era('terror')] }))).to.deep.equal([]);
  });

  it('an unknown footnote on an era is a warning (the citation is left out), footnotes/unsourced as for events', () => {
    const file = eventsFile([event('a')], { eras: [era('unknown-note', { footnotes: [999] }), era('empty', { footnotes: [] }), era('both', { unsourced: true })] });
    expect(problemsOf(file)).to.deep.equal([
      ['warning', 'eras[0].footnotes[0]', '999 is not a footnote of this file; the citation is left out (expected one of the file\'s footnote numbers: 203)'],
      ['error', 'eras[1].footnotes', 'is empty (expected the numbers of the footnotes that support this era, or "unsourced": true where the source gives none); treated as unsourced'],
      ['error', 'eras[2].unsourced', 'is true, but the era cites footnotes 203 (expected "unsourced": true only with "footnotes": []); the footnotes are kept'],
    ]);
    expect(parseEvents(file).eras.map((e) => e.id)).to.deep.equal(['both', 'empty', 'unknown-note']);
  });

  it('eras that are not an array, and a long label', () => {
    expect(problemsOf(eventsFile([event('a')], { eras: {} }))).to.deep.equal([['error', 'eras', 'is an object (expected an array of eras {id, label, date, end, footnotes})']]);
    const long = eventsFile([event('a')], { eras: [era('long', { label: 'L'.repeat(61) })] });
    expect(problemsOf(long)).to.deep.equal([['warning', 'eras[0].label', 'is 61 characters long (expected a short label, at most 60 characters)']]);
  });
});

describe('format v2: the source and its bibliographic fields', () => {
  const full = {
    title: '7. Consequences of Mass Massacre of the Soviet Elites',
    description: 'About the chapter.',
    author: 'A. Author',
    book: 'A Book',
    editor: 'E. Editor',
    publisher: 'A Press',
    place: 'Prague',
    year: '2019',
    url: 'https://example.org/book',
    pages: 'pp. 201–236',
  };

  it('every field is read as given; absent ones stay absent', () => {
    const parsed = parseEvents(eventsFile([event('a')], { source: full }));
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.source).to.deep.equal(full);
    expect(parseEvents(eventsFile([event('a')], { source: { title: 'Only a title' } })).source).to.deep.equal({ title: 'Only a title' });
  });

  it('a year as a number, a URL that is not http(s), a field that is not text: reported, left out, the rest kept', () => {
    const file = eventsFile([event('a')], { source: { title: 'T', year: 2019, url: 'javascript:alert(1)', author: ['A'], place: 'Prague' } });
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'source.author', 'is an array (expected text)'],
      ['error', 'source.year', 'is the number 2019 (expected text such as "2019", in quotes)'],
      ['error', 'source.url', '"javascript:alert(1)" is not a web address (expected an http:// or https:// URL)'],
    ]);
    expect(parseEvents(file).source).to.deep.equal({ title: 'T', place: 'Prague' });
  });

  it('a source without a title, or not an object, is reported and left out', () => {
    expect(problemsOf(eventsFile([event('a')], { source: { author: 'A' } }))).to.deep.equal([['error', 'source.title', 'is missing (expected text)']]);
    expect(parseEvents(eventsFile([event('a')], { source: { author: 'A' } })).source).to.equal(undefined);
    expect(problemsOf(eventsFile([event('a')], { source: 'Chapter 7' }))[0]!.slice(0, 2)).to.deep.equal(['error', 'source']);
  });
});

describe('format v2: unknown fields', () => {
  it('at every level, at the key\'s own path, with the nearest known name', () => {
    const file = {
      $schema: './events.schema.json',
      catgories: [],
      source: { title: 'T', autor: 'A' },
      categories: [{ id: 'army', label: 'Army', colour: 'red' }],
      footnotes: [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book', page: 'p. 1' }], txt: 'x' }],
      events: [event('a', { catgory: 'army', footnote: [203], other_view: 'x' })],
      eras: [{ id: 'e', label: 'E', date: '1937', end: '1938', footnotes: [203], lable: 'x' }],
    };
    expect(problemsOf(file)).to.deep.equal([
      ['error', 'catgories', 'unknown field "catgories" (did you mean "categories"?)'],
      ['error', 'source.autor', 'unknown field "autor" (did you mean "author"?)'],
      ['error', 'categories[0].colour', 'unknown field "colour" (expected one of: id, label)'],
      ['error', 'footnotes[0].txt', 'unknown field "txt" (did you mean "text"?)'],
      ['error', 'footnotes[0].sources[0].page', 'unknown field "page" (did you mean "pages"?)'],
      ['error', 'events[0].catgory', 'unknown field "catgory" (did you mean "category"?)'],
      ['error', 'events[0].footnote', 'unknown field "footnote" (did you mean "footnotes"?)'],
      ['error', 'events[0].other_view', 'unknown field "other_view" (did you mean "otherView"?)'],
      ['error', 'eras[0].lable', 'unknown field "lable" (did you mean "label"?)'],
    ]);
    // Nothing valid is lost: every object is still read.
    const parsed = parseEvents(file);
    expect(parsed.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(parsed.eras.map((e) => e.id)).to.deep.equal(['e']);
    expect(parsed.categories.map((c) => c.id)).to.deep.equal(['army']);
    expect(parsed.footnotes.get(203)!.sources).to.deep.equal([{ title: 'A book' }]);
    expect(parsed.source).to.deep.equal({ title: 'T' });
  });

  it('a long or hostile key is quoted clipped and gets no suggestion', () => {
    const key = 'k'.repeat(10_000);
    const [problem] = problemsOf(eventsFile([event('a', { [key]: 1 })]));
    expect(problem![1]).to.equal(`events[0].${key}`);
    expect(problem![2]).to.equal(`unknown field "${'k'.repeat(40)}…" (10000 characters) (expected one of: ${KNOWN_FIELDS.event.join(', ')})`);
  });

  it('thousands of unknown fields: the first are listed, the rest counted, the event still shown', () => {
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i += 1) fields[`extra${i}`] = i;
    const parsed = parseEvents(eventsFile([event('crowded', fields)]));
    expect(parsed.events.map((e) => e.id)).to.deep.equal(['crowded']);
    expect(parsed.problems).to.have.length(MAX_LISTED_PROBLEMS + 1);
    expect(parsed.problems[0]).to.deep.equal({ severity: 'error', path: 'events[0].extra0', message: `unknown field "extra0" (expected one of: ${KNOWN_FIELDS.event.join(', ')})` });
    expect(parsed.problems.at(-1)!.message).to.equal(`… and ${5000 - MAX_LISTED_PROBLEMS} more problems, not listed (only the first ${MAX_LISTED_PROBLEMS} are listed; fix these and check again)`);
  });

  it('nearestName: one slip of the keyboard away, case and separators ignored; nothing for a different word', () => {
    expect(editDistance('tilte', 'title')).to.equal(1);
    expect(nearestName('tilte', KNOWN_FIELDS.event)).to.equal('title');
    expect(nearestName('Footnotes', KNOWN_FIELDS.event)).to.equal('footnotes');
    expect(nearestName('other-view', KNOWN_FIELDS.event)).to.equal('otherView');
    expect(nearestName('certanity', KNOWN_FIELDS.event)).to.equal('certainty');
    expect(nearestName('colour', KNOWN_FIELDS.category)).to.equal(undefined);
    expect(nearestName('importance', KNOWN_FIELDS.event)).to.equal(undefined);
  });
});

describe('format v2: a summary that repeats its title', () => {
  it('is a warning (same text after trimming and case-folding); the event is shown', () => {
    const file = eventsFile([event('same', { title: 'Munich Agreement', summary: '  munich agreement ' }), event('more', { title: 'Munich Agreement', summary: 'Munich Agreement signed.' })]);
    expect(problemsOf(file)).to.deep.equal([['warning', 'events[0].summary', 'repeats the title (expected one to three sentences that say more than the title)']]);
    expect(shownIds(file)).to.deep.equal(['more', 'same']);
  });

  it('is found however long the spacing before and inside it, and only then', () => {
    const spaced = `${' '.repeat(100)}MUNICH${'\n'.repeat(80)}\tagreement${' '.repeat(200)}`;
    const longer = `Munich Agreement ${'signed at the Führerbau. '.repeat(20)}`;
    const file = eventsFile([
      event('spaced', { title: 'Munich Agreement', summary: spaced }),
      event('longer', { title: 'Munich Agreement', summary: longer }),
      event('sigma', { title: 'ΟΔΟΣ ΑΘΗΝΑΣ', summary: 'οδος αθηνας' }),
      event('shorter', { title: 'Munich Agreement signed', summary: 'munich  agreement' }),
      // Lower-cased, İ becomes i and a combining dot above.
      event('dotted', { title: '\u0130zmir', summary: 'i\u0307zmir' }),
    ]);
    expect(problemsOf(file).map(([, path]) => path)).to.deep.equal(['events[0].summary', 'events[2].summary', 'events[4].summary']);
  });
});
