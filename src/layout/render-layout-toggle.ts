/** The reader's switch between a lane per category and one stacked band (the `layout` attribute). */
import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

export interface LayoutToggleContext {
  readonly messages: Messages;
  /** A lane per category is shown now. */
  readonly lanes: boolean;
  readonly onToggle: () => void;
}

/** A toggle button (`aria-pressed`), beside the other filters (in the "More" menu on a phone). */
export function renderLayoutToggle({ messages, lanes, onToggle }: LayoutToggleContext) {
  return html`<button
      type="button"
      class="layout-toggle"
      part="layout-toggle"
      data-action="lanes"
      aria-pressed=${lanes ? 'true' : 'false'}
      aria-describedby="layout-toggle-hint"
      @click=${onToggle}
    >
      ${messages.byCategory}
    </button>
    <span id="layout-toggle-hint" class="visually-hidden">${messages.byCategoryHint}</span>`;
}
