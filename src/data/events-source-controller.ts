/**
 * Where one element's events come from: the `events` property, else the file at `src`, else the
 * shipped chronology. A newer request cancels the older one (its answer never paints), removal
 * cancels a load in flight, and re-attachment starts it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedEvents } from './parse-events.js';
import type { DataProblem } from './problem.js';
import { requestEventsFile } from './fetch-events-file.js';
import { loadDates, provideEnglishDates } from '../i18n/load-language.js';
import type { LanguageDates } from '../i18n/language.js';

/** The shipped chronology, imported on first use: a chunk of its own in the bundle, never downloaded by pages with their own data. */
const loadDefaultEvents = (): Promise<unknown> => import('./default-events.js').then((module) => module.defaultEventsFile);

type Parser = typeof import('./parser.js');
/** The checking parser, once here with the dates: data set after that is parsed at once, in the same update. */
let parser: Parser | undefined;
let parserLoad: Promise<Parser> | undefined;

/**
 * What data needs before it is shown, two modules imported dynamically here: the parser (most of
 * it is validation) and the dates (date-fns and the date code of every language; data is always
 * shown with its dates). `definePurgeTimeline()` starts them early, so `events` set on an element
 * is usually parsed in its first update; the standalone bundle has them already
 * (`provideParser`). A failed load is forgotten.
 */
export function loadParser(): Promise<Parser> {
  parserLoad ??= Promise.all([import('./parser.js'), loadDates()]).then(
    ([module]) => (parser = module),
    (error: unknown) => {
      parserLoad = undefined;
      throw error;
    },
  );
  return parserLoad;
}

/**
 * The parser and English's dates, already here: for an entry that imports them statically
 * (src/data/bundle-parser.ts), so that `events` set before the element's first update are shown in it.
 */
export function provideParser(module: Parser, dates: LanguageDates): void {
  provideEnglishDates(dates);
  parser = module;
  parserLoad ??= Promise.resolve(module);
}

/** The parser if it has loaded, with the dates: it has whenever data has been accepted. */
export function loadedParser(): Parser | undefined {
  return parser;
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface EventsSourceCallbacks {
  /** New data is here (parsed, with its problems). */
  loaded(data: ParsedEvents): void;
  /** Loading `src` failed; the problem says how, in one sentence. */
  failed(problem: DataProblem): void;
}

export class EventsSourceController implements ReactiveController {
  status: LoadStatus = 'idle';
  /** Why the last load failed. */
  problem?: DataProblem;
  /** Settles when the current load has been handled. */
  complete: Promise<void> = Promise.resolve();
  private abort?: AbortController;
  private request?: { events: unknown; src: string | undefined };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: EventsSourceCallbacks,
  ) {
    host.addController(this);
    // Registered without definePurgeTimeline() (the class itself): the parser starts with the first element.
    loadParser().catch(() => undefined);
  }

  hostConnected(): void {
    // Re-attached while a load had been cancelled by removal: load again.
    if (this.status === 'loading' && this.request) this.load(this.request.events, this.request.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Shows `events` if set, else the file at `src`, else the shipped chronology. */
  load(events: unknown, src: string | undefined): void {
    this.abort?.abort();
    this.request = { events, src };
    this.problem = undefined;
    if (events !== undefined && parser) return this.accept(parser.parseEvents(events));

    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.host.requestUpdate();
    const json = events !== undefined ? events : src ? this.fetchFile(src, abort.signal) : loadDefaultEvents();
    this.complete = Promise.all([json, loadParser()]).then(
      ([file, { parseEvents }]) => {
        if (!abort.signal.aborted) this.accept(parseEvents(file));
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const what = events !== undefined ? 'the checker of `events`' : src ? `"${src}"` : 'the shipped chronology';
        // A LoadError (load-events-file.ts) says what went wrong in a sentence of its own.
        const message = error instanceof Error && error.name === 'LoadError' ? error.message : `Could not load ${what}: ${String(error)}`;
        this.problem = { severity: 'error', path: '', message };
        this.status = 'failed';
        this.callbacks.failed(this.problem);
        this.host.requestUpdate();
      },
    );
  }

  /** The request starts now; the parser's chunk, downloading meanwhile, reads and checks the answer. */
  private fetchFile(src: string, signal: AbortSignal): Promise<unknown> {
    const request = requestEventsFile(src, signal);
    return loadParser().then((parser) => parser.readEventsFile(request, src, signal));
  }

  private accept(data: ParsedEvents): void {
    this.status = 'loaded';
    this.callbacks.loaded(data);
    this.host.requestUpdate();
  }
}
