/** The elements Tab stops at inside `root`, in document order: enabled, shown, not taken out with tabindex="-1". */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

export function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      // Inside a closed <details> (a footnote's text), or hidden: not reachable.
      (element.checkVisibility?.() ?? element.getClientRects().length > 0),
  );
}
