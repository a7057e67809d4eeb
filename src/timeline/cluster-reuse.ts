/**
 * vis-timeline 8.5.4 re-clusters every item at each new zoom level, and for each new cluster looks
 * for an old cluster holding the same items to reuse, by building a Set of the ids of every old
 * cluster, again for each new cluster: O(clusters × items) per cluster, which made a single frame
 * of a Ctrl + wheel zoom over 10,000 events last seconds (bench/README.md, "The gestures").
 *
 * Each item is in at most one old cluster, so an index from item id to the old cluster holding it,
 * built once per re-clustering, finds the same cluster: it is the old cluster of the first item,
 * if that cluster holds exactly these items. vis-timeline's own method then runs with that one
 * candidate (it reuses it) or none (it makes a new cluster), so what it does is unchanged.
 */
import type { Timeline } from 'vis-timeline/peer';

interface UiItem {
  readonly id: string | number;
}
interface OldCluster {
  readonly data: { readonly uiItems: readonly UiItem[] };
}
type GetClusterForItems = (items: readonly UiItem[], group: unknown, oldClusters: readonly OldCluster[] | undefined, options: unknown) => unknown;
type GetClusters = (oldClusters: readonly OldCluster[] | undefined, scale: number, options: unknown) => unknown;

interface ClusterGenerator {
  getClusters: GetClusters;
  _getClusterForItems: GetClusterForItems;
}

/** Installs the index on the timeline's cluster generator; a no-op when vis-timeline's internals differ. */
export function indexClusterReuse(timeline: Timeline): void {
  const generator = (timeline as unknown as { itemSet?: { clusterGenerator?: ClusterGenerator } }).itemSet?.clusterGenerator;
  if (!generator || typeof generator.getClusters !== 'function' || typeof generator._getClusterForItems !== 'function') return;
  const getClusters = generator.getClusters;
  const getClusterForItems = generator._getClusterForItems;
  let index: Map<string | number, OldCluster> | undefined;
  let indexed: readonly OldCluster[] | undefined;

  generator.getClusters = function (oldClusters, scale, options) {
    index = undefined;
    indexed = oldClusters;
    try {
      return getClusters.call(this, oldClusters, scale, options);
    } finally {
      index = undefined;
      indexed = undefined;
    }
  };
  generator._getClusterForItems = function (items, group, oldClusters, options) {
    if (oldClusters !== indexed || !oldClusters) return getClusterForItems.call(this, items, group, oldClusters, options);
    if (!index) {
      index = new Map();
      for (const cluster of oldClusters) for (const item of cluster.data.uiItems) index.set(item.id, cluster);
    }
    const candidate = items[0] && index.get(items[0].id);
    const same = candidate && candidate.data.uiItems.length === items.length && items.every((item) => index!.get(item.id) === candidate);
    return getClusterForItems.call(this, items, group, same ? [candidate] : [], options);
  };
}
