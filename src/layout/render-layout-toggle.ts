/** The reader's switch between a lane per category and one stacked band (the `layout` attribute). */
import type { Messages } from '../i18n/messages.js';
import { renderToggleButton } from '../toolbar/render-toggle-button.js';

export interface LayoutToggleContext {
  readonly messages: Messages;
  /** A lane per category is shown now. */
  readonly lanes: boolean;
  readonly onToggle: () => void;
}

/** Beside the other filters (in the "More" menu on a phone). */
export function renderLayoutToggle({ messages, lanes, onToggle }: LayoutToggleContext) {
  return renderToggleButton({ name: 'layout-toggle', action: 'lanes', pressed: lanes, label: messages.byCategory, hint: messages.byCategoryHint, onToggle });
}
