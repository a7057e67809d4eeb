/**
 * What the data tests know about the source chapter, read from test/data/chapter-derived.json
 * (made by scripts/derive-source-data.mjs; no readable chapter text) so that `npm test` needs no
 * ../shared. Quotations are compared word by word: case, punctuation and `*` do not count
 * (`npm run check:source` compares them character by character against the chapter itself).
 */
import { readFileSync } from 'node:fs';
import { hashOf, normalise, words } from '../../scripts/derive-source-data.mjs';

export { normalise, words };

export const derived = JSON.parse(readFileSync(new URL('./chapter-derived.json', import.meta.url), 'utf8'));

const unigrams = new Set(derived.unigrams);
const bigrams = new Set(derived.bigrams);
export const paragraphs = derived.segments.filter((s) => s.kind === 'paragraph');
export const footnoteSegments = new Map(derived.segments.filter((s) => s.kind === 'footnote').map((s) => [s.number, s]));

/** The segment (heading, paragraph or footnote) holding a stream position. */
export const segmentAt = (position) => derived.segments.find((s) => s.start <= position && position < s.end);

/**
 * Where a quotation of three or more words starts in the chapter: every stream position at which
 * all its word trigrams follow one another inside one segment.
 */
export function occurrencesOf(quote) {
  const list = Array.isArray(quote) ? quote : words(quote);
  if (list.length < 3) throw new Error(`"${list.join(' ')}": a located quotation needs at least three words`);
  const trigramAt = (i) => derived.trigrams[hashOf(list.slice(i, i + 3).join(' '))] ?? [];
  return trigramAt(0).filter((start) => {
    const segment = segmentAt(start);
    if (start + list.length > segment.end) return false;
    for (let i = 1; i + 3 <= list.length; i++) if (!trigramAt(i).includes(start + i)) return false;
    return true;
  });
}

/** True when the quotation's words occur in this order, together, somewhere in the chapter. */
export function occursVerbatim(quote) {
  const list = words(quote);
  if (list.length === 0) return false;
  if (list.length === 1) return unigrams.has(hashOf(list[0]));
  if (list.length === 2) return bigrams.has(hashOf(list.join(' ')));
  return occurrencesOf(list).length > 0;
}

export const RUN_LENGTH = 8;
/** Runs of RUN_LENGTH words that a text shares with the chapter (its body, headings or footnotes). */
export function sharedRuns(text) {
  const list = words(text);
  const runs = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH);
    if (occurrencesOf(run).length > 0) runs.push(run.join(' '));
  }
  return runs;
}

/** The hash the derived data keeps of a footnote's normalised text. */
export const footnoteHash = (text) => hashOf(normalise(text));

/** Index of the sentence of a paragraph that holds a stream position. */
export const sentenceIndexOf = (paragraph, position) => paragraph.sentences.findLastIndex((start) => start <= position);

/**
 * Where a quotation sits: { paragraph, sentence } in the body or { footnote } in a footnote.
 * Undefined unless it occurs exactly once.
 */
export function locate(quote) {
  const found = occurrencesOf(quote);
  if (found.length !== 1) return undefined;
  const segment = segmentAt(found[0]);
  if (segment.kind === 'footnote') return { footnote: segment.number };
  if (segment.kind === 'heading') return { heading: true };
  return { paragraph: segment.index, sentence: sentenceIndexOf(segment, found[0]) };
}

/** The footnote marks that sit in a given sentence of a paragraph (a mark belongs to the sentence of the word before it). */
export function marksInSentence(paragraphIndex, sentence) {
  const paragraph = paragraphs[paragraphIndex];
  return paragraph.marks.filter((m) => sentenceIndexOf(paragraph, m.at - 1) === sentence).map((m) => m.footnote);
}
