#!/usr/bin/env node
/**
 * Derives from the source chapter what the data tests need, without any readable chapter text,
 * so that `npm test` runs in a fresh clone that has no ../shared beside it.
 *
 *   node scripts/derive-source-data.mjs [chapter.md] [--out test/data/chapter-derived.json]
 *
 * The chapter is read as one stream of words (lower case, apostrophes dropped, every other mark a
 * separator), split into segments: headings and body paragraphs in reading order (a paragraph
 * broken by a page's footnotes is joined again), then the footnotes by number. The file holds:
 * - `trigrams`: for each hashed word trigram, the stream positions where it starts (a quotation of
 *   three or more words occurs verbatim when its trigrams sit at consecutive positions inside one
 *   segment; an 8-word run shared with the chapter is found the same way);
 * - `bigrams`, `unigrams`: the hashed word pairs and words, for quotations of one or two words;
 * - per paragraph: its token span, a fingerprint, where each sentence starts, and where each
 *   footnote mark sits; per footnote: its token span and the hash of its normalised text.
 * Hashes are the first HASH_LENGTH hex digits of SHA-256. The output depends only on the chapter.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const HASH_LENGTH = 12;
export const DEFAULT_CHAPTER = fileURLToPath(new URL('../../shared/source/chapter-7.md', import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL('../test/data/chapter-derived.json', import.meta.url));

export const hashOf = (text) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);

/** Whitespace collapsed to single spaces, markdown emphasis (`*`) removed: how events.json quotes the chapter. */
export const normalise = (text) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const MARK = /<sup>(\d+)<\/sup>/gu;
/**
 * One scanner for the chapter and for any quotation: a footnote mark, a word (letters and digits,
 * with inner apostrophes), or a full stop that ends a sentence (followed, after closing quotes and
 * a footnote mark, by a space and a capital or a digit).
 */
