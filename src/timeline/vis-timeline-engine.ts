/**
 * Everything only the drawn timeline needs, in one module imported dynamically (load-engine.ts):
 * vis-timeline and its peers, their stylesheet and the overview band. In the bundle it is a chunk
 * of its own, about two thirds of the bytes, so the element's first chunk paints titles without
 * waiting for it.
 */
import { Timeline as VisTimeline } from 'vis-timeline/peer';
import { drawnOnRequest } from './vis-internals.js';

/**
 * vis-timeline's Timeline that draws only when the element asks, and never fits its window to all
 * items (vis-internals.ts).
 * Made once, here at module level: a class made inside a method (a minifier inlines the factory
 * there) holds that method's scope, the first element with its data, for as long as the page
 * keeps the class.
 */
export const Timeline = drawnOnRequest(VisTimeline);
export { DataSet } from 'vis-data/peer';
export { default as moment } from './moment-lite.js';
export { axisLabelFormat } from './axis-labels.js';
export { visTimelineStyles } from './vis-timeline.styles.js';
export { defineOverview } from '../overview/purge-timeline-overview.js';
// The controller that drives vis-timeline, and what it draws into items: only the drawn timeline needs them.
export { VisTimelineController } from './vis-timeline-controller.js';
export { renderItemContent, renderClusterContent } from './render-item-content.js';
export { renderEraContent } from '../eras/to-era-items.js';
// The eras' row of the overview band: the band draws it, so it comes with the band.
export { toOverviewEras } from '../eras/render-overview-eras.js';
