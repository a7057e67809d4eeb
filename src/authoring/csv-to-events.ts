/**
 * Spreadsheet sheets (CSV) in, an events file out, checked by the same parser the element uses
 * (data/parse-events.ts): every problem it finds is named by the sheet, row and column it comes
 * from, a row with an error is left out, and every valid row is still converted.
 */
import { parseEvents, type ParsedEvents } from '../data/parse-events.js';
import type { DataProblem } from '../data/problem.js';
import { makeIdFromTitle, makeUniqueId } from './make-id.js';
import { readCsv } from './read-csv.js';
import type { SheetProblem } from './sheet-problem.js';
import { explainDateProblem } from './spreadsheet-date.js';
import { FILE_FIELDS, normaliseColumnName, recogniseSheet, REQUIRED_COLUMNS, SHEET_COLUMNS, SHEET_HINT, type SheetKind } from './sheet-columns.js';

/** A CSV file: its name (used in problems) and its text. */
export interface SheetInput {
  readonly name: string;
  readonly text: string;
}

export type JsonObject = Record<string, unknown>;

export interface ImportResult {
  /** The events file made of the valid rows, ready for `JSON.stringify`. */
  readonly file: JsonObject;
  /** Every problem, in sheet and row order. */
  readonly problems: readonly SheetProblem[];
  /** How many event rows the sheets have, valid or not. */
  readonly eventRows: number;
}

/** A row of a recognised sheet: its cells by field name, trimmed, empty cells left out. */
interface Row {
  readonly sheet: string;
  readonly row: number;
  readonly values: ReadonlyMap<string, string>;
  /** The header each field is written under, for problems. */
  readonly headers: ReadonlyMap<string, string>;
  /** Required columns the row's sheet does not have (reported once for the sheet). */
  readonly missing: ReadonlySet<string>;
}

/** Where a part of the events file came from: `events[3]` → events.csv row 5. */
interface Origin {
  readonly sheet: string;
  readonly row: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly missing: ReadonlySet<string>;
  /** Set for a category inferred from the events' `category` cells: the column problems point at. */
  readonly column?: string;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'да', 'ano', '✓', '✔']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'nein', 'нет', 'ne']);
const FOOTNOTE_LIST_HINT = 'expected footnote numbers separated by ";", e.g. "203; 204"';

class Importer {
  readonly problems: { problem: SheetProblem; order: number }[] = [];
  readonly origins = new Map<string, Origin>();
  /** Paths (`footnotes[2].sources[0]`) of sources with an error: left out of the file (the parser drops them too). */
  readonly brokenSources = new Set<string>();
  private order = 0;

  report(problem: SheetProblem): void {
    this.problems.push({ problem, order: this.order++ });
  }

  /** An error at a cell of `row`; the row is still converted with what is valid in it. */
  cell(row: Row, field: string, message: string): void {
    this.report({ severity: 'error', sheet: row.sheet, row: row.row, column: row.headers.get(field) ?? field, message });
  }

  remember(path: string, row: Row, column?: string): void {
    this.origins.set(path, { sheet: row.sheet, row: row.row, headers: row.headers, missing: row.missing, ...(column && { column }) });
  }
}

/** Reads each sheet into rows of its kind; reports CSV errors, unknown sheets and columns. */
function readSheets(importer: Importer, sheets: readonly SheetInput[]): Map<SheetKind, Row[]> {
  const byKind = new Map<SheetKind, Row[]>();
  for (const { name, text } of sheets) {
    const table = readCsv(text);
    for (const error of table.errors) importer.report({ severity: 'error', sheet: name, ...(error.row && { row: error.row }), message: error.message });
    if (table.header.every((cell) => cell === '')) {
      importer.report({ severity: 'error', sheet: name, message: `is empty (${SHEET_HINT})` });
      continue;
    }
    const kind = recogniseSheet(table.header);
    if (!kind) {
      const written = table.header.filter(Boolean).map((cell) => JSON.stringify(cell)).join(', ');
      importer.report({ severity: 'error', sheet: name, row: 1, message: `the header row (${written}) names no known sheet (${SHEET_HINT})` });
      continue;
    }
    const known = new Map(SHEET_COLUMNS[kind].map((field) => [normaliseColumnName(field), field]));
    const fieldAt: (string | undefined)[] = [];
    const headers = new Map<string, string>();
    table.header.forEach((cell, index) => {
      if (cell === '') return;
      const field = known.get(normaliseColumnName(cell));
      if (!field) {
        importer.report({ severity: 'warning', sheet: name, row: 1, column: cell, message: `is not a column of the ${kind} sheet; it is left out (expected: ${SHEET_COLUMNS[kind].join(', ')})` });
      } else if (headers.has(field)) {
        importer.report({ severity: 'warning', sheet: name, row: 1, column: cell, message: `is a second "${field}" column; it is left out (expected each column once)` });
      } else {
        headers.set(field, cell);
        fieldAt[index] = field;
      }
    });
    const missing = new Set(REQUIRED_COLUMNS[kind].filter((field) => !headers.has(field)));
    for (const field of missing) {
      importer.report({ severity: 'error', sheet: name, row: 1, message: `has no "${field}" column (expected the columns ${SHEET_COLUMNS[kind].join(', ')})` });
    }
    const rows = byKind.get(kind) ?? [];
    for (const { row, cells } of table.rows) {
      const values = new Map<string, string>();
      cells.forEach((cell, index) => {
        const field = fieldAt[index];
        if (field && cell.trim() !== '') values.set(field, cell.trim());
      });
      rows.push({ sheet: name, row, values, headers, missing });
    }
    byKind.set(kind, rows);
  }
  return byKind;
}

