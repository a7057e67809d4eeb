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
import { CERTAINTY_LEVELS, type Category, type Certainty, type ChapterSource, type Footnote, type PartialDate, type Source, type TimelineEra, type TimelineEvent } from '../types.js';
import type { DataProblem } from './problem.js';
import { parsePartialDate, DATE_GRAMMAR_HINT } from '../date/parse-partial-date.js';
import { describeType, describeValue, quote, reasonOf } from './describe-value.js';
import { KNOWN_FIELDS } from './known-fields.js';
import { nearestName } from './nearest-name.js';
import { SharedValues } from './shared-values.js';

export interface ParsedEvents {
  readonly title?: string;
  /** The work the footnotes belong to, e.g. the chapter; used in citations. */
  readonly source?: ChapterSource;
  readonly categories: readonly Category[];
  readonly footnotes: ReadonlyMap<number, Footnote>;
  /** Valid events, sorted by start date. */
  readonly events: readonly TimelineEvent[];
  /** Where each valid event is in the file: `positions[i]` is the index of `events[i]` in the file's `events`, for `events[12].date` paths. */
  readonly positions: readonly number[];
  /** Valid eras (periods the source draws), sorted by start date; empty when the file has none. */
  readonly eras: readonly TimelineEra[];
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
const URL_PATTERN = /^https?:\/\/\S+$/;
const CERTAINTY_HINT = `expected ${CERTAINTY_LEVELS.map((level) => `"${level}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}`;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a, b, c" for at most `max` entries, then "…". */
function listSome(values: readonly unknown[], max = 10): string {
  const shown = values.slice(0, max).map((value) => (typeof value === 'string' ? quote(value, 40) : String(value)));
  return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

/**
 * Whether two texts are the same words, whatever their case and spacing. Compares word by word
 * and stops at the first difference: a summary seldom begins with its title, and folding every
 * summary whole was a third of the checker's time at 1,000 events. Lower-casing a word alone is
 * lower-casing it in its text: no case rule (Greek final sigma included) looks across white space.
 */
function sameWords(a: string, b: string): boolean {
  const wordsOfA = /\S+/g;
  const wordsOfB = /\S+/g;
  for (;;) {
    const wordA = wordsOfA.exec(a)?.[0];
    const wordB = wordsOfB.exec(b)?.[0];
    if (wordA === undefined || wordB === undefined) return wordA === wordB;
    if (wordA !== wordB && wordA.toLowerCase() !== wordB.toLowerCase()) return false;
  }
}

/** Collects problems while reading one file; lists the first {@link MAX_LISTED_PROBLEMS}, counts the rest. */
class Reader {
  readonly listed: DataProblem[] = [];
  /** Equal dates and footnote lists of the file, read once. */
  readonly shared = new SharedValues();
  /**
   * Errors that make the object they are in invalid (an event or era with one is left out).
   * Errors from {@link keptError} are not counted: the object is still shown.
   */
  invalidCount = 0;
  private unlisted = 0;
  private unlistedErrors = 0;

  private add(problem: DataProblem): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) {
      this.listed.push(problem);
      return;
    }
    this.unlisted += 1;
    if (problem.severity === 'error') this.unlistedErrors += 1;
  }

  /** The data is wrong, and the object it is in cannot be used. */
  error(path: string, message: string): void {
    this.invalidCount += 1;
    this.add({ severity: 'error', path, message });
  }

