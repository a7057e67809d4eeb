/**
 * Events → vis-timeline items. How an event is drawn follows how precisely the chapter dates it:
 * - a day or a month (or part of one): a point, at the day or in the middle of the month;
 * - anything coarser (a season, a part of a year, a quarter, a year, a decade): a bar over the
 *   whole period with both ends faded, because the text does not say when within it;
 * - a range: a bar from the start of its first date to the end of its last, each end faded
 *   unless that end is an exact day.
 */
import type { PartialDate, TimelineEvent } from '../types.js';

export interface TimelineItem {
  readonly id: string;
  readonly type: 'point' | 'range' | 'background'; // 'background': eras (src/eras/to-era-items.ts)
  readonly start: Date;
  readonly end?: Date;
  /** Only our own class names, never text from the data. */
  readonly className: string;
  /** The lane of its category (`category-0` …, `category-none`): see `laneGroups`. Eras have none: a background item without a group spans every lane. */
  readonly group?: string;
  /** Always empty: the `template` option draws the content as DOM. */
  readonly content: '';
}

/** Finer than this is drawn as a point; coarser as a faded bar over the period. */
const POINT_PRECISIONS = new Set<PartialDate['precision']>(['day', 'month', 'part-of-month']);

/**
 * One copy of each value many items share (thousands of events, a few dozen distinct class names,
 * lanes and mid-month days): items hold references to them, not copies. Never mutated.
 */
const sharedStrings = new Map<string, string>();
const sharedDays = new Map<number, Date>();

function shared(text: string): string {
  const known = sharedStrings.get(text);
  if (known !== undefined) return known;
  sharedStrings.set(text, text);
  return text;
}

function middleOf(date: PartialDate): Date {
  if (date.precision === 'day') return date.start;
  const middle = (date.start.getTime() + date.end.getTime()) / 2;
  // Keep whole UTC days: the middle of May is 16 May, not 16 May 12:00.
  const day = Math.floor(middle / 86_400_000) * 86_400_000;
  let known = sharedDays.get(day);
  if (!known) {
    // A few thousand days cover any chronology; past that, start again rather than grow.
    if (sharedDays.size > 5000) sharedDays.clear();
    sharedDays.set(day, (known = new Date(day)));
  }
  return known;
}

/**
 * @param categoryIndex position of the event's category in the legend (-1 for an unknown one);
 *   it picks the colour, so no id from the data ever becomes a class name.
 */
export function toTimelineItem(event: TimelineEvent, categoryIndex: number): TimelineItem {
  const group = shared(`category-${categoryIndex >= 0 ? categoryIndex : 'none'}`);
  const classes = [group];
  if (event.date.approximate || event.end?.approximate) classes.push('approximate');

  if (!event.end && POINT_PRECISIONS.has(event.date.precision)) {
    if (event.date.precision !== 'day') classes.push('imprecise');
    return { id: event.id, type: 'point', start: middleOf(event.date), className: shared(classes.join(' ')), group, content: '' };
  }
  const last = event.end ?? event.date;
  if (event.date.precision !== 'day') classes.push('uncertain-start');
  if (last.precision !== 'day') classes.push('uncertain-end');
  return { id: event.id, type: 'range', start: event.date.start, end: last.end, className: shared(classes.join(' ')), group, content: '' };
}

/** From the first day of an event's date to the end of its last: the whole period it may cover. */
export function spanOf(event: TimelineEvent): { readonly start: Date; readonly end: Date } {
  // A single date is its own span: no object per event for the overview's marks (issue 15, heap).
  return event.end ? { start: event.date.start, end: event.end.end } : event.date;
}

/** Whether any part of the event's span lies in `window`. */
export function isInWindow(event: TimelineEvent, window: { start: Date; end: Date }): boolean {
  const span = spanOf(event);
  return span.start < window.end && span.end > window.start;
}

/** The span of time the events cover, or `undefined` for none. */
export function extentOf(events: readonly TimelineEvent[]): { start: Date; end: Date } | undefined {
  if (events.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.date.start.getTime());
    end = Math.max(end, spanOf(event).end.getTime());
  }
  return { start: new Date(start), end: new Date(end) };
}
