/** Walking through the events in date order: which event the previous/next keys and buttons open. */
import type { TimelineEvent } from '../types.js';
import { isInWindow } from '../timeline/to-timeline-items.js';
import type { TimeWindow } from '../timeline/vis-timeline-controller.js';

/**
 * The event `step` away from `selected` in `events` (date order), held at either end. With none
 * selected: the first event in `window` going forward, the last in it going back (or the first or
 * last of all when none is in view).
 */
export function walkFrom(events: readonly TimelineEvent[], selected: string | undefined, step: 1 | -1, window: TimeWindow | undefined): TimelineEvent | undefined {
  if (events.length === 0) return undefined;
  const current = selected ? events.findIndex((event) => event.id === selected) : -1;
  if (current >= 0) return events[Math.min(events.length - 1, Math.max(0, current + step))];
  const inView = window ? events.filter((event) => isInWindow(event, window)) : events;
  return step === 1 ? (inView[0] ?? events[0]) : (inView[inView.length - 1] ?? events[events.length - 1]);
}
