/**
 * `<purge-timeline>`: importing this module registers the element.
 * For another tag name or a subclass, import `purge-timeline/element` instead, which registers nothing.
 */
import { definePurgeTimeline } from './purge-timeline-define.js';

export { PurgeTimelineElement } from './purge-timeline-element.js';
export { definePurgeTimeline } from './purge-timeline-define.js';
export { PurgeTimelineSelectEvent, PurgeTimelineRangeChangeEvent, PurgeTimelineErrorEvent, type PurgeTimelineEventMap } from './events.js';
export type * from './types.js';
export type { DataProblem } from './data/problem.js';

definePurgeTimeline();
