/**
 * Checks the shipped chronology, events.json, against its schema and against the chapter it is
 * built from: footnotes are verbatim and complete, citations resolve, summaries are in the
 * project's own words, the events the product relies on carry exactly the dates the chapter
 * supports. The chapter is known here only through test/data/chapter-derived.json (hashed, made by
 * scripts/derive-source-data.mjs), so a fresh clone can run this. Run with `node --test test/data/`.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { footnoteHash, footnoteSegments, normalise, RUN_LENGTH, sharedRuns } from './derived-chapter.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, root), 'utf8'));
const file = readJson('events.json');
const schema = readJson('events.schema.json');

const FIRST_FOOTNOTE = 203;
const LAST_FOOTNOTE = 227;
/** Footnotes that only explain and cite no work. */
const EXPLANATORY_FOOTNOTES = [209, 214, 220, 225, 226];

/** The span a date string names, [start inclusive, end exclusive] in ms UTC (mirrors src/date/parse-partial-date.ts). */
function spanOf(raw) {
  const s = raw.replace(/^~/, '');
  const at = (year, monthIndex, day = 1) => Date.UTC(year, monthIndex, day);
  let m;
  if ((m = /^(early|mid|late)-(\d{3}0)s$/.exec(s))) {
    const [from, to] = { early: [0, 4], mid: [4, 7], late: [7, 10] }[m[1]];
    return [at(+m[2] + from, 0), at(+m[2] + to, 0)];
  }
  if ((m = /^(\d{3}0)s$/.exec(s))) return [at(+m[1], 0), at(+m[1] + 10, 0)];
  if ((m = /^(early|mid|late)-(\d{4})-(\d{2})$/.exec(s))) {
    const [year, month] = [+m[2], +m[3] - 1];
    const first = { early: 1, mid: 11, late: 21 }[m[1]];
    return [at(year, month, first), m[1] === 'late' ? at(year, month + 1) : at(year, month, first + 10)];
  }
  if ((m = /^(early|mid|late)-(\d{4})$/.exec(s))) {
    const [from, to] = { early: [0, 4], mid: [4, 8], late: [8, 12] }[m[1]];
    return [at(+m[2], from), at(+m[2], to)];
  }
  if ((m = /^(spring|summer|autumn|winter)-(\d{4})$/.exec(s))) {
    const [from, to] = { spring: [2, 5], summer: [5, 8], autumn: [8, 11], winter: [-1, 2] }[m[1]];
    return [at(+m[2], from), at(+m[2], to)];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) return [at(+m[1], (+m[2] - 1) * 3), at(+m[1], +m[2] * 3)];
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    const [year, month, day] = [+m[1], +m[2] - 1, +m[3]];
    assert.equal(new Date(at(year, month, day)).getUTCDate(), day, `${raw} names no real day`);
    return [at(year, month, day), at(year, month, day + 1)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return [at(+m[1], +m[2] - 1), at(+m[1], +m[2])];
  if ((m = /^(\d{4})$/.exec(s))) return [at(+m[1], 0), at(+m[1] + 1, 0)];
  throw new assert.AssertionError({ message: `${raw} is not in the date grammar` });
}

const eventById = (id) => {
  const event = file.events.find((e) => e.id === id);
  assert.ok(event, `events.json has no event "${id}"`);
  return event;
};
const footnoteByNumber = new Map(file.footnotes.map((f) => [f.number, f]));

function createValidator() {
  // strictRequired off: the schema's if/then branches require keys declared in the object's own
  // "properties" (certainty → hedge, unsourced → footnotes), which that check cannot see.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  return ajv.compile(schema);
}
const validate = createValidator();
const errorsOf = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));

// ---------------------------------------------------------------------------------------------

describe('events.json against events.schema.json', () => {
  test('the schema compiles in strict mode', () => {
    assert.equal(typeof validate, 'function');
  });

  test('the shipped file validates', () => {
    assert.deepEqual(errorsOf(file), []);
  });

  test('every property in the schema has a description', () => {
    const missing = [];
    const visit = (node, path) => {
      if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      if (node.properties) {
        for (const [key, property] of Object.entries(node.properties)) {
          if (typeof property.description !== 'string' || property.description === '') missing.push(`${path}/properties/${key}`);
        }
      }
      // Conditions (if/then/else/not) restate documented properties; they need no description of their own.
      for (const [key, child] of Object.entries(node)) if (!['if', 'then', 'else', 'not'].includes(key)) visit(child, `${path}/${key}`);
    };
    visit(schema, '#');
    assert.deepEqual(missing, []);
  });
});

