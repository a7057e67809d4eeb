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
 * Where a quotation sits: { paragraph, sentence, position } in the body or { footnote, position } in a footnote.
 * Undefined unless it occurs exactly once.
 */
export function locate(quote) {
  const found = occurrencesOf(quote);
  if (found.length !== 1) return undefined;
  const segment = segmentAt(found[0]);
  if (segment.kind === 'footnote') return { footnote: segment.number, position: found[0] };
  if (segment.kind === 'heading') return { heading: true, position: found[0] };
  return { paragraph: segment.index, sentence: sentenceIndexOf(segment, found[0]), position: found[0] };
}

/** The footnote marks that sit in a given sentence of a paragraph (a mark belongs to the sentence of the word before it). */
export function marksInSentence(paragraphIndex, sentence) {
  const paragraph = paragraphs[paragraphIndex];
  return paragraph.marks.filter((m) => sentenceIndexOf(paragraph, m.at - 1) === sentence).map((m) => m.footnote);
}

/** True when a mark stands inside its sentence (more words of the sentence follow it) rather than at its end. */
export const markIsInsideSentence = (paragraph, mark) => !paragraph.sentences.includes(mark.at) && mark.at !== paragraph.end;

/**
 * The stretch of text a footnote mark stands for, by the usual convention: a mark at the end of a
 * sentence covers the text from the previous mark in its paragraph (or the paragraph's start) to
 * that sentence's end; a mark inside a sentence (206 after "Yagoda's NKVD members", 208 after
 * Pechenkin's name, 219 after "Eastern Europe") is tied to its clause and covers its own sentence
 * only (from the previous mark if that is in the same sentence). Undefined for a footnote whose
 * mark is not in the body.
 */
export function passageOf(footnote) {
  for (const paragraph of paragraphs) {
    const i = paragraph.marks.findIndex((m) => m.footnote === footnote);
    if (i < 0) continue;
    const mark = paragraph.marks[i];
    const sentence = sentenceIndexOf(paragraph, mark.at - 1);
    const previous = i > 0 ? paragraph.marks[i - 1].at : paragraph.start;
    const from = markIsInsideSentence(paragraph, mark) ? Math.max(previous, paragraph.sentences[sentence]) : previous;
    return { paragraph: paragraph.index, from, to: paragraph.sentences[sentence + 1] ?? paragraph.end };
  }
  return undefined;
}

/** The footnotes whose marks cover a located quotation (see passageOf). */
export const coveringFootnotes = (location) =>
  location.paragraph === undefined
    ? []
    : paragraphs[location.paragraph].marks
        .map((m) => m.footnote)
        .filter((n) => {
          const passage = passageOf(n);
          return location.position >= passage.from && location.position < passage.to;
        });

/** True when footnote `number` can support a text drawn from these located quotations: one of them lies in the footnote itself or in the passage its mark stands for. */
export function footnoteSupports(number, locations) {
  const passage = passageOf(number);
  return locations.some(
    (l) => l.footnote === number || (passage !== undefined && l.paragraph === passage.paragraph && l.position >= passage.from && l.position < passage.to),
  );
}

/** True when no located quotation lies in a sentence that carries a footnote mark, or in a footnote: what "the chapter gives no source" claims. */
export const withoutFootnote = (locations) =>
  locations.every((l) => l.paragraph !== undefined && marksInSentence(l.paragraph, l.sentence).length === 0);
