// The shipped template sheets are the shipped chronology exported, and import back to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthoring, root, shippedText } from './support.mjs';

const { exportSheets, importSheets } = await loadAuthoring();
const templates = join(root, 'templates');
const STALE = 'templates/ is stale: run `npm run build && npm run templates` after changing events.json';

test('templates/*.csv are events.json exported, sheet for sheet', () => {
  const { sheets } = exportSheets(JSON.parse(shippedText));
  assert.deepEqual(readdirSync(templates).filter((name) => name.endsWith('.csv')).sort(), sheets.map((sheet) => sheet.name).sort(), STALE);
  for (const sheet of sheets) assert.equal(readFileSync(join(templates, sheet.name), 'utf8'), sheet.text, `${sheet.name}: ${STALE}`);
});

test('the template sheets import to the shipped events.json; the empty ones to an empty, valid-shaped file', () => {
  const read = (dir) => readdirSync(dir).filter((name) => name.endsWith('.csv')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const example = importSheets(read(templates));
  assert.deepEqual(example.problems, []);
  assert.equal(`${JSON.stringify(example.file, null, 2)}\n`, shippedText);
  const empty = importSheets(read(join(templates, 'empty')));
  assert.deepEqual(empty.problems, []);
  assert.deepEqual(empty.file, { categories: [], eras: [], footnotes: [], events: [] });
});