function readFileFields(importer: Importer, rows: readonly Row[]): JsonObject {
  const top: JsonObject = {};
  const source: JsonObject = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const field = row.values.get('field') ?? '';
    const value = row.values.get('value');
    const known = FILE_FIELDS.find((name) => name.toLowerCase() === field.toLowerCase());
    if (!known) {
      importer.cell(row, 'field', `${JSON.stringify(field)} is not a field of an events file (expected one of: ${FILE_FIELDS.join(', ')})`);
      continue;
    }
    if (seen.has(known)) {
      importer.cell(row, 'field', `${JSON.stringify(known)} is given twice (expected each field once; the first is kept)`);
      continue;
    }
    seen.add(known);
    if (value === undefined) continue;
    importer.remember(known, row, 'value');
    // A problem of the source as a whole (its title missing) is placed at its first row.
    if (known.startsWith('source.') && !importer.origins.has('source')) importer.remember('source', row, 'field');
    if (known.startsWith('source.')) source[known.slice('source.'.length)] = value;
    else top[known] = value;
  }
  if (Object.keys(source).length > 0) {
    // `title` first, as the format lists it.
    const { title, ...rest } = source;
    top['source'] = { ...(title !== undefined && { title }), ...rest };
  }
  return top;
}

/** Text fields: set when the cell has text; `required` ones are set to "" so the parser names them. */
function copyText(target: JsonObject, row: Row, fields: readonly string[], required: readonly string[] = []): void {
  for (const field of fields) {
    const value = row.values.get(field);
    if (value !== undefined) target[field] = value;
    else if (required.includes(field) && !row.missing.has(field)) target[field] = '';
  }
}

function readFootnoteList(importer: Importer, row: Row): number[] {
  const cell = row.values.get('footnotes') ?? '';
  const numbers: number[] = [];
  for (const piece of cell.split(/[;,\s]+/).filter(Boolean)) {
    if (/^\d+$/.test(piece) && Number(piece) > 0) numbers.push(Number(piece));
    else importer.cell(row, 'footnotes', `${JSON.stringify(piece)} is not a footnote number (${FOOTNOTE_LIST_HINT}); it is left out`);
  }
  return numbers;
}

function readUnsourced(importer: Importer, row: Row): boolean {
  const cell = row.values.get('unsourced') ?? '';
  if (YES.has(cell.toLowerCase())) return true;
  if (!NO.has(cell.toLowerCase())) importer.cell(row, 'unsourced', `${JSON.stringify(cell)} is not yes or no (expected "yes" when the chapter gives no footnote, or an empty cell)`);
  return false;
}

/** The `footnotes` and `unsourced` fields as the format wants them: `unsourced` only when true. */
function readCitation(importer: Importer, row: Row): JsonObject {
  const footnotes = readFootnoteList(importer, row);
  return readUnsourced(importer, row) ? { footnotes, unsourced: true } : { footnotes };
}

function readCategories(importer: Importer, rows: readonly Row[]): JsonObject[] {
  const taken = new Set(rows.map((row) => row.values.get('id')).filter((id): id is string => id !== undefined));
  return rows.map((row, index) => {
    importer.remember(`categories[${index}]`, row);
    const label = row.values.get('label') ?? '';
    const id = row.values.get('id') ?? makeUniqueId(label, taken, 'category');
    return { id, label };
  });
}

