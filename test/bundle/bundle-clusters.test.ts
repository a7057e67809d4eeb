// The bundle's vis-timeline is edited at build time (scripts/rollup-plugin-slim-vis-timeline.mjs):
// among other edits, each lane keeps its lists of items outside clusters, and of clusters, until
// it is ordered or clustered again, and looks for visible items only among those outside clusters.
// Through zooms in (clustered again once the view is still) and out, every event in the middle of
// the view must be drawn on its own or inside a drawn cluster whose span holds it.
import { expect } from '@open-wc/testing';
import { openBundlePage } from '../support/bundle-page.js';
import { settledWindow } from '../support/settled-window.js';

type Element = HTMLElement & {
  events: unknown;
  timelineReady: Promise<void>;
  visibleWindow?: { start: Date; end: Date };
  zoomIn(): void;
  zoomOut(): void;
};

const DAY = 86_400_000;
const COUNT = 900;
const FIRST = Date.UTC(1935, 0, 1);
const STEP = Math.floor((Date.UTC(1941, 11, 31) - FIRST) / COUNT);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `COUNT` events evenly over 1935–1941, every third one a range of a few weeks. */
const events = Array.from({ length: COUNT }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  date: iso(FIRST + i * STEP),
  ...(i % 3 === 0 && { end: iso(FIRST + i * STEP + (7 + (i % 40)) * DAY) }),
  summary: `Summary ${i}.`,
  category: 'army',
  footnotes: [203],
}));
const file = {
  categories: [{ id: 'army', label: 'Army' }],
  footnotes: [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book', pages: 'p. 1' }] }],
  events,
};
const spanOf = (event: (typeof events)[number]) => ({ start: Date.parse(event.date), end: Date.parse(event.end ?? event.date) + DAY });

async function openClusteredPage(): Promise<Element> {
  const frame = await openBundlePage('/test/bundle/plain-page.html');
  const el = frame.contentDocument!.querySelector('purge-timeline') as Element;
  el.setAttribute('no-url-sync', '');
  el.events = file;
  await el.timelineReady;
  return el;
}

/** Waits for the view to stop and for the clusters made for it (a zoom in keeps the old ones until the view is still: SETTLE_MS). */
async function settle(el: Element): Promise<void> {
  await settledWindow(el);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await el.timelineReady;
}

/** Events in the middle half of the view drawn neither on their own nor inside a drawn cluster. */
function missing(el: Element): { missing: string[]; singles: number; clusters: number } {
  const root = el.shadowRoot!;
  const { start, end } = el.visibleWindow!;
  const quarter = (end.getTime() - start.getTime()) / 4;
  const inner = { start: start.getTime() + quarter, end: end.getTime() - quarter };
  const singles = new Set([...root.querySelectorAll<HTMLElement>('.vis-item:not(.vis-cluster) [data-event-id]')].map((item) => item.dataset['eventId']));
  const clusters = [...root.querySelectorAll<HTMLElement>('.vis-cluster [data-cluster-start]')].map((content) => ({
    start: Number(content.dataset['clusterStart']),
    end: Number(content.dataset['clusterEnd']),
  }));
  const shown = events.filter((event) => {
    const span = spanOf(event);
    return span.start < inner.end && span.end > inner.start;
  });
  return {
    missing: shown
      .filter((event) => {
        const span = spanOf(event);
        return !singles.has(event.id) && !clusters.some((cluster) => cluster.start < span.end && cluster.end >= span.start);
      })
      .map((event) => `${event.id} (${event.date})`),
    singles: singles.size,
    clusters: clusters.length,
  };
}

describe('clusters in the bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('through zooms in and out, every event in view is drawn on its own or in a cluster', async function () {
    this.timeout(60000);
    const el = await openClusteredPage();
    let singles = 0;
    let clusters = 0;
    const zoomIn = () => el.zoomIn();
    const zoomOut = () => el.zoomOut();
    const steps = [() => {}, zoomIn, zoomIn, zoomIn, zoomIn, zoomIn, zoomIn, zoomIn, zoomOut, zoomOut, zoomOut, zoomIn];
    for (const [index, step] of steps.entries()) {
      step();
      await settle(el);
      const found = missing(el);
      const { start, end } = el.visibleWindow!;
      expect(found.missing, `step ${index}, ${iso(start.getTime())}–${iso(end.getTime())}: events in view drawn nowhere`).to.deep.equal([]);
      singles += found.singles;
      clusters += found.clusters;
    }
    expect(clusters, 'clusters drawn over the steps').to.be.above(10);
    expect(singles, 'events drawn on their own over the steps').to.be.above(10);
  });
});
