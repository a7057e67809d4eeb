/**
 * Unknown JSON in, events out. Every problem is reported with its place and what was expected;
 * an invalid event is left out and listed, and every valid event is kept: one broken event never
 * blanks the timeline.
 */
import type { Category, Footnote, Source, TimelineEvent } from '../types.js';
import type { DataProblem } from './problem.js';
import { parsePartialDate } from '../date/parse-partial-date.js';

export interface ParsedEvents {
  readonly title?: string;
  /** The work the footnotes belong to, e.g. the chapter; used in citations. */
  readonly source?: { readonly title: string; readonly description?: string };
  readonly categories: readonly Category[];
  readonly footnotes: ReadonlyMap<number, Footnote>;
  /** Valid events, sorted by start date. */
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly DataProblem[];
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer strings are kept whole but reported: they are almost certainly a mistake. */
const MAX_TITLE_LENGTH = 200;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Collects problems while reading one file. */
class Reader {
  readonly problems: DataProblem[] = [];

  error(path: string, message: string): void {
    this.problems.push({ severity: 'error', path, message });
  }

  warn(path: string, message: string): void {
    this.problems.push({ severity: 'warning', path, message });
  }

  /** A non-empty string, or `undefined` after reporting why not. */
  text(object: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const value = object[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string') {
      this.error(`${path}.${key}`, value === undefined ? 'is missing (expected text)' : `is ${describeType(value)} (expected text)`);
      return undefined;
    }
    if (value.trim() === '') {
      if (required) this.error(`${path}.${key}`, 'is empty (expected text)');
      return undefined;
    }
    return value;
  }
}

function readCategories(reader: Reader, value: unknown): Category[] {
  if (!Array.isArray(value)) {
    reader.error('categories', `is ${describeType(value)} (expected an array of {id, label})`);
    return [];
  }
  const categories: Category[] = [];
  value.forEach((entry, index) => {
    const path = `categories[${index}]`;
    if (!isObject(entry)) return reader.error(path, `is ${describeType(entry)} (expected {id, label})`);
    const id = reader.text(entry, 'id', path, true);
    const label = reader.text(entry, 'label', path, false) ?? id;
    if (id && label) categories.push({ id, label });
  });
  return categories;
}

function readSource(reader: Reader, value: unknown, path: string): Source | undefined {
  if (!isObject(value)) {
    reader.error(path, `is ${describeType(value)} (expected {author, title, pages})`);
    return undefined;
  }
  const title = reader.text(value, 'title', path, true);
  if (!title) return undefined;
  const author = reader.text(value, 'author', path, false);
  const details = reader.text(value, 'details', path, false);
  const pages = reader.text(value, 'pages', path, false);
  const url = reader.text(value, 'url', path, false);
  return { title, ...(author && { author }), ...(details && { details }), ...(pages && { pages }), ...(url && { url }) };
}

function readFootnotes(reader: Reader, value: unknown): Map<number, Footnote> {
  const footnotes = new Map<number, Footnote>();
  if (value === undefined) return footnotes;
  if (!Array.isArray(value)) {
    reader.error('footnotes', `is ${describeType(value)} (expected an array of {number, text, sources})`);
    return footnotes;
  }
  value.forEach((entry, index) => {
    const path = `footnotes[${index}]`;
    if (!isObject(entry)) return reader.error(path, `is ${describeType(entry)} (expected {number, text, sources})`);
    const number = entry['number'];
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
      return reader.error(`${path}.number`, `${JSON.stringify(number) ?? 'nothing'} is not a footnote number (expected a positive whole number)`);
    }
    if (footnotes.has(number)) return reader.error(`${path}.number`, `footnote ${number} is listed twice (the first one is kept)`);
    const text = reader.text(entry, 'text', path, false) ?? '';
    const rawSources = entry['sources'] ?? [];
    if (!Array.isArray(rawSources)) return reader.error(`${path}.sources`, `is ${describeType(rawSources)} (expected an array)`);
    const sources = rawSources.flatMap((source, i) => readSource(reader, source, `${path}.sources[${i}]`) ?? []);
    footnotes.set(number, { number, text, sources });
  });
  return footnotes;
}

interface EventContext {
  readonly categories: ReadonlyMap<string, Category>;
  readonly footnotes: ReadonlyMap<number, Footnote>;
  readonly seenIds: Set<string>;
}

function readDate(reader: Reader, entry: JsonObject, key: 'date' | 'end', path: string) {
  const raw = entry[key];
  if (raw === undefined && key === 'end') return undefined;
  if (typeof raw !== 'string') {
    reader.error(`${path}.${key}`, raw === undefined ? 'is missing (expected a date such as "1937-05")' : `is ${describeType(raw)} (expected a date such as "1937-05")`);
    return null;
  }
  try {
    return parsePartialDate(raw);
  } catch (error) {
    reader.error(`${path}.${key}`, error instanceof Error ? error.message : String(error));
    return null;
  }
}

