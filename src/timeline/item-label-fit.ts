/**
 * Whole titles at the right edge of the view (issue 12). A title is one line, and vis-timeline
 * draws it to the right of its point or from the start of its bar; near the view's right edge it
 * would run past it, cut. Once the view has been still for a moment (after a zoom, a pan, new
 * data), each such title wraps onto more lines in the room left before the edge, so it reads
 * whole where it is. vis-timeline is then told the items changed, so it measures them again and
 * stacks them with their new height: nothing overlaps, and the element's height stays the same.
 *
 * Where even that room is narrower than a short line (`MIN_ROOM_PX`), the title wraps to that
 * width and, while hovered, selected or walked to by key, moves left to show whole
 * (`--item-label-shift`, item-label.styles.ts).
 */
import { fontOf, textWidth } from './measure-text.js';

/** The narrowest a wrapped title gets (4rem): a word or two a line, still whole. */
export const MIN_ROOM_PX = 64;
/** How long the view must stay still before titles are fitted (no rewrapping while a pan runs). */
const SETTLE_MS = 120;

/** Room kept after a title: the item's padding and a pixel of rounding. */
const END_PX = 8;

/**
 * Wraps the titles drawn in `container` (vis-timeline's) that would run past the view's right
 * edge, and unwraps those that fit again. Returns the event ids whose title changed.
 */
export function fitItemLabels(container: HTMLElement): string[] {
  const view = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!view || view.width <= 0) return [];
  // Every title is measured before any is changed: a change between two readings would make the
  // browser lay the page out again for each title (27 layouts for 100 events; one now).
  const fits: { id: string; title: HTMLElement; item: HTMLElement; width: number | undefined; room: number }[] = [];
  for (const body of container.querySelectorAll<HTMLElement>('.vis-foreground .item-body[data-event-id]')) {
    const title = body.querySelector<HTMLElement>(':scope > .item-title');
    const item = body.closest<HTMLElement>('.vis-item');
    if (!title || !item) continue;
    const box = title.getBoundingClientRect();
    // The certainty mark follows the title on its line.
    const mark = body.querySelector<HTMLElement>(':scope > .item-certainty')?.getBoundingClientRect().width ?? 0;
    const room = Math.floor(view.right - box.left - END_PX - (mark > 0 ? mark + 6 : 0));
    const style = getComputedStyle(title);
    // The width the stylesheet gives it (narrow screens wrap every title at 7.5rem), read before any fitting of ours.
    if (title.dataset['fit'] === undefined) title.dataset['cssMax'] = String(parseFloat(style.maxInlineSize) || Infinity);
    const natural = Math.min(textWidth(title.textContent ?? '', fontOf(style)), Number(title.dataset['cssMax']));
    // Titles starting out of view on the left are vis-timeline's to move (it keeps a bar's content in view).
    const width = box.left >= view.left && natural > room ? Math.max(room, MIN_ROOM_PX) : undefined;
    const wanted = width === undefined ? '' : String(width);
    if ((title.dataset['fit'] ?? '') !== wanted) fits.push({ id: body.dataset['eventId']!, title, item, width, room });
  }
  for (const { title, item, width, room } of fits) applyFit(title, item, width, room);
  return fits.map(({ id }) => id);
}

function applyFit(title: HTMLElement, item: HTMLElement, width: number | undefined, room: number): void {
  if (width === undefined) {
    delete title.dataset['fit'];
    title.classList.remove('item-title-fitted');
    title.parentElement?.classList.remove('with-fitted-title');
    title.style.removeProperty('max-inline-size');
    item.style.removeProperty('--item-label-shift');
    return;
  }
  title.dataset['fit'] = String(width);
  title.classList.add('item-title-fitted');
  // A class rather than :has() in the stylesheet: :has() is checked again at every change inside the timeline.
  title.parentElement?.classList.add('with-fitted-title');
  title.style.setProperty('max-inline-size', `${width}px`);
  if (room < width) item.style.setProperty('--item-label-shift', `${room - width}px`);
  else item.style.removeProperty('--item-label-shift');
}

/**
 * Fits the titles once vis-timeline's redraws pause: `schedule()` after every redraw; `refit`
 * hands the changed items back to vis-timeline (`remeasureItems`), which measures and restacks them.
 */
export class ItemLabelFitter {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly container: HTMLElement,
    private readonly refit: (ids: readonly string[]) => void,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const ids = fitItemLabels(this.container);
      if (ids.length > 0) this.refit(ids);
    }, SETTLE_MS);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
