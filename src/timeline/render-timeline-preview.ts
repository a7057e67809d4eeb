/**
 * What the timeline's area shows while vis-timeline is still downloading: the first events of
 * the first view as plain cards (title and date), so readers have something to read at once. It
 * goes away when vis-timeline has drawn; nothing in it is interactive.
 */
import { html } from 'lit';
import type { TimelineEvent } from '../types.js';

/** More would not fit the timeline's area at most widths; the status line gives the total. */
export const PREVIEW_SIZE = 12;

export interface TimelinePreviewContext {
  readonly label: string;
  readonly formatDate: (event: TimelineEvent) => string;
  /** `category-0` … or `category-none`. */
  readonly categoryClass: (event: TimelineEvent) => string;
}

export function renderTimelinePreview(events: readonly TimelineEvent[], context: TimelinePreviewContext) {
  return html`<ol class="preview" part="preview" aria-label=${context.label}>
    ${events.slice(0, PREVIEW_SIZE).map(
      (event) => html`<li class="preview-event ${context.categoryClass(event)}">
        <span class="item-title">${event.title}</span>
        <span class="item-date">${context.formatDate(event)}</span>
      </li>`,
    )}
  </ol>`;
}
