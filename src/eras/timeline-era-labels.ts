/**
 * Era names on the timeline: a strip at the top of the item area, reserved through
 * vis-timeline's `margin.axis` (items start below it, so no title ever covers a name) and as
 * tall as the most eras in force at once need (at most two rows). After every redraw the names
 * are placed again for the window in view (`eraRows`), so eras that overlap never draw their
 * names over each other and a name stays in view while its era is.
 */
import { eraIdOf } from './to-era-items.js';
import { eraRowCount } from './era-rows.js';
import { placeEraLabels, type EraLabelTarget } from './place-era-labels.js';

/** Height of one row of names; `.era-label`'s line box (era.styles.ts) matches it. */
export const ERA_ROW_PX = 16;
/** More rows would take too much of the items' height; names then share rows, shortened if need be. */
export const MAX_ERA_ROWS = 2;

interface ItemLike {
  readonly id: string;
  readonly start: Date;
  readonly end?: Date;
}

const rowsCache = new WeakMap<readonly ItemLike[], number>();

/** Rows of era names the timeline reserves for these items (0 without eras). */
export function eraStripRows(items: readonly ItemLike[]): number {
  let rows = rowsCache.get(items);
  if (rows === undefined) {
    const spans = items
      .filter((item) => eraIdOf(item.id) !== undefined)
      .map((item) => ({ start: item.start.getTime(), end: (item.end ?? item.start).getTime() }));
    rows = eraRowCount(spans, MAX_ERA_ROWS);
    rowsCache.set(items, rows);
  }
  return rows;
}

/** Pixels above the first row of items kept for era names. */
export function eraStripHeight(items: readonly ItemLike[]): number {
  return eraStripRows(items) * ERA_ROW_PX;
}

/** Places the era names drawn in `container` (vis-timeline's) for the window now in view. */
export function layoutTimelineEraLabels(container: HTMLElement, rows: number): void {
  if (rows < 1) return;
  const bands = container.querySelectorAll<HTMLElement>('.vis-item.vis-background.era');
  if (bands.length === 0) return;
  const view = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!view || view.width <= 0) return;
  const targets: EraLabelTarget[] = [];
  for (const band of bands) {
    const label = band.querySelector<HTMLElement>('.era-label');
    // The label's containing block is the item's content, which vis-timeline shifts to keep it in view.
    const origin = label?.parentElement?.getBoundingClientRect().left;
    if (!label || origin === undefined) continue;
    const box = band.getBoundingClientRect();
    targets.push({ label, start: box.left, end: box.right, origin });
  }
  placeEraLabels(targets, { left: view.left, right: view.right, rows, rowHeight: ERA_ROW_PX });
}
