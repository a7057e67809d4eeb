import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountTimeline, query, itemTitles, isPopoverOpen, windowSettled, shadow, DAY_MS } from './support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../src/purge-timeline-element.js';

const originalUrl = location.href;
const param = (name: string) => new URL(location.href).searchParams.get(name);

/** Puts a deep link into the address bar as if the page had been opened with it. */
function openedWith(query: string): void {
  const url = new URL(originalUrl);
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('a page opened with a link selects the event, brings it into view and opens its popover', async () => {
    openedWith('purge-timeline=munich-agreement');
    const el = await mountTimeline();
    await waitUntil(() => isPopoverOpen(el), 'the popover opens by itself');
    expect(el.selected).to.equal('munich-agreement');
    expect(el.getAttribute('selected')).to.equal('munich-agreement');
    expect(query(el, '#popover-title').textContent).to.equal('Munich Agreement');
    const window = await windowSettled(el);
    const munich = Date.UTC(1938, 8, 29);
    expect(window.start.getTime()).to.be.below(munich);
    expect(window.end.getTime()).to.be.above(munich);
    expect(window.end.getTime() - window.start.getTime(), 'zoomed in to months, not years').to.be.below(200 * DAY_MS);
  });

  it('a link can name the window: March 1937 – March 1938', async () => {
    openedWith('purge-timeline-view=1937-03/1938-03');
    const el = await mountTimeline();
    await waitUntil(() => el.visibleWindow?.start.getTime() === Date.UTC(1937, 2, 1), 'the linked window');
    const window = await windowSettled(el);
    expect(window.end.toISOString()).to.equal('1938-04-01T00:00:00.000Z');
  });

  it('selecting an event writes it into the URL without adding history; closing clears it', async () => {
    const el = await mountTimeline();
    const historyLength = history.length;
    el.selected = 'munich-agreement';
    await waitUntil(() => param('purge-timeline') === 'munich-agreement', 'the URL names the event');
    expect(history.length).to.equal(historyLength);
    el.selected = undefined;
    await waitUntil(() => param('purge-timeline') === null, 'the URL is cleared');
    expect(history.length).to.equal(historyLength);
  });

  it('back and forward after an explicit navigation follow the URL', async () => {
    const el = await mountTimeline();
    const url = new URL(location.href);
    url.searchParams.set('purge-timeline', 'trotsky-murdered');
    history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => el.selected === 'trotsky-murdered', 'follows the pushed link');
    history.back();
    await waitUntil(() => el.selected === undefined, 'back to no selection');
    history.forward();
    await waitUntil(() => el.selected === 'trotsky-murdered', 'forward again');
  });

  it('an unknown id shows a short notice and the timeline still shows', async () => {
    openedWith('purge-timeline=no-such-event');
    const el = await mountTimeline();
    await waitUntil(() => shadow(el).querySelector('[part="notice"]'), 'a notice');
    expect(query(el, '[part="notice"]').textContent).to.contain('no-such-event');
    expect(itemTitles(el).length).to.be.greaterThan(10);
    expect(isPopoverOpen(el)).to.equal(false);
  });

  it('two instances with ids keep separate links and never fight over the URL', async () => {
    openedWith('first=munich-agreement&second=trotsky-murdered');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <purge-timeline id="first"></purge-timeline>
      <purge-timeline id="second"></purge-timeline>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('purge-timeline')] as PurgeTimelineElement[];
    await waitUntil(() => first!.selected === 'munich-agreement' && second!.selected === 'trotsky-murdered', 'each reads its own key', { timeout: 8000 });
    first!.selected = 'anschluss';
    await waitUntil(() => param('first') === 'anschluss', 'the first writes its key');
    expect(param('second')).to.equal('trotsky-murdered');
    expect(second!.selected).to.equal('trotsky-murdered');
  });

  it('no-url-sync leaves the URL alone', async () => {
    openedWith('purge-timeline=munich-agreement');
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    await el.timelineReady;
    expect(el.selected).to.equal(undefined);
    el.selected = 'anschluss';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(param('purge-timeline')).to.equal('munich-agreement');
  });

  it('fires purge-timeline-select with the event when one is opened', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    const details: (string | undefined)[] = [];
    el.addEventListener('purge-timeline-select', (event) => details.push(event.detail.event?.title));
    el.selectNext();
    await waitUntil(() => details.length === 1, 'one select event');
    expect(details[0]).to.be.a('string').and.not.be.empty;
  });
});
