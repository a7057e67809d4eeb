// Spreadsheet sheets → events file: the CSV shapes Excel, LibreOffice and Google Sheets write, and
// every problem named by sheet, row and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, loadAuthoring } from './support.mjs';

const { importSheets, describeSheetProblem } = await loadAuthoring();

const SUMMARY_WITH_QUOTES = 'Britain and France agree; Czechoslovakia is not asked.\nThe "peace for our time" follows.';
const EXPECTED_EVENTS = [
  { id: 'munich', title: 'Munich Agreement', date: '1938-09-29', summary: SUMMARY_WITH_QUOTES, category: 'foreign-affairs', footnotes: [204] },
  { id: 'great-purge-begins', title: 'Great Purge begins', date: '1937-07', end: 'late-1938-11', summary: 'Mass operations start.', category: 'security-organs', footnotes: [203, 205] },
];

for (const [shape, name] of [
  ['Excel in a ";" locale: BOM, CRLF, quoted only where needed', 'excel-semicolon.csv'],
  ['Google Sheets: ",", CRLF, a line break inside a quoted cell', 'google-sheets.csv'],
  ['LibreOffice: tab-separated, every text cell quoted, LF', 'libreoffice-tab.csv'],
]) {
  test(`${shape} gives the same events, quotes and line breaks intact`, () => {
    const { file, problems } = importSheets([{ name, text: fixture(name) }]);
    assert.deepEqual(file.events, EXPECTED_EVENTS);
    assert.deepEqual(file.categories, [
      { id: 'foreign-affairs', label: 'Foreign affairs' },
      { id: 'security-organs', label: 'Security organs' },
    ]);
    // No footnotes sheet: only the "not a footnote of this file" warnings, no error.
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  });
}

test('Excel dates (29/09/1938, a day number) are rejected at their row with the form to write; the other rows are converted', () => {
  const { file, problems, eventRows } = importSheets([{ name: 'events.csv', text: fixture('excel-dates.csv') }]);
  const errors = problems.filter((p) => p.severity === 'error').map(describeSheetProblem);
  assert.deepEqual(errors, [
    'events.csv:2: Date: "29/09/1938" is not a date: it looks like a spreadsheet\'s day/month/year; write "1938-09-29" (year-month-day), and format the column as Text so the spreadsheet keeps it as written',
    'events.csv:6: Date: "14152" is not a date: it looks like a spreadsheet\'s day number for 1938-09-29 (the cell was formatted as a number); write "1938-09-29" (year-month-day), and format the column as Text so the spreadsheet keeps it as written',
  ]);
  assert.equal(eventRows, 4, 'the two blank rows are not events');
  assert.deepEqual(file.events.map((e) => e.id), ['great-purge-begins', 'yezhov-replaced']);
});

test('a blank row keeps the row numbers a spreadsheet shows', () => {
  const text = 'title,date,category\nA,1937,x\n,,\n\nB,Sept 1937,x\n';
  const { problems } = importSheets([{ name: 'events.csv', text }]);
  const empty = 'footnotes: is empty (expected the numbers of the footnotes that support this event, or "unsourced": true where the source gives none); treated as unsourced';
  assert.deepEqual(problems.map(describeSheetProblem), [
    `events.csv:2: ${empty}`,
    'events.csv:5: date: "Sept 1937" is not a date: write "1937-09" (year-month, the month as a number)',
    `events.csv:5: ${empty}`,
  ]);
});

test('an extra column is a warning naming it; its rows are still read', () => {
  const { file, problems } = importSheets([{ name: 'events.csv', text: 'title,date,category,unsourced,Remarks\nA,1937,x,yes,mine\n' }]);
  assert.equal(file.events.length, 1);
  assert.deepEqual(problems.map(describeSheetProblem), [
    'events.csv:1: warning: Remarks: is not a column of the events sheet; it is left out (expected: id, title, date, end, summary, category, footnotes, unsourced, certainty, hedge, otherView, note)',
  ]);
});

test('empty ids are made from titles: kebab-case, unique, stable across imports', () => {
  const text = 'id,title,date,category,unsourced\n,Munich Agreement,1938,x,yes\nmunich-agreement-2,Taken,1938,x,yes\n,Munich Agreement,1938,x,yes\n,Munich  agreement!,1938,x,yes\n,Пакт Молотова–Риббентропа,1939,x,yes\n,Tuchačevskij zatčen,1937,x,yes\n';
  const ids = () => importSheets([{ name: 'e.csv', text }]).file.events.map((e) => e.id);
  assert.deepEqual(ids(), ['munich-agreement', 'munich-agreement-2', 'munich-agreement-3', 'munich-agreement-4', 'pakt-molotova-ribbentropa', 'tuchacevskij-zatcen']);
  assert.deepEqual(ids(), ids());
});

test('a duplicate id is named at its row and only the first is kept', () => {
  const { file, problems } = importSheets([{ name: 'e.csv', text: 'id,title,date,category,unsourced\na,A,1937,x,yes\na,B,1938,x,yes\n' }]);
  assert.deepEqual(file.events.map((e) => e.title), ['A']);
  assert.match(describeSheetProblem(problems.find((p) => p.severity === 'error')), /^e\.csv:3: id: "a" is used by an earlier event/);
});

