// The README's API tables and the generated Custom Elements Manifest must agree: a property,
// event, part or custom property added to the JSDoc but not to the README (or the other way
// round) fails here. Needs custom-elements.json (`npm run analyze`; `npm test` builds it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifestUrl = new URL('../../custom-elements.json', import.meta.url);

function element() {
  assert.ok(existsSync(manifestUrl), 'custom-elements.json is missing: run `npm run analyze`');
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'purge-timeline');
  assert.ok(declaration, 'the manifest declares <purge-timeline>');
  return declaration;
}

/** The rows of the table under a README heading, as arrays of cells with backticks removed. */
function tableUnder(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `README has a "${heading}" section`);
  const rest = readme.slice(start + heading.length + 2);
  const lines = rest.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows.slice(2).map((cells) => cells.map((cell) => cell.replace(/`/g, '')));
}

const sorted = (values) => [...new Set(values)].sort();

test('every attribute in the manifest is in the README table, and no other', () => {
  const documented = tableUnder('### Attributes and properties').map(([attribute]) => attribute).filter((name) => name !== '—');
  assert.deepEqual(sorted(documented), sorted(element().attributes.map((a) => a.name)));
});

test('every public property and method in the manifest is in the README', () => {
  const members = element().members.filter((m) => !m.static && !m.privacy && !m.name.startsWith('_'));
  const properties = tableUnder('### Attributes and properties').map((cells) => cells[1]);
  for (const field of members.filter((m) => m.kind === 'field')) assert.ok(properties.includes(field.name), `README lists the property ${field.name}`);
  for (const method of members.filter((m) => m.kind === 'method')) assert.match(readme, new RegExp(`\`${method.name}\\(\\)\``), `README lists the method ${method.name}()`);
  for (const property of properties.filter((p) => p !== '—')) assert.ok(members.some((m) => m.name === property), `the manifest has the README's property ${property}`);
});

test('events agree', () => {
  const documented = tableUnder('### Events').map(([name]) => name);
  assert.deepEqual(sorted(documented), sorted(element().events.map((e) => e.name)));
});

test('CSS parts agree', () => {
  const documented = tableUnder('### CSS parts').map(([name]) => name);
  assert.deepEqual(sorted(documented), sorted(element().cssParts.map((p) => p.name)));
});

test('CSS custom properties agree', () => {
  const documented = tableUnder('### CSS custom properties').map(([name]) => name);
  assert.deepEqual(sorted(documented), sorted(element().cssProperties.map((p) => p.name)));
});
