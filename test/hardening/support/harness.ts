/**
 * Helpers for the hardening tests: mount without waiting (to catch loading states), collect
 * `purge-timeline-error` events from the start, watch the page for anything thrown, and stub
 * `fetch` with responses built in the test (the element's own loadEventsFile still runs).
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { PurgeTimelineElement } from '../../../src/purge-timeline-element.js';
import type { DataProblem } from '../../../src/data/problem.js';
import type { EventsFile } from '../../../src/types.js';

/** The timer functions as the page had them before any test wrapped them. */
export const realSetTimeout = window.setTimeout.bind(window);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/** Polls with the page's real timers (the lifecycle tests wrap the global ones). */
export async function until(condition: () => unknown, message: string, timeout = 5000): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    if (condition()) return;
    if (performance.now() > deadline) throw new Error(`Timed out: ${message}`);
    await sleep(25);
  }
}

export interface Mounted {
  readonly el: PurgeTimelineElement;
  /** `detail.problems` of every `purge-timeline-error`, in order. */
  readonly errorEvents: (readonly DataProblem[])[];
  readonly wrapper: HTMLElement;
}

export interface MountOptions {
  events?: unknown;
  src?: string;
  attributes?: Record<string, string>;
  width?: number;
  /** Wait for `timelineReady` (default true). */
  ready?: boolean;
}

/** Mounts a `<purge-timeline>`, listening for its error events before it is connected. */
export async function mount(options: MountOptions = {}): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px"></div>`);
  const el = document.createElement('purge-timeline');
  const errorEvents: (readonly DataProblem[])[] = [];
  el.addEventListener('purge-timeline-error', (event) => errorEvents.push(event.detail.problems));
  el.setAttribute('no-url-sync', '');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.src !== undefined) el.src = options.src;
  // Bad data on purpose, typed as a file: the element checks what it is given at run time.
  if (options.events !== undefined) el.events = options.events as EventsFile;
  wrapper.append(el);
  if (options.ready !== false) await el.timelineReady;
  return { el, errorEvents, wrapper };
}

export function root(el: PurgeTimelineElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<purge-timeline> has no shadow root');
  return el.shadowRoot;
}

/** The visible problem message, or null. */
export function messageBox(el: PurgeTimelineElement): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part="message"]');
}

/** The lines of the visible problem message. */
export function messageLines(el: PurgeTimelineElement): string[] {
  return [...(messageBox(el)?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

export function messageText(el: PurgeTimelineElement): string {
  return messageBox(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function statusText(el: PurgeTimelineElement): string {
  return root(el).querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Titles of the items vis-timeline has drawn. */
export function drawnTitles(el: PurgeTimelineElement): string[] {
  return [...root(el).querySelectorAll('.vis-item-content .item-title')].map((node) => node.textContent ?? '');
}

/** Ids of the items vis-timeline has drawn. */
export function drawnIds(el: PurgeTimelineElement): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.vis-item-content [data-event-id]')].map((node) => node.dataset['eventId'] ?? '');
}

/** "1 problem in the data …" style check: the message is an alert the reader can dismiss. */
export function expectAlert(el: PurgeTimelineElement): HTMLElement {
  const box = messageBox(el);
  if (!box) throw new Error('no [part="message"] in the shadow root');
  if (box.getAttribute('role') !== 'alert') throw new Error(`the message has role="${box.getAttribute('role')}", expected "alert"`);
  if (box.getBoundingClientRect().height === 0) throw new Error('the message is not visible');
  if (!box.querySelector('button')) throw new Error('the message has no dismiss button');
  return box;
}

// Uncaught errors --------------------------------------------------------------------------

/**
 * Records everything that escapes to the page: `error` events on window (including
 * `window.onerror`'s) and unhandled promise rejections. Use in `beforeEach`/`afterEach`.
 */
export function watchPage() {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => escaped.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as unknown;
    escaped.push(`unhandledrejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
  };
  const previousOnError = window.onerror;
  window.onerror = (message) => {
    escaped.push(`window.onerror: ${String(message)}`);
    return false;
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    escaped,
    stop(): void {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      window.onerror = previousOnError;
    },
  };
}

/** Installs `watchPage` around every test of the enclosing `describe` and fails a test that let something escape. */
export function failOnEscapes(): void {
  let watcher: ReturnType<typeof watchPage> | undefined;
  beforeEach(() => {
    watcher = watchPage();
  });
  afterEach(async () => {
    // Rejections are reported a task later.
    await sleep(50);
    const escaped = watcher?.escaped ?? [];
    watcher?.stop();
    watcher = undefined;
    if (escaped.length > 0) throw new Error(`Escaped to the page: ${escaped.join(' | ')}`);
  });
}

// fetch stubs -------------------------------------------------------------------------------

export interface FetchCall {
  readonly url: string;
  readonly signal: AbortSignal | undefined;
}

export type FetchHandler = (url: string, init: RequestInit | undefined) => Promise<Response>;

let realFetch: typeof fetch | undefined;

/** Replaces `window.fetch`; `restoreFetch` (run in afterEach) puts the real one back. */
export function stubFetch(handler: FetchHandler): FetchCall[] {
  realFetch ??= window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, signal: init?.signal ?? undefined });
    return handler(url, init);
  }) as typeof fetch;
  return calls;
}

export function restoreFetch(): void {
  if (realFetch) window.fetch = realFetch;
  realFetch = undefined;
}

/** The real fetch, for handlers that pass some requests through. */
export function passThrough(url: string, init?: RequestInit): Promise<Response> {
  return (realFetch ?? window.fetch)(url, init);
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A response that arrives when the test says so, and fails with AbortError when the request is aborted, as fetch does. */
export function slowResponse(signal: AbortSignal | null | undefined, response: Deferred<Response>): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    response.promise.then(resolve, reject);
  });
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

// Data --------------------------------------------------------------------------------------

export function eventsFile(events: unknown[], extra: Record<string, unknown> = {}): EventsFile {
  return <EventsFile>{
    categories: [{ id: 'army', label: 'Army' }],
    footnotes: [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book', pages: 'p. 1' }] }],
    events,
    ...extra,
  };
}

export function event(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: `Title of ${id}`, date: '1938-09-29', summary: `Summary of ${id}.`, category: 'army', footnotes: [203], ...fields };
}
