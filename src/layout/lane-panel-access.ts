/**
 * With lanes, vis-timeline scrolls them vertically in its left panel (the lane labels), which a
 * mouse can drag or wheel but a keyboard cannot reach: the timeline itself only walks events.
 * A focusable, named panel lets ↑/↓/Page Up/Page Down/Home/End scroll the lanes, as axe's
 * scrollable-region-focusable rule asks. The keys are handled here, scrolling at once: the
 * browser's own smooth keyboard scrolling is cut short by vis-timeline, which re-sets the panel's
 * scroll on every scroll event it follows.
 */
const LINE_PX = 40;

/** The scroll offset a key moves the panel to, or `undefined` for a key that does not scroll. */
export function laneScrollFor(key: string, scrollTop: number, clientHeight: number, scrollHeight: number): number | undefined {
  const page = Math.max(LINE_PX, clientHeight - LINE_PX);
  const steps: Record<string, number> = { ArrowDown: LINE_PX, ArrowUp: -LINE_PX, PageDown: page, PageUp: -page, Home: -scrollHeight, End: scrollHeight };
  const step = steps[key];
  if (step === undefined) return undefined;
  return Math.min(Math.max(0, scrollHeight - clientHeight), Math.max(0, scrollTop + step));
}

function onPanelKeydown(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const panel = event.currentTarget as HTMLElement;
  const next = laneScrollFor(event.key, panel.scrollTop, panel.clientHeight, panel.scrollHeight);
  if (next === undefined) return;
  // Keys the panel cannot act on (already at the end) stay the page's.
  if (next === panel.scrollTop) return;
  event.preventDefault();
  panel.scrollTop = next;
  // vis-timeline learns of the scroll from the panel's (asynchronous) scroll event; a redraw
  // that lands first puts its old offset back. Telling it now closes that gap.
  panel.dispatchEvent(new Event('scroll'));
}

const handled = new WeakSet<HTMLElement>();

/** Makes the lane panel in `container` focusable and named while lanes are shown; plain again otherwise. */
export function makeLanePanelFocusable(container: HTMLElement | null | undefined, lanesShown: boolean, label: string): void {
  const panel = container?.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!panel) return;
  if (!lanesShown) {
    panel.removeAttribute('tabindex');
    panel.removeAttribute('role');
    panel.removeAttribute('aria-label');
    return;
  }
  if (!handled.has(panel)) {
    // The panel is vis-timeline's: it goes, listener and all, with the timeline.
    panel.addEventListener('keydown', onPanelKeydown);
    handled.add(panel);
  }
  if (panel.getAttribute('aria-label') === label) return;
  panel.tabIndex = 0;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', label);
}
