import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  OVERVIEW_TAG,
  defineOverview,
  type OverviewWindowChangeDetail,
  type PurgeTimelineOverviewElement,
} from '../../src/overview/purge-timeline-overview.js';

defineOverview();

const DAY_MS = 24 * 60 * 60 * 1000;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const MIN = d('1935-01-01');
const MAX = d('1942-01-01');
const SPAN = MAX.getTime() - MIN.getTime();

interface Point {
  x: number;
  y: number;
}

async function mount(start = '1937-03-01', end = '1938-03-16', extra: Partial<PurgeTimelineOverviewElement> = {}): Promise<PurgeTimelineOverviewElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 716px"></div>`);
  const el = document.createElement(OVERVIEW_TAG);
  Object.assign(el, { min: MIN, max: MAX, start: d(start), end: d(end) }, extra);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

function part(el: PurgeTimelineOverviewElement, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No "${selector}" in <${OVERVIEW_TAG}>'s shadow root`);
  return found;
}

const slider = (el: PurgeTimelineOverviewElement) => part(el, '[role="slider"]');
const valueText = (el: PurgeTimelineOverviewElement) => slider(el).getAttribute('aria-valuetext');

/** Every `overview-window-change` the element fires from now on, as ISO days. */
function record(el: PurgeTimelineOverviewElement) {
  const events: { start: Date; end: Date; final: boolean; day: [string, string] }[] = [];
  el.addEventListener('overview-window-change', (event) => {
    const { start, end, final } = (event as CustomEvent<OverviewWindowChangeDetail>).detail;
    expect(event.bubbles && !event.composed, 'bubbles, not composed').to.equal(true);
    events.push({ start, end, final, day: [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)] });
  });
  return events;
}

/** Viewport point of an instant on the band, halfway down. */
function pointAt(el: PurgeTimelineOverviewElement, time: Date | number): Point {
  const band = part(el, '[part="scrubber"]');
  const rect = band.getBoundingClientRect();
  const fraction = (Number(time) - MIN.getTime()) / SPAN;
  return { x: rect.left + band.clientLeft + fraction * band.clientWidth, y: rect.top + rect.height / 2 };
}

/** Milliseconds per pixel of the band. */
function msPerPixel(el: PurgeTimelineOverviewElement): number {
  return SPAN / part(el, '[part="scrubber"]').clientWidth;
}

async function drag(from: Point, to: Point, steps = 8): Promise<void> {
  await executeServerCommand('drag', { from, to, steps });
}

