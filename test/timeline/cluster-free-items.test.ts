/**
 * src/timeline/cluster-free-items.ts: a clustering timeline whose lanes look for visible events
 * only among those outside clusters draws exactly what vis-timeline draws without it, through
 * zooms in and out (which cluster again) and pans, in lanes and in one band.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import { searchOutsideClustersOnly } from '../../src/timeline/cluster-free-items.js';
import { visTimelineStyles } from '../../src/timeline/vis-timeline.styles.js';

// vis-timeline's own stylesheet (with the element's), which lays out what it draws.
before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, visTimelineStyles.styleSheet!]));
after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== visTimelineStyles.styleSheet)));

const DAY = 86_400_000;
const FROM = Date.UTC(1935, 0, 1);
const TO = Date.UTC(1942, 0, 1);

/** 1,500 events over 1935–1941 in three lanes, a third of them with an end (fixed pseudo-random). */
function makeItems() {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: 1500 }, (_, i) => {
    const start = FROM + Math.floor(random() * (TO - FROM - 90 * DAY));
    const ranged = i % 3 === 0;
    return {
      id: `e${i}`,
      content: `event ${i}`,
      group: `lane${i % 3}`,
      start: new Date(start),
      ...(ranged && { end: new Date(start + (1 + Math.floor(random() * 60)) * DAY) }),
    };
  });
}

/** What a reader sees of the items: each drawn item and cluster, in DOM order, with its text and place. */
function drawn(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLElement>('.vis-item')].map(
    (item) => `${item.classList.contains('vis-cluster') ? 'cluster' : 'item'} ${item.textContent?.trim()} @${item.style.left}|${item.style.top}|${item.style.transform}`,
  );
}

/**
 * Draws `timeline` now, three times over (vis-timeline draws again when a drawing changed the
 * lanes' sizes): its own drawing is throttled to the next frame, which two timelines need not share.
 */
function drawNow(timeline: Timeline): void {
  for (let i = 0; i < 3; i++) (timeline as unknown as { _origRedraw(): void })._origRedraw();
}

async function twoTimelines(lanes: boolean) {
  const box = await fixture<HTMLDivElement>(html`<div>
    <div style="width: 900px; height: 360px"></div>
    <div style="width: 900px; height: 360px"></div>
  </div>`);
  const [plainBox, patchedBox] = [...box.children] as HTMLElement[];
  const options: TimelineOptions = {
    height: '100%',
    stack: true,
    cluster: { maxItems: 3, showStipes: false, fitOnDoubleClick: false, titleTemplate: '' },
    min: new Date(FROM),
    max: new Date(TO),
    start: new Date(FROM),
    end: new Date(TO),
  };
  const groups = new DataSet([0, 1, 2].map((lane) => ({ id: `lane${lane}`, content: `Lane ${lane}` })));
  const make = (container: HTMLElement) =>
    lanes ? new Timeline(container, new DataSet(makeItems()), groups, options) : new Timeline(container, new DataSet(makeItems().map(({ group: _, ...item }) => item)), options);
  const plain = make(plainBox!);
  const patched = make(patchedBox!);
  searchOutsideClustersOnly(patched);
  return { plain, patched, plainBox: plainBox!, patchedBox: patchedBox! };
}

const windows: readonly [number, number][] = [
  [FROM, TO],
  [Date.UTC(1937, 0, 1), Date.UTC(1940, 0, 1)],
  [Date.UTC(1938, 0, 1), Date.UTC(1939, 0, 1)],
  [Date.UTC(1938, 5, 1), Date.UTC(1938, 8, 1)],
  [Date.UTC(1938, 6, 1), Date.UTC(1938, 9, 1)],
  [Date.UTC(1938, 6, 10), Date.UTC(1938, 6, 24)],
  [Date.UTC(1937, 0, 1), Date.UTC(1941, 0, 1)],
  [FROM, TO],
];

for (const lanes of [true, false]) {
  describe(`searchOutsideClustersOnly, ${lanes ? 'in lanes' : 'in one band'}`, () => {
    it('draws the same items and clusters in the same places as vis-timeline alone, through zooms and pans', async function () {
      this.timeout(20000);
      const { plain, patched, plainBox, patchedBox } = await twoTimelines(lanes);
      let clustersSeen = 0;
      let itemsSeen = 0;
      for (const [start, end] of windows) {
        plain.setWindow(new Date(start), new Date(end), { animation: false });
        patched.setWindow(new Date(start), new Date(end), { animation: false });
        drawNow(plain);
        drawNow(patched);
        const shown = drawn(plainBox);
        expect(drawn(patchedBox), `what is drawn at ${new Date(start).toISOString().slice(0, 10)}–${new Date(end).toISOString().slice(0, 10)}`).to.deep.equal(shown);
        clustersSeen += shown.filter((each) => each.startsWith('cluster')).length;
        itemsSeen += shown.filter((each) => each.startsWith('item')).length;
      }
      // Both kinds were drawn: the comparison covered clusters and single events.
      expect(clustersSeen, 'clusters drawn over the walk').to.be.above(20);
      expect(itemsSeen, 'single events drawn over the walk').to.be.above(20);
      plain.destroy();
      patched.destroy();
    });
  });
}
