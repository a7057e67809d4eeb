// Clusters from the keyboard (issue 15): Tab from the timeline reaches a cluster, announced as
// "14 events, March–April 1937" in the element's language; ← / → move between clusters in time;
// Enter zooms in to its events as a click does, and opens nothing.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CLUSTER_FROM } from '../../src/timeline/vis-timeline-controller.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { mountTimeline, shadow, query, focused, windowSettled } from '../support/timeline-fixture.js';

const COUNT = CLUSTER_FROM + 100;

/** `COUNT` one-day events, evenly over 1935–1941. */
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

/** The clusters' content elements (what takes focus), earliest first. */
function clusters(el: PurgeTimelineElement): HTMLElement[] {
  const found = [...shadow(el).querySelectorAll<HTMLElement>('.vis-cluster .vis-item-content')];
  return found.sort((a, b) => Number(a.dataset['clusterStart']) - Number(b.dataset['clusterStart']));
}

/** What the cluster shows: its title and span. */
function shown(cluster: HTMLElement): { title: string; span: string } {
  return { title: cluster.querySelector('.item-title')!.textContent!.trim(), span: cluster.querySelector('.item-date')!.textContent!.trim() };
}

async function tabToFirstCluster(el: PurgeTimelineElement): Promise<HTMLElement> {
  query(el, '.timeline').focus();
  await sendKeys({ press: 'Tab' });
  const cluster = focused(el) as HTMLElement | null;
  expect(cluster?.closest('.vis-cluster') ?? null, 'Tab from the timeline lands on a cluster').to.not.equal(null);
  return cluster!;
}

const span = (window: { start: Date; end: Date }) => window.end.getTime() - window.start.getTime();

describe('clusters from the keyboard', () => {
  it('Tab from the timeline reaches the earliest cluster, a button named by its count and span; only one cluster is a Tab stop', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    await windowSettled(el);
    const all = clusters(el);
    expect(all.length, 'clusters at full view').to.be.greaterThan(1);
    expect(all.filter((cluster) => cluster.tabIndex === 0).length, 'one Tab stop among the clusters').to.equal(1);
    const cluster = await tabToFirstCluster(el);
    expect(cluster).to.equal(all[0]);
    const { title, span: when } = shown(cluster);
    expect(title).to.match(/^\d+ events$/);
    expect(when).to.match(/19(3[5-9]|4[01])/);
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.equal(`${title}, ${when}`);
  });

  it('→ and ← move between clusters in time, not through the events', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    await windowSettled(el);
    const first = await tabToFirstCluster(el);
    await sendKeys({ press: 'ArrowRight' });
    const second = focused(el) as HTMLElement;
    expect(second, 'another cluster').to.not.equal(first);
    expect(second.closest('.vis-cluster')).to.not.equal(null);
    expect(Number(second.dataset['clusterStart'])).to.be.at.least(Number(first.dataset['clusterStart']));
    expect(second.tabIndex, 'the Tab stop follows the focus').to.equal(0);
    expect(first.tabIndex).to.equal(-1);
    expect(el.selected ?? '', 'no event opened').to.equal('');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(first);
  });

  it('Enter on a focused cluster zooms in to its events, as a click does, and opens nothing', async function () {
    this.timeout(20000);
    const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '' }, width: 1000 });
    const before = await windowSettled(el);
    const cluster = await tabToFirstCluster(el);
    const start = Number(cluster.dataset['clusterStart']);
    const end = Number(cluster.dataset['clusterEnd']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.visibleWindow && span(el.visibleWindow) < span(before) / 2, 'the window narrows');
    const after = await windowSettled(el);
    expect(after.start.getTime(), "the cluster's first event is in view").to.be.at.most(start);
    expect(after.end.getTime(), "the cluster's last event is in view").to.be.at.least(end);
    expect(el.selected ?? '', 'a cluster is not an event: nothing is opened').to.equal('');
    expect(focused(el), 'focus stays on the timeline').to.equal(query(el, '.timeline'));
  });

  for (const [locale, word] of [
    ['ru', /^\d+ событ/],
    ['cs', /^\d+ událost/],
    ['de', /^\d+ Ereignisse$/],
  ] as const) {
    it(`locale="${locale}": a cluster is announced in that language`, async function () {
      this.timeout(20000);
      const el = await mountTimeline({ events: manyEvents(), attributes: { 'no-url-sync': '', locale }, width: 1000 });
      await waitUntil(() => clusters(el).length > 0 && word.test(shown(clusters(el)[0]!).title), `cluster titles in ${locale}`, { timeout: 10000 });
      // As in the first test: Tab once the view rests, not while vis-timeline still redraws the clusters.
      await windowSettled(el);
      const cluster = await tabToFirstCluster(el);
      const { title, span: when } = shown(cluster);
      expect(title).to.match(word);
      expect(when).to.match(/19(3[5-9]|4[01])/);
      expect(cluster.getAttribute('aria-label')).to.equal(`${title}, ${when}`);
    });
  }
});
