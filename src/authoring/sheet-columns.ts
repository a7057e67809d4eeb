/**
 * The spreadsheet sheets an events file is written as, one CSV each, and their columns. A sheet
 * is recognised by its header row, never by its file name, so a teacher may call the files
 * anything (`Chronology - Events.csv` as Google Sheets names them).
 */

export const SHEET_KINDS = ['file', 'categories', 'eras', 'footnotes', 'sources', 'events'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** The columns of each sheet, in the order `export` writes them; names as in events.json. */
export const SHEET_COLUMNS: Readonly<Record<SheetKind, readonly string[]>> = {
  // One row per top-level field: `title`, `source.title`, `source.author` …
  file: ['field', 'value'],
  categories: ['id', 'label'],
  eras: ['id', 'label', 'date', 'end', 'summary', 'footnotes', 'unsourced', 'note'],
  footnotes: ['number', 'text'],
  // One row per source a footnote names, in the footnote's order.
  sources: ['footnote', 'author', 'title', 'details', 'pages', 'url'],
  events: ['id', 'title', 'date', 'end', 'summary', 'category', 'footnotes', 'unsourced', 'certainty', 'hedge', 'otherView', 'note'],
};

/** The file name `export` gives each sheet. */
export const SHEET_FILE_NAMES: Readonly<Record<SheetKind, string>> = {
  file: 'file.csv',
  categories: 'categories.csv',
  eras: 'eras.csv',
  footnotes: 'footnotes.csv',
  sources: 'sources.csv',
  events: 'events.csv',
};

/** The rows of the `file` sheet: the top-level fields an events file may have. */
export const FILE_FIELDS = [
  '$schema',
  'title',
  'source.title',
  'source.description',
  'source.author',
  'source.book',
  'source.editor',
  'source.publisher',
  'source.place',
  'source.year',
  'source.url',
  'source.pages',
] as const;

/** Columns that must be in a sheet's header for the sheet to be read at all. */
export const REQUIRED_COLUMNS: Readonly<Record<SheetKind, readonly string[]>> = {
  file: ['field', 'value'],
  categories: ['label'],
  eras: ['label', 'date', 'end'],
  footnotes: ['number'],
  sources: ['footnote', 'title'],
  events: ['title', 'date', 'category'],
};

/** `Other view`, `other_view` and `OTHERVIEW` all name the column `otherView`. */
export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9$.]/g, '');
}

/** Which sheet a header row belongs to, or `undefined` when it names none. */
export function recogniseSheet(header: readonly string[]): SheetKind | undefined {
  const has = new Set(header.map(normaliseColumnName));
  if (has.has('field') && has.has('value')) return 'file';
  if (has.has('title') && has.has('date')) return 'events';
  if (has.has('label') && has.has('date')) return 'eras';
  if (has.has('footnote') && has.has('title')) return 'sources';
  if (has.has('number') && has.has('text')) return 'footnotes';
  if (has.has('label')) return 'categories';
  return undefined;
}

/** What each sheet is recognised by, for the message about a header that names none. */
export const SHEET_HINT =
  'expected a header row naming the columns: an events sheet has "title" and "date", eras "label" and "date", ' +
  'footnotes "number" and "text", sources "footnote" and "title", categories "id" and "label", the file\'s own fields "field" and "value"';
