import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import shippedFile from '../events.json';
import { mountTimeline, shadow, query, isPopoverOpen, popover, focused, windowSettled, DAY_MS } from './support/timeline-fixture.js';
import { parseEvents } from '../src/data/parse-events.js';

const shipped = parseEvents(shippedFile).events;
const live = (el: Element) => shadow(el as never).querySelector('[data-live]')?.textContent ?? '';

describe('keyboard: walking the events', () => {
  it('→ opens the first event in view and ← / → walk the events in date order', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query(el, '[part="timeline"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.selected, 'something selected');
    const firstInView = shipped.find((event) => (event.end ?? event.date).end.getTime() > Date.UTC(1935, 0, 1))!;
    expect(el.selected).to.equal(firstInView.id);
    const index = shipped.findIndex((event) => event.id === el.selected);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.selected === shipped[index + 2]!.id, 'two steps forward in date order');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.selected === shipped[index + 1]!.id, 'one step back');
    expect(focused(el), 'focus stays on the timeline while walking').to.equal(query(el, '[part="timeline"]'));
    await waitUntil(() => isPopoverOpen(el), 'its popover shows');
  });

  it('moves the view with the selection', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '', start: '1935-01-01', end: '1935-06-01' } });
    el.selected = 'munich-agreement';
    await el.updateComplete;
    query<HTMLButtonElement>(el, '[data-action="next"]').click();
    const next = shipped[shipped.findIndex((event) => event.id === 'munich-agreement') + 1]!;
    await waitUntil(() => el.selected === next.id, 'the next event');
    const window = await windowSettled(el);
    expect(next.date.start.getTime()).to.be.within(window.start.getTime(), window.end.getTime());
  });

  it('the previous and next buttons walk too', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    el.selected = 'anschluss';
    await el.updateComplete;
    const at = shipped.findIndex((event) => event.id === 'anschluss');
    query<HTMLButtonElement>(el, '[data-action="previous"]').click();
    await waitUntil(() => el.selected === shipped[at - 1]!.id, 'previous');
    query<HTMLButtonElement>(el, '[data-action="next"]').click();
    query<HTMLButtonElement>(el, '[data-action="next"]').click();
    await waitUntil(() => el.selected === shipped[at + 1]!.id, 'next twice');
  });

  it('Enter moves focus into the popover and Escape brings it back to the timeline', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query(el, '[part="timeline"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === popover(el), 'focus in the popover');
    await sendKeys({ press: 'Tab' });
    expect(popover(el).contains(focused(el))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isPopoverOpen(el), 'closed');
    expect(focused(el)).to.equal(query(el, '[part="timeline"]'));
  });

  it('announces the selection and, after zooming, what is in view', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    el.selected = 'munich-agreement';
    await waitUntil(() => live(el) === 'Munich Agreement, 29 September 1938.', `announced the selection, got "${live(el)}"`);
    el.selected = undefined;
    el.zoomIn();
    const window = await windowSettled(el);
    const inView = shipped.filter((event) => event.date.start < window.end && (event.end ?? event.date).end > window.start).length;
    await waitUntil(() => /: \d+ events?$/.test(live(el)), `a window sentence, got "${live(el)}"`, { timeout: 3000 });
    expect(live(el)).to.match(/^[A-Z][a-z]+ 19\d\d – [A-Z][a-z]+ 19\d\d: \d+ events?$/);
    expect(live(el)).to.match(new RegExp(`: ${inView} events?$`));
  });

  it('with reduced motion the view jumps instead of animating', async () => {
    // Firefox cannot emulate the media feature from the test runner, so the preference is
    // answered here the way the browser would answer it.
    const realMatchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion') ? ({ matches: true, media: query } as MediaQueryList) : realMatchMedia.call(window, query);
    try {
      const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
      el.zoomIn();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const afterOneFrame = el.visibleWindow!;
      const settled = await windowSettled(el);
      expect(afterOneFrame.start.getTime()).to.equal(settled.start.getTime());
      expect(afterOneFrame.end.getTime()).to.equal(settled.end.getTime());
    } finally {
      window.matchMedia = realMatchMedia;
    }
  });

  it('without reduced motion the zoom animates', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    el.zoomIn();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const afterOneFrame = el.visibleWindow!;
    const settled = await windowSettled(el);
    expect(afterOneFrame.end.getTime() - afterOneFrame.start.getTime()).to.be.above(settled.end.getTime() - settled.start.getTime());
  });
});

describe('list view', () => {
  it('lists every event in date order with its date and footnotes', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    expect(query(el, '[data-action="list"]').getAttribute('aria-pressed')).to.equal('true');
    expect(query(el, '[part="timeline"]').hidden).to.equal(true);
    const entries = [...shadow(el).querySelectorAll('.list-event')];
    expect(entries.map((entry) => entry.getAttribute('data-event-id'))).to.deep.equal(shipped.map((event) => event.id));
    const munich = entries.find((entry) => entry.getAttribute('data-event-id') === 'munich-agreement')!;
    expect(munich.querySelector('.event-date')!.textContent).to.contain('29 September 1938');
    expect(munich.textContent).to.contain('Footnote 219');
  });

  it('keeps in step with the selection', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    el.selected = 'trotsky-murdered';
    await el.updateComplete;
    expect(query(el, '.list-event[aria-current="true"]').getAttribute('data-event-id')).to.equal('trotsky-murdered');
    query<HTMLButtonElement>(el, '.list-event[data-event-id="anschluss"] .list-title button').click();
    await el.updateComplete;
    expect(el.selected).to.equal('anschluss');
    expect(query(el, '.list-event[aria-current="true"]').getAttribute('data-event-id')).to.equal('anschluss');
  });

  it('passes axe in the loaded state and in the list view', async function () {
    // Two full axe runs over the whole chronology: about 7 s on a loaded 2-core machine.
    this.timeout(20_000);
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    await expect(el).to.be.accessible();
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('overview band', () => {
  it('follows the timeline and moves it', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    const slider = () => shadow(el).querySelector('purge-timeline-overview')!.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    el.zoomIn();
    await windowSettled(el);
    await waitUntil(() => slider().getAttribute('aria-valuetext') !== 'January 1935 to December 1941', 'the band follows the zoom');
    const ranges: boolean[] = [];
    el.addEventListener('purge-timeline-range-change', (event) => ranges.push(event.detail.byUser));
    const before = el.visibleWindow!.start.getTime();
    slider().focus();
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => el.visibleWindow!.start.getTime() > before + 300 * DAY_MS, 'the timeline moved a year');
    await waitUntil(() => ranges.includes(true), 'a range-change event by the user');
  });
});
