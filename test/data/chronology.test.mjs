/**
 * The chronology a historian can trust (issue 16): how sure the chapter is of each event, hedges
 * quoted verbatim, every cited footnote one that supports the event, unsourced events marked so,
 * eras drawn from the chapter, notes written for readers. The chapter is known only through
 * test/data/chapter-derived.json; test/data/event-anchors.json names, for each event and era, the
 * chapter's words it draws on (short quotations, each occurring once), which locate it in the text.
 *
 * One rule for citations: a footnote mark covers the stretch passageOf() gives (at a sentence's end,
 * the text back to the previous mark; inside a sentence, that sentence only). An event cites a
 * footnote only if its words lie in that stretch (or in the footnote). Sentences without a mark of
 * their own that lie in a stretch cite its footnote when they carry the passage's point (Katyn and
 * Trotsky under 227, like the other four events of that passage); an event mentioned there only in
 * passing (Ordzhonikidze's death as a date, the VSNKh's old name, the army held back in the 1920s)
 * is marked unsourced, and its note names the footnote and says why it does not bear on it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coveringFootnotes, footnoteSupports, locate, occursVerbatim, passageOf, sharedRuns, withoutFootnote } from './derived-chapter.mjs';

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
      'gamarnik-suicide': 'hedged',
      // Stated plainly: "That means" only introduces the chapter's arithmetic; "some time in
      // mid-1938" is vagueness about the date (kept in ~mid-1938), not about the claim.
      'death-sentences-1937': 'stated',
      'death-sentences-1938': 'stated',
      'leadership-resolves-to-end-mass-repression': 'stated',
      // Stated plainly after the sentence that attributes the deputies' figures to Pechenkin.
      'army-unit-heads-executed': 'stated',
      'defence-department-heads-replaced': 'stated',
      'foreign-commissariat-purged': 'hedged',
      'eighteenth-party-conference': 'disputed',
      'third-five-year-plan': 'disputed',
    };
    for (const [id, certainty] of Object.entries(expected)) assert.equal(byId(id).certainty, certainty, id);
    // Pechenkin's figures: hedged where the chapter's "who says that" attributes them, and where it
    // does not, the note says that linking them to him is our reading.
    for (const id of ['deputy-defence-commissars-executed', 'gamarnik-suicide']) assert.equal(byId(id).hedge, 'who says that', id);
    for (const id of ['army-unit-heads-executed', 'defence-department-heads-replaced']) {
      assert.match(byId(id).note, /linking (?:them|it) to Pechenkin is our reading/, id);
    }
    for (const id of ['death-sentences-1937', 'death-sentences-1938']) assert.match(byId(id).note, /sentences/, `${id}: the note keeps sentences apart from executions`);
    assert.doesNotMatch(byId('leadership-resolves-to-end-mass-repression').title, /resolves/);
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
    for (const id of [
      'stalin-constitution-adopted', 'war-losses-1941-1942', 'relief-from-terror-autumn-1938', 'defence-commissariat-created', 'trotskyite-trials-and-arrests',
      'soviet-treaty-obligations-1935', 'anschluss', 'ordzhonikidze-dies', 'army-held-back-1920s', 'war-with-germany-begins', 'vsnkh-becomes-heavy-industry-commissariat',
    ]) {
      assert.equal(byId(id).unsourced, true, id);
    }
    assert.deepEqual(byId('munich-agreement').footnotes, [219]);
    assert.deepEqual(byId('tukhachevsky-voroshilov-rivalry').footnotes, [205]);
    assert.match(byId('tukhachevsky-voroshilov-rivalry').note, /no note of their own/);
    assert.match(byId('ordzhonikidze-dies').note, /not said in the chapter/);
    assert.doesNotMatch(byId('ordzhonikidze-dies').summary, /heavy industry/i);
  });

  test('a mark inside a sentence covers that sentence only; one at a sentence\'s end, the text back to the previous mark', () => {
    const covers = (n, quote) => footnoteSupports(n, [locate(quote)]);
    // 206 sits on the forced-evidence clause, not on the rivalry before it.
    assert.ok(covers(206, "forced 'evidence' of a military conspiracy"));
    assert.ok(!covers(206, 'seems to have been important for the future'));
    // 219 sits on what Munich convinced Stalin of, not on the Anschluss or the treaties of 1935.
    assert.ok(covers(219, 'the Munich Agreement also convinced Stalin'));
    assert.ok(!covers(219, 'In March 1938, Nazi Germany annexed Austria'));
    assert.ok(!covers(219, 'contractual obligations that dated to 1935'));
    // 208 sits on Pechenkin's name: the sentence that attributes the deputies to him.
    assert.ok(covers(208, 'an eighth, Yan Gamarnik, shot himself'));
    // 227 ends its paragraph: the whole passage after 226, Katyn and Trotsky included.
    assert.ok(covers(227, 'Leon Trotsky was murdered in Mexico'));
    assert.ok(covers(227, 'the executions of Polish officers in Katyn, Ostashkov'));
    assert.ok(!covers(227, 'The gravest instance took place'));
    assert.equal(passageOf(999), undefined);
  });

  test('one rule for the passage footnote 227 closes: all six events in it cite 227 and say the sentence has no note of its own', () => {
    const passage = ['repression-eased-late-1938', 'nkvd-leaders-panic', 'resentment-before-18th-congress', 'eighteenth-party-congress', 'polish-officers-executed', 'trotsky-murdered'];
    for (const id of passage) {
      assert.ok(byId(id).footnotes.includes(227), `${id} cites 227`);
      assert.match(byId(id).note, /no note of (?:its|their) own: footnote 227/, id);
    }
    // Every event drawing on that stretch is one of the six (or cites its own footnote too).
    const inStretch = file.events.filter((e) => locationsOf(e.id).some((l) => coveringFootnotes(l).includes(227)));
    assert.deepEqual(inStretch.map((e) => e.id).sort(), [...passage].sort());
  });

  test('footnote 222 across its page break: the events that lean on it without a mark of their own say so', () => {
    for (const id of ['personnel-changes-after-trial', 'leadership-resolves-to-end-mass-repression', 'right-wing-trotskyite-trial']) {
      assert.deepEqual(byId(id).footnotes, [222], id);
      assert.match(byId(id).note, /no note of its own: footnote 222 stands at the end of this long paragraph, which runs over a page break/, id);
    }
  });

  test('an unsourced event in the stretch a footnote covers names that footnote in its note, saying why it does not bear on it', () => {
    for (const item of items.filter((i) => i.unsourced === true)) {
      const covering = new Set(locationsOf(item.id).flatMap(coveringFootnotes));
      for (const n of covering) assert.match(item.note ?? '', new RegExp(`footnote ${n}\\b`, 'i'), `${item.id} lies in the stretch of ${n}`);
    }
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
    assert.equal(first, 1920, 'the earliest event, the army held back, is of the 1920s');
    assert.equal(last, 1942);
    assert.match(file.title, /1920s.1942/);
    assert.match(file.source.description, /from the 1920s, as background, to 1942/);
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
    assert.match(byId('terror-eased').note, /draws no end; we close the period at the war of 1941/);
    // "The 1937–38 terror" sits in sentences without a footnote: 212 is cited for the death sentences only, and the note says so.
    assert.match(byId('mass-terror').note, /no note of their own. Footnote 212 is the source of the death sentences/);
  });
});

describe('what issue 16 asked to fix', () => {
  test('review: no date more precise than the text', () => {
    const beria = byId('beria-malenkov-dismantle-terror');
    assert.deepEqual([beria.date, beria.end], ['~1938-09', '~1938-12']);
    assert.match(beria.note, /is our reading/);
    const defections = byId('defections-and-diplomatic-clashes');
    assert.deepEqual([defections.date, defections.end], ['1938-01', '1938-08']);
    assert.match(defections.note, /first two thirds of 1938/);
    assert.match(byId('army-unit-heads-executed').summary, /in early 1937/);
    assert.doesNotMatch(byId('longer-working-week').summary, /soon/i);
    assert.match(byId('longer-working-week').summary, /^After France fell/);
    assert.match(byId('longer-working-week').note, /26 June 1940/);
  });

  test('review: no overstatement', () => {
    assert.match(byId('army-purge-peak').summary, /a number of divisions were commanded by captains/);
    assert.doesNotMatch(byId('army-purge-peak').summary, /ended up/);
    assert.match(byId('beria-malenkov-dismantle-terror').summary, /made harder by a lack of candidates/);
    assert.match(byId('executions-before-mass-terror').summary, /not negligible/);
    assert.doesNotMatch(byId('executions-before-mass-terror').summary, /far from/);
    const constitution = byId('stalin-constitution-adopted');
    assert.match(constitution.summary, /changes that prepared the new constitution/);
    assert.match(constitution.note, /not to the constitution itself/);
  });

  test('review: notes say what is known', () => {
    assert.match(byId('deputy-defence-commissars-executed').note, /from 1937 on/);
    assert.doesNotMatch(byId('deputy-defence-commissars-executed').note, /1937–39/);
    assert.match(byId('seven-hour-day-six-day-week').note, /five working days and one day off/);
    assert.match(byId('military-council-session').summary, /only in the title of a collection/);
    assert.doesNotMatch(byId('military-council-session').summary, /knows/);
  });

  test('review: the army held back in the 1920s has an event at the text\'s precision, unsourced', () => {
    const event = byId('army-held-back-1920s');
    assert.equal(event.date, '1920s');
    assert.equal(event.end, undefined);
    assert.equal(event.unsourced, true);
    assert.equal(event.category, 'army');
  });

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