const TOKEN = /<sup>(\d+)<\/sup>|([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([.!?])(?=["'”’)\]]*(?:<sup>\d+<\/sup>)?\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Tokens of a text: { word } | { mark } | { stop }. A stop after an initial ("K. Ye. Voroshilov") is not a sentence end. */
function scan(text) {
  const tokens = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) tokens.push({ mark: Number(m[1]) });
    else if (m[2]) tokens.push({ word: m[2].toLowerCase().replace(/['’]/g, '') , raw: m[2] });
    else {
      const previous = tokens.at(-1);
      if (previous?.word && /^\p{Lu}\p{Ll}?$/u.test(previous.raw)) continue;
      tokens.push({ stop: true });
    }
  }
  return tokens;
}

/** The words of a text as the derived data counts them. */
export const words = (text) => scan(text.replace(MARK, ' ')).filter((t) => t.word).map((t) => t.word);

/**
 * Splits the chapter into headings, body paragraphs and footnotes. The footnotes of a page follow
 * a `---` line and start with their number; a block right after `---` without a number continues
 * the previous page's last footnote (209). Other blocks are body text; a body block whose
 * predecessor did not end a sentence continues it (paragraphs broken across pages).
 */
export function splitChapter(markdown) {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const body = [];
  const footnotes = new Map();
  let inFootnotes = false;
  let justAfterBreak = false;
  let lastNumber;
  for (const block of blocks) {
    if (block === '---') {
      inFootnotes = true;
      justAfterBreak = true;
      continue;
    }
    if (inFootnotes) {
      const numbered = /^(\d{3}) ([\s\S]*)$/.exec(block);
      if (numbered) {
        lastNumber = Number(numbered[1]);
        if (footnotes.has(lastNumber)) throw new Error(`the chapter prints footnote ${lastNumber} twice`);
        footnotes.set(lastNumber, numbered[2]);
        justAfterBreak = false;
        continue;
      }
      if (justAfterBreak && lastNumber !== undefined && !/[.!?]["'”’]?$/.test(footnotes.get(lastNumber))) {
        footnotes.set(lastNumber, `${footnotes.get(lastNumber)} ${block}`);
        justAfterBreak = false;
        continue;
      }
      inFootnotes = false;
    }
    justAfterBreak = false;
    const heading = /^#+\s*(.*)$/s.exec(block);
    const previous = body.at(-1);
    if (heading) body.push({ kind: 'heading', text: heading[1] });
    else if (previous?.kind === 'paragraph' && !/[.!?]["'”’]?(<sup>\d+<\/sup>)?$/.test(previous.text)) previous.text += ` ${block}`;
    else body.push({ kind: 'paragraph', text: block });
  }
  return {
    body: body.map((b) => ({ ...b, text: normalise(b.text) })),
    footnotes: new Map([...footnotes].sort(([a], [b]) => a - b).map(([n, text]) => [n, normalise(text)])),
  };
}

/** The derived data for a chapter (see the file comment). */
export function deriveSourceData(markdown) {
  const { body, footnotes } = splitChapter(markdown);
  const segments = [];
  const trigrams = new Map();
  const bigrams = new Set();
  const unigrams = new Set();
  let position = 0;
  const addWords = (list) => {
    list.forEach((word, i) => {
      unigrams.add(hashOf(word));
      if (i >= 1) bigrams.add(hashOf(`${list[i - 1]} ${word}`));
      if (i >= 2) {
        const key = hashOf(`${list[i - 2]} ${list[i - 1]} ${word}`);
        if (!trigrams.has(key)) trigrams.set(key, []);
        trigrams.get(key).push(position + i - 2);
      }
    });
    position += list.length;
  };

  let paragraphIndex = 0;
  for (const block of body) {
    const start = position;
    const tokens = scan(block.text);
    const list = [];
    const sentences = [start];
    const marks = [];
    for (const token of tokens) {
      if (token.word) list.push(token.word);
      else if (token.mark) marks.push({ footnote: token.mark, at: start + list.length });
      else if (token.stop && list.length > 0 && start + list.length !== sentences.at(-1)) sentences.push(start + list.length);
    }
    // A stop at the very end opens no sentence.
    if (sentences.at(-1) === start + list.length && sentences.length > 1) sentences.pop();
    addWords(list);
    const fingerprint = hashOf(list.join(' '));
    if (block.kind === 'heading') segments.push({ kind: 'heading', start, end: position, fingerprint });
    else segments.push({ kind: 'paragraph', index: paragraphIndex++, start, end: position, fingerprint, sentences, marks });
  }
  for (const [number, text] of footnotes) {
    const start = position;
    addWords(words(text));
    segments.push({ kind: 'footnote', number, start, end: position, textHash: hashOf(text) });
  }

  return {
    about:
      'Derived from the source chapter by scripts/derive-source-data.mjs; holds no readable chapter text. Regenerate with that script; `npm run check:source` checks it is up to date.',
    hash: `sha256, first ${HASH_LENGTH} hex digits; words as scripts/derive-source-data.mjs words() makes them, joined by single spaces`,
    words: position,
    segments,
    trigrams: Object.fromEntries([...trigrams].sort(([a], [b]) => (a < b ? -1 : 1))),
    bigrams: [...bigrams].sort(),
    unigrams: [...unigrams].sort(),
  };
}

/** The derived data as the file holds it: one segment per line, so that diffs stay readable. */
export function serialise(data) {
  const { segments, trigrams, bigrams, unigrams, ...head } = data;
  const lines = [
    '{',
    ...Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '  "segments": [',
    segments.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
    '  ],',
    `  "trigrams": ${JSON.stringify(trigrams)},`,
    `  "bigrams": ${JSON.stringify(bigrams)},`,
    `  "unigrams": ${JSON.stringify(unigrams)}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? resolve(args[outAt + 1]) : DEFAULT_OUT;
  const chapter = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? DEFAULT_CHAPTER;
  const text = serialise(deriveSourceData(readFileSync(chapter, 'utf8')));
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes) from ${chapter}`);
}