/** Categories named in the events' `category` cells, for a file without a categories sheet. */
function inferCategories(importer: Importer, rows: readonly Row[]): JsonObject[] {
  const categories: JsonObject[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const written = row.values.get('category');
    if (written === undefined) continue;
    const id = makeIdFromTitle(written) || written;
    if (seen.has(id)) continue;
    seen.add(id);
    importer.remember(`categories[${categories.length}]`, row, row.headers.get('category') ?? 'category');
    categories.push({ id, label: written });
  }
  return categories;
}

/** A `category` cell as an id: the id itself, or a category's label in any case. */
function resolveCategory(written: string, categories: readonly JsonObject[]): string {
  const byId = categories.find((category) => category['id'] === written);
  if (byId) return written;
  const lower = written.toLowerCase();
  const byLabel = categories.find((category) => typeof category['label'] === 'string' && category['label'].toLowerCase() === lower);
  return typeof byLabel?.['id'] === 'string' ? byLabel['id'] : makeIdFromTitle(written) || written;
}

function readFootnotes(importer: Importer, rows: readonly Row[], sourceRows: readonly Row[]): JsonObject[] {
  const footnotes = rows.map((row, index) => {
    importer.remember(`footnotes[${index}]`, row);
    const written = row.values.get('number') ?? '';
    const number: unknown = /^\d+$/.test(written) ? Number(written) : written;
    const footnote: JsonObject = { number };
    copyText(footnote, row, ['text']);
    return { footnote, sources: [] as JsonObject[] };
  });
  for (const row of sourceRows) {
    const written = row.values.get('footnote') ?? '';
    const index = footnotes.findIndex(({ footnote }) => String(footnote['number']) === written);
    const entry = footnotes[index];
    if (!entry) {
      const known = footnotes.length > 0 ? `expected a number from the footnotes sheet, e.g. ${String(footnotes[0]?.footnote['number'])}` : 'expected a footnotes sheet with this number';
      importer.cell(row, 'footnote', written ? `${JSON.stringify(written)} is not a footnote in the footnotes sheet (${known})` : `is empty (${known})`);
      continue;
    }
    importer.remember(`footnotes[${index}].sources[${entry.sources.length}]`, row);
    const source: JsonObject = {};
    copyText(source, row, ['author', 'title', 'details', 'pages', 'url'], ['title']);
    entry.sources.push(source);
  }
  return footnotes.map(({ footnote, sources }) => ({ ...footnote, sources }));
}

function readEvents(importer: Importer, rows: readonly Row[], categories: readonly JsonObject[]): JsonObject[] {
  const taken = new Set(rows.map((row) => row.values.get('id')).filter((id): id is string => id !== undefined));
  return rows.map((row, index) => {
    const path = `events[${index}]`;
    importer.remember(path, row);
    const event: JsonObject = {};
    const id = row.values.get('id') ?? makeUniqueId(row.values.get('title') ?? '', taken, 'event');
    event['id'] = id;
    copyText(event, row, ['title', 'date', 'end', 'summary'], ['title', 'date']);
    const category = row.values.get('category');
    if (category !== undefined) event['category'] = resolveCategory(category, categories);
    else if (!row.missing.has('category')) event['category'] = '';
    Object.assign(event, readCitation(importer, row));
    copyText(event, row, ['certainty', 'hedge', 'otherView', 'note']);
    return event;
  });
}

function readEras(importer: Importer, rows: readonly Row[]): JsonObject[] {
  const taken = new Set(rows.map((row) => row.values.get('id')).filter((id): id is string => id !== undefined));
  return rows.map((row, index) => {
    const path = `eras[${index}]`;
    importer.remember(path, row);
    const era: JsonObject = { id: row.values.get('id') ?? makeUniqueId(row.values.get('label') ?? '', taken, 'era') };
    copyText(era, row, ['label', 'date', 'end', 'summary'], ['label', 'date', 'end']);
    Object.assign(era, readCitation(importer, row));
    copyText(era, row, ['note']);
    return era;
  });
}

const ENTRY_PATH = /^((?:events|eras|categories|footnotes)\[\d+\](?:\.sources\[\d+\])?)(?:\.([A-Za-z$]+))?/;

