/** The toolbar's on/off switches ("Firmly stated only", "By category"): one shape for both. */
import { html } from 'lit';

export interface ToggleButtonContext {
  /** Its class and its CSS part, e.g. `certainty-filter`; the hint's id is `<name>-hint`. */
  readonly name: string;
  /** `data-action`, which tests and page scripts find it by. */
  readonly action: string;
  readonly pressed: boolean;
  readonly label: string;
  /** Read by screen readers after the label: what pressing it does. */
  readonly hint: string;
  readonly onToggle: () => void;
}

/** A toggle button (`aria-pressed`), described by a hint of its own. */
export function renderToggleButton({ name, action, pressed, label, hint, onToggle }: ToggleButtonContext) {
  return html`<button
      type="button"
      class=${name}
      part=${name}
      data-action=${action}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-describedby=${`${name}-hint`}
      @click=${onToggle}
    >
      ${label}
    </button>
    <span id=${`${name}-hint`} class="visually-hidden">${hint}</span>`;
}
