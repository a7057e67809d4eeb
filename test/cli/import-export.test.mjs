// `purge-timeline import` and `export` as a user runs them: files in, files out, exit status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from './run-bin.mjs';

const tempDir = () => mkdtempSync(join(tmpdir(), 'purge-timeline-cli-'));

test('export writes the sheets; import of them gives the shipped events.json back byte for byte; check passes it', () => {
  const dir = tempDir();
  const exported = runBin('export', 'events.json', '--out-dir', dir);
  assert.equal(exported.status, 0, exported.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['categories.csv', 'eras.csv', 'events.csv', 'file.csv', 'footnotes.csv', 'sources.csv']);
  const output = join(dir, 'events.json');
  const imported = runBin('import', ...['events.csv', 'eras.csv', 'footnotes.csv', 'sources.csv', 'categories.csv', 'file.csv'].map((name) => join(dir, name)), '-o', output);
  assert.equal(imported.status, 0, imported.stderr);
  assert.equal(readFileSync(output, 'utf8'), readFileSync('events.json', 'utf8'));
  assert.equal(runBin('check', output).status, 0);
});

test('import names each bad row by sheet, row and column, still writes the valid rows, and exits 1', () => {
  const dir = tempDir();
  const output = join(dir, 'out.json');
  const { status, stderr } = runBin('import', 'test/authoring/fixtures/excel-dates.csv', '-o', output);
  assert.equal(status, 1);
  const errors = stderr.split('\n').filter((line) => / Date: /.test(line));
  assert.deepEqual(errors.map((line) => line.split(': "')[0]), ['test/authoring/fixtures/excel-dates.csv:2: Date', 'test/authoring/fixtures/excel-dates.csv:6: Date']);
  assert.match(stderr, /: 2 of 4 events \(2 left out: see above\)\n$/);
  const written = JSON.parse(readFileSync(output, 'utf8'));
  assert.deepEqual(written.events.map((e) => e.title), ['Great Purge begins', 'Yezhov replaced']);
  // What import writes shows in the element: check finds warnings at most (citations of footnotes the sheet lacks).
  assert.equal(runBin('check', output).status, 0);
});

test('import without -o writes the file to standard output; --json reports problems as data', () => {
  const plain = runBin('import', 'test/authoring/fixtures/google-sheets.csv');
  assert.equal(JSON.parse(plain.stdout).events.length, 2);
  const report = JSON.parse(runBin('import', '--json', 'test/authoring/fixtures/excel-dates.csv').stdout);
  assert.equal(report.valid, false);
  assert.equal(report.eventRows, 4);
  assert.equal(report.eventsWritten, 2);
  assert.deepEqual(report.problems.find((p) => p.severity === 'error'), {
    severity: 'error',
    sheet: 'test/authoring/fixtures/excel-dates.csv',
    row: 2,
    column: 'Date',
    message: '"29/09/1938" is not a date: it looks like a spreadsheet\'s day/month/year; write "1938-09-29" (year-month-day), and format the column as Text so the spreadsheet keeps it as written',
  });
});

test('import: warnings alone pass, and fail with --strict', () => {
  // Citations of footnotes the sheet set lacks are warnings.
  const sheet = 'test/authoring/fixtures/google-sheets.csv';
  const relaxed = runBin('import', sheet);
  assert.match(relaxed.stderr, /google-sheets\.csv:2: warning: footnotes: 204 is not a footnote of this file/);
  assert.equal(relaxed.status, 0);
  assert.equal(runBin('import', '--strict', sheet).status, 1);
});

test('a CSV saved in a Windows code page, not UTF-8, is named with how to save it; exit 1', () => {
  const dir = tempDir();
  const file = join(dir, 'ansi.csv');
  // "č" is not in Latin-1; write a byte that is not UTF-8 on its own, as Windows-1250 would.
  writeFileSync(file, Buffer.concat([Buffer.from('title,date,category\nTucha'), Buffer.from([0xe8]), Buffer.from('evskij,1937,army\n')]));
  const { status, stderr } = runBin('import', file);
  assert.equal(status, 1);
  assert.match(stderr, /ansi\.csv: is not UTF-8 text \(expected UTF-8: in Excel save as "CSV UTF-8 \(Comma delimited\)"/);
});

test('exit 2 when a sheet cannot be read or export is not told where to write', () => {
  assert.equal(runBin('import', 'no-such.csv').status, 2);
  assert.equal(runBin('export', 'events.json').status, 2);
  assert.equal(runBin('export', 'no-such.json', '--out-dir', tempDir()).status, 2);
});
