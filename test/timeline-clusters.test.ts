// A large file: from CLUSTER_FROM events on, events too close together at the current zoom are
// drawn as one cluster that says how many it holds and when; a click zooms in to them. Smaller
// files (the chapter's 59 events) never cluster.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { CLUSTER_FROM } from '../src/timeline/vis-timeline-controller.js';
import { SETTLE_MS } from '../src/timeline/cluster-hold.js';
import { mountTimeline, shadow, centreOf, windowSettled, itemTitles } from './support/timeline-fixture.js';

const DAY_MS = 86_400_000;
const COUNT = CLUSTER_FROM + 100;

/** `COUNT` one-day events, evenly over 1935–1941, each dated to its day. */
function manyEvents() {
  const first = Date.UTC(1935, 0, 1);
  const step = Math.floor((Date.UTC(1941, 11, 31) - first) / COUNT);
  return {
    categories: [{ id: 'army', label: 'Army' }],
    footnotes: [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book', pages: 'p. 1' }] }],
    events: Array.from({ length: COUNT }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date: new Date(first + i * step).toISOString().slice(0, 10),
      summary: `Summary ${i}.`,
      category: 'army',
      footnotes: [203],
    })),
  };
}

function clusters(el: HTMLElement) {
  return [...shadow(el as never).querySelectorAll<HTMLElement>('.vis-cluster')].map((box) => ({
    box,
    title: box.querySelector('.item-title')?.textContent ?? '',
    span: box.querySelector('.item-date')?.textContent ?? '',
  }));
}

describe('clusters on a dense timeline', () => {
  it(`${COUNT} events: clusters say how many events they hold and when, and together hold every event`, async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    const found = clusters(el);
    expect(found.length, 'clusters at full view').to.be.greaterThan(0);
    let inClusters = 0;
    for (const { title, span } of found) {
      const match = /^(\d+) events$/.exec(title);
      expect(match, `a cluster's title: "${title}"`).to.not.equal(null);
      inClusters += Number(match![1]);
      expect(span, `a cluster's span: "${span}"`).to.match(/19(3[5-9]|4[01])/);
    }
    expect(inClusters + itemTitles(el).filter((title) => title.startsWith('Event ')).length, 'every event is in a cluster or drawn').to.equal(COUNT);
    expect(shadow(el).querySelector('.status')!.textContent!.trim()).to.equal(`${COUNT} events.`);
  });

  it('clicking a cluster zooms in to its events', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    const before = await windowSettled(el);
    const [cluster] = clusters(el);
    await sendMouse({ type: 'click', position: centreOf(cluster!.box.querySelector('.item-title')!) });
    await waitUntil(() => {
      const window = el.visibleWindow;
      return window && window.end.getTime() - window.start.getTime() < (before.end.getTime() - before.start.getTime()) / 2;
    }, 'the window narrows');
    const after = await windowSettled(el);
    expect(after.end.getTime() - after.start.getTime(), 'zoomed in').to.be.below((before.end.getTime() - before.start.getTime()) / 2);
    expect(el.selected ?? '', 'a cluster is not an event: nothing is opened').to.equal('');
    await el.timelineReady;
    expect(after.end.getTime() - after.start.getTime()).to.be.above(DAY_MS);
  });

  it('new data with many events keeps the view, reports no move and stays clustered', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    el.zoomIn();
    const zoomed = await windowSettled(el);
    const moves: unknown[] = [];
    el.addEventListener('purge-timeline-range-change', (event) => moves.push((event as CustomEvent).detail));
    const next = manyEvents();
    next.events = next.events.map((event) => ({ ...event, id: `${event.id}-b`, title: `${event.title} (b)` }));
    el.events = next;
    await el.timelineReady;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const after = await windowSettled(el);
    expect(after.start.getTime(), 'same start').to.equal(zoomed.start.getTime());
    expect(after.end.getTime(), 'same end').to.equal(zoomed.end.getTime());
    expect(moves, 'no range change reported').to.deep.equal([]);
    expect(clusters(el).length, 'still clustered').to.be.greaterThan(0);
    expect(itemTitles(el).every((title) => !title.startsWith('Event ') || title.endsWith('(b)')), 'only the new events').to.equal(true);
  });

  it('a zoom in keeps the clusters it starts with until the view is still, then clusters the new view', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    const before = await windowSettled(el);
    const original = new Set(clusters(el).map(({ box }) => box));
    expect(original.size, 'clustered at the start').to.be.greaterThan(0);
    // Every frame from the first zoom step until the clusters change: the window's width and the clusters drawn.
    const frames: { at: number; width: number; boxes: HTMLElement[] }[] = [];
    const reclustered = (boxes: HTMLElement[]) => boxes.length === 0 || boxes.some((box) => !original.has(box));
    const watched = new Promise<void>((resolve) => {
      const watch = (at: number) => {
        const window = el.visibleWindow;
        if (!el.isConnected || !window) return resolve();
        const boxes = clusters(el).map(({ box }) => box);
        frames.push({ at, width: window.end.getTime() - window.start.getTime(), boxes });
        if (frames.length > 1 && reclustered(boxes)) resolve();
        else if (frames.length < 600) requestAnimationFrame(watch);
        else resolve();
      };
      requestAnimationFrame(watch);
    });
    // Ctrl + wheel, 8 notches in one go: the view narrows past at least one of vis-timeline's levels (2×).
    const [x, y] = centreOf(shadow(el).querySelector('.vis-center')!);
    await sendKeys({ down: 'Control' });
    try {
      await executeServerCommand('wheel', { x, y, deltaY: -100, steps: 8 });
    } finally {
      await sendKeys({ up: 'Control' });
    }
    await watched;
    const last = frames.at(-1)!;
    expect(reclustered(last.boxes), 'clustered again for the narrower view').to.equal(true);
    expect(last.width, 'zoomed in').to.be.below((before.end.getTime() - before.start.getTime()) / 2);
    const held = frames.slice(0, -1);
    expect(held.some(({ width }) => width < before.end.getTime() - before.start.getTime()), 'frames drawn while zooming').to.equal(true);
    for (const { boxes } of held) expect(boxes.every((box) => original.has(box)), 'while zooming, only the clusters it started with').to.equal(true);
    // The view stopped narrowing at least SETTLE_MS before the new clusters (less a frame of timer slack).
    const lastMove = [...held].reverse().find(({ width }, i, reversed) => i < reversed.length - 1 && width !== reversed[i + 1]!.width) ?? held[0]!;
    expect(last.at - lastMove.at, 'clustered again only once the view was still').to.be.at.least(SETTLE_MS - 20);
  });

  it(`the chapter's 59 events never cluster`, async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' }, width: 1000 });
    expect(clusters(el)).to.have.length(0);
    // Every event in the first view (1935–1941: all but the three earlier ones) drawn one by one.
    expect(itemTitles(el)).to.have.length(56);
  });
});
