import { unsafeCSS } from 'lit';
import visTimelineCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { timelineItemStyles } from './timeline-item.styles.js';
import { itemLabelStyles } from './item-label.styles.js';

/**
 * vis-timeline's own stylesheet and the element's rules for what it draws (after it, so they win),
 * adopted into the shadow root (not the page's head) once vis-timeline has loaded.
 */
export const visTimelineStyles = unsafeCSS(`${visTimelineCss}\n${timelineItemStyles.cssText}\n${itemLabelStyles.cssText}`);