describe('the schema is not vacuous', () => {
  const withEvent = (patch) => {
    // The first event that cites footnotes (the very first, of the 1920s, is marked unsourced).
    const event = { ...structuredClone(file.events.find((e) => e.footnotes.length > 0)), ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete event[key];
    return { ...structuredClone(file), events: [event] };
  };

  for (const date of ['May 37', '1938-13', 'mid-1938-08-12', '1938-00', '1938-09-32', '1938-9', '38', '1938-Q5', '1935s', 'middle-1938', '~~1938', '1938 ', 'c. 1938', '1938-09-29T00:00', 'Autumn-1938']) {
    test(`rejects the date ${JSON.stringify(date)}`, () => {
      assert.notDeepEqual(errorsOf(withEvent({ date })), []);
      assert.notDeepEqual(errorsOf(withEvent({ end: date })), []);
    });
  }

  for (const date of ['1937', '1937-05', '1938-09-29', 'early-1937', 'mid-1938', 'late-1938', 'early-1938-08', 'mid-1938-08', 'late-1938-08', 'spring-1939', 'summer-1938', 'autumn-1938', 'winter-1940', '1938-Q4', '1930s', 'early-1930s', 'mid-1930s', 'late-1930s', '~1938-04', '~mid-1938', '~1930s']) {
    test(`accepts the date ${JSON.stringify(date)}`, () => {
      assert.deepEqual(errorsOf(withEvent({ date })), []);
    });
  }

  test('rejects an extra property on an event, a footnote, a source and the file', () => {
    assert.notDeepEqual(errorsOf(withEvent({ colour: 'red' })), []);
    const footnote = structuredClone(file);
    footnote.footnotes[0].page = 12;
    assert.notDeepEqual(errorsOf(footnote), []);
    const source = structuredClone(file);
    source.footnotes[0].sources[0].isbn = '0-00-000000-0';
    assert.notDeepEqual(errorsOf(source), []);
    assert.notDeepEqual(errorsOf({ ...structuredClone(file), version: 2 }), []);
  });

  for (const key of ['id', 'title', 'date', 'summary', 'category', 'footnotes']) {
    test(`rejects an event without ${key}`, () => {
      assert.notDeepEqual(errorsOf(withEvent({ [key]: undefined })), []);
    });
  }

  test('rejects bad ids, long titles, empty or non-integer footnote lists', () => {
    for (const id of ['Munich-Agreement', 'munich_agreement', 'munich--agreement', '-munich', 'munich-', 'münchen', '']) {
      assert.notDeepEqual(errorsOf(withEvent({ id })), [], `id ${JSON.stringify(id)}`);
    }
    assert.notDeepEqual(errorsOf(withEvent({ title: 'x'.repeat(61) })), []);
    assert.deepEqual(errorsOf(withEvent({ title: 'x'.repeat(60) })), []);
    assert.notDeepEqual(errorsOf(withEvent({ footnotes: [] })), []);
    assert.notDeepEqual(errorsOf(withEvent({ footnotes: ['206'] })), []);
    assert.notDeepEqual(errorsOf(withEvent({ footnotes: [206.5] })), []);
    assert.notDeepEqual(errorsOf(withEvent({ footnotes: [206, 206] })), []);
  });

  test('rejects a footnote without text or sources, or with a non-integer number', () => {
    for (const broken of [{ text: undefined }, { sources: undefined }, { number: '203' }, { number: 203.5 }]) {
      const data = structuredClone(file);
      Object.assign(data.footnotes[0], broken);
      for (const [key, value] of Object.entries(broken)) if (value === undefined) delete data.footnotes[0][key];
      assert.notDeepEqual(errorsOf(data), [], JSON.stringify(broken));
    }
  });

  test('rejects a file without categories, footnotes or events', () => {
    for (const key of ['categories', 'footnotes', 'events']) {
      const data = structuredClone(file);
      delete data[key];
      assert.notDeepEqual(errorsOf(data), [], key);
    }
  });
});

describe('format v2 in the schema: certainty, unsourced, eras, the source', () => {
  const sourced = () => structuredClone(file.events.find((e) => !e.unsourced && e.certainty === 'stated'));
  const withOnly = (event) => ({ ...structuredClone(file), events: [event] });
  const without = (object, ...keys) => {
    for (const key of keys) delete object[key];
    return object;
  };

  test('certainty: the three levels; a hedge with hedged/disputed, none with stated', () => {
    for (const certainty of ['stated', 'hedged', 'disputed']) {
      const event = { ...sourced(), certainty };
      if (certainty !== 'stated') Object.assign(event, { hedge: 'probably', otherView: 'Others disagree.' });
      assert.deepEqual(errorsOf(withOnly(event)), [], certainty);
    }
    assert.deepEqual(errorsOf(withOnly(without(sourced(), 'certainty'))), [], 'certainty may be left out');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'likely' })), []);
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'hedged' })), [], 'hedged without a hedge');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'disputed' })), [], 'disputed without a hedge');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'stated', hedge: 'probably' })), [], 'a hedge on a stated event');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'stated', otherView: 'Others disagree.' })), [], 'otherView on a stated event');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), certainty: 'hedged', hedge: '' })), [], 'an empty hedge');
  });

  test('unsourced: true with no footnotes, and only so', () => {
    assert.deepEqual(errorsOf(withOnly({ ...sourced(), unsourced: true, footnotes: [] })), []);
    assert.deepEqual(errorsOf(withOnly(without({ ...sourced(), unsourced: true }, 'footnotes'))), []);
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), unsourced: true })), [], 'unsourced with footnotes');
    assert.notDeepEqual(errorsOf(withOnly({ ...sourced(), footnotes: [] })), [], 'no footnotes without unsourced');
    assert.notDeepEqual(errorsOf(withOnly(without({ ...sourced() }, 'footnotes'))), [], 'footnotes left out without unsourced');
  });

  test('eras: dated spans with a short label, cited or marked unsourced, no unknown fields', () => {
    const era = () => structuredClone(file.eras[0]);
    const withEra = (e) => ({ ...structuredClone(file), eras: [e] });
    assert.deepEqual(errorsOf(withEra(era())), []);
    assert.deepEqual(errorsOf(withEra({ ...era(), footnotes: [], unsourced: true })), []);
    assert.notDeepEqual(errorsOf(withEra(without(era(), 'end'))), [], 'no end');
    assert.notDeepEqual(errorsOf(withEra(without(era(), 'label'))), [], 'no label');
    assert.notDeepEqual(errorsOf(withEra({ ...era(), label: 'x'.repeat(61) })), [], 'a long label');
    assert.notDeepEqual(errorsOf(withEra({ ...era(), end: 'late 1938' })), [], 'an end outside the date grammar');
    assert.notDeepEqual(errorsOf(withEra({ ...era(), footnotes: [] })), [], 'no footnotes without unsourced');
    assert.notDeepEqual(errorsOf(withEra({ ...era(), colour: 'grey' })), [], 'an unknown field');
  });

  test('the source: bibliographic fields allowed, unknown ones not', () => {
    const source = { title: 'T', author: 'A', book: 'B', editor: 'E', publisher: 'P', place: 'Prague', year: '2019', url: 'https://example.org/', pages: '203–227' };
    assert.deepEqual(errorsOf({ ...structuredClone(file), source }), []);
    assert.notDeepEqual(errorsOf({ ...structuredClone(file), source: { ...source, isbn: '0' } }), []);
    assert.notDeepEqual(errorsOf({ ...structuredClone(file), source: without({ ...source }, 'title') }), []);
  });
});