describe('<purge-timeline-overview>', () => {
  // A failed drag must not leave the button down for the next test.
  afterEach(() => resetMouse());

  it('labels the years 1935–1941 by their UTC 1 January, with a tick between each', async () => {
    const el = await mount();
    const years = [...el.shadowRoot!.querySelectorAll('.year')].map((node) => node.textContent);
    expect(years).to.deep.equal(['1935', '1936', '1937', '1938', '1939', '1940', '1941']);
    expect(el.shadowRoot!.querySelectorAll('.tick')).to.have.length(6);
  });

  it('draws taller density bars where more events fall', async () => {
    const marks = [
      { start: d('1937-03-05'), end: d('1937-03-06') },
      { start: d('1937-03-10'), end: d('1937-03-10') },
      { start: d('1937-03-20'), end: d('1937-04-15') },
    ];
    const el = await mount(undefined, undefined, { marks });
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar')];
    expect(bars.map((bar) => bar.dataset['count'])).to.deep.equal(['3', '1']);
    const [march, april] = bars.map((bar) => bar.getBoundingClientRect());
    expect(march!.height).to.be.greaterThan(april!.height);
    expect(march!.left).to.be.closeTo(pointAt(el, d('1937-03-01')).x, 1);
  });

  it('is a slider named "Time window" whose value is the window, in months since min', async () => {
    const el = await mount();
    const s = slider(el);
    expect(s.getAttribute('tabindex')).to.equal('0');
    expect(s.getAttribute('aria-label')).to.equal('Time window');
    expect(s.getAttribute('aria-valuemin')).to.equal('0');
    expect(s.getAttribute('aria-valuemax')).to.equal('71'); // the latest start: December 1940
    expect(s.getAttribute('aria-valuenow')).to.equal('26');
    expect(valueText(el)).to.equal('March 1937 to March 1938');
    expect(s.getAttribute('part')).to.equal('window');
    expect(s.querySelectorAll('[part="handle"]')).to.have.length(2);
  });

  it('draws the window where start and end fall on the band', async () => {
    const el = await mount();
    const rect = slider(el).getBoundingClientRect();
    expect(rect.left).to.be.closeTo(pointAt(el, d('1937-03-01')).x, 1);
    expect(rect.right).to.be.closeTo(pointAt(el, d('1938-03-16')).x, 1);
  });

  const keys: [string, string, string, string][] = [
    ['ArrowRight', 'April 1937 to April 1938', '1937-04-01', '1938-04-16'],
    ['ArrowUp', 'April 1937 to April 1938', '1937-04-01', '1938-04-16'],
    ['ArrowLeft', 'February 1937 to February 1938', '1937-02-01', '1938-02-16'],
    ['ArrowDown', 'February 1937 to February 1938', '1937-02-01', '1938-02-16'],
    ['PageUp', 'March 1938 to March 1939', '1938-03-01', '1939-03-16'],
    ['PageDown', 'March 1936 to March 1937', '1936-03-01', '1937-03-16'],
    ['Home', 'January 1935 to January 1936', '1935-01-01', '1936-01-16'],
    ['End', 'December 1940 to December 1941', '1940-12-17', '1942-01-01'],
  ];
  for (const [key, text, start, end] of keys) {
    it(`${key} moves "March 1937 to March 1938" to "${text}" and says so once, final`, async () => {
      const el = await mount();
      const events = record(el);
      slider(el).focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(valueText(el)).to.equal(text);
      expect(events.map((event) => [...event.day, event.final])).to.deep.equal([[start, end, true]]);
    });
  }

  it('reports Home and End as the slider minimum and maximum', async () => {
    const el = await mount();
    slider(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuenow')).to.equal('0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuenow')).to.equal(slider(el).getAttribute('aria-valuemax'));
  });

  it('stops at max and at min, keeping the length, and reports no move that did not happen', async () => {
    const el = await mount('1941-01-01', '1941-12-01');
    const events = record(el);
    slider(el).focus();
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(events.map((event) => event.day)).to.deep.equal([['1941-02-01', '1942-01-01']]);
    expect(valueText(el)).to.equal('February 1941 to December 1941');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'PageDown' });
    expect(events.map((event) => event.day)).to.deep.equal([
      ['1941-02-01', '1942-01-01'],
      ['1935-01-01', '1935-12-01'],
    ]);
  });

  it('fires nothing when start and end are set from outside, and shows them', async () => {
    const el = await mount();
    const events = record(el);
    el.start = d('1939-09-01');
    el.end = d('1940-07-01');
    await el.updateComplete;
    await nextFrame();
    expect(valueText(el)).to.equal('September 1939 to June 1940');
    expect(events).to.have.length(0);
  });

  it('takes the parent’s window over its own after a key press', async () => {
    const el = await mount();
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(valueText(el)).to.equal('April 1937 to April 1938');
    el.start = d('1936-01-01');
    el.end = d('1936-07-01');
    await el.updateComplete;
    expect(valueText(el)).to.equal('January 1936 to June 1936');
  });

  it('uses label and valueText when given', async () => {
    const el = await mount(undefined, undefined, {
      label: 'Okno vremeni',
      valueText: (start, end) => `${start.toISOString().slice(0, 7)}/${end.toISOString().slice(0, 7)}`,
    });
    expect(slider(el).getAttribute('aria-label')).to.equal('Okno vremeni');
    expect(valueText(el)).to.equal('1937-03/1938-03');
  });

  it('moves the window by the fraction of the band it is dragged, keeping its length', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const from = pointAt(el, d('1937-07-01'));
    const dx = 140;
    await drag(from, { x: from.x + dx, y: from.y });
    await el.updateComplete;
    const last = events.at(-1)!;
    expect(last.final).to.equal(true);
    expect(events.filter((event) => event.final), 'one final change').to.have.length(1);
    expect(last.start.getTime() - d('1937-01-01').getTime()).to.be.closeTo(dx * msPerPixel(el), 2 * msPerPixel(el));
    expect(last.end.getTime() - last.start.getTime()).to.equal(365 * DAY_MS);
    expect(valueText(el)).to.equal(`${last.start.toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })} to ${new Date(last.end.getTime() - 1).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
  });

  it('follows the pointer during a drag, reporting changes that are not final', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const from = pointAt(el, d('1937-07-01'));
    await sendMouse({ type: 'move', position: [Math.round(from.x), Math.round(from.y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.x + 60), Math.round(from.y)] });
    await nextFrame();
    await nextFrame();
    expect(events.length).to.be.greaterThan(0);
    expect(events.every((event) => !event.final), 'nothing final while the button is down').to.equal(true);
    expect(slider(el).getBoundingClientRect().left).to.be.greaterThan(pointAt(el, d('1937-01-01')).x + 30);
    await sendMouse({ type: 'up' });
    expect(events.at(-1)!.final).to.equal(true);
  });

  it('stops a dragged window at max', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const from = pointAt(el, d('1937-07-01'));
    await drag(from, { x: from.x + 500, y: from.y });
    const last = events.at(-1)!;
    expect(last.day).to.deep.equal(['1941-01-01', '1942-01-01']);
    expect(last.final).to.equal(true);
  });

  it('zooms by dragging the end handle: the end moves, the start stays', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const from = pointAt(el, d('1938-01-01'));
    await drag(from, { x: from.x + 100, y: from.y + 4 });
    const last = events.at(-1)!;
    expect(last.final).to.equal(true);
    expect(last.day[0]).to.equal('1937-01-01');
    expect(last.end.getTime() - d('1938-01-01').getTime()).to.be.closeTo(100 * msPerPixel(el), 2 * msPerPixel(el));
  });

  it('keeps at least 7 days when the start handle is dragged past the end', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const from = pointAt(el, d('1937-01-01'));
    await drag(from, { x: from.x + 300, y: from.y });
    const last = events.at(-1)!;
    expect(last.day).to.deep.equal(['1937-12-25', '1938-01-01']);
    expect(last.end.getTime() - last.start.getTime()).to.equal(7 * DAY_MS);
  });

  it('centres the window where the band is clicked outside it', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const target = d('1940-01-01');
    const { x, y } = pointAt(el, target);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event!.final).to.equal(true);
    const centre = (event!.start.getTime() + event!.end.getTime()) / 2;
    expect(centre).to.be.closeTo(target.getTime(), msPerPixel(el));
    expect(event!.end.getTime() - event!.start.getTime()).to.equal(365 * DAY_MS);
    expect(el.shadowRoot!.activeElement, 'the slider has focus, for the keys').to.equal(slider(el));
  });

  it('does nothing when the window itself is clicked without moving', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const { x, y } = pointAt(el, d('1937-07-01'));
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await nextFrame();
    expect(events).to.have.length(0);
    expect(valueText(el)).to.equal('January 1937 to December 1937');
  });

  it('reports a drag at most once per animation frame', async () => {
    const el = await mount('1937-01-01', '1938-01-01');
    const events = record(el);
    const { x, y } = pointAt(el, d('1937-07-01'));
    const pointer = (type: string, clientX: number) =>
      slider(el).dispatchEvent(new PointerEvent(type, { pointerId: 1, isPrimary: true, button: 0, clientX, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', x);
    for (let step = 1; step <= 20; step += 1) pointer('pointermove', x + step * 5);
    expect(events, 'nothing before the frame').to.have.length(0);
    await nextFrame();
    expect(events.map((event) => event.final)).to.deep.equal([false]);
    expect(events[0]!.start.getTime() - d('1937-01-01').getTime()).to.be.closeTo(100 * msPerPixel(el), 1);
    pointer('pointerup', x + 100);
    await nextFrame();
    expect(events.map((event) => event.final)).to.deep.equal([false, true]);
  });

  it('shows a focus ring when reached with Tab', async () => {
    const el = await mount();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(slider(el));
    const style = getComputedStyle(slider(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineColor).to.equal('rgb(11, 87, 208)');
  });

  it('moves without transitions when reduced motion is preferred', async () => {
    const el = await mount();
    const duration = () => getComputedStyle(slider(el)).transitionDuration;
    expect(duration()).to.not.match(/^0s(, 0s)*$/);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      // No media emulation in this browser (Firefox over WebDriver BiDi): read the rule instead.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'));
      const inner = reduced.flatMap((rule) => [...rule.cssRules]).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
      expect(inner.some((rule) => rule.selectorText === '.window' && /^none\b|^all 0s/.test(rule.style.transition))).to.equal(true);
      return;
    }
    try {
      expect(duration()).to.match(/^0s(, 0s)*$/);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('passes axe', async () => {
    const el = await mount(undefined, undefined, { marks: [{ start: d('1937-05-01'), end: d('1937-06-01') }] });
    await expect(el).to.be.accessible();
  });
});
