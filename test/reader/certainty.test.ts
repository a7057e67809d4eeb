import { expect, waitUntil } from '@open-wc/testing';
import { parseEvents } from '../../src/data/parse-events.js';
import { filterEvents } from '../../src/filter/filter-events.js';
import { certaintyOf, markedCertainty } from '../../src/filter/certainty.js';
import { mountTimeline, shadow, query, itemTitles, popover, isPopoverOpen } from '../support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

const FIXTURE = '/test/fixtures/reader-events.json';
const fixture = parseEvents(await (await fetch(FIXTURE)).json());
const originalUrl = location.href;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The text a screen reader reads: without what is `aria-hidden`. */
const readable = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
};
const live = (el: PurgeTimelineElement) => shadow(el).querySelector('[data-live]')?.textContent ?? '';

function itemContent(el: PurgeTimelineElement, title: string): HTMLElement {
  const content = [...shadow(el).querySelectorAll<HTMLElement>('.vis-item-content')].find((node) => node.querySelector('.item-title')?.textContent === title);
  if (!content) throw new Error(`No item "${title}"; items: ${itemTitles(el).join(', ')}`);
  return content;
}

async function openPopover(el: PurgeTimelineElement, id: string): Promise<HTMLElement> {
  el.selected = id;
  await waitUntil(() => isPopoverOpen(el) && query(el, '#popover-title').textContent === fixture.events.find((e) => e.id === id)!.title, `the popover of ${id}`);
  return popover(el);
}

const mount = (attributes: Record<string, string> = { 'no-url-sync': '' }) =>
  mountTimeline({ src: FIXTURE, attributes: { start: '1930-01-01', end: '1941-12-31', ...attributes } });

describe('certainty: pure helpers', () => {
  it('an event without certainty is stated; hedged and disputed are marked', () => {
    const byId = new Map(fixture.events.map((event) => [event.id, event]));
    expect(certaintyOf(byId.get('firm-event')!)).to.equal('stated');
    expect(markedCertainty(byId.get('firm-event')!)).to.equal(undefined);
    expect(markedCertainty(byId.get('hedged-event')!)).to.equal('hedged');
    expect(markedCertainty(byId.get('disputed-event')!)).to.equal('disputed');
    expect(certaintyOf({})).to.equal('stated');
  });

  it('"firmly stated only" leaves out hedged and disputed events, and combines with the other filters', () => {
    const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(fixture.events, filter).map((event) => event.id);
    expect(ids({ query: '', hiddenCategories: new Set(), statedOnly: true })).to.have.members(['firm-event', 'unsourced-event', 'decade-range', 'about-month', 'exact-day']);
    expect(ids({ query: '', hiddenCategories: new Set(['army']), statedOnly: true })).to.have.members(['unsourced-event', 'decade-range', 'exact-day']);
    expect(ids({ query: 'hedged', hiddenCategories: new Set(), statedOnly: true })).to.deep.equal([]);
    expect(ids({ query: '', hiddenCategories: new Set(), statedOnly: false })).to.have.length(fixture.events.length);
  });
});