  /** The data is wrong, but the object it is in is still read and shown (nothing valid is lost). */
  keptError(path: string, message: string): void {
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

  /**
   * Every key of `object` that is not one of `known`, as an error at its own path with the
   * nearest known name: a misspelt field is never silently ignored. The object is still read.
   */
  unknownFields(object: JsonObject, known: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const at = path ? `${path}.${key}` : key;
      // Past the listed ones a problem is only counted: no suggestion to work out.
      if (this.listed.length >= MAX_LISTED_PROBLEMS) {
        this.keptError(at, 'unknown field');
        continue;
      }
      const nearest = nearestName(key, known);
      const hint = nearest ? `did you mean "${nearest}"?` : `expected one of: ${known.join(', ')}`;
      this.keptError(at, `unknown field ${quote(key, 40)} (${hint})`);
    }
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
    reader.unknownFields(entry, KNOWN_FIELDS.category, path);
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
  reader.unknownFields(value, KNOWN_FIELDS.footnoteSource, path);
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
    reader.unknownFields(entry, KNOWN_FIELDS.footnote, path);
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

/** The optional text fields of the file's `source`, in the order a citation uses them. */
const CHAPTER_SOURCE_TEXTS = ['description', 'author', 'book', 'editor', 'publisher', 'place', 'year', 'url', 'pages'] as const;

/** The file's `source`: the work the footnotes belong to. A field that is wrong is left out and reported. */
function readChapterSource(reader: Reader, value: unknown): ChapterSource | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    reader.error('source', `is ${describeType(value)} (expected {title, description, author, book, editor, publisher, place, year, url, pages})`);
    return undefined;
  }
  reader.unknownFields(value, KNOWN_FIELDS.source, 'source');
  const title = reader.text(value, 'title', 'source', true);
  if (title && title.length > MAX_TITLE_LENGTH) {
    reader.warn('source.title', `is ${title.length} characters long (expected the title as printed, at most ${MAX_TITLE_LENGTH} characters)`);
  }
  const fields: Partial<Record<(typeof CHAPTER_SOURCE_TEXTS)[number], string>> = {};
  for (const key of CHAPTER_SOURCE_TEXTS) {
    const raw = value[key];
    if (key === 'year' && typeof raw === 'number') {
      reader.error('source.year', `is the number ${describeValue(raw)} (expected text such as "2019", in quotes)`);
      continue;
    }
    const text = reader.text(value, key, 'source', false);
    if (text === undefined) continue;
    if (key === 'url' && !URL_PATTERN.test(text.trim())) {
      reader.error('source.url', `${quote(text)} is not a web address (expected an http:// or https:// URL)`);
      continue;
    }
    fields[key] = text;
  }
  return title ? { title, ...fields } : undefined;
}

interface EventContext {
  readonly categories: ReadonlyMap<string, Category>;
  readonly footnotes: ReadonlyMap<number, Footnote>;
  readonly seenIds: Set<string>;
}

/** A partial date at `path.key`; `undefined` when an optional one is absent, `null` after reporting a problem. */
function readDate(reader: Reader, entry: JsonObject, key: 'date' | 'end', path: string, required = key === 'date'): PartialDate | null | undefined {
  const raw = entry[key];
  const at = `${path}.${key}`;
  if (raw === undefined && !required) return undefined;
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
    return reader.shared.date(raw, parsePartialDate);
  } catch (error) {
    const reason = reasonOf(error);
    reader.error(at, /\bexpected\b/.test(reason) ? reason : `${reason} (${DATE_GRAMMAR_HINT})`);
    return null;
  }
}

/** `date` and `end`, with the end checked against the start; `end` is `null` after a problem. */
function readSpan(reader: Reader, entry: JsonObject, path: string, endRequired: boolean) {
  const date = readDate(reader, entry, 'date', path);
  const end = readDate(reader, entry, 'end', path, endRequired);
  if (date && end && end.end.getTime() <= date.start.getTime()) {
    reader.error(`${path}.end`, `${quote(end.raw)} ends before ${quote(date.raw)} begins (expected the end of the range after its start)`);
  }
  return { date, end };
}

/**
 * `footnotes` and `unsourced` together: an event (or era) cites footnotes, or says that the
 * source gives none. Either mistake is an error, but the object is still shown: cited footnotes
 * are kept, and one that cites nothing is shown as unsourced, which is what it is.
 */
