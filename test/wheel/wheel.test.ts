/**
 * The wheel over the timeline (issue 12), with real wheel input (puppeteer's mouse.wheel through
 * the `wheel` server command): a plain wheel scrolls the page and leaves the window alone, and
 * shows the zoom hint; Ctrl + wheel zooms and leaves the page still; a horizontal swipe pans;
 * `wheel-zoom` makes a plain wheel zoom.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { query, windowSettled } from '../support/timeline-fixture.js';
import { wheelAction, zoomAround, panBy, inPixels } from '../../src/wheel/wheel-policy.js';

let page: HTMLElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
  window.scrollTo(0, 0);
  history.replaceState(null, '', location.pathname);
});

/** A page taller than the viewport with the element near its top, scrolled to 0. */
async function mountOnScrollingPage(attributes: Record<string, string> = {}): Promise<PurgeTimelineElement> {
  page = document.createElement('div');
  page.style.cssText = 'width: 900px; padding-block: 40px 3000px';
  const el = document.createElement('purge-timeline');
  el.setAttribute('no-url-sync', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.append(el);
  document.body.append(page);
  await el.timelineReady;
  window.scrollTo(0, 0);
  await windowSettled(el);
  return el;
}

function centreOf(el: PurgeTimelineElement): { x: number; y: number } {
  const rect = query(el, '.vis-center').getBoundingClientRect();
  return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + Math.min(rect.height / 2, 120)) };
}

const span = (window: { start: Date; end: Date }) => window.end.getTime() - window.start.getTime();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the wheel over <purge-timeline>', () => {
  it('scrolls the page with a plain wheel, leaves the window alone and shows how to zoom', async () => {
    const el = await mountOnScrollingPage();
    const before = el.visibleWindow!;
    await executeServerCommand('wheel', { ...centreOf(el), deltaY: 100, steps: 3 });
    await waitUntil(() => window.scrollY > 0, 'the page scrolled', { timeout: 3000 });
    await pause(300);
    const after = el.visibleWindow!;
    expect(after.start.getTime()).to.equal(before.start.getTime());
    expect(after.end.getTime()).to.equal(before.end.getTime());
    const hint = query(el, '.wheel-hint');
    expect(hint.hasAttribute('data-visible')).to.equal(true);
    expect(hint.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
  });

  it('zooms with Ctrl + wheel and leaves the page still', async () => {
    const el = await mountOnScrollingPage();
    const before = el.visibleWindow!;
    await sendKeys({ down: 'Control' });
    try {
      await executeServerCommand('wheel', { ...centreOf(el), deltaY: -100, steps: 2 });
    } finally {
      await sendKeys({ up: 'Control' });
    }
    await waitUntil(() => span(el.visibleWindow!) < span(before), 'the window narrowed', { timeout: 3000 });
    expect(window.scrollY).to.equal(0);
  });

  it('pans with a horizontal swipe', async () => {
    const el = await mountOnScrollingPage();
    el.zoomIn();
    const before = await windowSettled(el);
    await executeServerCommand('wheel', { ...centreOf(el), deltaX: 200, deltaY: 0 });
    await waitUntil(() => el.visibleWindow!.start.getTime() > before.start.getTime(), 'the window moved later', { timeout: 3000 });
    expect(span(el.visibleWindow!)).to.be.closeTo(span(before), 60_000);
    expect(window.scrollY).to.equal(0);
  });

  it('zooms with a plain wheel when the author sets wheel-zoom', async () => {
    const el = await mountOnScrollingPage({ 'wheel-zoom': '' });
    const before = el.visibleWindow!;
    await executeServerCommand('wheel', { ...centreOf(el), deltaY: -100, steps: 2 });
    await waitUntil(() => span(el.visibleWindow!) < span(before), 'the window narrowed', { timeout: 3000 });
    expect(window.scrollY).to.equal(0);
  });
});

describe('wheel policy', () => {
  const input = { deltaX: 0, deltaY: 100, deltaMode: 0, ctrlKey: false, metaKey: false };
  it('gives a plain vertical wheel to the page, unless plain-wheel zoom is on', () => {
    expect(wheelAction(input, false)).to.equal('page');
    expect(wheelAction(input, true)).to.equal('zoom');
  });
  it('zooms with Ctrl or ⌘ (and trackpad pinches, sent as Ctrl + wheel)', () => {
    expect(wheelAction({ ...input, ctrlKey: true }, false)).to.equal('zoom');
    expect(wheelAction({ ...input, metaKey: true }, false)).to.equal('zoom');
  });
  it('pans with a mostly horizontal swipe', () => {
    expect(wheelAction({ ...input, deltaX: 120, deltaY: 10 }, false)).to.equal('pan');
  });
  it('keeps the date under the pointer while zooming', () => {
    const window = { start: new Date(0), end: new Date(1000) };
    const zoomedIn = zoomAround(window, 0.25, -400);
    expect(zoomedIn.end.getTime() - zoomedIn.start.getTime()).to.equal(500);
    expect(zoomedIn.start.getTime() + 0.25 * 500).to.equal(250);
  });
  it('pans by the swipe’s share of the width, and reads line and page deltas as pixels', () => {
    const moved = panBy({ start: new Date(0), end: new Date(1000) }, 50, 100);
    expect(moved.start.getTime()).to.equal(500);
    expect(inPixels(3, 1)).to.equal(120);
    expect(inPixels(1, 2)).to.equal(800);
  });
});
