/**
 * What the element shows only after its first paint, in one module imported dynamically
 * (load-reader-parts.ts): the citation popover and its actions (copy, cite, export), the list
 * view (also what prints), the eras' summary, the list of data problems, and their styles. In the bundle it
 * is a chunk of its own, loaded once the timeline has drawn, or earlier when something on screen needs
 * it (load-reader-parts.ts).
 */
import { citationPopoverStyles } from './popover/citation-popover.styles.js';
import { eventListStyles } from './list/event-list.styles.js';
import { eraStyles } from './eras/era.styles.js';
import { problemMessageStyles } from './status/problem-message.styles.js';
import { certaintyStyles } from './filter/certainty.styles.js';
import { elementStyles } from './purge-timeline-element.styles.js';
import { printStyles } from './list/print.styles.js';
import { colourTokenStyles } from './theme/colour-tokens.styles.js';

export { CitationPopoverPart, type CitationPopoverHost } from './popover/citation-popover-part.js';
export { renderListView, renderEraSummaryIn } from './list/render-list-view.js';
// Problems lie over the timeline when they come (nothing moves); printing shows the list.
export { renderProblemMessage } from './status/render-problem-message.js';
export { PrintController } from './layout/print-controller.js';

/** Inserts `sheets` in front of `before` (or at the end), once. */
function insertSheets(root: ShadowRoot, sheets: readonly (CSSStyleSheet | undefined)[], before: CSSStyleSheet | undefined): void {
  const adopted = root.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet));
  const at = before ? adopted.indexOf(before) : -1;
  const added = sheets.filter((sheet): sheet is CSSStyleSheet => !!sheet);
  adopted.splice(at >= 0 ? at : adopted.length, 0, ...added);
  root.adoptedStyleSheets = adopted;
}

/**
 * Adopts the parts' styles into the element's shadow root where they would be in one list:
 * popover and list before the certainty rules, eras and the problem list after them, all before
 * the element's own rules; the print rules after those, which they override; the colour tokens last.
 */
export function adoptReaderStyles(root: ShadowRoot): void {
  insertSheets(root, [citationPopoverStyles.styleSheet, eventListStyles.styleSheet], certaintyStyles.styleSheet);
  insertSheets(root, [eraStyles.styleSheet, problemMessageStyles.styleSheet], elementStyles.styleSheet);
  insertSheets(root, [printStyles.styleSheet], colourTokenStyles.styleSheet);
}
