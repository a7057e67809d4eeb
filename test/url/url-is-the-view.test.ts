/**
 * The address bar holds what is shown: after every settled move (zoom, scrub, keys, a link) the
 * URL's `-view` is the window in view, read within one frame of the element's range-change event.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountTimeline, query, isPopoverOpen, windowSettled, DAY_MS } from '../support/timeline-fixture.js';
import { formatView, parseView } from '../../src/url/deep-link.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

const originalUrl = location.href;
const param = (name: string) => new URL(location.href).searchParams.get(name);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function openedWith(query: string): void {
  const url = new URL(originalUrl);
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}

/** Resolves at the next range-change whose window is the one that stays (the move has settled). */
async function settledMove(el: PurgeTimelineElement, move: () => unknown): Promise<void> {
  const changed = new Promise((resolve) => el.addEventListener('purge-timeline-range-change', resolve, { once: true }));
  await move();
  await changed;
  await windowSettled(el);
}

function shownDays(el: PurgeTimelineElement): string {
  const window = el.visibleWindow;
  if (!window) throw new Error('nothing drawn');
  return formatView(window);
}

describe('the URL is the view', () => {
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('a page nobody has moved keeps its address', async () => {
    const el = await mountTimeline();
    await windowSettled(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(location.href).to.equal(originalUrl);
    expect(el.selected).to.equal(undefined);
  });

  it('after a zoom with nothing selected, the URL holds the window in view within one frame', async () => {
    const el = await mountTimeline();
    await windowSettled(el);
    let urlAtEvent: string | null = null;
    el.addEventListener('purge-timeline-range-change', () => requestAnimationFrame(() => (urlAtEvent = param('purge-timeline-view'))));
    await settledMove(el, () => query<HTMLButtonElement>(el, 'button[data-action="zoom-in"]').click());
    await nextFrame();
    expect(el.selected).to.equal(undefined);
    expect(param('purge-timeline')).to.equal(null);
    expect(urlAtEvent, 'written within a frame of the range-change event').to.equal(shownDays(el));
    expect(param('purge-timeline-view')).to.equal(shownDays(el));
  });

  it('scrubbing the overview band by key writes the new window', async () => {
    const el = await mountTimeline();
    await settledMove(el, () => el.zoomIn());
    const slider = query(el, 'purge-timeline-overview').shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    const before = shownDays(el);
    slider.focus();
    await settledMove(el, () => sendKeys({ press: 'ArrowRight' }));
    await nextFrame();
    expect(shownDays(el)).not.to.equal(before);
    expect(param('purge-timeline-view')).to.equal(shownDays(el));
  });

  it('→ on the timeline: the URL names the event and the window it moved to', async () => {
    const el = await mountTimeline({ attributes: { start: '1938-06', end: '1938-08' } });
    query(el, '[part="timeline"]').focus();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => isPopoverOpen(el), 'a popover');
    await windowSettled(el);
    await waitUntil(() => param('purge-timeline') === el.selected && param('purge-timeline-view') === shownDays(el), `URL ${location.search} shows ${shownDays(el)}`);
  });

  it('opening a link shows what the URL says, and the URL says what is shown', async () => {
    openedWith('purge-timeline=munich-agreement');
    const el = await mountTimeline();
    await waitUntil(() => isPopoverOpen(el), 'the popover opens');
    const window = await windowSettled(el);
    const munich = Date.UTC(1938, 8, 29);
    expect(window.start.getTime()).to.be.below(munich);
    expect(window.end.getTime()).to.be.above(munich);
    expect(param('purge-timeline-view'), 'not one move behind').to.equal(shownDays(el));
  });

  it('a link with a view opens on exactly that view and leaves the URL as it was', async () => {
    openedWith('purge-timeline=munich-agreement&purge-timeline-view=1938-08-01/1938-11-30');
    const el = await mountTimeline();
    await waitUntil(() => isPopoverOpen(el), 'the popover opens');
    const window = await windowSettled(el);
    expect(window.start.toISOString()).to.equal('1938-08-01T00:00:00.000Z');
    expect(window.end.toISOString()).to.equal('1938-12-01T00:00:00.000Z');
    expect(param('purge-timeline-view')).to.equal('1938-08-01/1938-11-30');
  });

  it('a link whose view leaves out its event widens the view to include it', async () => {
    openedWith('purge-timeline=munich-agreement&purge-timeline-view=1937-03/1938-03');
    const el = await mountTimeline();
    await waitUntil(() => isPopoverOpen(el), 'the popover opens');
    const window = await windowSettled(el);
    const linked = parseView('1937-03/1938-03')!;
    expect(window.start.getTime(), 'the start the link gave').to.equal(linked.start.getTime());
    expect(window.end.getTime(), 'past the Munich Agreement').to.be.above(Date.UTC(1938, 8, 29) + 7 * DAY_MS);
    expect(param('purge-timeline-view')).to.equal(shownDays(el));
    expect(query(el, '#popover-title').textContent).to.equal('Munich Agreement');
  });
});
