/**
 * Issue case 4: lifecycle. Many instances, connect/disconnect/reconnect/move, every attribute
 * changed at any time (also while loading); after removal no listener stays on window or
 * document, no timer runs, vis-timeline is destroyed; the host page's global state (key
 * handlers, moment's locale, document styles) is left alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import moment from 'moment';
import {
  mount,
  root,
  drawnIds,
  failOnEscapes,
  stubFetch,
  restoreFetch,
  deferred,
  slowResponse,
  jsonResponse,
  eventsFile,
  event,
  until,
  sleep,
} from './support/harness.js';
import { instrument, describeRecords, type Instrumentation } from './support/instrument.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

const FILE = eventsFile([
  event('early', { date: '1936-03', footnotes: [], unsourced: true }),
  event('middle', { date: '1938-09-29' }),
  event('late', { date: '1940-08', footnotes: [], unsourced: true }),
]);

function visTimelines(el: PurgeTimelineElement): number {
  return root(el).querySelectorAll('.vis-timeline').length;
}

/** Lets every animation, throttled redraw and delayed announcement run out. */
async function settle(ms = 1500): Promise<void> {
  await sleep(ms);
}

/** After removal: nothing left on window/document, no timer pending, none started afterwards. */
async function expectNothingLeft(probe: Instrumentation, removedAt: number): Promise<void> {
  await settle();
  const active = probe.activeListeners();
  expect(active, `listeners left on window/document:\n${describeRecords(active)}`).to.deep.equal([]);
  const pending = probe.pendingTimers();
  expect(pending, `timers still pending:\n${describeRecords(pending)}`).to.deep.equal([]);
  // A grace period for callbacks already queued at removal (one animation frame, one throttle tick).
  const late = probe.timersScheduledAfter(removedAt + 250);
  expect(late, `timers scheduled after removal:\n${describeRecords(late)}`).to.deep.equal([]);
}

