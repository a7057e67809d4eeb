/**
 * The chronology a historian can trust (issue 16): how sure the chapter is of each event, hedges
 * quoted verbatim, every cited footnote one that supports the event, unsourced events marked so,
 * eras drawn from the chapter, notes written for readers. The chapter is known only through
 * test/data/chapter-derived.json; test/data/event-anchors.json names, for each event and era, the
 * chapter's words it draws on (short quotations, each occurring once), which locate it in the text.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { footnoteSupports, locate, occursVerbatim, sharedRuns, withoutFootnote } from './derived-chapter.mjs';

const root = new URL('../../', import.meta.url);
const file = JSON.parse(readFileSync(new URL('events.json', root), 'utf8'));
const anchors = JSON.parse(readFileSync(new URL('test/data/event-anchors.json', root), 'utf8'));
const eras = file.eras ?? [];
const items = [...file.events, ...eras];
const byId = (id) => {
  const item = items.find((e) => e.id === id);
  assert.ok(item, `no event or era "${id}"`);
  return item;
};

const CERTAINTY_LEVELS = ['stated', 'hedged', 'disputed'];
const locationsOf = (id) => (anchors[id]?.anchors ?? []).map((quote) => locate(quote)).filter(Boolean);

/** Problems with an event's or era's citations, judged from where its anchors sit in the chapter. */
function citationProblems(item, locations = locationsOf(item.id)) {
  const problems = [];
  if (item.unsourced === true) {
    if ((item.footnotes ?? []).length > 0) problems.push('unsourced but cites footnotes');
    if (!withoutFootnote(locations)) problems.push('unsourced, but a sentence it draws on has a footnote');
  } else {
    if ((item.footnotes ?? []).length === 0) problems.push('cites no footnote and is not marked unsourced');
    for (const n of item.footnotes ?? []) if (!footnoteSupports(n, locations)) problems.push(`cites ${n}, which does not cover the text it draws on`);
  }
  return problems;
}

/** Machine date syntax and author-to-author wording that readers must not see. */
// ("mid-1940" and "mid-1930s" are ordinary English and the chapter's own; "mid-1938-08" is not.)
const MACHINE_DATE = /~|\b(?:early|late|spring|summer|autumn|winter)-\d|\bmid-\d{4}-\d|\b\d{4}-(?:Q[1-4]|\d{2})\b/;
const AUTHOR_TALK = /\b(?:placeholder|rendered as|modelled|governing footnote|nearest governing|is cited|for context)\b/i;
const readerProblems = (text) => [MACHINE_DATE.test(text) && 'machine date syntax', AUTHOR_TALK.test(text) && 'author-to-author wording'].filter(Boolean);

describe('certainty', () => {
  test('every event says how sure the chapter is, explicitly', () => {
    const missing = file.events.filter((e) => !CERTAINTY_LEVELS.includes(e.certainty)).map((e) => e.id);
    assert.deepEqual(missing, []);
  });

  test('a hedge exactly when the chapter hedges or disputes; another view only then', () => {
    for (const event of file.events) {
      const qualified = event.certainty === 'hedged' || event.certainty === 'disputed';
      assert.equal(typeof event.hedge === 'string' && event.hedge.length > 0, qualified, `${event.id}: certainty ${event.certainty}, hedge ${JSON.stringify(event.hedge)}`);
      if (event.otherView !== undefined) assert.ok(qualified, `${event.id}: otherView on a ${event.certainty} event`);
    }
  });

  for (const event of file.events.filter((e) => e.hedge !== undefined)) {
    test(`${event.id}: the hedge "${event.hedge}" is the chapter's own words`, () => {
      assert.ok(occursVerbatim(event.hedge));
    });
  }

  test('the verbatim check does catch a hedge that is not the chapter\'s', () => {
    assert.ok(occursVerbatim('seems to have been'));
    assert.ok(occursVerbatim('probably'));
    assert.ok(!occursVerbatim('seems to be'));
    assert.ok(!occursVerbatim('Other authors are less reserved'));
    assert.ok(!occursVerbatim('allegedly'));
    assert.ok(!occursVerbatim('probably seems'));
  });

  test('the points the chapter qualifies are marked so', () => {
    const expected = {
      'tukhachevsky-voroshilov-rivalry': 'hedged',
      'army-growth-and-spending': 'hedged',
      'officer-corps-purged': 'hedged',
      'deputy-defence-commissars-executed': 'hedged',
      'death-sentences-1937': 'hedged',
      'death-sentences-1938': 'hedged',
      'leadership-resolves-to-end-mass-repression': 'hedged',
      'foreign-commissariat-purged': 'hedged',
      'eighteenth-party-conference': 'disputed',
      'third-five-year-plan': 'disputed',
    };
    for (const [id, certainty] of Object.entries(expected)) assert.equal(byId(id).certainty, certainty, id);
    for (const id of ['eighteenth-party-conference', 'third-five-year-plan']) {
      assert.equal(byId(id).hedge, 'Other authors are more reserved');
      assert.match(byId(id).otherView, /Russian historians/);
    }
  });
});