function readCitations(reader: Reader, entry: JsonObject, path: string, context: EventContext, what: 'event' | 'era'): { footnotes: readonly Footnote[]; unsourced: boolean } {
  const rawUnsourced = entry['unsourced'];
  let unsourced = rawUnsourced === true;
  if (rawUnsourced !== undefined && rawUnsourced !== true) {
    reader.keptError(`${path}.unsourced`, `is ${describeValue(rawUnsourced)} (expected true where the source gives no footnote for this ${what}, or no "unsourced" field at all)`);
  }
  const footnotes: Footnote[] = [];
  const numbers = entry['footnotes'];
  if (numbers !== undefined && !Array.isArray(numbers)) {
    reader.error(`${path}.footnotes`, `is ${describeType(numbers)} (expected an array of footnote numbers)`);
    return { footnotes, unsourced };
  }
  if (numbers === undefined || numbers.length === 0) {
    if (!unsourced) {
      const state = numbers === undefined ? 'is missing' : 'is empty';
      reader.keptError(`${path}.footnotes`, `${state} (expected the numbers of the footnotes that support this ${what}, or "unsourced": true where the source gives none); treated as unsourced`);
    }
    return { footnotes, unsourced: true };
  }
  if (unsourced) {
    reader.keptError(`${path}.unsourced`, `is true, but the ${what} cites footnotes ${listSome(numbers)} (expected "unsourced": true only with "footnotes": []); the footnotes are kept`);
    unsourced = false;
  }
  reader.each(numbers, (i) => `${path}.footnotes[${i}]`, (number, at) => {
    const footnote = typeof number === 'number' ? context.footnotes.get(number) : undefined;
    if (footnote) footnotes.push(footnote);
    else reader.warn(at, `${describeValue(number)} is not a footnote of this file; the citation is left out (${expectedFootnote(context)})`);
  });
  return { footnotes: reader.shared.footnotes(footnotes), unsourced };
}

/** What a citation should have been, for its warning: written only when there is one, not for every event. */
function expectedFootnote(context: Pick<EventContext, 'footnotes'>): string {
  const known = [...context.footnotes.keys()];
  return known.length > 0 ? `expected one of the file's footnote numbers: ${listSome(known)}` : 'expected a footnote number, but the file has no footnotes';
}

/**
 * `certainty`, `hedge` and `otherView`. A hedge or other view on an event that is stated
 * firmly contradicts itself: that event is left out rather than shown more firmly than its
 * source says. A hedged event without its hedge is shown (as hedged) and reported.
 */
function readCertainty(reader: Reader, entry: JsonObject, path: string): { certainty: Certainty; hedge?: string; otherView?: string } | undefined {
  const raw = entry['certainty'];
  let certainty: Certainty = 'stated';
  if (raw !== undefined) {
    if (typeof raw !== 'string' || !(CERTAINTY_LEVELS as readonly string[]).includes(raw)) {
      reader.error(`${path}.certainty`, `${describeValue(raw)} is not a certainty (${CERTAINTY_HINT})`);
      return undefined;
    }
    certainty = raw as Certainty;
  }
  const invalidBefore = reader.invalidCount;
  const hedge = reader.text(entry, 'hedge', path, false);
  const otherView = reader.text(entry, 'otherView', path, false);
  if (reader.invalidCount > invalidBefore) return undefined;
  if (certainty === 'stated') {
    const said = raw === undefined ? 'without "certainty" (which means "stated")' : 'with "certainty": "stated"';
    for (const [key, value] of [['hedge', hedge], ['otherView', otherView]] as const) {
      if (value !== undefined) reader.error(`${path}.${key}`, `is given for an event ${said}; expected "certainty": "hedged" or "disputed" with it, or no ${key}`);
    }
    return hedge === undefined && otherView === undefined ? { certainty } : undefined;
  }
  if (hedge === undefined) {
    reader.keptError(`${path}.hedge`, `is missing (expected the source's own qualifying words, quoted verbatim, with "certainty": ${quote(certainty)}); shown as ${certainty} without them`);
  }
  return { certainty, ...(hedge !== undefined && { hedge }), ...(otherView !== undefined && { otherView }) };
}

function readEvent(reader: Reader, entry: unknown, path: string, context: EventContext): TimelineEvent | undefined {
  if (!isObject(entry)) {
    reader.error(path, `is ${describeType(entry)} (expected an event object)`);
    return undefined;
  }
  const invalidBefore = reader.invalidCount;
  reader.unknownFields(entry, KNOWN_FIELDS.event, path);

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
  if (title && summary && sameWords(summary, title)) {
    reader.warn(`${path}.summary`, `repeats the title (expected one to three sentences that say more than the title)`);
  }
  const note = reader.text(entry, 'note', path, false);
  const { date, end } = readSpan(reader, entry, path, false);

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

  const certainty = readCertainty(reader, entry, path);
  const { footnotes, unsourced } = readCitations(reader, entry, path, context, 'event');

  if (reader.invalidCount > invalidBefore || !id || !title || !date || end === null || !category || !certainty) return undefined;
  context.seenIds.add(id);
  return { id, title, summary, category, date, footnotes, unsourced, ...certainty, ...(end && { end }), ...(note && { note }) };
}

