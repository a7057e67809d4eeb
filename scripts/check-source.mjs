#!/usr/bin/env node
/**
 * `npm run check:source [chapter.md]`: checks events.json against the source chapter itself
 * (default ../shared/source/chapter-7.md), where the chapter exists (authoring, CI), and checks
 * that test/data/chapter-derived.json, which `npm test` uses instead, is up to date.
 *
 * Direct checks, character by character after collapsing whitespace and dropping `*` and the
 * footnote marks: every footnote's text is the whole footnote as printed; every `hedge` and every
 * anchor quotation in test/data/event-anchors.json occurs in the chapter; no summary, era summary,
 * note or description shares a run of 8 words with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHAPTER, DEFAULT_OUT, deriveSourceData, normalise, serialise, splitChapter, words } from './derive-source-data.mjs';

const RUN_LENGTH = 8;
const root = new URL('../', import.meta.url);
const chapterPath = resolve(process.argv[2] ?? DEFAULT_CHAPTER);

if (!existsSync(chapterPath)) {
  console.error(
    `check:source: the source chapter is not at ${chapterPath}.\n` +
      'It lives in ../shared/source/ beside the project where the chronology is authored (and in CI);\n' +
      'a plain clone does not have it, and `npm test` does not need it. Pass its path to check another copy.',
  );
  process.exit(2);
}

const markdown = readFileSync(chapterPath, 'utf8');
const file = JSON.parse(readFileSync(new URL('events.json', root), 'utf8'));
const anchorsUrl = new URL('test/data/event-anchors.json', root);
const anchors = existsSync(anchorsUrl) ? JSON.parse(readFileSync(anchorsUrl, 'utf8')) : {};
const problems = [];

// 1. The derived data is what the script makes from this chapter now.
const fresh = serialise(deriveSourceData(markdown));
const committed = existsSync(DEFAULT_OUT) ? readFileSync(DEFAULT_OUT, 'utf8') : '';
if (fresh !== committed) {
  problems.push(`${fileURLToPath(new URL('test/data/chapter-derived.json', root))} is out of date: run \`node scripts/derive-source-data.mjs\` and commit it`);
}

// 2. Footnotes verbatim and whole.
const chapter = splitChapter(markdown);
for (const footnote of file.footnotes) {
  const printed = chapter.footnotes.get(footnote.number);
  if (printed === undefined) problems.push(`footnote ${footnote.number} is not printed in the chapter`);
  else if (footnote.text !== printed) problems.push(`footnote ${footnote.number}: the text differs from the chapter's`);
}
for (const number of chapter.footnotes.keys()) {
  if (!file.footnotes.some((f) => f.number === number)) problems.push(`footnote ${number} of the chapter is missing from events.json`);
}

// 3. Quotations verbatim: hedges and anchors, case and punctuation included.
const texts = [...chapter.body.map((b) => b.text), ...chapter.footnotes.values()].map((t) => normalise(t.replace(/<sup>\d+<\/sup>/g, '')));
const occurs = (quote) => texts.some((t) => t.includes(normalise(quote)));
for (const item of [...file.events, ...(file.eras ?? [])]) {
  if (item.hedge !== undefined && !occurs(item.hedge)) problems.push(`${item.id}: the hedge "${item.hedge}" is not in the chapter as written`);
}
for (const [id, entry] of Object.entries(anchors)) {
  for (const quote of entry.anchors ?? []) if (!occurs(quote)) problems.push(`${id}: the anchor "${quote}" is not in the chapter as written`);
}

// 4. Own words.
const runs = new Set(texts.flatMap((t) => {
  const list = words(t);
  return list.slice(0, Math.max(0, list.length - RUN_LENGTH + 1)).map((_, i) => list.slice(i, i + RUN_LENGTH).join(' '));
}));
const ownWords = (where, text) => {
  if (typeof text !== 'string') return;
  const list = words(text);
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH).join(' ');
    if (runs.has(run)) problems.push(`${where} shares "${run}" with the chapter`);
  }
};
ownWords('the description', file.source?.description);
for (const item of [...file.events, ...(file.eras ?? [])]) {
  ownWords(`${item.id}: the summary`, item.summary);
  // A note may quote the chapter, in quotation marks.
  ownWords(`${item.id}: the note`, item.note?.replace(/"[^"]*"|“[^”]*”/g, ' '));
  ownWords(`${item.id}: otherView`, item.otherView);
}

if (problems.length > 0) {
  console.error(`check:source: ${problems.length} problem(s) against ${chapterPath}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check:source: events.json agrees with ${chapterPath}; test/data/chapter-derived.json is up to date.`);
