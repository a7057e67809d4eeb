/** The "firmly stated only" toggle, next to the search and the legend. */
import type { Messages } from '../i18n/messages.js';
import { renderToggleButton } from '../toolbar/render-toggle-button.js';

export interface CertaintyFilterContext {
  readonly messages: Messages;
  readonly statedOnly: boolean;
  readonly onToggle: () => void;
}

export function renderCertaintyFilter({ messages, statedOnly, onToggle }: CertaintyFilterContext) {
  return renderToggleButton({ name: 'certainty-filter', action: 'stated-only', pressed: statedOnly, label: messages.statedOnly, hint: messages.statedOnlyHint, onToggle });
}
