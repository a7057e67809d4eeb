/**
 * The chronology as a list in date order: the "List" view, what screen-reader users can read
 * from start to end, and the fallback when vis-timeline cannot draw.
 */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { renderEventDetails } from '../popover/render-event-details.js';

export interface EventListContext {
  readonly messages: Messages;
  readonly selected?: string;
  readonly formatDate: (event: TimelineEvent) => string;
  readonly describePrecision: (event: TimelineEvent) => string;
  /** `category-0` … or `category-none`. */
  readonly categoryClass: (event: TimelineEvent) => string;
  readonly onSelect: (id: string) => void;
}

export function renderEventList(events: readonly TimelineEvent[], context: EventListContext) {
  const { messages, selected } = context;
  return html`<section class="list" part="list" aria-label=${messages.listHeading}>
    <ol class="event-list">
      ${repeat(
        events,
        (event) => event.id,
        (event) => html`<li
          class="list-event ${context.categoryClass(event)}"
          data-event-id=${event.id}
          aria-current=${selected === event.id ? 'true' : 'false'}
        >
          <h2 class="list-title"><button type="button" class="link-button" @click=${() => context.onSelect(event.id)}>${event.title}</button></h2>
          ${renderEventDetails(event, { messages, date: context.formatDate(event), precision: context.describePrecision(event) })}
        </li>`,
      )}
    </ol>
  </section>`;
}