describe('hardening: lifecycle', () => {
  failOnEscapes();
  let probe: Instrumentation | undefined;
  const initialUrl = location.href;
  afterEach(() => {
    probe?.uninstall();
    probe = undefined;
    restoreFetch();
    history.replaceState(history.state, '', initialUrl);
  });

  it('removed in the middle of everything (zoom animation, open popover, pending announcement, copy feedback): nothing stays behind', async () => {
    probe = instrument();
    const { el } = await mount({ events: FILE });
    const ranges: number[] = [];
    el.addEventListener('purge-timeline-range-change', () => ranges.push(performance.now()));
    el.selected = 'middle';
    await until(() => root(el).querySelector('.popover')?.matches(':popover-open'), 'the popover opens');
    root(el).querySelector<HTMLButtonElement>('[data-action="copy-link"]')?.click();
    el.zoomIn();
    await sleep(60);
    el.zoomOut();
    await sleep(30);
    expect(probe.addedListeners.length + probe.timersScheduledAfter(0).length, 'the probe sees the element at work').to.be.greaterThan(0);
    el.remove();
    const removedAt = performance.now();
    expect(visTimelines(el), 'vis-timeline is destroyed').to.equal(0);
    await expectNothingLeft(probe, removedAt);
    expect(ranges.filter((at) => at > removedAt + 50), 'no range-change after removal').to.deep.equal([]);
  });

  it('12 instances on one page draw independently and leave nothing behind', async function () {
    this.timeout(30000);
    probe = instrument();
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const elements: PurgeTimelineElement[] = [];
    for (let i = 0; i < 12; i += 1) {
      const el = document.createElement('purge-timeline');
      el.id = `timeline-${i}`;
      if (i % 3 === 0) el.src = '/test/fixtures/three-events.json';
      else if (i % 3 === 1) el.events = eventsFile([event(`only-${i}`)]);
      // i % 3 === 2: the shipped chronology.
      if (i % 2 === 0) el.setAttribute('no-url-sync', '');
      container.append(el);
      elements.push(el);
    }
    await Promise.all(elements.map((el) => el.timelineReady));
    elements.forEach((el, i) => {
      expect(visTimelines(el), `instance ${i}`).to.equal(1);
      if (i % 3 === 1) expect(drawnIds(el), `instance ${i}`).to.deep.equal([`only-${i}`]);
      else expect(drawnIds(el).length, `instance ${i}`).to.be.greaterThan(0);
    });
    // One popover per page: opening one in an instance leaves the others' selection alone.
    elements[1]!.selected = 'only-1';
    elements[4]!.selected = 'only-4';
    await until(() => root(elements[4]!).querySelector('.popover')?.matches(':popover-open'), 'the last one opened shows');
    expect(elements[1]!.selected).to.equal('only-1');

    for (const el of elements) el.remove();
    const removedAt = performance.now();
    for (const el of elements) expect(visTimelines(el)).to.equal(0);
    await expectNothingLeft(probe, removedAt);
  });

  it('connect, disconnect, reconnect and move: one vis-timeline at a time, no listeners piling up', async () => {
    probe = instrument();
    const { el, wrapper } = await mount({ events: FILE });
    const listenersWhenConnected = probe.activeListeners().length;
    const other = await fixture<HTMLDivElement>(html`<section style="width: 700px"></section>`);

    // Moved: removed and inserted in one go.
    other.append(el);
    await el.timelineReady;
    await until(() => drawnIds(el).length === 3, 'drawn again after a move');
    expect(visTimelines(el)).to.equal(1);
    // Back and forth within one task, then away and back after a while.
    wrapper.append(el);
    other.append(el);
    wrapper.append(el);
    await el.timelineReady;
    el.remove();
    await sleep(100);
    other.append(el);
    await el.timelineReady;
    await until(() => drawnIds(el).length === 3, 'drawn again after re-attaching');
    expect(visTimelines(el)).to.equal(1);
    expect(probe.activeListeners().length, 'as many listeners as after the first connection').to.equal(listenersWhenConnected);

    // Still works: select, zoom.
    el.selected = 'late';
    await until(() => root(el).querySelector('.popover')?.matches(':popover-open'), 'the popover opens after the moves');

    el.remove();
    await expectNothingLeft(probe, performance.now());
  });

  describe('attributes', () => {
    it('every attribute set while loading takes effect once the data arrives', async () => {
      const response = deferred<Response>();
      stubFetch((_url, init) => slowResponse(init?.signal, response));
      const { el } = await mount({ src: '/slow.json', ready: false });
      await el.updateComplete;
      el.setAttribute('min', '1936');
      el.setAttribute('max', '1940');
      el.setAttribute('start', '1938-01');
      el.setAttribute('end', '1938-12');
      el.setAttribute('selected', 'middle');
      el.removeAttribute('no-url-sync');
      el.setAttribute('no-url-sync', '');
      await el.updateComplete;
      response.resolve(jsonResponse(FILE));
      await el.timelineReady;
      await until(() => root(el).querySelector('.popover')?.matches(':popover-open'), 'the selected event opens once loaded');
      expect(root(el).querySelector('#popover-title')!.textContent).to.equal('Title of middle');
      await until(() => {
        const w = el.visibleWindow;
        return w && w.start.getTime() === Date.UTC(1938, 0, 1) && w.end.getTime() === Date.UTC(1939, 0, 1);
      }, `the window is start–end, got ${JSON.stringify(el.visibleWindow)}`);
      el.showAll();
      await until(() => {
        const w = el.visibleWindow;
        return w && w.start.getTime() === Date.UTC(1936, 0, 1) && w.end.getTime() === Date.UTC(1941, 0, 1);
      }, `"Show all" shows min–max, got ${JSON.stringify(el.visibleWindow)}`);
      expect(location.href, 'no-url-sync: the URL is left alone').to.equal(initialUrl);
    });

    it('every attribute changed after loading takes effect', async () => {
      const { el } = await mount({ events: FILE, attributes: { min: '1935', max: '1941' } });
      el.setAttribute('start', '1939-01');
      el.setAttribute('end', '1939-06');
      await until(() => el.visibleWindow?.start.getTime() === Date.UTC(1939, 0, 1), 'moved to the new start');
      el.setAttribute('min', '1937');
      el.setAttribute('max', '1939');
      await el.updateComplete;
      el.showAll();
      await until(() => {
        const w = el.visibleWindow;
        return w && w.start.getTime() === Date.UTC(1937, 0, 1) && w.end.getTime() === Date.UTC(1940, 0, 1);
      }, `"Show all" follows the new min–max, got ${JSON.stringify(el.visibleWindow)}`);
      el.setAttribute('selected', 'late');
      await until(() => root(el).querySelector('#popover-title')?.textContent === 'Title of late', 'the selection follows the attribute');
      el.removeAttribute('selected');
      await until(() => !root(el).querySelector('.popover')?.matches(':popover-open'), 'closed when the attribute goes');
      el.setAttribute('src', '/test/fixtures/one-event.json');
      el.events = undefined;
      await el.timelineReady;
      await until(() => drawnIds(el).includes('only'), 'src takes over once events is cleared');
      // Invalid values fall back to the defaults instead of throwing.
      for (const name of ['min', 'max', 'start', 'end']) el.setAttribute(name, 'not a date');
      await el.timelineReady;
      expect(visTimelines(el)).to.equal(1);
    });

    it('no-url-sync can be switched on and off at any time', async () => {
      const { el } = await mount({ events: FILE });
      el.id = 'hardening-url-sync';
      // Starts without URL sync (mount sets no-url-sync); switch it on.
      el.removeAttribute('no-url-sync');
      await el.updateComplete;
      el.selected = 'middle';
      await until(() => new URL(location.href).searchParams.get('hardening-url-sync') === 'middle', 'the URL follows once sync is on');
      // And off again: the URL is left alone from then on.
      el.setAttribute('no-url-sync', '');
      await el.updateComplete;
      const before = location.href;
      el.selected = 'late';
      await until(() => root(el).querySelector('#popover-title')?.textContent === 'Title of late', 'the selection changes');
      await sleep(200);
      expect(location.href).to.equal(before);
    });
  });

  describe("the host page's global state", () => {
    it('no key handlers on document or window, no styles in the page, moment and the page untouched', async () => {
      moment.defineLocale('x-hardening', { parentLocale: 'en', months: 'Aa_Bb_Cc_Dd_Ee_Ff_Gg_Hh_Ii_Jj_Kk_Ll'.split('_') });
      moment.locale('x-hardening');
      const pageMoment = { locale: (..._args: unknown[]) => 'x-page', calls: 0 };
      const pageLocale = pageMoment.locale;
      pageMoment.locale = (...args: unknown[]) => {
        pageMoment.calls += 1;
        return pageLocale(...args);
      };
      (window as { moment?: unknown }).moment = pageMoment;
      const head = [...document.head.children].map((node) => node.outerHTML);
      const adopted = [...document.adoptedStyleSheets];
      const htmlAttributes = document.documentElement.getAttributeNames().map((name) => `${name}=${document.documentElement.getAttribute(name)}`);
      const bodyAttributes = document.body.getAttributeNames().map((name) => `${name}=${document.body.getAttribute(name)}`);
      const bodyChildren = [...document.body.children];
      try {
        probe = instrument();
        const { el } = await mount({ events: FILE, attributes: { start: '1938-01', end: '1938-12' } });
        root(el).querySelector<HTMLElement>('[part="timeline"]')!.focus();
        el.zoomIn();
        el.selected = 'middle';
        await until(() => root(el).querySelector('.popover')?.matches(':popover-open'), 'the popover opens');
        root(el).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
        await el.updateComplete;

        const keyHandlers = probe.addedListeners.filter((l) => /^key|^keypress|^input$|^beforeinput$/.test(l.type));
        expect(keyHandlers, `key handlers on document/window:\n${describeRecords(keyHandlers)}`).to.deep.equal([]);
        expect(moment.locale(), "moment's global locale").to.equal('x-hardening');
        expect(pageMoment.calls, "the page's window.moment").to.equal(0);
        expect([...document.head.children].map((node) => node.outerHTML), 'document.head').to.deep.equal(head);
        expect(document.adoptedStyleSheets, 'document.adoptedStyleSheets').to.deep.equal(adopted);
        expect(document.documentElement.getAttributeNames().map((name) => `${name}=${document.documentElement.getAttribute(name)}`)).to.deep.equal(htmlAttributes);
        expect(document.body.getAttributeNames().map((name) => `${name}=${document.body.getAttribute(name)}`)).to.deep.equal(bodyAttributes);
        // Only the test's own fixture container is new in <body>.
        const added = [...document.body.children].filter((node) => !bodyChildren.includes(node));
        expect(added.every((node) => node.contains(el)), `elements added to <body>: ${added.map((n) => n.localName).join(', ')}`).to.equal(true);
        el.remove();
        await expectNothingLeft(probe, performance.now());
        expect(moment.locale()).to.equal('x-hardening');
      } finally {
        delete (window as { moment?: unknown }).moment;
        moment.locale('en');
      }
    });
  });
});