describe('footnotes', () => {
  test(`footnotes ${FIRST_FOOTNOTE}–${LAST_FOOTNOTE} are all present, each once`, () => {
    const numbers = file.footnotes.map((f) => f.number);
    const expected = Array.from({ length: LAST_FOOTNOTE - FIRST_FOOTNOTE + 1 }, (_, i) => FIRST_FOOTNOTE + i);
    assert.deepEqual([...numbers].sort((a, b) => a - b), expected);
    assert.equal(new Set(numbers).size, numbers.length);
  });

  test('the chapter prints exactly these footnotes', () => {
    assert.deepEqual([...footnoteSegments.keys()], file.footnotes.map((f) => f.number).sort((a, b) => a - b));
  });

  test('the verbatim check does catch a changed footnote', () => {
    const footnote = footnoteByNumber.get(212);
    assert.equal(footnoteHash(footnote.text), footnoteSegments.get(212).textHash);
    assert.notEqual(footnoteHash(footnote.text.replace('p. 256', 'p. 265')), footnoteSegments.get(212).textHash);
    assert.notEqual(footnoteHash(footnote.text.replace('.', '')), footnoteSegments.get(212).textHash);
  });

  for (const footnote of file.footnotes) {
    test(`footnote ${footnote.number}: the text is a verbatim quotation of the chapter`, () => {
      assert.ok(!footnote.text.includes('*'), 'markdown * left in the text');
      assert.ok(!/^\d/.test(footnote.text), 'the leading number is left in the text');
      assert.equal(footnote.text, normalise(footnote.text), 'the text has stray whitespace');
      assert.equal(footnoteHash(footnote.text), footnoteSegments.get(footnote.number)?.textHash, 'the text is not the whole footnote as printed');
    });

    test(`footnote ${footnote.number}: each source's parts occur in the footnote, in order`, () => {
      let from = 0;
      for (const source of footnote.sources) {
        const at = footnote.text.indexOf(source.title, from);
        assert.ok(at >= 0, `title "${source.title}" does not occur in footnote ${footnote.number} (after position ${from})`);
        for (const key of ['author', 'details', 'pages']) {
          if (source[key] !== undefined) assert.ok(footnote.text.includes(source[key]), `${key} "${source[key]}" does not occur in footnote ${footnote.number}`);
        }
        from = at + source.title.length;
      }
    });
  }

  test('purely explanatory footnotes cite no sources; the others cite at least one', () => {
    for (const footnote of file.footnotes) {
      if (EXPLANATORY_FOOTNOTES.includes(footnote.number)) assert.deepEqual(footnote.sources, [], `footnote ${footnote.number}`);
      else assert.ok(footnote.sources.length > 0, `footnote ${footnote.number} has no sources`);
    }
  });

  test("the chapter's inconsistent spellings are kept as printed", () => {
    const titles = (n) => footnoteByNumber.get(n).sources.map((s) => s.title);
    assert.ok(titles(203).includes('Voyennaya elita v 1935–1939 gg.'));
    assert.ok(titles(208).includes('Voennaya Elita SSSR v 1935–1939 gg.'));
    assert.ok(titles(203).includes('Chozjain: Stalin i utverzheniye stalinskoy diktatury'));
    assert.ok(titles(227).includes('Chozjain: Stalin i utverzhdienie stalinskoy diktatury'));
    assert.ok(footnoteByNumber.get(206).text.includes('Zakhar II. Volovich'));
  });

  test("footnote 209 is joined across its page break", () => {
    assert.match(footnoteByNumber.get(209).text, /58 of whom were arrested; 229 at the rank of "Comdiv" or corresponding, 125 of whom/);
  });

  test('every footnote is cited by at least one event', () => {
    const cited = new Set(file.events.flatMap((e) => e.footnotes));
    assert.deepEqual(file.footnotes.map((f) => f.number).filter((n) => !cited.has(n)), []);
  });
});

