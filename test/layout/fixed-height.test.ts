/**
 * A steady, bounded height (issue 12): the element has its height before vis-timeline draws,
 * and zooming, filtering, lanes coming and going and popovers never change it. Lanes: one per
 * category, labelled, following the legend's toggles; `layout="stacked"` gives one band.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import shippedFile from '../../events.json';
import { sendKeys } from '@web/test-runner-commands';
import { mountTimeline, shadow, query, windowSettled } from '../support/timeline-fixture.js';
import { untilSteady } from '../support/settled-window.js';

const shipped = shippedFile as unknown as { categories: { id: string; label: string }[] };

const height = (el: Element) => el.getBoundingClientRect().height;
const laneLabels = (el: PurgeTimelineElement) => [...shadow(el).querySelectorAll('.vis-labelset .vis-label .lane-text')].map((node) => node.textContent);
/** Waits for two frames, so anything that would move has moved. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const node of mounted) node.remove();
  mounted = [];
  // Legend toggles write the hidden categories into the URL: the next element must not read them.
  history.replaceState(null, '', location.pathname);
});

function append(el: HTMLElement, width = 1000): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

describe('<purge-timeline> height', () => {
  it('has the same height before the draw, after it, after zooming in and out, after a filter and with a popover', async () => {
    const el = append(document.createElement('purge-timeline')) as PurgeTimelineElement;
    await el.updateComplete;
    const before = height(el);
    expect(before, 'a height from the first render').to.be.greaterThan(300);
    await el.timelineReady;
    expect(height(el), 'after the draw').to.equal(before);
    // The vis-timeline root fills the timeline's area: nothing grows with the stacking.
    const area = query(el, '.timeline').getBoundingClientRect().height;
    expect(query(el, '.vis-timeline').getBoundingClientRect().height).to.be.closeTo(area, 1);

    el.zoomIn();
    await windowSettled(el);
    await frames();
    expect(height(el), 'after zooming in').to.equal(before);
    el.zoomOut();
    el.zoomOut();
    await windowSettled(el);
    await frames();
    expect(height(el), 'after zooming out').to.equal(before);

    query<HTMLButtonElement>(el, '.legend-toggle').click();
    await el.timelineReady;
    await frames();
    expect(height(el), 'after hiding a category').to.equal(before);

    el.selectNext();
    await waitUntil(() => shadow(el).querySelector('[part="popover"]:popover-open'), 'the popover opened');
    await frames();
    expect(height(el), 'with a popover open').to.equal(before);
  });

  it('takes its height from --purge-timeline-height or the host’s own height', async () => {
    const el = append(document.createElement('purge-timeline')) as PurgeTimelineElement;
    el.style.setProperty('--purge-timeline-height', '500px');
    await el.timelineReady;
    expect(height(el)).to.equal(500);
    el.style.height = '420px';
    await frames();
    expect(height(el)).to.equal(420);
  });

  it('fits the whole element in a 1280×800 and a 360×740 viewport by default', async () => {
    // The default is 85% of the small viewport height, between 24rem and 44rem.
    const el = append(document.createElement('purge-timeline')) as PurgeTimelineElement;
    await el.timelineReady;
    const svh = window.innerHeight;
    const expected = Math.min(44 * 16, Math.max(24 * 16, 0.85 * svh));
    expect(height(el)).to.be.closeTo(expected, 1);
    for (const viewport of [800, 740]) expect(Math.min(44 * 16, Math.max(24 * 16, 0.85 * viewport))).to.be.lessThan(viewport);
  });
});

describe('<purge-timeline> data that changes nothing', () => {
  it('settles timelineReady when a file with no events replaces one with none', async () => {
    const empty = { title: 'Nothing', categories: [], footnotes: [], events: [] };
    const el = (await mountTimeline({ events: empty })) as PurgeTimelineElement;
    el.events = { ...empty };
    const settled = await Promise.race([el.timelineReady.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 3000))]);
    expect(settled).to.equal('settled');
    el.events = { ...empty };
    const again = await Promise.race([el.timelineReady.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 3000))]);
    expect(again).to.equal('settled');
  });
});

describe('<purge-timeline> lanes', () => {
  it('draws a labelled lane per category with layout="lanes", with each event in its category’s lane', async () => {
    const el = await mountTimeline({ attributes: { layout: 'lanes' } });
    const labels = laneLabels(el);
    expect(labels).to.deep.equal(shipped.categories.map((category) => category.label));
    // Every drawn item sits inside the vertical extent of its own lane.
    const lanes = [...shadow(el).querySelectorAll<HTMLElement>('.vis-foreground .vis-group')];
    expect(lanes.length).to.equal(labels.length);
    const armyLane = lanes[0]!.getBoundingClientRect();
    const armyItem = shadow(el).querySelector('.vis-item.category-0')!.getBoundingClientRect();
    expect(armyItem.top).to.be.at.least(armyLane.top - 1);
    expect(armyItem.bottom).to.be.at.most(armyLane.bottom + 1);
  });

  it('hides and shows a lane with the legend’s toggle', async () => {
    const el = await mountTimeline({ attributes: { layout: 'lanes' } });
    const first = shipped.categories[0]!.label;
    query<HTMLButtonElement>(el, '.legend-toggle').click();
    await el.timelineReady;
    await waitUntil(() => !laneLabels(el).includes(first), `the "${first}" lane went away`);
    expect(laneLabels(el)).to.have.length(shipped.categories.length - 1);
    query<HTMLButtonElement>(el, '.legend-toggle').click();
    await el.timelineReady;
    await waitUntil(() => laneLabels(el)[0] === first, `the "${first}" lane came back first`);
  });

  it('stacks every event in one band by default, and switches to lanes and back', async () => {
    const el = await mountTimeline();
    expect(laneLabels(el)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.vis-item-content').length).to.be.greaterThan(20);
    el.setAttribute('layout', 'lanes');
    await el.timelineReady;
    await waitUntil(() => laneLabels(el).length === shipped.categories.length, 'the lanes came');
    el.setAttribute('layout', 'stacked');
    await el.timelineReady;
    await waitUntil(() => laneLabels(el).length === 0, 'one band again');
  });

  it('scrolls lanes that do not fit from the keyboard: the lane labels are a named, focusable panel', async function () {
    this.timeout(30000);
    const el = await mountTimeline({ attributes: { layout: 'lanes' } });
    el.style.setProperty('--purge-timeline-height', '24rem');
    await el.timelineReady;
    const panel = query<HTMLElement>(el, '.vis-panel.vis-left');
    await waitUntil(() => panel.scrollHeight > panel.clientHeight + 20, 'the lanes hold more than fits');
    // Keys on a timeline at rest: the redraws that follow the new height (and the titles fitted
    // 120 ms after them) are over, as when a reader gets to the panel (a Firefox flake under load).
    await untilSteady(() => `${panel.scrollHeight}x${panel.clientHeight}x${panel.scrollTop}x${shadow(el).querySelectorAll('.item-title-fitted').length}`, 'the lanes came to rest', 6);
    expect(panel.tabIndex).to.equal(0);
    expect(panel.getAttribute('aria-label')).to.equal('Lanes by category: ↑ and ↓ scroll them');
    const lastLabel = () => [...shadow(el).querySelectorAll<HTMLElement>('.vis-labelset .vis-label')].at(-1)!.getBoundingClientRect().top;
    // The events' side follows the labels (vis-timeline redraws to follow): the last lane's items come into view.
    const lastLaneInView = () => {
      const centre = query<HTMLElement>(el, '.vis-panel.vis-center').getBoundingClientRect();
      const boxes = [...shadow(el).querySelectorAll<HTMLElement>(`.vis-item.category-${shipped.categories.length - 1}`)].map((item) => item.getBoundingClientRect());
      return boxes.some((box) => box.bottom > centre.top + 4 && box.top < centre.bottom - 4);
    };
    expect(lastLaneInView(), 'the last lane starts out of view').to.equal(false);
    const before = lastLabel();
    panel.focus();
    await sendKeys({ press: 'PageDown' });
    // A page: the panel's height less a line (40 px) of overlap.
    await waitUntil(() => Math.abs(panel.scrollTop - (panel.clientHeight - 40)) <= 1, 'Page Down scrolled the lanes by a page');
    await sendKeys({ press: 'End' });
    await waitUntil(() => panel.scrollTop >= panel.scrollHeight - panel.clientHeight - 1, 'End scrolled to the last lane');
    await waitUntil(() => lastLabel() < before - 100, 'the last lane moved up into view');
    await waitUntil(lastLaneInView, 'an item of the last lane is in view');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => panel.scrollTop === 0, 'Home scrolled back to the first lane');
    el.setAttribute('layout', 'stacked');
    await el.timelineReady;
    await waitUntil(() => !query(el, '.vis-panel.vis-left').hasAttribute('tabindex'), 'one band: no focusable lane panel');
  });

  it('lets a reader switch to lanes and back with the toolbar’s “By category” toggle, at the same height', async () => {
    const el = await mountTimeline();
    const toggle = query<HTMLButtonElement>(el, 'button[data-action="lanes"]');
    expect(toggle.textContent!.trim()).to.equal('By category');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const before = height(el);
    toggle.click();
    await el.timelineReady;
    await waitUntil(() => laneLabels(el).length === shipped.categories.length, 'the lanes came');
    expect(el.getAttribute('layout')).to.equal('lanes');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => query(el, '[data-live]').textContent === 'Each category in its own lane.', 'the switch is announced');
    expect(height(el)).to.equal(before);
    toggle.click();
    await el.timelineReady;
    await waitUntil(() => laneLabels(el).length === 0, 'one band again');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => query(el, '[data-live]').textContent === 'All events in one band.', 'the way back is announced');
  });
});
