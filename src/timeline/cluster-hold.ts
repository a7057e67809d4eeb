/**
 * vis-timeline 8.5.4 clusters every event again whenever a zoom crosses one of its levels (each
 * factor of 2): at 10,000 events it makes over a thousand clusters in that frame, about 100 ms on
 * two cores, so a Ctrl + wheel zoom in stuttered at every level (issue 15).
 *
 * While the view narrows, the clusters of the wider view are kept: each still spans its events,
 * and fewer of them are in view, so every frame of the zoom only moves them. Once the view has
 * been still for `SETTLE_MS` (or widens), the timeline clusters again for the view
 * it has, as map libraries re-cluster markers at the end of a zoom. A zoom out is clustered at
 * once: the finer clusters would pile up in the wider view.
 */
import type { Timeline } from 'vis-timeline/peer';
import { requestRedraw } from './vis-internals.js';

/** How long the view must be still before it is clustered for what it shows. */
export const SETTLE_MS = 200;

interface ClusteringInternals {
  range?: { start: number; end: number };
  itemSet?: { _clusterItems?: () => void };
}

/**
 * Holds re-clustering while `timeline`'s view narrows; returns what cancels the pending
 * re-clustering (for when the timeline is destroyed). A no-op when vis-timeline's internals differ.
 */
export function holdClustersWhileZoomingIn(timeline: Timeline): () => void {
  const { range, itemSet } = timeline as unknown as ClusteringInternals;
  const clusterItems = itemSet?._clusterItems;
  if (!range || !itemSet || typeof clusterItems !== 'function') return () => {};
  /** The width of the view (ms) the clusters were made for, and the one drawn last. */
  let clusteredFor: number | undefined;
  let drawnLast: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  itemSet._clusterItems = function () {
    const width = range.end - range.start;
    const moved = width !== drawnLast;
    drawnLast = width;
    // Held while narrower than the clusters' view and until it has been still for SETTLE_MS
    // (other redraws during the zoom do not end it).
    if (clusteredFor !== undefined && width < clusteredFor && (moved || timer !== undefined)) {
      if (moved) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          requestRedraw(timeline);
        }, SETTLE_MS);
      }
      return;
    }
    clusteredFor = width;
    clusterItems.call(this);
  };
  return () => clearTimeout(timer);
}
