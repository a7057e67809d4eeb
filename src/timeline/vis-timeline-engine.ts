/**
 * Everything only the drawn timeline needs, in one module imported dynamically (load-engine.ts):
 * vis-timeline and its peers, their stylesheet and the overview band. In the bundle it is a chunk
 * of its own, about two thirds of the bytes, so the element's first chunk paints titles without
 * waiting for it.
 */
export { Timeline } from 'vis-timeline/peer';
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
