import type { Source } from '../types.js';

/** A source as the footnote prints it: `Author, Title, details, pages`. */
export function formatSource(source: Source): string {
  return [source.author, source.title, source.details, source.pages].filter(Boolean).join(', ');
}