test('a category given by its label becomes its id; an unknown one is a warning at its cell', () => {
  const { file, problems } = importSheets([
    { name: 'events.csv', text: 'title,date,category,unsourced\nA,1937,Army,yes\nB,1937,navy,yes\n' },
    { name: 'categories.csv', text: 'id,label\narmy,Army\n' },
  ]);
  assert.deepEqual(file.events.map((e) => e.category), ['army', 'navy']);
  assert.match(describeSheetProblem(problems[0]), /^events\.csv:3: warning: category: "navy" is not one of the file's categories/);
});

test('footnotes, their sources (one row each) and the file\'s own fields become the file\'s', () => {
  const { file, problems } = importSheets([
    { name: 'events.csv', text: 'title,date,category,footnotes\nA,1937,x,203;204\n' },
    { name: 'notes.csv', text: 'number,text\n203,First.\n204,Second.\n' },
    { name: 'sources.csv', text: 'footnote,author,title,pages\n203,Pechenkin,Elita,p. 13\n203,,Reabilitatsiya,\n999,,Lost,\n' },
    { name: 'about.csv', text: 'field,value\ntitle,My chronology\nsource.title,Chapter 7\nsource.year,2019\n' },
  ]);
  assert.deepEqual(file.footnotes, [
    { number: 203, text: 'First.', sources: [{ author: 'Pechenkin', title: 'Elita', pages: 'p. 13' }, { title: 'Reabilitatsiya' }] },
    { number: 204, text: 'Second.', sources: [] },
  ]);
  assert.equal(file.title, 'My chronology');
  assert.deepEqual(file.source, { title: 'Chapter 7', year: '2019' });
  assert.deepEqual(file.events[0].footnotes, [203, 204]);
  assert.deepEqual(problems.map(describeSheetProblem), [
    'sources.csv:4: footnote: "999" is not a footnote in the footnotes sheet (expected a number from the footnotes sheet, e.g. 203)',
  ]);
});

test('the certainty columns, "unsourced" and an eras sheet are read as format v2 has them', () => {
  const { file, problems } = importSheets([
    { name: 'events.csv', text: 'title,date,category,footnotes,unsourced,certainty,hedge,Other view\nA,1937,x,,yes,hedged,seems to have been,Others disagree.\nB,1938,x,,no,disputed,,\n' },
    { name: 'eras.csv', text: 'label,date,end,unsourced\nThe Great Terror,1937-07,1938-11,TRUE\n' },
  ]);
  assert.deepEqual(file.events[0], { id: 'a', title: 'A', date: '1937', category: 'x', footnotes: [], unsourced: true, certainty: 'hedged', hedge: 'seems to have been', otherView: 'Others disagree.' });
  assert.deepEqual(file.eras, [{ id: 'the-great-terror', label: 'The Great Terror', date: '1937-07', end: '1938-11', footnotes: [], unsourced: true }]);
  const errors = problems.filter((p) => p.severity === 'error').map(describeSheetProblem);
  assert.ok(errors.some((line) => line.startsWith('events.csv:3: hedge: is missing')), errors.join('\n'));
  assert.ok(errors.some((line) => line.startsWith('events.csv:3: footnotes: is empty')), errors.join('\n'));
});

test('a sheet whose header names no known sheet, an unclosed quote, and no events sheet are each named', () => {
  const { problems } = importSheets([
    { name: 'mystery.csv', text: 'foo,bar\n1,2\n' },
    { name: 'broken.csv', text: 'number,text\n203,"never closed\n' },
  ]);
  const lines = problems.map(describeSheetProblem);
  assert.match(lines[0], /^mystery\.csv:1: the header row \("foo", "bar"\) names no known sheet \(expected a header row naming the columns: an events sheet has "title" and "date"/);
  assert.match(lines[1], /^broken\.csv:2: a quoted field is never closed/);
  assert.match(lines.at(-1), /^no events sheet/);
});

test('a missing required column is named once for the sheet, not on every row', () => {
  const { problems } = importSheets([{ name: 'events.csv', text: 'title,date,unsourced\nA,1937,yes\nB,1938,yes\n' }]);
  assert.deepEqual(problems.map(describeSheetProblem), [
    'events.csv:1: has no "category" column (expected the columns id, title, date, end, summary, category, footnotes, unsourced, certainty, hedge, otherView, note)',
  ]);
});

test('problems of eras and of the file\'s own fields are named at their rows', () => {
  const { file, problems } = importSheets([
    { name: 'events.csv', text: 'title,date,category,unsourced\nA,1937,x,yes\n' },
    { name: 'eras.csv', text: 'id,label,date,end,unsourced\nterror,The Great Terror,1938-11,1937-07,yes\nlater,Later,1939,1941,yes\n' },
    { name: 'file.csv', text: 'field,value\nsource.author,Someone\nsubtitle,Not a field\n' },
  ]);
  assert.deepEqual(file.eras.map((era) => era.id), ['later']);
  const lines = problems.map(describeSheetProblem);
  assert.ok(lines.some((line) => /^eras\.csv:2: end: "1937-07" ends before "1938-11" begins/.test(line)), lines.join('\n'));
  assert.ok(lines.includes('file.csv:3: field: "subtitle" is not a field of an events file (expected one of: $schema, title, source.title, source.description, source.author, source.book, source.editor, source.publisher, source.place, source.year, source.url, source.pages)'), lines.join('\n'));
  assert.ok(lines.includes('file.csv:2: source.title: is missing (expected text)'), lines.join('\n'));
});
