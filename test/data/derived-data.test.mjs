/**
 * test/data/chapter-derived.json stands in for the chapter in `npm test`: it must stay small and
 * hold no readable chapter text (only hashes and positions). `npm run check:source` checks that it
 * matches the chapter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { derived, occursVerbatim, paragraphs, footnoteSegments } from './derived-chapter.mjs';

const HASH = /^[0-9a-f]{12}$/;

test('the derived chapter data is under 200 KB', () => {
  const { size } = statSync(new URL('./chapter-derived.json', import.meta.url));
  assert.ok(size < 200_000, `${size} bytes`);
});

test('it holds only hashes, numbers and its own two lines of explanation', () => {
  const strings = [];
  const visit = (value, path) => {
    if (typeof value === 'string') strings.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
  };
  const { about, hash, ...data } = derived;
  visit(data, '');
  const readable = strings.filter(([, s]) => !HASH.test(s) && !['heading', 'paragraph', 'footnote'].includes(s));
  assert.deepEqual(readable, []);
  for (const key of Object.keys(data.trigrams)) assert.match(key, HASH);
  assert.ok(!occursVerbatim(about) && !occursVerbatim(hash), 'the explanations are not chapter text');
});

test('it covers the whole chapter: 16 body paragraphs with 25 footnote marks, footnotes 203–227', () => {
  assert.equal(paragraphs.length, 16);
  assert.deepEqual(paragraphs.flatMap((p) => p.marks.map((m) => m.footnote)), Array.from({ length: 25 }, (_, i) => 203 + i));
  assert.deepEqual([...footnoteSegments.keys()], Array.from({ length: 25 }, (_, i) => 203 + i));
  for (const p of paragraphs) {
    assert.ok(p.sentences.every((s, i) => s >= p.start && s < p.end && (i === 0 || s > p.sentences[i - 1])), `paragraph ${p.index}: sentence starts in order`);
    assert.ok(p.marks.every((m) => m.at > p.start && m.at <= p.end), `paragraph ${p.index}: marks inside it`);
  }
});