function readEra(reader: Reader, entry: unknown, path: string, context: EventContext): TimelineEra | undefined {
  if (!isObject(entry)) {
    reader.error(path, `is ${describeType(entry)} (expected an era object {id, label, date, end, footnotes})`);
    return undefined;
  }
  const invalidBefore = reader.invalidCount;
  reader.unknownFields(entry, KNOWN_FIELDS.era, path);
  const id = reader.text(entry, 'id', path, true);
  if (id !== undefined) {
    if (!ID_PATTERN.test(id)) reader.error(`${path}.id`, `${quote(id)} is not a valid id (${ID_HINT})`);
    else if (context.seenIds.has(id)) reader.error(`${path}.id`, `${quote(id)} is used by an earlier era (expected each id once; the first is kept)`);
  }
  const label = reader.text(entry, 'label', path, true);
  if (label && label.length > MAX_LABEL_LENGTH) {
    reader.warn(`${path}.label`, `is ${label.length} characters long (expected a short label, at most ${MAX_LABEL_LENGTH} characters)`);
  }
  const summary = reader.text(entry, 'summary', path, false);
  const note = reader.text(entry, 'note', path, false);
  const { date, end } = readSpan(reader, entry, path, true);
  const { footnotes, unsourced } = readCitations(reader, entry, path, context, 'era');
  if (reader.invalidCount > invalidBefore || !id || !label || !date || !end) return undefined;
  context.seenIds.add(id);
  return { id, label, date, end, footnotes, unsourced, ...(summary && { summary }), ...(note && { note }) };
}

function readEras(reader: Reader, value: unknown, context: Omit<EventContext, 'seenIds'>): TimelineEra[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reader.error('eras', `is ${describeType(value)} (expected an array of eras {id, label, date, end, footnotes})`);
    return [];
  }
  const eras: TimelineEra[] = [];
  const eraContext: EventContext = { ...context, seenIds: new Set() };
  reader.each(value, (index) => `eras[${index}]`, (entry, path) => {
    const era = readEra(reader, entry, path, eraContext);
    if (era) eras.push(era);
  });
  return eras.sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || compareIds(a.id, b.id));
}

/**
 * Ids are lower-case ASCII letters, digits and hyphens (ID_PATTERN), whose order by code unit is
 * the order `localeCompare` gives them; `localeCompare` cost 59 ms for 100 events at page load.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readTitle(reader: Reader, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    reader.error('title', `is ${typeof value === 'string' ? 'empty' : describeType(value)} (expected the chronology's title as text, or no "title" field)`);
    return undefined;
  }
  return value;
}

function readFile(reader: Reader, json: unknown): Omit<ParsedEvents, 'problems'> {
  const nothing = { categories: [], footnotes: new Map<number, Footnote>(), events: [], positions: [], eras: [] };
  if (!isObject(json)) {
    reader.error('', `The file is ${describeType(json)}; expected an object with "categories", "footnotes" and "events"`);
    return nothing;
  }
  reader.unknownFields(json, KNOWN_FIELDS.file, '');
  const title = readTitle(reader, json['title']);
  const source = readChapterSource(reader, json['source']);
  const categories = readCategories(reader, json['categories'] ?? []);
  const footnotes = readFootnotes(reader, json['footnotes']);
  const context: EventContext = { categories: new Map(categories.map((c) => [c.id, c])), footnotes, seenIds: new Set() };

  const rawEvents = json['events'];
  const read: { event: TimelineEvent; index: number }[] = [];
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
        if (event) read.push({ event, index });
      },
      MAX_EVENTS,
    );
  }
  read.sort(({ event: a }, { event: b }) => a.date.start.getTime() - b.date.start.getTime() || compareIds(a.id, b.id));
  const events = read.map(({ event }) => event);
  // An array, not a map by id: one number per event (issue 15, heap).
  const positions = read.map(({ index }) => index);
  const eras = readEras(reader, json['eras'], context);
  return { categories, footnotes, events, positions, eras, ...(title && { title }), ...(source && { source }) };
}

/**
 * Reads an events file (already parsed from JSON, or set through the `events` property) into
 * events, eras and problems. Never throws. Runs in Node as well as in the browser (no DOM):
 * the command-line checker uses it too.
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
    return { categories: [], footnotes: new Map(), events: [], positions: [], eras: [], problems: reader.problems };
  }
}
