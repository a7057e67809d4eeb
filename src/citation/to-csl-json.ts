/**
 * Footnotes' sources as CSL-JSON items, the format Zotero, Mendeley and citeproc read. Every
 * field holds what the footnote prints (titles in their transliteration as printed, authors as
 * printed, kept whole as a `literal` name rather than split into parts we would have to guess).
 * One item per source per footnote: the same book cited at other pages in another footnote is
 * another item, because the pages are part of what the footnote says.
 */
import type { Footnote, Source } from '../types.js';
import { formatChapterNote } from './format-chicago-note.js';
import { englishCitationWords, type ChapterReference } from './chapter-reference.js';

export interface CslName {
  readonly literal: string;
}

/** The subset of CSL-JSON (citation-style-language/schema, csl-data.json) these exports write. */
export interface CslItem {
  readonly id: string;
  readonly type: 'book' | 'chapter';
  readonly title: string;
  readonly author?: readonly CslName[];
  readonly editor?: readonly CslName[];
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly 'publisher-place'?: string;
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] } | { readonly literal: string };
  readonly page?: string;
  readonly URL?: string;
  /** What the footnote prints between title and pages (volume, editors, imprint), and where the chapter cites it. */
  readonly note?: string;
}

/** The id of the chapter's own item. */
export const CHAPTER_ITEM_ID = 'chapter';

/** `pp. 98–132` → `98–132`: CSL's `page` holds the pages alone; the rest is kept as printed. */
export function pagesWithoutPrefix(pages: string): string {
  return pages.replace(/^\s*pp?\.\s*/i, '').trim();
}

/** `fn203-1`: the footnote's number and the source's place in it. */
export function sourceItemId(footnote: number, index: number): string {
  return `fn${footnote}-${index + 1}`;
}

function sourceItem(source: Source, footnote: Footnote, index: number, citedIn: string): CslItem {
  const note = [source.details, `Cited in ${citedIn}, n. ${footnote.number}`].filter(Boolean).join('; ');
  return {
    id: sourceItemId(footnote.number, index),
    type: 'book',
    title: source.title,
    ...(source.author && { author: [{ literal: source.author }] }),
    ...(source.pages && { page: pagesWithoutPrefix(source.pages) }),
    ...(source.url && { URL: source.url }),
    note,
  };
}

/** The chapter itself: a chapter of its book where the file names one, else a book-like work. */
export function chapterItem(chapter: ChapterReference): CslItem {
  const year = chapter.year?.trim();
  return {
    id: CHAPTER_ITEM_ID,
    type: chapter.book ? 'chapter' : 'book',
    title: chapter.title,
    ...(chapter.author && { author: [{ literal: chapter.author }] }),
    ...(chapter.editor && { editor: [{ literal: chapter.editor }] }),
    ...(chapter.book && { 'container-title': chapter.book }),
    ...(chapter.publisher && { publisher: chapter.publisher }),
    ...(chapter.place && { 'publisher-place': chapter.place }),
    ...(year && { issued: /^\d{1,4}$/.test(year) ? { 'date-parts': [[Number(year)]] } : { literal: year } }),
    ...(chapter.pages && { page: pagesWithoutPrefix(chapter.pages) }),
    ...(chapter.url && { URL: chapter.url }),
  };
}

/**
 * The chapter and every source of `footnotes`, in footnote order.
 *
 * @example
 * toCslItems([footnote218], { title: 'Chapter 7' })
 * //=> [{ id: 'chapter', type: 'book', title: 'Chapter 7' },
 * //    { id: 'fn218-1', type: 'book', title: 'The Soviet High Command', author: [{ literal: 'Erickson J.' }], page: '488–489', note: 'Cited in Chapter 7, n. 218' }]
 */
export function toCslItems(footnotes: Iterable<Footnote>, chapter: ChapterReference): CslItem[] {
  const citedIn = formatChapterNote(chapter, englishCitationWords);
  const sorted = [...footnotes].sort((a, b) => a.number - b.number);
  return [chapterItem(chapter), ...sorted.flatMap((footnote) => footnote.sources.map((source, index) => sourceItem(source, footnote, index, citedIn)))];
}

/** CSL-JSON text: an array of items, indented for people who open the file. */
export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
