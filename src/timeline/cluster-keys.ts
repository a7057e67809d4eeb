/**
 * Clusters from the keyboard. Each cluster vis-timeline draws is a button named by what it shows
 * ("14 events, March–April 1937"). One of them is in the Tab order (roving tabindex): the one
 * focused last while it is drawn, else the earliest, so Tab from the timeline reaches the clusters
 * without stepping through dozens of them. On a focused cluster ← and → move to the previous and
 * next cluster in time, and Enter or Space zooms in to its events, as a click does.
 */

/** The content element of a cluster: it carries the span for the zoom (see VisTimelineController). */
const CLUSTER = '.vis-cluster .vis-item-content[data-cluster-start]';

/** Makes a cluster's content a focusable button announced as `label`. */
export function makeClusterFocusable(content: HTMLElement, label: string): void {
  content.setAttribute('role', 'button');
  content.setAttribute('aria-label', label);
  if (!content.hasAttribute('tabindex')) content.tabIndex = -1;
}

/** "14 events, March–April 1937": the cluster's title and span as drawn (both in the element's language). */
export function clusterLabel(content: HTMLElement): string {
  const title = content.querySelector('.item-title')?.textContent?.trim() ?? '';
  const span = content.querySelector('.item-date')?.textContent?.trim() ?? '';
  return span ? `${title}, ${span}` : title;
}

/** The span a cluster covers (ms since the epoch). */
export function clusterSpan(content: HTMLElement): { start: number; end: number } {
  return { start: Number(content.dataset['clusterStart']), end: Number(content.dataset['clusterEnd']) };
}

/** The clusters drawn in `container`, earliest first. */
function clustersIn(container: HTMLElement): HTMLElement[] {
  const found = [...container.querySelectorAll<HTMLElement>(CLUSTER)];
  return found.sort((a, b) => clusterSpan(a).start - clusterSpan(b).start || clusterSpan(a).end - clusterSpan(b).end);
}

/** Keeps exactly one drawn cluster in the Tab order. */
export function updateClusterTabStop(container: HTMLElement): void {
  const clusters = clustersIn(container);
  if (clusters.length === 0) return;
  const current = clusters.find((cluster) => cluster.tabIndex === 0);
  const stop = current ?? clusters[0]!;
  for (const cluster of clusters) {
    const tabIndex = cluster === stop ? 0 : -1;
    if (cluster.tabIndex !== tabIndex) cluster.tabIndex = tabIndex;
  }
}

/**
 * Listens for keys on focused clusters inside `container`, before the element's own timeline keys
 * (capture): those would walk events or open one. `zoomTo` zooms in to a cluster's span.
 * Returns a function that removes the listener.
 */
export function listenForClusterKeys(container: HTMLElement, zoomTo: (span: { start: number; end: number }) => void): () => void {
  const onKeydown = (event: KeyboardEvent): void => {
    const cluster = (event.target as Element | null)?.closest?.<HTMLElement>(CLUSTER);
    if (!cluster || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      // The cluster goes away as the timeline zooms in: focus stays on the timeline.
      container.focus({ preventScroll: true });
      zoomTo(clusterSpan(cluster));
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const clusters = clustersIn(container);
      const next = clusters[clusters.indexOf(cluster) + (event.key === 'ArrowRight' ? 1 : -1)];
      // Past the first or last cluster the key is the timeline's again (it walks the events).
      if (!next) return;
      event.preventDefault();
      event.stopPropagation();
      cluster.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  };
  container.addEventListener('keydown', onKeydown, { capture: true });
  return () => container.removeEventListener('keydown', onKeydown, { capture: true });
}
