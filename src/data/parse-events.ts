/**
 * Unknown JSON in, events out. Every problem is reported with its place and what was expected;
 * an invalid event is left out and listed, and every valid event is kept: one broken event never
 * blanks the timeline.
 *
 * It never throws, whatever it is given: values are described, never serialised (a field nested
 * 100,000 arrays deep or a cyclic object from the `events` property is "an array", not a stack
 * overflow), and an exception from a hostile object (a throwing getter, a revoked Proxy) becomes a
 * problem at the place it happened.
 */
import type { Category, Footnote, Source, TimelineEvent } from '../types.js';
import type { DataProblem } from './problem.js';
import { parsePartialDate, DATE_GRAMMAR_HINT } from '../date/parse-partial-date.js';
import { describeType, describeValue, quote, reasonOf } from './describe-value.js';

export interface ParsedEvents {
  readonly title?: string;
  /** The work the footnotes belong to, e.g. the chapter; used in citations. */
  readonly source?: { readonly title: string; readonly description?: string };
  readonly categories: readonly Category[];
  readonly footnotes: ReadonlyMap<number, Footnote>;
  /** Valid events, sorted by start date. */
  readonly events: readonly TimelineEvent[];
  /** Where each valid event is in the file: its id → its index in `events`, for `events[12].date` paths. */
  readonly positions: ReadonlyMap<string, number>;
  readonly problems: readonly DataProblem[];
}

/**
 * At most this many events are read; the entries after it are left out with one error. With
 * clustering (timeline/vis-timeline-controller.ts) 10,000 events draw in about 3 s and 20,000 in
 * about 5 s on a 2-core machine (`npm run bench`); 20,000 still fit in the 5 MB file limit. The
 * chapter has 53.
 */
export const MAX_EVENTS = 20_000;