/** A parser problem, at the sheet, row and column it came from. */
function locate(importer: Importer, file: JsonObject, problem: DataProblem): void {
  const { message } = explainDateProblem(file, problem);
  const entry = ENTRY_PATH.exec(problem.path);
  const topField = problem.path.split('[')[0] ?? '';
  const exact = entry ? importer.origins.get(entry[1] ?? '') : importer.origins.get(problem.path);
  // A field of the source with no row of its own (source.title missing): at the source's first row, by its name.
  const origin = exact ?? (entry ? undefined : importer.origins.get(topField.split('.')[0] ?? ''));
  if (!origin) {
    const sheetless = topField === 'events' ? 'the events sheet' : '';
    importer.report({ severity: problem.severity, message: sheetless ? `${sheetless}: ${message}` : `${problem.path ? `${problem.path}: ` : ''}${message}` });
  } else {
    const field = entry?.[2];
    // Reported once for the sheet already.
    if (field && origin.missing.has(field)) return;
    const column = exact ? (origin.column ?? (field ? (origin.headers.get(field) ?? field) : undefined)) : problem.path;
    importer.report({ severity: problem.severity, sheet: origin.sheet, row: origin.row, ...(column && { column }), message });
  }
  if (problem.severity === 'error' && entry?.[1]?.includes('.sources[')) importer.brokenSources.add(entry[1]);
}

/**
 * The file without the entries the parser leaves out (an event with a bad date, a duplicate id):
 * what `import` writes and the page draws. Entries the parser keeps despite an error (a row with
 * no footnotes and no "unsourced") stay, so the file shows what the element shows.
 */
function keepShown(file: JsonObject, parsed: ParsedEvents, brokenSources: ReadonlySet<string>): JsonObject {
  const result: JsonObject = { ...file };
  const shownEvents = new Set(parsed.positions);
  result['events'] = (file['events'] as JsonObject[]).filter((_event, index) => shownEvents.has(index));
  /** The first entry with each kept key, as the parser keeps the first of duplicates. */
  const firstOf = <T>(list: readonly JsonObject[], kept: ReadonlySet<T>, key: (entry: JsonObject) => T): JsonObject[] => {
    const seen = new Set<T>();
    return list.filter((entry) => {
      const value = key(entry);
      if (!kept.has(value) || seen.has(value)) return false;
      seen.add(value);
      return true;
    });
  };
  result['categories'] = firstOf(file['categories'] as JsonObject[], new Set(parsed.categories.map((c) => c.id)), (c) => c['id']);
  if (Array.isArray(file['eras'])) result['eras'] = firstOf(file['eras'] as JsonObject[], new Set(parsed.eras.map((era) => era.id)), (era) => era['id']);
  const footnotes = (file['footnotes'] as JsonObject[]).map((footnote, index) => ({
    ...footnote,
    sources: (footnote['sources'] as unknown[]).filter((_source, j) => !brokenSources.has(`footnotes[${index}].sources[${j}]`)),
  }));
  result['footnotes'] = firstOf(footnotes, new Set(parsed.footnotes.keys()), (footnote) => footnote['number']);
  return result;
}

/**
 * Converts spreadsheet sheets (any order, told apart by their header rows) into an events file.
 *
 * @example
 * const { file, problems } = importSheets([{ name: 'events.csv', text: 'title,date,category\nMunich,1938-09-29,foreign affairs\n' }]);
 * file.events //=> [{ id: 'munich', title: 'Munich', date: '1938-09-29', category: 'foreign-affairs', footnotes: [] }]
 */
export function importSheets(sheets: readonly SheetInput[]): ImportResult {
  const importer = new Importer();
  const byKind = readSheets(importer, sheets);
  const eventRows = byKind.get('events') ?? [];
  if (!byKind.has('events')) {
    importer.report({ severity: 'error', message: 'no events sheet (expected a CSV whose header row names at least "title", "date" and "category")' });
  }
  const file = readFileFields(importer, byKind.get('file') ?? []);
  const categories = byKind.has('categories') ? readCategories(importer, byKind.get('categories') ?? []) : inferCategories(importer, eventRows);
  file['categories'] = categories;
  if (byKind.has('eras')) file['eras'] = readEras(importer, byKind.get('eras') ?? []);
  file['footnotes'] = readFootnotes(importer, byKind.get('footnotes') ?? [], byKind.get('sources') ?? []);
  file['events'] = readEvents(importer, eventRows, categories);

  const parsed = parseEvents(file);
  for (const problem of parsed.problems) locate(importer, file, problem);

  const sheetOrder = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const sorted = importer.problems
    .sort(
      (a, b) =>
        // Problems of the whole import (no events sheet) come last.
        (sheetOrder.get(a.problem.sheet ?? '') ?? sheets.length) - (sheetOrder.get(b.problem.sheet ?? '') ?? sheets.length) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
  return { file: keepShown(file, parsed, importer.brokenSources), problems: sorted, eventRows: eventRows.length };
}
