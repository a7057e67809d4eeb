/**
 * The element's time bounds from its attributes: how far one can pan (`min`–`max`), the first
 * view (`start`–`end`), and the frame a deep link opens around one event.
 */
import { parsePartialDate } from '../date/parse-partial-date.js';
import type { TimelineEvent } from '../types.js';
import { extentOf } from './to-timeline-items.js';

export interface Span {
  readonly start: Date;
  readonly end: Date;
}

/** The chapter's period: the default bounds and first view. */
export const DEFAULT_MIN = '1935-01-01';
export const DEFAULT_MAX = '1941-12-31';
const DAY_MS = 86_400_000;

/** `YYYY…` dates as attributes: the start of the first day, or of the day after for an upper bound. */
export function parseBound(value: string | undefined, fallback: string, edge: 'start' | 'end'): Date {
  for (const candidate of [value, fallback]) {
    if (!candidate) continue;
    try {
      return parsePartialDate(candidate)[edge];
    } catch {
      // An invalid attribute falls back to the default, as relative-time-element does.
    }
  }
  return parsePartialDate(fallback)[edge];
}

/** `min`–`max`; unset ends default to the chapter's period widened to cover every event. */
export function boundsOf(events: readonly TimelineEvent[], min: string | undefined, max: string | undefined): Span {
  const extent = extentOf(events);
  let start = parseBound(min, DEFAULT_MIN, 'start');
  let end = parseBound(max, DEFAULT_MAX, 'end');
  if (!min && extent && extent.start < start) start = extent.start;
  if (!max && extent && extent.end > end) end = extent.end;
  return { start, end };
}

/** `start`–`end`: the first view, before anyone moves it. */
export function firstViewOf(start: string | undefined, end: string | undefined): Span {
  return { start: parseBound(start, DEFAULT_MIN, 'start'), end: parseBound(end, DEFAULT_MAX, 'end') };
}

/** A sensible zoom around one event for a deep link: the event with room on both sides. */
export function frameAround(item: { start: Date; end?: Date }): Span {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  const margin = Math.max((end - start) * 0.5, 45 * DAY_MS);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}
