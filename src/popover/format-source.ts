import type { Footnote, Source } from '../types.js';

/** A source as the footnote prints it: `Author, Title, details, pages`. */
export function formatSource(source: Source): string {
  return [source.author, source.title, source.details, source.pages].filter(Boolean).join(', ');
}

/** "footnote 206" / "footnotes 218, 219". */
export function formatFootnoteNumbers(footnotes: readonly Footnote[]): string {
  const numbers = footnotes.map((footnote) => footnote.number).join(', ');
  return `${footnotes.length === 1 ? 'footnote' : 'footnotes'} ${numbers}`;
}
