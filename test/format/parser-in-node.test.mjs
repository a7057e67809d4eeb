/**
 * The parser in Node 20, without a browser: the command-line checker (`npx purge-timeline
 * check`) imports the built library's parser, dist/lib/data/parse-events.js, so that module and
 * everything it imports must run with no DOM globals. Also checks that events.schema.json and the
 * parser agree on every v2 rule, and that the shipped events.json parses without a problem.
 *
 * Needs `npm run build` first (rollup writes dist/lib/, one file per source module).
 * Run: node --test test/format/
 */
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const parserUrl = new URL('dist/lib/data/parse-events.js', root);
const knownFieldsUrl = new URL('dist/lib/data/known-fields.js', root);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, root), 'utf8'));

if (!existsSync(parserUrl)) {
  throw new Error(`${fileURLToPath(parserUrl)} is missing: run \`npm run build\` first (rollup writes the library to dist/lib/)`);
}

/** No DOM in this process: the parser must not need one (checked before anything is imported). */
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'customElements', 'localStorage']) {
  if (name === 'navigator' && typeof globalThis.navigator !== 'undefined') continue; // Node 21+ has one; Node 20 does not
  assert.equal(typeof globalThis[name], 'undefined', `${name} exists in this Node process; the test would not prove anything`);
}

