/**
 * Issue 16, eras: the names of eras that overlap in time are readable as a reader sees them, in
 * the overview band and at the top of the timeline, at 1280×800 and at 360×740, with the shipped
 * chronology (three eras: the terror of 1937–38 and the run-up to the war from 1937, the easing
 * from late 1938). Readable: no name's text box meets another's, none lies under an item, and
 * each shows at least its first word uncut.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { shadow, query, windowSettled } from '../support/timeline-fixture.js';

async function pageWithTimeline(properties?: Partial<Pick<PurgeTimelineElement, 'start' | 'end' | 'layout'>>): Promise<PurgeTimelineElement> {
  const page = await fixture<HTMLElement>(html`<main><purge-timeline no-url-sync></purge-timeline></main>`);
  const el = page.querySelector('purge-timeline') as PurgeTimelineElement;
  if (properties) Object.assign(el, properties);
  await el.timelineReady;
  await windowSettled(el);
  return el;
}

interface Seen {
  readonly text: string;
  readonly box: DOMRect;
  readonly firstWord: DOMRect;
  /** Where the name's text may be seen: its box inside the clipping view, less padding and, when shortened, the ellipsis. */
  readonly readableRight: number;
  readonly readableLeft: number;
  readonly hidden: boolean;
}

/** A name as the reader sees it. */
function seen(name: HTMLElement, clip: DOMRect): Seen {
  const style = getComputedStyle(name);
  const box = name.getBoundingClientRect();
  const textNode = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!;
  const text = textNode.textContent!.trim();
  const offset = textNode.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(textNode, offset);
  range.setEnd(textNode, offset + text.split(/\s+/)[0]!.length);
  const shortened = name.scrollWidth > name.clientWidth + 1;
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const ellipsis = shortened ? context.measureText('…').width : 0;
  return {
    text,
    box,
    firstWord: range.getBoundingClientRect(),
    readableLeft: Math.max(box.left + parseFloat(style.paddingLeft), clip.left),
    readableRight: Math.min(box.right - parseFloat(style.paddingRight) - ellipsis, clip.right),
    hidden: style.visibility === 'hidden' || box.width < 1,
  };
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function expectReadable(names: readonly Seen[], where: string): void {
  expect(names.map((name) => name.text).sort(), `${where}: every era named`).to.deep.equal(['On the brink of war', 'The terror eased', 'The terror of 1937–38']);
  for (const name of names) {
    expect(name.hidden, `${where}: "${name.text}" shown`).to.equal(false);
    expect(name.firstWord.left, `${where}: "${name.text}" first word starts in view`).to.be.at.least(name.readableLeft - 0.5);
    expect(name.firstWord.right, `${where}: "${name.text}" first word uncut`).to.be.at.most(name.readableRight + 0.5);
  }
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) expect(intersects(a.box, b.box), `${where}: "${a.text}" and "${b.text}" apart`).to.equal(false);
  }
}

function overviewNames(el: PurgeTimelineElement): Seen[] {
  const overview = query(el, 'purge-timeline-overview').shadowRoot!;
  const band = overview.querySelector<HTMLElement>('[part="scrubber"]')!.getBoundingClientRect();
  return [...overview.querySelectorAll<HTMLElement>('.era-name')].map((name) => seen(name, band));
}

function timelineNames(el: PurgeTimelineElement): Seen[] {
  const view = query(el, '.vis-panel.vis-center').getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('.vis-background.era .era-label')].map((name) => seen(name, view));
}

/** No event's item lies over a name's first word. */
function expectNotUnderItems(el: PurgeTimelineElement, names: readonly Seen[]): void {
  const items = [...shadow(el).querySelectorAll<HTMLElement>('.vis-item.vis-range, .vis-item.vis-point, .vis-item.vis-box')].map((item) => ({
    title: item.querySelector('.item-title')?.textContent,
    box: item.getBoundingClientRect(),
  }));
  for (const name of names) {
    const over = items.filter((item) => intersects(item.box, name.firstWord));
    expect(over.map((item) => item.title), `items over "${name.text}"`).to.deep.equal([]);
  }
}

describe('era names that overlap in time stay readable', function () {
  this.timeout(60000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    it(`${width}×${height}: in the overview band, no name over another, each first word whole`, async () => {
      await setViewport({ width, height });
      const el = await pageWithTimeline();
      await waitUntil(() => overviewNames(el).every((name) => !name.hidden && name.box.width > 0), 'the overview placed its era names');
      expectReadable(overviewNames(el), 'overview');
    });

    it(`${width}×${height}: at the top of the timeline, no name over another or under an item, each first word whole`, async () => {
      await setViewport({ width, height });
      const el = await pageWithTimeline();
      await waitUntil(() => timelineNames(el).length === 3, 'three era names drawn');
      const names = timelineNames(el);
      expectReadable(names, 'timeline');
      expectNotUnderItems(el, names);
    });

    it(`${width}×${height}: with a lane per category, at the top of the first lane, readable and under no item`, async () => {
      await setViewport({ width, height });
      const el = await pageWithTimeline({ layout: 'lanes' });
      await waitUntil(() => shadow(el).querySelector('.vis-labelset .vis-label') && timelineNames(el).length === 3, 'lanes and three era names drawn');
      await windowSettled(el);
      const names = timelineNames(el);
      expectReadable(names, 'lanes');
      expectNotUnderItems(el, names);
    });

    it(`${width}×${height}: still readable zoomed in, with the eras starting out of view`, async () => {
      await setViewport({ width, height });
      const el = await pageWithTimeline({ start: '1937-07-01', end: '1939-06-30' });
      await waitUntil(() => timelineNames(el).length === 3, 'three era names drawn');
      // All three eras are in this view; two began before it: their names stay in view.
      const names = timelineNames(el);
      expectReadable(names, 'zoomed timeline');
      expectNotUnderItems(el, names);
    });
  }
});