/** At most this many problems are listed; the rest are counted in one last problem. */
export const MAX_LISTED_PROBLEMS = 1000;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_HINT = 'expected lower-case letters, digits and single hyphens, e.g. "munich-agreement"';
/** Longer strings are kept whole but reported: they are almost certainly a mistake. */
const MAX_TITLE_LENGTH = 200;
/** The schema's limit for category labels, which the legend shows in full. */
const MAX_LABEL_LENGTH = 60;
/** No date form is longer than `~early-1938-08`; a longer string is not quoted back. */
const MAX_DATE_LENGTH = 40;
const DATE_EXAMPLE_HINT = 'expected a date such as "1937-05"';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a, b, c" for at most `max` entries, then "…". */
function listSome(values: readonly unknown[], max = 10): string {
  const shown = values.slice(0, max).map((value) => (typeof value === 'string' ? quote(value, 40) : String(value)));
  return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

/** Collects problems while reading one file; lists the first {@link MAX_LISTED_PROBLEMS}, counts the rest. */
class Reader {
  readonly listed: DataProblem[] = [];
  errorCount = 0;
  private unlisted = 0;
  private unlistedErrors = 0;

  private add(problem: DataProblem): void {
    if (problem.severity === 'error') this.errorCount += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) {
      this.listed.push(problem);
      return;
    }
    this.unlisted += 1;
    if (problem.severity === 'error') this.unlistedErrors += 1;
  }

  error(path: string, message: string): void {
    this.add({ severity: 'error', path, message });
  }

  warn(path: string, message: string): void {
    this.add({ severity: 'warning', path, message });
  }

  /** Reports an exception thrown while reading `path` (only hostile objects throw). */
  failed(path: string, error: unknown): void {
    const what = path ? 'could not be read' : 'The data could not be read';
    this.error(path, `${what}: ${reasonOf(error)} (expected plain JSON data)`);
  }

  get problems(): DataProblem[] {
    if (this.unlisted === 0) return this.listed;
    const more: DataProblem = {
      severity: this.unlistedErrors > 0 ? 'error' : 'warning',
      path: '',
      message: `… and ${this.unlisted} more ${this.unlisted === 1 ? 'problem' : 'problems'}, not listed (only the first ${MAX_LISTED_PROBLEMS} are listed; fix these and check again)`,
    };
    return [...this.listed, more];
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

  /** Calls `read` for each entry of an array, reporting an entry that throws at its own path. */
  each(values: readonly unknown[], path: (index: number) => string, read: (value: unknown, path: string, index: number) => void, limit = values.length): void {
    for (let index = 0; index < Math.min(values.length, limit); index += 1) {
      const entryPath = path(index);
      try {
        read(values[index], entryPath, index);
      } catch (error) {
        this.failed(entryPath, error);
      }
    }
  }
}

function readCategories(reader: Reader, value: unknown): Category[] {
  if (!Array.isArray(value)) {
    reader.error('categories', `is ${describeType(value)} (expected an array of {id, label})`);
    return [];
  }
  const categories: Category[] = [];
  const seen = new Set<string>();
  reader.each(value, (index) => `categories[${index}]`, (entry, path) => {
    if (!isObject(entry)) return reader.error(path, `is ${describeType(entry)} (expected {id, label})`);
    const id = reader.text(entry, 'id', path, true);
    if (id === undefined) return;
    if (!ID_PATTERN.test(id)) return reader.error(`${path}.id`, `${quote(id)} is not a valid id (${ID_HINT})`);
    if (seen.has(id)) return reader.error(`${path}.id`, `${quote(id)} is used by an earlier category (expected each id once; the first is kept)`);
    const label = reader.text(entry, 'label', path, false) ?? id;
    if (label.length > MAX_LABEL_LENGTH) {
      reader.warn(`${path}.label`, `is ${label.length} characters long (expected a short label, at most ${MAX_LABEL_LENGTH} characters)`);
    }
    seen.add(id);
    categories.push({ id, label });
  });
  return categories;
}

function readSource(reader: Reader, value: unknown, path: string): Source | undefined {
  if (!isObject(value)) {
    reader.error(path, `is ${describeType(value)} (expected {title, author, details, pages, url})`);
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
  reader.each(value, (index) => `footnotes[${index}]`, (entry, path) => {
    if (!isObject(entry)) return reader.error(path, `is ${describeType(entry)} (expected {number, text, sources})`);
    const number = entry['number'];
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
      const what = number === undefined ? 'is missing' : `${describeValue(number)} is not a footnote number`;
      return reader.error(`${path}.number`, `${what} (expected a positive whole number)`);
    }
    if (footnotes.has(number)) return reader.error(`${path}.number`, `footnote ${number} is listed twice (expected each number once; the first is kept)`);
    const text = reader.text(entry, 'text', path, false) ?? '';
    const rawSources = entry['sources'] ?? [];
    if (!Array.isArray(rawSources)) return reader.error(`${path}.sources`, `is ${describeType(rawSources)} (expected an array of sources)`);
    const sources: Source[] = [];
    reader.each(rawSources, (i) => `${path}.sources[${i}]`, (source, sourcePath) => {
      const read = readSource(reader, source, sourcePath);
      if (read) sources.push(read);
    });
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
  const at = `${path}.${key}`;
  if (raw === undefined && key === 'end') return undefined;
  if (typeof raw !== 'string') {
    reader.error(at, raw === undefined ? `is missing (${DATE_EXAMPLE_HINT})` : `is ${describeType(raw)} (${DATE_EXAMPLE_HINT})`);
    return null;
  }
  if (raw.trim() === '') {
    reader.error(at, `is empty (${DATE_GRAMMAR_HINT})`);
    return null;
  }
  if (raw.trim().length > MAX_DATE_LENGTH) {
    reader.error(at, `${quote(raw.trim(), 20)} is not a date (${DATE_GRAMMAR_HINT})`);
    return null;
  }
  try {
    return parsePartialDate(raw);
  } catch (error) {
    const reason = reasonOf(error);
    reader.error(at, /\bexpected\b/.test(reason) ? reason : `${reason} (${DATE_GRAMMAR_HINT})`);
    return null;
  }
}

function readFootnoteReferences(reader: Reader, entry: JsonObject, path: string, context: EventContext): Footnote[] {
  const footnotes: Footnote[] = [];
  const numbers = entry['footnotes'] ?? [];
  if (!Array.isArray(numbers)) {
    reader.error(`${path}.footnotes`, `is ${describeType(numbers)} (expected an array of footnote numbers)`);
    return footnotes;
  }
  const known = [...context.footnotes.keys()];
  const expected = known.length > 0 ? `expected one of the file's footnote numbers: ${listSome(known)}` : 'expected a footnote number, but the file has no footnotes';
  reader.each(numbers, (i) => `${path}.footnotes[${i}]`, (number, at) => {
    const footnote = typeof number === 'number' ? context.footnotes.get(number) : undefined;
    if (footnote) footnotes.push(footnote);
    else reader.warn(at, `${describeValue(number)} is not a footnote of this file; the citation is left out (${expected})`);
  });
  return footnotes;
}

function readEvent(reader: Reader, entry: unknown, path: string, context: EventContext): TimelineEvent | undefined {
  if (!isObject(entry)) {
    reader.error(path, `is ${describeType(entry)} (expected an event object)`);
    return undefined;
  }
  const errorsBefore = reader.errorCount;

  const id = reader.text(entry, 'id', path, true);
  if (id !== undefined) {
    if (!ID_PATTERN.test(id)) reader.error(`${path}.id`, `${quote(id)} is not a valid id (${ID_HINT})`);
    else if (context.seenIds.has(id)) reader.error(`${path}.id`, `${quote(id)} is used by an earlier event (expected each id once; the first is kept)`);
  }
  const title = reader.text(entry, 'title', path, true);
  if (title && title.length > MAX_TITLE_LENGTH) {
    reader.warn(`${path}.title`, `is ${title.length} characters long (expected a short title, at most ${MAX_TITLE_LENGTH} characters; it is clipped on the timeline)`);
  }
  const summary = reader.text(entry, 'summary', path, false) ?? '';
  const note = reader.text(entry, 'note', path, false);
  const date = readDate(reader, entry, 'date', path);
  const end = readDate(reader, entry, 'end', path);
  if (date && end && end.end.getTime() <= date.start.getTime()) {
    reader.error(`${path}.end`, `${quote(end.raw)} ends before ${quote(date.raw)} begins (expected the end of the range after its start)`);
  }

  const categoryId = reader.text(entry, 'category', path, true);
  let category: Category | undefined;
  if (categoryId !== undefined) {
    category = context.categories.get(categoryId);
    if (!category) {
      const known = [...context.categories.keys()];
      const expected = known.length > 0 ? `expected one of: ${listSome(known)}` : 'expected one of the file\'s categories, but it defines none';
      reader.warn(`${path}.category`, `${quote(categoryId)} is not one of the file's categories (${expected}); shown uncategorised`);
      category = { id: categoryId, label: categoryId };
    }
  }

  const footnotes = readFootnoteReferences(reader, entry, path, context);

  if (reader.errorCount > errorsBefore || !id || !title || !date || end === null || !category) return undefined;
  context.seenIds.add(id);
  return { id, title, summary, category, date, footnotes, ...(end && { end }), ...(note && { note }) };
}

function readFile(reader: Reader, json: unknown): Omit<ParsedEvents, 'problems'> {
  const nothing = { categories: [], footnotes: new Map<number, Footnote>(), events: [], positions: new Map<string, number>() };
  if (!isObject(json)) {
    reader.error('', `The file is ${describeType(json)}; expected an object with "categories", "footnotes" and "events"`);
    return nothing;
  }
  const categories = readCategories(reader, json['categories'] ?? []);
  const footnotes = readFootnotes(reader, json['footnotes']);
  const context: EventContext = { categories: new Map(categories.map((c) => [c.id, c])), footnotes, seenIds: new Set() };

  const rawEvents = json['events'];
  const events: TimelineEvent[] = [];
  const positions = new Map<string, number>();
  if (!Array.isArray(rawEvents)) {
    reader.error('events', rawEvents === undefined ? 'is missing (expected an array of events)' : `is ${describeType(rawEvents)} (expected an array of events)`);
  } else {
    if (rawEvents.length > MAX_EVENTS) {
      reader.error('events', `has ${rawEvents.length} entries (expected at most ${MAX_EVENTS} events); events[${MAX_EVENTS}] and after are left out`);
    }
    reader.each(
      rawEvents,
      (index) => `events[${index}]`,
      (entry, path, index) => {
        const event = readEvent(reader, entry, path, context);
        if (!event) return;
        events.push(event);
        positions.set(event.id, index);
      },
      MAX_EVENTS,
    );
  }
  events.sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.id.localeCompare(b.id));
  const title = typeof json['title'] === 'string' ? json['title'] : undefined;
  const rawSource = json['source'];
  const source = isObject(rawSource) && typeof rawSource['title'] === 'string' ? { title: rawSource['title'] } : undefined;
  return { categories, footnotes, events, positions, ...(title && { title }), ...(source && { source }) };
}

/**
 * Reads an events file (already parsed from JSON, or set through the `events` property) into
 * events and problems. Never throws.
 *
 * @example
 * parseEvents({ categories: [], footnotes: [], events: [{ id: 'x', date: 'May 37' }] }).problems[0]
 * // → { severity: 'error', path: 'events[0].title', message: 'is missing (expected text)' }
 */
export function parseEvents(json: unknown): ParsedEvents {
  const reader = new Reader();
  try {
    return { ...readFile(reader, json), problems: reader.problems };
  } catch (error) {
    reader.failed('', error);
    return { categories: [], footnotes: new Map(), events: [], positions: new Map(), problems: reader.problems };
  }
}