describe('citations', () => {
  test('every event and era names the chapter\'s words it draws on, each found exactly once', () => {
    for (const item of items) {
      const quotes = anchors[item.id]?.anchors ?? [];
      assert.ok(quotes.length > 0, `${item.id} has no anchors`);
      for (const quote of quotes) assert.ok(locate(quote), `${item.id}: "${quote}" does not occur exactly once in the chapter`);
    }
    const ids = new Set(items.map((e) => e.id));
    assert.deepEqual(Object.keys(anchors).filter((id) => !ids.has(id)), [], 'anchors for ids that do not exist');
  });

  for (const item of items) {
    test(`${item.id}: cites only footnotes that support it, or says the chapter gives no source`, () => {
      assert.deepEqual(citationProblems(item), []);
    });
  }

  test('the check does catch borrowed footnotes and a false "unsourced"', () => {
    // The Munich Agreement with 218, which sits on the sentence before it.
    assert.ok(citationProblems({ ...byId('munich-agreement'), footnotes: [218, 219] }, locationsOf('munich-agreement')).length > 0);
    // The constitution with 211, the footnote of the next paragraph.
    assert.ok(citationProblems({ ...byId('stalin-constitution-adopted'), unsourced: undefined, footnotes: [211] }, locationsOf('stalin-constitution-adopted')).length > 0);
    // The war losses with 210, Vasilevsky's testimony in another paragraph.
    assert.ok(citationProblems({ ...byId('war-losses-1941-1942'), unsourced: undefined, footnotes: [210] }, locationsOf('war-losses-1941-1942')).length > 0);
    // The new Defence Commissariat with 203, which comes before it in its paragraph.
    assert.ok(citationProblems({ ...byId('defence-commissariat-created'), unsourced: undefined, footnotes: [203] }, locationsOf('defence-commissariat-created')).length > 0);
    // The rivalry with 205 alone, drawing only on its own sentences.
    assert.ok(citationProblems({ footnotes: [205] }, [locate('seems to have been important for the future')]).length > 0);
    // Munich marked unsourced: its sentence has footnote 219.
    assert.ok(citationProblems({ unsourced: true, footnotes: [] }, locationsOf('munich-agreement')).length > 0);
    // No footnotes and no "unsourced", or both.
    assert.ok(citationProblems({ footnotes: [] }, locationsOf('trotsky-murdered')).length > 0);
    assert.ok(citationProblems({ unsourced: true, footnotes: [227] }, locationsOf('trotsky-murdered')).length > 0);
  });

  test('unsourced is consistent: true exactly when there are no footnotes', () => {
    for (const item of items) {
      const none = (item.footnotes ?? []).length === 0;
      assert.equal(item.unsourced === true, none, item.id);
      if (item.unsourced !== undefined) assert.equal(item.unsourced, true, `${item.id}: unsourced is only ever true`);
    }
  });

  test('the events whose sentences have no footnote say so', () => {
    for (const id of ['stalin-constitution-adopted', 'war-losses-1941-1942', 'relief-from-terror-autumn-1938', 'defence-commissariat-created', 'trotsky-murdered', 'polish-officers-executed', 'trotskyite-trials-and-arrests']) {
      assert.equal(byId(id).unsourced, true, id);
    }
    assert.deepEqual(byId('munich-agreement').footnotes, [219]);
  });
});

describe('text for readers', () => {
  for (const item of items) {
    test(`${item.id}: no machine date syntax or author talk in what readers see`, () => {
      for (const key of ['title', 'label', 'summary', 'note', 'otherView']) {
        if (item[key] !== undefined) assert.deepEqual(readerProblems(item[key]), [], `${key}: ${item[key]}`);
      }
    });
  }

  test('the check does catch the old author wording', () => {
    for (const text of [
      '"In the middle of August 1938" is rendered as mid-1938-08.',
      '~early-1930s is an inferred placeholder',
      'from early-1930s',
      'the middle of the month, mid-1938-09',
      'autumn-1938',
      'placed at ~spring-1937',
      'Footnote 211 governs the paragraph; the nearest governing footnote is cited.',
      '218 is cited with 219 for context.',
      'the range 1935–1936 is modelled as one range',
      'the last quarter, 1938-Q4',
    ]) assert.notDeepEqual(readerProblems(text), [], text);
    assert.deepEqual(readerProblems('The chapter gives only the early 1930s and mid-1940; "some time in mid-1938"; 10–21 March 1939; "21.8.1938".'), []);
  });

  test('summaries, other views and eras are in the project\'s own words', () => {
    const offences = items.flatMap((item) =>
      ['summary', 'otherView', 'label'].flatMap((key) => (item[key] ? sharedRuns(item[key]).map((run) => `${item.id}.${key}: "${run}"`) : [])),
    );
    assert.deepEqual(offences, []);
  });

  test('the title and description say what the events cover', () => {
    const years = file.events.flatMap((e) => [e.date, e.end ?? e.date]).map((d) => Number(/\d{4}|\d{3}0(?=s)/.exec(d)[0]));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    assert.equal(first, 1930, 'the earliest events are of the early 1930s');
    assert.equal(last, 1942);
    assert.match(file.title, /early 1930s.1942/);
    assert.match(file.source.description, /early 1930s to 1942/);
  });

  test('the source names only what the chapter itself gives', () => {
    const { description, ...fields } = file.source;
    assert.equal(typeof description, 'string');
    for (const [key, value] of Object.entries(fields)) assert.ok(occursVerbatim(String(value)), `source.${key} "${value}" is not printed in the chapter`);
  });
});

