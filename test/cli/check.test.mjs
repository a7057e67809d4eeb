// `purge-timeline check`: the element's parser from the command line, each problem at the line
// and column of its value, and the exit status CI reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineColumnAt, lineColumnOf, runBin } from './run-bin.mjs';

const PROBLEMS = 'test/cli/fixtures/problems.json';
const problemsText = readFileSync(new URL('./fixtures/problems.json', import.meta.url), 'utf8');

test('the shipped events.json is valid: exit 0', () => {
  const { status, stdout, stderr } = runBin('check', 'events.json');
  assert.equal(stdout, '');
  assert.match(stderr, /^events\.json: valid, \d+ events drawn \(0 errors, 0 warnings\)\n$/);
  assert.equal(status, 0);
});

test('each problem as FILE:LINE:COLUMN: $.path: message, at its value in the text; exit 1', () => {
  const { status, stdout } = runBin('check', PROBLEMS);
  // A missing field is placed at the object that lacks it.
  const misspeltEvent = problemsText.lastIndexOf('{', problemsText.indexOf('"id": "misspelt"'));
  assert.deepEqual(stdout.trimEnd().split('\n'), [
    `${PROBLEMS}:${lineColumnOf(problemsText, '"Sept 1937"')}: $.events[1].date: "Sept 1937" is not a date: write "1937-09" (year-month, the month as a number)`,
    `${PROBLEMS}:${lineColumnAt(problemsText, misspeltEvent)}: $.events[2].category: is missing (expected text)`,
    `${PROBLEMS}:${lineColumnOf(problemsText, '"catgory"')}: $.events[2].catgory: unknown field "catgory" (did you mean "category"?)`,
  ]);
  assert.equal(status, 1);
});

test('--json gives the same problems as data, with line and column', () => {
  const { status, stdout } = runBin('check', '--json', PROBLEMS);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  const [file] = report.files;
  assert.equal(file.file, PROBLEMS);
  assert.equal(file.events, 1);
  const date = file.problems.find((p) => p.path === 'events[1].date');
  assert.deepEqual(`${date.line}:${date.column}`, lineColumnOf(problemsText, '"Sept 1937"'));
  assert.equal(date.severity, 'error');
  assert.equal(status, 1);
});

test('warnings (outside --min/--max, a summary that repeats the title) pass; --strict fails them', () => {
  const file = 'test/cli/fixtures/warnings-only.json';
  const text = readFileSync(join(process.cwd(), file), 'utf8');
  const relaxed = runBin('check', file, '--min', '1935', '--max', '1941');
  assert.deepEqual(relaxed.stdout.trimEnd().split('\n'), [
    `${file}:${lineColumnOf(text, '"1930"')}: warning: $.events[0].date: "1930" is outside the timeline's range 1935-01-01 – 1941-12-31 (min–max), so it is not drawn; it stays in the list (expected a date within min and max, or widen them)`,
    `${file}:${lineColumnAt(text, text.indexOf('"summary": "echo"') + '"summary": '.length)}: warning: $.events[1].summary: repeats the title (expected one to three sentences that say more than the title)`,
  ]);
  assert.equal(relaxed.status, 0);
  assert.equal(runBin('check', file, '--min', '1935', '--strict').status, 1);
  assert.equal(runBin('check', file).stdout.split('\n').filter(Boolean).length, 1, 'no range warning without --min/--max');
});

test('JSON syntax errors are placed where they are; comments and trailing commas are errors as in JSON.parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'purge-timeline-check-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{\n  "events": [\n    1,\n  ]\n}\n');
  const { status, stdout } = runBin('check', file);
  assert.equal(stdout, `${file}:4:3: $: not valid JSON: expected a value (is a comma too many, or a value missing?)\n`);
  assert.equal(status, 1);
  writeFileSync(file, '{ // a comment\n "events": [] }');
  assert.match(runBin('check', file).stdout, /:1:3: \$: not valid JSON: comments are not allowed in JSON/);
});

test('a file with a BOM, as Windows editors save it, is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'purge-timeline-check-'));
  const file = join(dir, 'bom.json');
  writeFileSync(file, `\uFEFF${readFileSync('events.json', 'utf8')}`);
  assert.equal(runBin('check', file).status, 0);
});

test('exit 2 when a file cannot be read, or the command line is wrong', () => {
  const missing = runBin('check', 'no-such-file.json', 'events.json');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^no-such-file\.json: cannot be read: there is no such file$/m);
  assert.equal(runBin('check', 'test/').status, 2, 'a folder');
  assert.equal(runBin('check').status, 2, 'no file');
  assert.equal(runBin('frobnicate', 'events.json').status, 2, 'an unknown command');
  assert.equal(runBin('check', '--min', 'soon', 'events.json').status, 2, 'a --min that is not a date');
  const help = runBin('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /purge-timeline check FILE\.json/);
});
