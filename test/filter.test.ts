import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import shippedFile from '../events.json';
import { parseEvents } from '../src/data/parse-events.js';
import { filterEvents } from '../src/filter/filter-events.js';
import { mountTimeline, shadow, query, itemTitles, windowSettled } from './support/timeline-fixture.js';

const shipped = parseEvents(shippedFile).events;
const live = (el: HTMLElement) => shadow(el as never).querySelector('[data-live]')?.textContent ?? '';
const originalUrl = location.href;

describe('filterEvents', () => {
  const cases: [string, string, string[], (ids: string[]) => void][] = [
    ['a word in a title', 'munich', [], (ids) => expect(ids).to.include('munich-agreement').and.have.length.below(4)],
    ['every word must match', 'beria moscow', [], (ids) => expect(ids).to.deep.equal(['beria-starts-work-in-moscow'])],
    ['a source author', 'werth', [], (ids) => expect(ids).to.include('munich-agreement')],
    ['a footnote number', '224', [], (ids) => expect(ids).to.include('resolutions-end-mass-operations')],
    ['accents and case folded: "NALEVKA" finds Nálevka', 'NALEVKA', [], (ids) => expect(ids.length).to.be.greaterThan(0)],
    ['a hidden category', '', ['army'], (ids) => expect(ids.some((id) => shipped.find((e) => e.id === id)!.category.id === 'army')).to.equal(false)],
  ];
  for (const [name, text, hidden, check] of cases) {
    it(`finds by ${name}`, () => check(filterEvents(shipped, { query: text, hiddenCategories: new Set(hidden) }).map((event) => event.id)));
  }
});

describe('<purge-timeline> filters', () => {
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('a legend button hides its category on the timeline and says so', async () => {
    const el = await mountTimeline();
    query<HTMLButtonElement>(el, '[data-action="show-all"]').click();
    await windowSettled(el);
    const army = shipped.filter((event) => event.category.id === 'army');
    const toggle = query<HTMLButtonElement>(el, '.legend-toggle[data-category="army"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.timelineReady;
    await waitUntil(() => itemTitles(el).length === shipped.length - army.length, 'army events hidden');
    expect(itemTitles(el)).to.not.include(army[0]!.title);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => live(el).startsWith('Army hidden.'), `announced, got "${live(el)}"`);
    expect(query(el, '[part="status"]').textContent).to.contain(`${shipped.length - army.length} of ${shipped.length} events shown`);
    expect(new URL(location.href).searchParams.get('purge-timeline-hide')).to.equal('army');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => itemTitles(el).length === shipped.length, 'shown again');
  });

  it('the search box narrows the timeline and the list', async () => {
    // Every Beria event falls in 1938, inside the first view.
    const el = await mountTimeline();
    query<HTMLInputElement>(el, '[part="search"]').focus();
    await sendKeys({ type: 'beria' });
    const expected = filterEvents(shipped, { query: 'beria', hiddenCategories: new Set() });
    await waitUntil(() => itemTitles(el).length === expected.length, `${expected.length} items for "beria"`);
    expect(itemTitles(el).every((title) => expected.some((event) => event.title === title))).to.equal(true);
    await waitUntil(() => live(el) === `${expected.length} of ${shipped.length} events match.`, 'announced');
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.list-event').length).to.equal(expected.length);
    expect(new URL(location.href).searchParams.get('purge-timeline-q')).to.equal('beria');
  });

  it('a link can carry the filter', async () => {
    const url = new URL(originalUrl);
    url.searchParams.set('purge-timeline-q', 'trotsky');
    history.replaceState(null, '', url);
    const el = await mountTimeline();
    await waitUntil(() => query<HTMLInputElement>(el, '[part="search"]').value === 'trotsky', 'the box shows the linked text');
    const expected = filterEvents(shipped, { query: 'trotsky', hiddenCategories: new Set() });
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('.list-event')].map((n) => n.getAttribute('data-event-id'))).to.deep.equal(expected.map((e) => e.id));
  });

  it('walking skips hidden events', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query<HTMLButtonElement>(el, '.legend-toggle[data-category="army"]').click();
    await el.updateComplete;
    for (let i = 0; i < 6; i += 1) el.selectNext();
    await el.updateComplete;
    expect(shipped.find((event) => event.id === el.selected)!.category.id).to.not.equal('army');
  });

  it('passes axe with a category hidden and a search typed', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    query<HTMLButtonElement>(el, '.legend-toggle[data-category="army"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<purge-timeline> printing', () => {
  it('prints the chronology as a list with dates and citations', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.list-event').length).to.equal(shipped.length);
    expect(query(el, '.list-event[data-event-id="munich-agreement"]').textContent).to.contain('Footnote 219');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.list-event')).to.equal(null);
  });
});