describe('events', () => {
  test('there are 40–65 events', () => {
    assert.ok(file.events.length >= 40 && file.events.length <= 65, `${file.events.length} events`);
  });

  test('ids are unique', () => {
    const ids = file.events.map((e) => e.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  test('every cited footnote exists', () => {
    for (const event of file.events) {
      for (const number of event.footnotes) assert.ok(footnoteByNumber.has(number), `${event.id} cites footnote ${number}, which is not in the file`);
    }
  });

  test("every category is one of the file's categories, and the five categories are those of the product", () => {
    assert.deepEqual(file.categories.map((c) => c.id), ['army', 'security-organs', 'party-and-state', 'foreign-affairs', 'economy-and-society']);
    const ids = new Set(file.categories.map((c) => c.id));
    for (const event of file.events) assert.ok(ids.has(event.category), `${event.id}: unknown category ${event.category}`);
  });

  test('events are sorted by start (ties: the shorter span first)', () => {
    for (let i = 1; i < file.events.length; i++) {
      const [a, b] = [file.events[i - 1], file.events[i]];
      const [[aStart, aEnd], [bStart, bEnd]] = [spanOf(a.date), spanOf(b.date)];
      assert.ok(aStart < bStart || (aStart === bStart && aEnd <= bEnd), `${a.id} (${a.date}) comes before ${b.id} (${b.date})`);
    }
  });

  test('dates fall within 1920–1945, and a range ends after it starts', () => {
    const [min, max] = [Date.UTC(1920, 0, 1), Date.UTC(1946, 0, 1)];
    for (const event of file.events) {
      const [start, end] = spanOf(event.date);
      assert.ok(start >= min && end <= max, `${event.id}: ${event.date} is outside 1920–1945`);
      if (event.end !== undefined) {
        assert.notEqual(event.end, event.date, `${event.id}: a range needs two different ends`);
        const [endStart, endEnd] = spanOf(event.end);
        assert.ok(endStart >= min && endEnd <= max, `${event.id}: ${event.end} is outside 1920–1945`);
        assert.ok(endEnd > start, `${event.id}: ${event.end} ends before ${event.date} begins`);
      }
    }
  });

  test('an approximate (~) date always comes with a note saying how it was derived', () => {
    for (const event of file.events) {
      if (event.date.startsWith('~') || event.end?.startsWith('~')) assert.ok(event.note, `${event.id} has a ~ date but no note`);
    }
  });

  test('summaries are one to three sentences', () => {
    for (const event of file.events) {
      const sentences = event.summary.split(/(?<=[.!?]["'”’)]?)\s+(?=[A-Z"'“‘(])/).filter(Boolean);
      assert.ok(sentences.length >= 1 && sentences.length <= 3, `${event.id}: ${sentences.length} sentences`);
      assert.match(event.summary, /[.!?]["'”’]?$/, `${event.id}: the summary does not end a sentence`);
    }
  });

  test(`no summary shares ${RUN_LENGTH} or more consecutive words with the chapter`, () => {
    const offences = file.events.flatMap((e) => sharedRuns(e.summary).map((run) => `${e.id}: "${run}"`));
    assert.deepEqual(offences, []);
  });

  test(`the file's description shares no run of ${RUN_LENGTH} words with the chapter`, () => {
    assert.deepEqual(sharedRuns(file.source.description), []);
  });

  test('the check for shared words does catch a copied sentence', () => {
    assert.ok(sharedRuns('Mass actions by the NKVD were halted immediately, as were the arrest and displacement of ordinary citizens.').length > 0);
    assert.ok(sharedRuns("STALIN AND THE PARTY LEADERSHIP did not always see eye to eye on defence issues").length > 0);
  });
});

describe('the events the product relies on', () => {
  const citesAll = (event, numbers) => numbers.every((n) => event.footnotes.includes(n));

  test('the May 1937 arrests of the six commanders: 1937-05, footnote 206, all six named', () => {
    const event = eventById('army-commanders-arrested');
    assert.equal(event.date, '1937-05');
    assert.equal(event.end, undefined);
    assert.equal(event.category, 'army');
    assert.ok(citesAll(event, [206]));
    for (const name of ['Tukhachevsky', 'Yakir', 'Uborevich', 'Kork', 'Eideman', 'Feldman']) assert.ok(event.summary.includes(name), `${name} is not named`);
  });

  test('the Munich Agreement: 1938-09-29, footnote 219', () => {
    const event = eventById('munich-agreement');
    assert.equal(event.date, '1938-09-29');
    assert.equal(event.end, undefined);
    assert.ok(citesAll(event, [219]));
  });

  test("Beria's appointment in four steps, all citing 222, with notes on his inconsistent title", () => {
    const proposed = eventById('beria-proposed-for-nkvd');
    const resolution = eventById('beria-appointed-by-politburo');
    const atWork = eventById('beria-starts-work-in-moscow');
    const head = eventById('beria-replaces-yezhov');
    assert.equal(proposed.date, 'mid-1938-08');
    assert.equal(resolution.date, '1938-08-21');
    assert.equal(atWork.date, 'mid-1938-09');
    assert.match(head.date, /^~/);
    assert.ok(spanOf(head.date)[0] >= spanOf(atWork.date)[0], 'Beria heads the NKVD before he starts work in Moscow');
    for (const event of [proposed, resolution, atWork, head]) {
      assert.equal(event.end, undefined, event.id);
      assert.ok(citesAll(event, [222]), `${event.id} does not cite 222`);
      assert.ok(event.note, `${event.id} has no note`);
    }
    assert.match(proposed.note, /Head Secretary/);
    assert.match(head.note, /shortly thereafter/);
    assert.match(resolution.note, /21\.8\.1938/);
  });

  test('the resolutions of 17 November and 1 December 1938: a range, footnotes 224 and 225', () => {
    const event = eventById('resolutions-end-mass-operations');
    assert.equal(event.date, '1938-11-17');
    assert.equal(event.end, '1938-12-01');
    assert.ok(citesAll(event, [224, 225]));
  });

  test("Trotsky's murder: 1940-08, citing 227, whose mark ends the passage, with a note that the sentence has no note of its own", () => {
    const event = eventById('trotsky-murdered');
    assert.equal(event.date, '1940-08');
    assert.equal(event.end, undefined);
    assert.deepEqual(event.footnotes, [227]);
    assert.equal(event.unsourced, undefined);
    assert.match(event.note ?? '', /no note of its own: footnote 227/);
  });

  test('dated footnote facts are events: 209 (1937–38), 214 (earlier working week), 220 (Q4 1938), 221 (defections)', () => {
    assert.ok(file.events.some((e) => e.footnotes.includes(209) && e.date === '1937' && e.end === '1938'));
    assert.ok(file.events.some((e) => e.footnotes.includes(214) && e.end === 'mid-1940'));
    assert.ok(file.events.some((e) => e.footnotes.includes(220) && e.date === '1938-Q4'));
    assert.ok(file.events.some((e) => e.footnotes.includes(221)));
  });
});
