/**
 * The three files a reader can drop into a reference manager: CSL-JSON, RIS and BibTeX, made
 * from the same items so they say the same thing.
 */
import type { Footnote } from '../types.js';
import type { ChapterReference } from './chapter-reference.js';
import { toCslItems, toCslJson } from './to-csl-json.js';
import { toRis } from './to-ris.js';
import { toBibtex } from './to-bibtex.js';

export const CITATION_FORMATS = ['csl-json', 'ris', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** How each format is named on its button, and the file it downloads as. */
export const CITATION_FORMAT_FILES: Readonly<Record<CitationFormat, { readonly label: string; readonly extension: string; readonly type: string }>> = {
  'csl-json': { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
};

export interface CitationFile {
  readonly text: string;
  readonly filename: string;
  readonly type: string;
}

/**
 * The footnotes' sources (and the chapter) in `format`.
 *
 * @param name - The file's name without extension, e.g. `munich-agreement-sources`; only
 *   `[a-z0-9-]` is kept.
 *
 * @example
 * exportCitations(event.footnotes, { title: 'Chapter 7' }, 'ris', 'munich-agreement-sources')
 * //=> { text: 'TY  - BOOK\r\n…', filename: 'munich-agreement-sources.ris', type: 'application/x-research-info-systems' }
 */
export function exportCitations(footnotes: Iterable<Footnote>, chapter: ChapterReference, format: CitationFormat, name: string): CitationFile {
  const items = toCslItems(footnotes, chapter);
  const text = format === 'csl-json' ? toCslJson(items) : format === 'ris' ? toRis(items) : toBibtex(items);
  const { extension, type } = CITATION_FORMAT_FILES[format];
  const safeName = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'sources';
  return { text, filename: `${safeName}.${extension}`, type };
}
