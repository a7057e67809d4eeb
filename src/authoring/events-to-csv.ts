/**
 * An events file out as spreadsheet sheets, one CSV each (the columns of sheet-columns.ts), so an
 * author can edit a chronology in Excel, LibreOffice or Google Sheets and import it again:
 * {@link importSheets} of these sheets gives the same file back.
 */
import { writeCsv } from './read-csv.js';
import type { SheetProblem } from './sheet-problem.js';
import { FILE_FIELDS, SHEET_COLUMNS, SHEET_FILE_NAMES, type SheetKind } from './sheet-columns.js';
import type { JsonObject, SheetInput } from './csv-to-events.js';

export interface ExportResult {
  /** The sheets in the order an author reads them: events first. */
  readonly sheets: readonly SheetInput[];
  /** Fields the sheets have no column for (they are left out), as warnings. */
  readonly problems: readonly SheetProblem[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A value as a cell: footnote lists as `203; 204`, `true` as `yes`, nothing as an empty cell. */
function toCell(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (value === true) return 'yes';
  if (Array.isArray(value)) return value.map(String).join('; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

class Exporter {
  readonly problems: SheetProblem[] = [];

  /** One row of `kind`'s columns; a field with no column is reported, not silently lost. */
  row(kind: SheetKind, entry: JsonObject, path: string, extra: Readonly<Record<string, unknown>> = {}, skip: readonly string[] = []): string[] {
    const columns = SHEET_COLUMNS[kind];
    for (const key of Object.keys(entry)) {
      if (!columns.includes(key) && !skip.includes(key)) {
        this.problems.push({ severity: 'warning', sheet: SHEET_FILE_NAMES[kind], message: `${path}.${key} has no column in the ${kind} sheet; it is left out (expected: ${columns.join(', ')})` });
      }
    }
    return columns.map((column) => toCell(column in extra ? extra[column] : entry[column]));
  }
}

/**
 * Writes an events file (parsed JSON) as sheets: events, categories, footnotes, sources, the file's
 * own fields, and eras when the file has them. Every field quoted, CRLF, a UTF-8 BOM: what
 * spreadsheets read without asking.
 */
export function exportSheets(json: unknown): ExportResult {
  const file = isObject(json) ? json : {};
  const exporter = new Exporter();
  const sheet = (kind: SheetKind, rows: string[][]): SheetInput => ({ name: SHEET_FILE_NAMES[kind], text: writeCsv(SHEET_COLUMNS[kind], rows) });

  const source = isObject(file['source']) ? file['source'] : {};
  const fileRows = FILE_FIELDS.map((field) => [field, toCell(field.startsWith('source.') ? source[field.slice('source.'.length)] : file[field])]).filter(([, value]) => value !== '');
  for (const key of Object.keys(file)) {
    if (!['categories', 'eras', 'footnotes', 'events', 'source'].includes(key) && !(FILE_FIELDS as readonly string[]).includes(key)) {
      exporter.problems.push({ severity: 'warning', sheet: SHEET_FILE_NAMES.file, message: `${key} has no row in the file sheet; it is left out (expected: ${FILE_FIELDS.join(', ')})` });
    }
  }

  const footnotes = list(file['footnotes']);
  const sheets: SheetInput[] = [
    sheet('events', list(file['events']).map((event, i) => exporter.row('events', event, `events[${i}]`))),
    sheet('categories', list(file['categories']).map((category, i) => exporter.row('categories', category, `categories[${i}]`))),
    sheet('footnotes', footnotes.map((footnote, i) => exporter.row('footnotes', footnote, `footnotes[${i}]`, {}, ['sources']))),
    sheet(
      'sources',
      footnotes.flatMap((footnote, i) => list(footnote['sources']).map((source, j) => exporter.row('sources', source, `footnotes[${i}].sources[${j}]`, { footnote: footnote['number'] }))),
    ),
    sheet('file', fileRows),
  ];
  if (Array.isArray(file['eras'])) sheets.splice(1, 0, sheet('eras', list(file['eras']).map((era, i) => exporter.row('eras', era, `eras[${i}]`))));
  return { sheets, problems: exporter.problems };
}
