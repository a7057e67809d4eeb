/**
 * The element's events: typed `Event` subclasses that bubble and cross shadow roots, with
 * `HTMLElementEventMap` and `DocumentEventMap` entries so `addEventListener('purge-timeline-select', …)`
 * is typed on the element, on any ancestor and on `document`. Every entry point re-exports this
 * module, so the augmentation comes with `import 'purge-timeline'` (or `/element`, `/bundle`).
 */
import type { TimelineEvent } from './types.js';
import type { DataProblem } from './data/problem.js';

/** An event was opened (`id` set) or the open one was closed (`id` undefined). */
export class PurgeTimelineSelectEvent extends CustomEvent<{ id: string | undefined; event: TimelineEvent | undefined; byUser: boolean }> {
  constructor(id: string | undefined, event: TimelineEvent | undefined, byUser: boolean) {
    super('purge-timeline-select', { bubbles: true, composed: true, detail: { id, event, byUser } });
  }
}

/** The visible window moved; `byUser` is false when the element or the page moved it. */
export class PurgeTimelineRangeChangeEvent extends CustomEvent<{ start: Date; end: Date; byUser: boolean }> {
  constructor(window: { start: Date; end: Date }, byUser: boolean) {
    super('purge-timeline-range-change', { bubbles: true, composed: true, detail: { start: window.start, end: window.end, byUser } });
  }
}

/** Loading failed or the data has problems; every problem is listed, with where and what. */
export class PurgeTimelineErrorEvent extends CustomEvent<{ problems: readonly DataProblem[] }> {
  constructor(problems: readonly DataProblem[]) {
    super('purge-timeline-error', { bubbles: true, composed: true, detail: { problems } });
  }
}

/** Every event the element fires, by name: for typing listeners in frameworks and helpers. */
export interface PurgeTimelineEventMap {
  'purge-timeline-select': PurgeTimelineSelectEvent;
  'purge-timeline-range-change': PurgeTimelineRangeChangeEvent;
  'purge-timeline-error': PurgeTimelineErrorEvent;
}

declare global {
  // The events bubble and are composed, so they reach every ancestor and the document.
  interface HTMLElementEventMap extends PurgeTimelineEventMap {}
  interface DocumentEventMap extends PurgeTimelineEventMap {}
}