describe('<purge-timeline> certainty', () => {
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('marks hedged and disputed items, with words for screen readers and as a tooltip', async () => {
    const el = await mount();
    const hedged = itemContent(el, 'A hedged event').querySelector<HTMLElement>('.item-certainty.certainty-hedged')!;
    expect(hedged, 'a mark on the hedged item').to.exist;
    expect(hedged.getBoundingClientRect().width, 'visible').to.be.greaterThan(4);
    expect(hedged.title).to.equal('the source hedges this');
    expect(text(hedged.querySelector('.visually-hidden'))).to.equal('(the source hedges this)');
    expect(hedged.querySelector('[aria-hidden="true"]')?.textContent).to.equal('?');
    const disputed = itemContent(el, 'A disputed event').querySelector<HTMLElement>('.item-certainty')!;
    expect(text(disputed.querySelector('.visually-hidden'))).to.equal('(disputed)');
    expect(itemContent(el, 'A firmly stated event').querySelector('.item-certainty')).to.equal(null);
  });

  it('the popover quotes the chapter’s hedge and names the other view', async () => {
    const el = await mount();
    const hedged = await openPopover(el, 'hedged-event');
    expect(readable(hedged.querySelector('.certainty-heading'))).to.equal('The chapter hedges this');
    expect(text(hedged.querySelector('.certainty-heading'))).to.equal('? The chapter hedges this');
    expect(hedged.querySelector('q.hedge-quote')?.textContent).to.equal('seems to have been');
    expect(hedged.querySelector('.other-view')).to.equal(null);
    const disputed = await openPopover(el, 'disputed-event');
    expect(readable(disputed.querySelector('.certainty-heading'))).to.equal('The chapter says this is disputed');
    expect(disputed.querySelector('q.hedge-quote')?.textContent).to.equal('Other authors are more reserved');
    expect(text(disputed.querySelector('.other-view'))).to.equal('The other view: Other historians judge the economy less harshly.');
    await expect(el).to.be.accessible();
    const firm = await openPopover(el, 'firm-event');
    expect(firm.querySelector('.event-certainty')).to.equal(null);
  });

  it('an unsourced event says the chapter gives no source, in the popover and the list', async () => {
    const el = await mount();
    const shown = await openPopover(el, 'unsourced-event');
    expect(text(shown.querySelector('.citations'))).to.equal('The chapter gives no source for this.');
    expect(shown.querySelector('.footnotes')).to.equal(null);
    el.selected = undefined;
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    const entry = query(el, '.list-event[data-event-id="unsourced-event"]');
    expect(text(entry.querySelector('.citations'))).to.equal('The chapter gives no source for this.');
    expect(readable(query(el, '.list-event[data-event-id="hedged-event"] .event-certainty'))).to.equal('The chapter hedges this In the chapter’s words: seems to have been');
  });

  it('the "firmly stated only" toggle hides hedged and disputed events, says so and keeps it in the link', async () => {
    const el = await mount({});
    const toggle = query<HTMLButtonElement>(el, '[data-action="stated-only"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.closest('[part="toolbar"]'), 'beside the search and the legend').to.exist;
    expect(itemTitles(el)).to.include('A hedged event');
    toggle.click();
    await el.timelineReady;
    await waitUntil(() => !itemTitles(el).includes('A hedged event') && !itemTitles(el).includes('A disputed event'), 'hedged and disputed hidden');
    expect(itemTitles(el)).to.include('A firmly stated event');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(new URL(location.href).searchParams.get('purge-timeline-firm')).to.equal('1');
    await waitUntil(() => live(el).startsWith('Only what the chapter states firmly.'), 'announced');
    expect(live(el)).to.equal(`Only what the chapter states firmly. ${fixture.events.length - 2} of ${fixture.events.length} events shown.`);
    expect(text(query(el, '[part="status"]'))).to.equal(`${fixture.events.length - 2} of ${fixture.events.length} events shown.`);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.timelineReady;
    await waitUntil(() => itemTitles(el).includes('A hedged event'), 'shown again');
    expect(new URL(location.href).searchParams.has('purge-timeline-firm')).to.equal(false);
  });

  it('a link with the filter opens with it on', async () => {
    const url = new URL(location.href);
    url.searchParams.set('purge-timeline-firm', '1');
    history.replaceState(null, '', url);
    const el = await mount({});
    await waitUntil(() => query(el, '[data-action="stated-only"]').getAttribute('aria-pressed') === 'true', 'the toggle is on');
    await el.timelineReady;
    await waitUntil(() => !itemTitles(el).includes('A hedged event'), 'hedged hidden');
  });

  it('hedges, other views and era labels from the data stay text', async () => {
    const file = await (await fetch(FIXTURE)).json();
    const attack = '<img src=x onerror="window.__hacked=1">';
    file.events[1].hedge = attack;
    file.events[2].otherView = attack;
    file.eras[0].label = '<b>era</b>';
    const el = await mountTimeline({ events: file, attributes: { 'no-url-sync': '', start: '1930-01-01', end: '1941-12-31' } });
    await openPopover(el, 'hedged-event');
    expect(popover(el).querySelector('q.hedge-quote')!.textContent).to.equal(attack);
    await openPopover(el, 'disputed-event');
    expect(text(popover(el).querySelector('.other-view'))).to.contain(attack);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(text(query(el, '.vis-background.era .era-label'))).to.equal('<b>era</b>');
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
  });
});
