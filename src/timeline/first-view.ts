/**
 * Where the timeline opens and how far it pans, before anyone moves it. The chapter's period
 * (1935–1941) is the default for the shipped chronology only: a page's own data (`src` or
 * `events`) opens on its own events, so a file of 1968 events does not open on an empty 1930s.
 * Explicit attributes (`start`, `end`, `min`, `max`) always win.
 */
import { parsePartialDate } from '../date/parse-partial-date.js';

export interface TimeSpan {
  readonly start: Date;
  readonly end: Date;
}

export interface ViewRequest {
  /** The `start`, `end`, `min` and `max` attributes as written (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
  /** The data came from the page (`src` or `events`), not the shipped chronology. */
  readonly ownData: boolean;
  /** From the first day of the earliest event to the end of the latest; `undefined` for no events. */
  readonly extent?: TimeSpan | undefined;
}

/** The chapter's period: the shipped chronology's bounds and first view. */
export const CHAPTER_PERIOD = { start: '1935-01-01', end: '1941-12-31' } as const;

const DAY_MS = 86_400_000;
/** Room around the events in the first view: a share of their span, and never less than a fortnight. */
const VIEW_MARGIN_SHARE = 0.05;
const VIEW_MARGIN_MIN_MS = 15 * DAY_MS;
/** How far past its events one can pan own data: a share of their span, and at least half a year. */
const BOUNDS_MARGIN_SHARE = 0.25;
const BOUNDS_MARGIN_MIN_MS = 183 * DAY_MS;

/** `YYYY…` as the start of its first day (or the end of its last for `edge: 'end'`); `undefined` when unset or invalid. */
export function parseEdge(value: string | undefined, edge: 'start' | 'end'): Date | undefined {
  if (!value) return undefined;
  try {
    return parsePartialDate(value)[edge];
  } catch {
    // An invalid attribute falls back to the default, as relative-time-element does.
    return undefined;
  }
}

function padded(span: TimeSpan, share: number, minimum: number): TimeSpan {
  const margin = Math.max((span.end.getTime() - span.start.getTime()) * share, minimum);
  return { start: new Date(span.start.getTime() - margin), end: new Date(span.end.getTime() + margin) };
}

const chapter = (): TimeSpan => ({ start: parseEdge(CHAPTER_PERIOD.start, 'start')!, end: parseEdge(CHAPTER_PERIOD.end, 'end')! });

/**
 * `min`–`max`: how far one can pan and zoom out. Unset ends default to the chapter's period
 * widened to every event for the shipped chronology, and to the events with some room for own data.
 *
 * @example
 * timelineBounds({ ownData: true, extent: { start: 1968-01-05, end: 1968-08-21 } })
 * // about 1967-07 – 1969-02: the events and half a year on either side
 */
export function timelineBounds(request: ViewRequest): TimeSpan {
  const { extent } = request;
  const base = request.ownData && extent ? padded(extent, BOUNDS_MARGIN_SHARE, BOUNDS_MARGIN_MIN_MS) : chapter();
  let start = parseEdge(request.min, 'start') ?? base.start;
  let end = parseEdge(request.max, 'end') ?? base.end;
  if (!request.min && extent && extent.start < start) start = extent.start;
  if (!request.max && extent && extent.end > end) end = extent.end;
  if (end <= start) return chapter();
  return { start, end };
}

/**
 * The first view. `start` and `end` win; otherwise the shipped chronology opens on the chapter's
 * period and own data on its events (with a little room), kept within `min`–`max`.
 *
 * @example
 * firstView({ ownData: false })                    // 1935-01-01 – 1942-01-01
 * firstView({ ownData: true, extent: 1968 events }) // the 1968 events, a fortnight either side
 * firstView({ ownData: true, start: '1937', extent }) // 1937-01-01 – the end of the events
 */
export function firstView(request: ViewRequest): TimeSpan {
  const fallback = request.ownData && request.extent ? clampTo(padded(request.extent, VIEW_MARGIN_SHARE, VIEW_MARGIN_MIN_MS), timelineBounds(request)) : chapter();
  const start = parseEdge(request.start, 'start') ?? fallback.start;
  const end = parseEdge(request.end, 'end') ?? fallback.end;
  if (end > start) return { start, end };
  // A `start` after the data's end (or an `end` before its start): the one given, a year long.
  return request.start ? { start, end: new Date(start.getTime() + 365 * DAY_MS) } : { start: new Date(end.getTime() - 365 * DAY_MS), end };
}

function clampTo(span: TimeSpan, bounds: TimeSpan): TimeSpan {
  const start = span.start < bounds.start ? bounds.start : span.start;
  const end = span.end > bounds.end ? bounds.end : span.end;
  return end > start ? { start, end } : bounds;
}
