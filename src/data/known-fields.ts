/**
 * The field names each object of an events file may have (events.schema.json lists the same).
 * Any other key is reported as an unknown field, with the nearest of these as a suggestion.
 */
export const KNOWN_FIELDS = {
  file: ['$schema', 'title', 'source', 'categories', 'footnotes', 'events', 'eras'],
  source: ['title', 'description', 'author', 'book', 'editor', 'publisher', 'place', 'year', 'url', 'pages'],
  category: ['id', 'label'],
  footnote: ['number', 'text', 'sources'],
  footnoteSource: ['author', 'title', 'details', 'pages', 'url'],
  event: ['id', 'title', 'date', 'end', 'summary', 'category', 'footnotes', 'note', 'certainty', 'hedge', 'otherView', 'unsourced'],
  era: ['id', 'label', 'date', 'end', 'summary', 'footnotes', 'unsourced', 'note'],
} as const satisfies Record<string, readonly string[]>;

export type KnownFieldsOf = keyof typeof KNOWN_FIELDS;
