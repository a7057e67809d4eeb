import type { ChapterSource } from '../types.js';

/**
 * What a citation needs to know about the work whose footnotes an events file quotes (the
 * chapter): the file's `source`. Every field but `title` stays absent where the chapter does not
 * give it: citations never invent bibliographic data.
 */
export type ChapterReference = ChapterSource;

/** The words a citation uses, in the interface's language (Chicago's English words in English). */
export interface CitationWords {
  /** Joins a source to the work that cites it, en "cited in". */
  readonly citedIn: string;
  /** Before a footnote number, en "n." (→ "n. 203"). */
  readonly noteAbbreviation: string;
  /** Before an editor's name, en "ed." */
  readonly editedBy: string;
  /** Where an event has no footnote, en "the chapter gives no source for this". */
  readonly noSource: string;
}

export const englishCitationWords: CitationWords = {
  citedIn: 'cited in',
  noteAbbreviation: 'n.',
  editedBy: 'ed.',
  noSource: 'the chapter gives no source for this',
};

/** The citation words of an interface language's messages. */
export function citationWordsOf(messages: { readonly citedIn: string; readonly noteAbbreviation: string; readonly editedBy: string; readonly noSourceInCitation: string }): CitationWords {
  return { citedIn: messages.citedIn, noteAbbreviation: messages.noteAbbreviation, editedBy: messages.editedBy, noSource: messages.noSourceInCitation };
}