function readEvent(reader: Reader, entry: unknown, path: string, context: EventContext): TimelineEvent | undefined {
  if (!isObject(entry)) {
    reader.error(path, `is ${describeType(entry)} (expected an event object)`);
    return undefined;
  }
  const problemsBefore = reader.problems.length;
  const isValid = () => !reader.problems.slice(problemsBefore).some((p) => p.severity === 'error');

  const id = reader.text(entry, 'id', path, true);
  if (id !== undefined) {
    if (!ID_PATTERN.test(id)) reader.error(`${path}.id`, `"${id}" is not a valid id (expected lower-case letters, digits and single hyphens, e.g. "munich-agreement")`);
    else if (context.seenIds.has(id)) reader.error(`${path}.id`, `"${id}" is used by an earlier event (ids must be unique)`);
  }
  const title = reader.text(entry, 'title', path, true);
  if (title && title.length > MAX_TITLE_LENGTH) reader.warn(`${path}.title`, `is ${title.length} characters long (titles should be short; it is clipped on the timeline)`);
  const summary = reader.text(entry, 'summary', path, false) ?? '';
  const note = reader.text(entry, 'note', path, false);
  const date = readDate(reader, entry, 'date', path);
  const end = readDate(reader, entry, 'end', path);
  if (date && end && end.end.getTime() <= date.start.getTime()) {
    reader.error(`${path}.end`, `"${end.raw}" ends before "${date.raw}" begins (expected the end of the range after its start)`);
  }

  const categoryId = reader.text(entry, 'category', path, true);
  let category: Category | undefined;
  if (categoryId !== undefined) {
    category = context.categories.get(categoryId);
    if (!category) {
      reader.warn(`${path}.category`, `"${categoryId}" is not one of the file's categories (${[...context.categories.keys()].join(', ') || 'none defined'}); shown uncategorised`);
      category = { id: categoryId, label: categoryId };
    }
  }

  const footnotes: Footnote[] = [];
  const numbers = entry['footnotes'] ?? [];
  if (!Array.isArray(numbers)) {
    reader.error(`${path}.footnotes`, `is ${describeType(numbers)} (expected an array of footnote numbers)`);
  } else {
    numbers.forEach((number, i) => {
      const footnote = typeof number === 'number' ? context.footnotes.get(number) : undefined;
      if (footnote) footnotes.push(footnote);
      else reader.warn(`${path}.footnotes[${i}]`, `${JSON.stringify(number)} is not a footnote of this file; the citation is left out`);
    });
  }

  if (!isValid() || !id || !title || !date || end === null || !category) return undefined;
  context.seenIds.add(id);
  return { id, title, summary, category, date, footnotes, ...(end && { end }), ...(note && { note }) };
}

/**
 * Reads an events file (already parsed from JSON) into events and problems.
 *
 * @example
 * parseEvents({ categories: [], footnotes: [], events: [{ id: 'x', date: 'May 37' }] }).problems[0]
 * // → { severity: 'error', path: 'events[0].title', message: 'is missing (expected text)' }
 */
export function parseEvents(json: unknown): ParsedEvents {
  const reader = new Reader();
  if (!isObject(json)) {
    reader.error('', `The file is ${describeType(json)}; expected an object with "categories", "footnotes" and "events"`);
    return { categories: [], footnotes: new Map(), events: [], problems: reader.problems };
  }
  const categories = readCategories(reader, json['categories'] ?? []);
  const footnotes = readFootnotes(reader, json['footnotes']);
  const context: EventContext = { categories: new Map(categories.map((c) => [c.id, c])), footnotes, seenIds: new Set() };

  const rawEvents = json['events'];
  const events: TimelineEvent[] = [];
  if (!Array.isArray(rawEvents)) {
    reader.error('events', `is ${rawEvents === undefined ? 'missing' : describeType(rawEvents)} (expected an array of events)`);
  } else {
    rawEvents.forEach((entry, index) => {
      const event = readEvent(reader, entry, `events[${index}]`, context);
      if (event) events.push(event);
    });
  }
  events.sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.id.localeCompare(b.id));
  const title = typeof json['title'] === 'string' ? json['title'] : undefined;
  const rawSource = json['source'];
  const source = isObject(rawSource) && typeof rawSource['title'] === 'string' ? { title: rawSource['title'] } : undefined;
  return { categories, footnotes, events, problems: reader.problems, ...(title && { title }), ...(source && { source }) };
}
