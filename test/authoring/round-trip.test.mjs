// export then import gives the same file back: as written, and after a spreadsheet re-saves the
// sheets (";" between fields, a BOM, CRLF, every field quoted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { fixture, loadAuthoring, shippedText } from './support.mjs';

const { exportSheets, importSheets, checkEventsText } = await loadAuthoring();

/** What Excel in a German locale writes when it saves a sheet it opened. */
function resaveAsSpreadsheet(text) {
  const rows = Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', quotes: true, newline: '\r\n' })}\r\n`;
}

for (const [name, text] of [
  ['the shipped events.json', shippedText],
  ['a file with every v2 field (eras, certainty, unsourced, the source\'s bibliographic fields)', fixture('v2-events.json')],
]) {
  test(`${name}: export then import gives the same file, byte for byte`, () => {
    const { sheets, problems } = exportSheets(JSON.parse(text));
    assert.deepEqual(problems, []);
    const back = importSheets(sheets);
    assert.deepEqual(back.problems, []);
    assert.equal(`${JSON.stringify(back.file, null, 2)}\n`, JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });

  test(`${name}: the same after a spreadsheet re-saves every sheet`, () => {
    const { sheets } = exportSheets(JSON.parse(text));
    const resaved = sheets.map((sheet) => ({ name: sheet.name, text: resaveAsSpreadsheet(sheet.text) }));
    assert.ok(resaved.every((sheet) => sheet.text.startsWith('\uFEFF"') && sheet.text.includes('";"')));
    // Given in another order: sheets are told apart by their headers.
    const back = importSheets([...resaved].reverse());
    assert.deepEqual(back.file, JSON.parse(text));
    assert.deepEqual(checkEventsText(JSON.stringify(back.file)).problems, []);
  });
}

test('export writes every field quoted, CRLF, a BOM, and footnote lists as "203; 204"', () => {
  const { sheets } = exportSheets(JSON.parse(fixture('v2-events.json')));
  const events = sheets.find((sheet) => sheet.name === 'events.csv').text;
  assert.ok(events.startsWith('\uFEFF"id","title","date","end","summary","category","footnotes","unsourced","certainty","hedge","otherView","note"\r\n'));
  assert.ok(events.includes('"yezhov-replaced","Yezhov replaced by Beria","~1938-11","","The NKVD changes hands.","security-organs","203; 205","","disputed","Other authors are more reserved","",""\r\n'));
  assert.deepEqual(sheets.map((sheet) => sheet.name), ['events.csv', 'eras.csv', 'categories.csv', 'footnotes.csv', 'sources.csv', 'file.csv']);
});

test('a field with no column is reported by export, not silently lost', () => {
  const { problems } = exportSheets({ categories: [], footnotes: [], events: [{ id: 'a', title: 'A', catgory: 'x' }] });
  assert.deepEqual(problems.map((p) => p.message), ['events[0].catgory has no column in the events sheet; it is left out (expected: id, title, date, end, summary, category, footnotes, unsourced, certainty, hedge, otherView, note)']);
});
