/**
 * The chronology as a list in date order: the "List" view, what screen-reader users can read
 * from start to end, what prints, and the fallback when vis-timeline cannot draw. The eras the
 * chapter draws come first, then the events; at the top, every source of the file to export.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { renderEventDetails } from '../popover/render-event-details.js';
import type { CertaintyFields } from '../filter/certainty.js';
import type { Era } from '../eras/era.js';
import { renderEraList, eraListContext } from '../eras/render-era-list.js';
import type { Language } from '../i18n/language.js';
import { renderCitationExport } from '../citation/render-citation-export.js';
import type { CitationFormat } from '../citation/export-citations.js';

export interface EventListContext {
  readonly messages: Messages;
  readonly selected?: string;
  readonly formatDate: (event: TimelineEvent) => string;
  /** How precisely the chapter dates the event, in a plain sentence. */
  readonly describePrecision: (event: TimelineEvent) => string;
  /** `category-0` … or `category-none`. */
  readonly categoryClass: (event: TimelineEvent) => string;
  readonly onSelect: (id: string) => void;
  /** The periods the chapter draws, listed first with their dates in `language`. */
  readonly eras?: readonly Era[];
  readonly language?: Language;
  /** Downloads every source of the file; no export buttons without it. */
  readonly onExportAll?: (format: CitationFormat) => void;
}

export function renderEventList(events: readonly (TimelineEvent & CertaintyFields)[], context: EventListContext) {
  const { messages, selected } = context;
  return html`<section class="list" part="list" aria-label=${messages.listHeading}>
    ${context.onExportAll ? html`<div class="list-export">${renderCitationExport(messages.exportAllSources, context.onExportAll)}</div>` : nothing}
    ${context.eras && context.language ? renderEraList(context.eras, eraListContext(context.language)) : nothing}
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
