import { unsafeCSS } from 'lit';
import visTimelineCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css';

/** vis-timeline's own stylesheet, adopted into the shadow root (not the page's head) once vis-timeline has loaded. */
export const visTimelineStyles = unsafeCSS(visTimelineCss);
