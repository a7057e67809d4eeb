/**
 * Brings an opened event and its popover into view: first inside the timeline (a lane or band
 * that scrolls vertically), then the page, so that a reader walking with ← / → never gets a
 * popover for an item below the fold or half off screen. Only scrolls, and only as far as needed.
 */

/** Space kept between what is revealed and the viewport's edge. */
const EDGE = 8;

function scrollsVertically(element: Element): boolean {
  const { overflowY } = getComputedStyle(element);
  return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
}

/** The parent in the composed tree: through shadow roots to their hosts. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

/** How far to scroll so `[top, bottom]` lies within `[viewTop, viewBottom]`: 0 when it does, the top first when it cannot. */
export function scrollDelta(top: number, bottom: number, viewTop: number, viewBottom: number): number {
  if (top >= viewTop && bottom <= viewBottom) return 0;
  if (bottom - top > viewBottom - viewTop || top < viewTop) return top - viewTop;
  return bottom - viewBottom;
}

/**
 * Scrolls the item into view inside the timeline (between `item` and `container`): native
 * scroll containers, and vis-timeline's vertical scroll (its side panels scroll, the centre follows).
 * @returns whether anything scrolled (vis-timeline then redraws in the next frame)
 */
export function revealInsideTimeline(item: HTMLElement, container: HTMLElement): boolean {
  let scrolled = false;
  const itemBox = item.getBoundingClientRect();
  for (let node = item.parentElement; node && node !== container; node = node.parentElement) {
    if (!scrollsVertically(node)) continue;
    const box = node.getBoundingClientRect();
    const delta = scrollDelta(itemBox.top, itemBox.bottom, box.top, box.bottom);
    if (delta !== 0) {
      node.scrollTop += delta;
      scrolled = true;
    }
  }
  // vis-timeline's vertical scroll: the centre panel clips, a side panel carries the scroll position.
  const centre = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  const side = [...container.querySelectorAll<HTMLElement>('.vis-vertical-scroll')].find((panel) => panel.scrollHeight > panel.clientHeight + 1);
  if (centre && side && centre.contains(item)) {
    const box = centre.getBoundingClientRect();
    const delta = scrollDelta(itemBox.top, itemBox.bottom, box.top, box.bottom);
    if (delta !== 0) {
      side.scrollTop += delta;
      scrolled = true;
    }
  }
  return scrolled;
}

export interface PageReveal {
  /** The item on the timeline (its visible part). */
  readonly item: DOMRect;
  /** The popover's natural height (content, not clipped). */
  readonly popoverHeight: number;
  /** The popover is a sheet along the bottom of the viewport (narrow screens), not a bubble beside the item. */
  readonly sheet: boolean;
  readonly viewportHeight: number;
}

/**
 * How far to scroll the page so the item is visible with its popover: below or above it, or,
 * for a bottom sheet, the item above the sheet. Positive scrolls down. Pure: tested on its own.
 */
export function pageScrollFor({ item, popoverHeight, sheet, viewportHeight }: PageReveal): number {
  const gap = 6;
  if (sheet) {
    const sheetTop = viewportHeight - Math.min(popoverHeight, viewportHeight * 0.7);
    return scrollDelta(item.top, item.bottom, EDGE, Math.max(EDGE + item.height, sheetTop - EDGE));
  }
  const fitsBelow = item.bottom + gap + popoverHeight <= viewportHeight - EDGE;
  const fitsAbove = item.top - gap - popoverHeight >= EDGE;
  const itemVisible = item.top >= EDGE && item.bottom <= viewportHeight - EDGE;
  if (itemVisible && (fitsBelow || fitsAbove)) return 0;
  // Above the viewport: back up to it (the popover then opens below it, or wherever fits).
  if (item.top < EDGE) return item.top - EDGE;
  // Below, or no room for the popover: down until it fits below the item, keeping the item on screen.
  return Math.min(item.bottom + gap + popoverHeight - (viewportHeight - EDGE), item.top - EDGE);
}

/** The nearest ancestor (through shadow roots) that scrolls vertically, else the page. */
export function scrollingAncestor(element: Element): Element {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    if (node === document.documentElement || node === document.body) break;
    if (scrollsVertically(node)) return node;
  }
  return document.scrollingElement ?? document.documentElement;
}
