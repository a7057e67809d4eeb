/** The "firmly stated only" toggle, next to the search and the legend. */
import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

export interface CertaintyFilterContext {
  readonly messages: Messages;
  readonly statedOnly: boolean;
  readonly onToggle: () => void;
}

/** A toggle button (`aria-pressed`), described by a hint of its own. */
export function renderCertaintyFilter({ messages, statedOnly, onToggle }: CertaintyFilterContext) {
  return html`<button
      type="button"
      class="certainty-filter"
      part="certainty-filter"
      data-action="stated-only"
      aria-pressed=${statedOnly ? 'true' : 'false'}
      aria-describedby="certainty-filter-hint"
      @click=${onToggle}
    >
      ${messages.statedOnly}
    </button>
    <span id="certainty-filter-hint" class="visually-hidden">${messages.statedOnlyHint}</span>`;
}
