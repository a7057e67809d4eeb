/**
 * `<purge-timeline>`: importing this module registers the element.
 * For another tag name or a subclass, import `purge-timeline/element` instead, which registers nothing.
 */
import { definePurgeTimeline } from './purge-timeline-define.js';

export { PurgeTimelineElement } from './purge-timeline-element.js';
export { definePurgeTimeline } from './purge-timeline-define.js';
export { PurgeTimelineSelectEvent, PurgeTimelineRangeChangeEvent, PurgeTimelineErrorEvent, type PurgeTimelineEventMap } from './events.js';
// Values too (the date grammar's word lists), so what the types declare is what the module exports.
export * from './types.js';
export type { DataProblem } from './data/problem.js';

definePurgeTimeline();
