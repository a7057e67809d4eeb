/**
 * Notes in the Chicago Manual of Style's notes-and-bibliography form, as plain text (no
 * italics): a footnote's sources as the chapter prints them, then "cited in" the chapter with
 * its footnote number, as Chicago cites a source known only through another work.
 */
import type { Footnote } from '../types.js';
import { formatSource } from '../popover/format-source.js';
import { englishCitationWords, type ChapterReference, type CitationWords } from './chapter-reference.js';

/**
 * The chapter as a note: `Author, “Title,” in Book, ed. Editor (Place: Publisher, Year), pages`.
 * Absent fields are left out with their punctuation; without a book the title stands alone.
 *
 * @example
 * formatChapterNote({ title: 'Terror', author: 'J. Novák', book: 'Elites', place: 'Prague', publisher: 'Academia', year: '2019' })
 * //=> 'J. Novák, “Terror,” in Elites (Prague: Academia, 2019)'
 * formatChapterNote({ title: '7. Consequences of Mass Massacre of the Soviet Elites' })
 * //=> '7. Consequences of Mass Massacre of the Soviet Elites'
 */
export function formatChapterNote(chapter: ChapterReference, words: CitationWords = englishCitationWords): string {
  let note = chapter.book ? `“${chapter.title},” in ${chapter.book}` : chapter.title;
  if (chapter.author) note = `${chapter.author}, ${note}`;
  if (chapter.editor) note += `, ${words.editedBy} ${chapter.editor}`;
  const publisher = chapter.place && chapter.publisher ? `${chapter.place}: ${chapter.publisher}` : (chapter.place ?? chapter.publisher);
  const imprint = [publisher, chapter.year].filter(Boolean).join(', ');
  if (imprint) note += ` (${imprint})`;
  if (chapter.pages) note += `, ${chapter.pages}`;
  return note;
}

/**
 * One footnote as a full note: its sources, then "cited in" the chapter and the footnote's
 * number. A footnote that names no source is cited as the chapter's note itself.
 *
 * @example
 * formatFootnoteNote(footnote218, { title: 'Chapter 7' })
 * //=> 'Erickson J., The Soviet High Command, pp. 488–489, cited in Chapter 7, n. 218'
 */
export function formatFootnoteNote(footnote: Footnote, chapter: ChapterReference, words: CitationWords = englishCitationWords): string {
  const where = `${formatChapterNote(chapter, words)}, ${words.noteAbbreviation} ${footnote.number}`;
  if (footnote.sources.length === 0) return where;
  return `${footnote.sources.map(formatSource).join('; ')}, ${words.citedIn} ${where}`;
}

/**
 * The note for an event: each of its footnotes in turn, separated by semicolons as Chicago joins
 * several citations in one note; an event the chapter gives no source for cites the chapter and
 * says so.
 */
export function formatChicagoNote(
  event: { readonly footnotes: readonly Footnote[] },
  chapter: ChapterReference,
  words: CitationWords = englishCitationWords,
): string {
  if (event.footnotes.length === 0) return `${formatChapterNote(chapter, words)} (${words.noSource}).`;
  return `${event.footnotes.map((footnote) => formatFootnoteNote(footnote, chapter, words)).join('; ')}.`;
}
