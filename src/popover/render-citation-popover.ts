/** The citation popover's markup: a dialog named by the event's title, its details and actions. */
import { html, nothing } from 'lit';
import type { TimelineEvent } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { renderEventDetails } from './render-event-details.js';
import { supportsPopover } from './citation-popover-controller.js';
import { renderCitationExport } from '../citation/render-citation-export.js';
import type { CitationFormat } from '../citation/export-citations.js';

export interface CitationPopoverContext {
  readonly messages: Messages;
  /** The event's date at its precision and how precise it is. */
  readonly date: string;
  readonly precision: string;
  /** `category-0` … or `category-none`: the colour of the title's rule. */
  readonly categoryClass: string;
  /** "Copied." and the like, spoken through a status role. */
  readonly copyFeedback: string;
  readonly onClose: () => void;
  readonly onCopyLink: () => void;
  readonly onCopyCitation: () => void;
  /** Downloads the event's sources in a reference manager's format; no buttons without it. */
  readonly onExport?: (format: CitationFormat) => void;
  readonly onBeforeToggle: (event: ToggleEvent) => void;
}

/** Always rendered (the popover element stays, so it can be shown); empty when `event` is. */
export function renderCitationPopover(event: TimelineEvent | undefined, context: CitationPopoverContext) {
  const { messages } = context;
  return html`<div
    class="popover"
    part="popover"
    popover=${supportsPopover ? 'auto' : nothing}
    ?hidden=${!supportsPopover}
    role="dialog"
    aria-labelledby="popover-title"
    tabindex="-1"
    @beforetoggle=${context.onBeforeToggle}
    @keydown=${(e: KeyboardEvent) => {
      // The Popover API closes on Escape by itself; without it, this does.
      if (e.key === 'Escape' && !supportsPopover) context.onClose();
    }}
  >
    ${event
      ? html`<div class="popover-header">
            <h2 id="popover-title" class="popover-title ${context.categoryClass}">${event.title}</h2>
            <button type="button" class="close" aria-label=${messages.close} @click=${context.onClose}>×</button>
          </div>
          ${renderEventDetails(event, { messages, date: context.date, precision: context.precision })}
          <div class="popover-actions">
            <button type="button" data-action="copy-link" @click=${context.onCopyLink}>${messages.copyLink}</button>
            <button type="button" data-action="copy-citation" @click=${context.onCopyCitation}>${messages.copyCitation}</button>
            <span class="copy-feedback" role="status">${context.copyFeedback}</span>
          </div>
          ${context.onExport && event.footnotes.some((footnote) => footnote.sources.length > 0) ? renderCitationExport(messages.exportSources, context.onExport) : nothing}`
      : nothing}
  </div>`;
}