const { parseEvents } = await import(parserUrl.href);
const { KNOWN_FIELDS } = await import(knownFieldsUrl.href);
const schema = readJson('events.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const categories = [{ id: 'army', label: 'Army' }];
const footnotes = [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book', pages: 'p. 1' }] }];
const event = (id, fields = {}) => {
  const result = { id, title: `Title of ${id}`, date: '1938-09-29', summary: `Summary of ${id}.`, category: 'army', footnotes: [203], ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete result[key];
  return result;
};
const file = (events, extra = {}) => ({ categories, footnotes, events, ...extra });
const era = (id, fields = {}) => {
  const result = { id, label: `Era ${id}`, date: '1937', end: '1938', footnotes: [203], ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete result[key];
  return result;
};

describe('the built parser runs in Node', () => {
  test('the shipped events.json parses with zero problems', () => {
    const parsed = parseEvents(readJson('events.json'));
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.events.length > 50, `${parsed.events.length} events`);
    for (const e of parsed.events) {
      assert.ok(['stated', 'hedged', 'disputed'].includes(e.certainty), e.id);
      assert.equal(typeof e.unsourced, 'boolean', e.id);
    }
  });

  test('the shipped events.json validates against the schema', () => {
    assert.equal(validate(readJson('events.json')), true, JSON.stringify(validate.errors));
  });

  test('issue 14 §0: the misspellings are problems with suggestions, the otherwise valid event is kept', () => {
    const parsed = parseEvents({ catgories: [], categories, footnotes, events: [event('a', { catgory: 'army' }), event('b', { footnote: [203], footnotes: undefined })] });
    assert.deepEqual(
      parsed.problems.filter((p) => p.message.startsWith('unknown field')).map((p) => `${p.path}: ${p.message}`),
      [
        'catgories: unknown field "catgories" (did you mean "categories"?)',
        'events[0].catgory: unknown field "catgory" (did you mean "category"?)',
        'events[1].footnote: unknown field "footnote" (did you mean "footnotes"?)',
      ],
    );
    assert.deepEqual(parsed.events.map((e) => e.id), ['a', 'b']);
  });
});

/**
 * Each case: a file, the paths the parser reports as errors, and whether the schema accepts it.
 * A file the schema accepts must have no parser error, and vice versa.
 */
const CASES = [
  ['stated, hedged and disputed done right', file([event('a'), event('b', { certainty: 'hedged', hedge: 'probably' }), event('c', { certainty: 'disputed', hedge: 'Others disagree', otherView: 'X.' })]), []],
  ['hedged without hedge', file([event('a', { certainty: 'hedged' })]), ['events[0].hedge']],
  ['disputed without hedge', file([event('a', { certainty: 'disputed', otherView: 'X.' })]), ['events[0].hedge']],
  ['hedge on an event without certainty', file([event('a', { hedge: 'probably' })]), ['events[0].hedge']],
  ['hedge on a stated event', file([event('a', { certainty: 'stated', hedge: 'probably' })]), ['events[0].hedge']],
  ['otherView on a stated event', file([event('a', { otherView: 'X.' })]), ['events[0].otherView']],
  ['an unknown certainty', file([event('a', { certainty: 'probable', hedge: 'x' })]), ['events[0].certainty']],
  ['unsourced with footnotes []', file([event('a', { footnotes: [], unsourced: true })]), []],
  ['unsourced without footnotes', file([event('a', { footnotes: undefined, unsourced: true })]), []],
  ['footnotes [] without unsourced', file([event('a', { footnotes: [] })]), ['events[0].footnotes']],
  ['no footnotes and no unsourced', file([event('a', { footnotes: undefined })]), ['events[0].footnotes']],
  ['unsourced with footnotes', file([event('a', { unsourced: true })]), ['events[0].unsourced']],
  ['unsourced: false', file([event('a', { unsourced: false })]), ['events[0].unsourced']],
  ['valid eras', file([event('a')], { eras: [era('x'), era('y', { footnotes: [], unsourced: true, summary: 'S.', note: 'N.' })] }), []],
  ['an era without end', file([event('a')], { eras: [era('x', { end: undefined })] }), ['eras[0].end']],
  ['an era without label', file([event('a')], { eras: [era('x', { label: undefined })] }), ['eras[0].label']],
  ['an era with footnotes []', file([event('a')], { eras: [era('x', { footnotes: [] })] }), ['eras[0].footnotes']],
  ['an era with a bad id', file([event('a')], { eras: [era('Not An Id')] }), ['eras[0].id']],
  ['eras not an array', file([event('a')], { eras: {} }), ['eras']],
  ['every source field', file([event('a')], { source: { title: 'T', description: 'D', author: 'A', book: 'B', editor: 'E', publisher: 'P', place: 'Pl', year: '2019', url: 'https://example.org', pages: 'pp. 1–2' } }), []],
  ['a year as a number', file([event('a')], { source: { title: 'T', year: 2019 } }), ['source.year']],
  ['a url that is not http(s)', file([event('a')], { source: { title: 'T', url: 'javascript:alert(1)' } }), ['source.url']],
  ['a source without a title', file([event('a')], { source: { author: 'A' } }), ['source.title']],
  ['an unknown field on the source', file([event('a')], { source: { title: 'T', edition: '2' } }), ['source.edition']],
  ['an unknown field at the top', file([event('a')], { catgories: [] }), ['catgories']],
  ['an unknown field on a category', { categories: [{ id: 'army', label: 'Army', color: 'red' }], footnotes, events: [event('a')] }, ['categories[0].color']],
  ['an unknown field on a footnote', { categories, footnotes: [{ ...footnotes[0], page: 'p. 1' }], events: [event('a')] }, ['footnotes[0].page']],
  ['an unknown field on a footnote source', { categories, footnotes: [{ ...footnotes[0], sources: [{ title: 'B', edition: '2' }] }], events: [event('a')] }, ['footnotes[0].sources[0].edition']],
  ['an unknown field on an event', file([event('a', { catgory: 'army' })]), ['events[0].catgory']],
  ['an unknown field on an era', file([event('a')], { eras: [era('x', { lable: 'x' })] }), ['eras[0].lable']],
];

describe('the schema and the parser agree on every v2 rule', () => {
  for (const [name, json, errorPaths] of CASES) {
    test(name, () => {
      const errors = parseEvents(json).problems.filter((p) => p.severity === 'error');
      assert.deepEqual(errors.map((p) => p.path), errorPaths, JSON.stringify(errors));
      for (const problem of errors) assert.match(problem.message, /expected|did you mean/, problem.path);
      const accepted = validate(json);
      assert.equal(accepted, errorPaths.length === 0, `schema ${accepted ? 'accepts' : 'rejects'}: ${JSON.stringify(validate.errors)}`);
    });
  }

  test('they know the same field names at every level', () => {
    const top = schema.properties;
    const defs = schema.$defs;
    const same = (a, b, what) => assert.deepEqual([...a].sort(), [...b].sort(), what);
    same(Object.keys(top), KNOWN_FIELDS.file, 'the file');
    same(Object.keys(top.source.properties), KNOWN_FIELDS.source, 'source');
    same(Object.keys(defs.category.properties), KNOWN_FIELDS.category, 'categories[i]');
    same(Object.keys(defs.footnote.properties), KNOWN_FIELDS.footnote, 'footnotes[i]');
    same(Object.keys(defs.source.properties), KNOWN_FIELDS.footnoteSource, 'footnotes[i].sources[j]');
    same(Object.keys(defs.event.properties), KNOWN_FIELDS.event, 'events[i]');
    same(Object.keys(defs.era.properties), KNOWN_FIELDS.era, 'eras[i]');
  });
});