describe('eras', () => {
  test('only the periods the chapter draws, each dated and cited', () => {
    assert.deepEqual(eras.map((e) => e.id), ['mass-terror', 'road-to-war', 'terror-eased']);
    for (const era of eras) {
      assert.ok(era.label.length > 0 && era.label.length <= 60, era.id);
      assert.ok(era.date && era.end && era.date !== era.end, era.id);
    }
    assert.deepEqual([byId('mass-terror').date, byId('mass-terror').end], ['1937', '1938']);
    assert.deepEqual([byId('road-to-war').date, byId('road-to-war').end], ['1937', '1941']);
    assert.equal(byId('terror-eased').date, 'late-1938');
  });
});

describe('what issue 16 asked to fix', () => {
  test('the deputies: 1934–38 is their service, said in a note', () => {
    const event = byId('deputy-defence-commissars-executed');
    assert.deepEqual([event.date, event.end], ['1934', '1938']);
    assert.match(event.summary, /served as deputies/);
    assert.match(event.note, /served as deputies, not the years of their deaths/);
    assert.match(event.note, /February 1939/);
  });

  test('the army unit heads: early 1937 is when they held office', () => {
    const event = byId('army-unit-heads-executed');
    assert.match(event.title, /of early 1937/);
    assert.match(event.note, /held their posts, early 1937, and not when they were shot/);
  });

  test('the resentment comes before the congress, which has its own event', () => {
    assert.equal(byId('resentment-before-18th-congress').date, '~winter-1939');
    assert.equal(byId('eighteenth-party-congress').date, 'spring-1939');
  });

  test('Munich: no "so he sought"; the signing in the early hours of 30 September is noted', () => {
    const event = byId('munich-agreement');
    assert.doesNotMatch(event.summary, /sought/);
    assert.match(event.summary, /slow/);
    assert.match(event.note, /early hours of 30 September/);
  });

  test('wording: spending "to 4 billion", "intense" interrogations (not of the commanders), "halting" not "dismantle"', () => {
    assert.doesNotMatch(byId('army-growth-and-spending').summary, /passed/);
    assert.match(byId('army-growth-and-spending').summary, /to 4 billion by 1937/);
    const arrests = byId('army-commanders-arrested');
    assert.doesNotMatch(arrests.summary, /brutal/);
    assert.match(arrests.summary, /intense interrogations/);
    assert.match(arrests.summary, /from NKVD officers/);
    assert.doesNotMatch(byId('beria-malenkov-dismantle-terror').title + byId('beria-malenkov-dismantle-terror').summary, /dismantl/i);
  });

  test('Kaganovich: the probable wrong commissariat, and the right outside dates', () => {
    const event = byId('kaganovich-purges-transport');
    assert.match(event.note, /probably names the wrong commissariat/);
    assert.match(event.note, /22 August 1937/);
    assert.match(event.note, /Heavy Industry/);
  });

  test('smaller points: 203\'s place, "Head Secretary" as a translation slip, Ostashkov a camp, the tribunal\'s marshals', () => {
    assert.match(byId('red-army-expansion-begins').note, /follows the sentence on the commanders' wider foreign contacts/);
    assert.match(byId('beria-proposed-for-nkvd').note, /slip in translation/);
    assert.match(byId('polish-officers-executed').note, /Ostashkov was a camp, and its prisoners were shot at Kalinin/);
    assert.match(byId('army-leadership-tried').note, /Blyukher, who died in custody/);
  });

  test('the statements that had no event have one', () => {
    const council = byId('military-council-session');
    assert.deepEqual([council.date, council.end, council.footnotes], ['1937-06-01', '1937-06-04', [206]]);
    const plan = byId('third-five-year-plan');
    assert.equal(plan.date, '~1938');
    assert.deepEqual(plan.footnotes, [213]);
    assert.equal(byId('allies-doubt-soviet-strength').footnotes[0], 218);
    assert.equal(byId('war-with-germany-begins').date, '1941');
  });
});
