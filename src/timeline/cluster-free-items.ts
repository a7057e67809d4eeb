/**
 * With clustering on, vis-timeline 8.5.4 looks for each lane's visible events in every frame
 * among all of its events, those inside clusters too, which it then skips: it walks them from a
 * binary search, tests every event with an end against the view and orders what it found by
 * scanning all of them again. At 20,000 events that was about a quarter of the script of a frame
 * of a Ctrl + wheel zoom (issue 15, `node bench/profile.mjs --n 20000 --during zoom --layout lanes`).
 *
 * Which events are outside clusters changes only when the timeline clusters again (a new list of
 * clusters) or orders a lane's events again (new arrays). Each lane keeps those events, in
 * vis-timeline's order, until then, and hands only them to vis-timeline's own search, which
 * finds the same events in the same order: it never shows an event that is inside a cluster.
 * (The bundle's vis-timeline already keeps the lane's lists of events and of clusters between
 * restacks, scripts/rollup-plugin-slim-vis-timeline.mjs; this also serves `dist/lib`, whose
 * vis-timeline is the page's own.)
 */
import type { Timeline } from 'vis-timeline/peer';

interface UiItem {
  /** The cluster holding the event, while it is in one. */
  readonly cluster?: unknown;
}
interface Ordered {
  readonly byStart: readonly UiItem[];
  readonly byEnd: readonly UiItem[];
}
type UpdateItemsInRange = (ordered: Ordered, oldVisible: readonly UiItem[], range: unknown) => UiItem[];
interface Group {
  /** vis-timeline's own lists of the lane's events, replaced (not changed) when it orders them again. */
  orderedItems?: Ordered;
  _updateItemsInRange?: UpdateItemsInRange;
}
interface ItemSet {
  groups?: Record<string, Group>;
  /** The current clusters, a new array each time the timeline clusters again. */
  clusters?: readonly unknown[];
  redraw?: (...args: unknown[]) => unknown;
}

const outsideClusters = (items: readonly UiItem[]): UiItem[] => items.filter((item) => !item.cluster);

/** Installs the lanes' lists on a clustering timeline; a no-op when vis-timeline's internals differ. */
export function searchOutsideClustersOnly(timeline: Timeline): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSet }).itemSet;
  const redraw = itemSet?.redraw;
  if (!itemSet || typeof redraw !== 'function') return;
  const patched = new WeakSet<Group>();

  const patch = (group: Group): void => {
    const search = group._updateItemsInRange;
    if (typeof search !== 'function' || patched.has(group)) return;
    patched.add(group);
    let keptFor: { ordered: Ordered | undefined; clusters: readonly unknown[] | undefined } | undefined;
    let kept: Ordered | undefined;
    group._updateItemsInRange = function (ordered, oldVisible, range) {
      if (!kept || !keptFor || keptFor.ordered !== this.orderedItems || keptFor.clusters !== itemSet.clusters) {
        keptFor = { ordered: this.orderedItems, clusters: itemSet.clusters };
        kept = { byStart: outsideClusters(ordered.byStart), byEnd: outsideClusters(ordered.byEnd) };
      }
      return search.call(this, kept, oldVisible, range);
    };
  };

  // Lanes come and go (the layout toggle, the legend): each is patched before its first drawing.
  itemSet.redraw = function (this: ItemSet, ...args: unknown[]) {
    for (const group of Object.values(itemSet.groups ?? {})) patch(group);
    return redraw.apply(this, args);
  };
}
