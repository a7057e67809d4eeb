import { expect, waitUntil } from '@open-wc/testing';
import { parsePartialDate } from '../../src/date/parse-partial-date.js';
import { toEraItems, eraIdOf, eraItemId, renderEraContent } from '../../src/eras/to-era-items.js';
import type { Era } from '../../src/eras/era.js';
import { mountTimeline, shadow, query } from '../support/timeline-fixture.js';

const era = (id: string, date: string, end: string, label = id): Era => ({ id, label, date: parsePartialDate(date), end: parsePartialDate(end), footnotes: [], unsourced: false });

describe('toEraItems', () => {
  it('an era is a background item from the first day of its start to the end of its last date', () => {
    const [item] = toEraItems([era('mass-terror', '1937', 'mid-1938')]);
    expect(item).to.deep.equal({
      id: 'era:mass-terror',
      type: 'background',
      start: new Date(Date.UTC(1937, 0, 1)),
      end: parsePartialDate('mid-1938').end,
      className: 'era era-tint-0',
      content: '',
    });
  });

  it('neighbouring eras alternate tints; class names never come from the data', () => {
    const items = toEraItems([era('a', '1935', '1936'), era('b" onclick="x', '1937', '1938'), era('c', '1939', '1940')]);
    expect(items.map((item) => item.className)).to.deep.equal(['era era-tint-0', 'era era-tint-1', 'era era-tint-0']);
  });

  it('an era’s item id is told apart from event ids', () => {
    expect(eraIdOf(eraItemId({ id: 'easing' }))).to.equal('easing');
    expect(eraIdOf('munich-agreement')).to.equal(undefined);
  });

  it('the label is text, never HTML', () => {
    const element = document.createElement('div');
    renderEraContent(element, '<img src=x onerror=alert(1)>');
    expect(element.querySelector('img')).to.equal(null);
    expect(element.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<purge-timeline> eras', () => {
  const mount = () => mountTimeline({ src: '/test/fixtures/reader-events.json', attributes: { 'no-url-sync': '', start: '1936-01-01', end: '1941-12-31' } });

  it('draws each era as a band behind the items, with its label', async () => {
    const el = await mount();
    await waitUntil(() => shadow(el).querySelectorAll('.vis-item.vis-background.era').length === 2, 'two era bands');
    const bands = [...shadow(el).querySelectorAll<HTMLElement>('.vis-item.vis-background.era')];
    expect(bands.map((band) => band.textContent?.trim())).to.deep.equal(['The years of mass terror', 'The easing under Beria']);
    const timeline = query(el, '.vis-center').getBoundingClientRect();
    for (const band of bands) {
      const box = band.getBoundingClientRect();
      expect(box.width, 'on screen, wide').to.be.greaterThan(50);
      // Behind the lanes: as tall as the item area, and under the items in stacking order.
      expect(box.height).to.be.greaterThan(timeline.height * 0.5);
    }
    const [massTerror] = bands;
    const item = [...shadow(el).querySelectorAll<HTMLElement>('.vis-item.vis-range, .vis-item.vis-point')].find((node) => node.textContent?.includes('A hedged event'))!;
    expect(item, 'the 1937 event').to.exist;
    const itemBox = item.getBoundingClientRect();
    const bandBox = massTerror!.getBoundingClientRect();
    expect(itemBox.left).to.be.at.least(bandBox.left - 1);
    expect(itemBox.left).to.be.below(bandBox.right);
    // The item is on top where they overlap.
    const hit = shadow(el).elementFromPoint(itemBox.left + 3, itemBox.top + itemBox.height / 2);
    expect(item.contains(hit)).to.equal(true);
  });

  it('names each era in the overview band, at its place on the band', async () => {
    const el = await mount();
    const overview = query(el, 'purge-timeline-overview');
    await (overview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const band = overview.shadowRoot!.querySelector<HTMLElement>('[part="scrubber"]')!.getBoundingClientRect();
    const labels = [...overview.shadowRoot!.querySelectorAll<HTMLElement>('.eras .era-name')];
    expect(labels.map((label) => label.textContent)).to.deep.equal(['The years of mass terror', 'The easing under Beria']);
    const [terror, easing] = labels.map((label) => label.getBoundingClientRect());
    for (const box of [terror!, easing!]) {
      expect(box.width).to.be.greaterThan(10);
      expect(box.top).to.be.at.least(band.top);
      expect(box.bottom).to.be.at.most(band.bottom);
    }
    // 1937–1938 starts before late 1938 – 1939; both within the band.
    expect(terror!.left).to.be.below(easing!.left);
    expect(terror!.left).to.be.at.least(band.left);
    expect(easing!.right).to.be.at.most(band.right + 1);
  });

  it('names the eras with their dates in a region screen readers reach beside the timeline', async () => {
    const el = await mount();
    const region = query(el, 'section.era-summary');
    expect(region.getAttribute('aria-label')).to.equal('Periods the chapter draws');
    expect([...region.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'The years of mass terror: 1937–1938',
      'The easing under Beria: late 1938 – 1939',
    ]);
  });

  it('lists the eras in the list view with dates in plain words and their citations', async () => {
    const el = await mount();
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    const section = query(el, '.list section.eras');
    expect(query(el, '#eras-heading').textContent).to.equal('Periods the chapter draws');
    const [terror, easing] = [...section.querySelectorAll<HTMLElement>('.era-entry')];
    const text = (node: HTMLElement | undefined) => node?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text(terror)).to.contain('The years of mass terror').and.contain('1937–1938').and.contain('The chapter gives only 1937 and 1938.');
    expect(text(terror)).to.contain('Footnote 212').and.contain('Barsenkov / Vdovin, Istoriya SSSR, p. 256');
    expect(text(easing)).to.contain('The chapter gives no source for this.');
    expect(easing!.querySelector('.footnotes')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('prints the eras (the print view is the list)', async () => {
    const el = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.list .era-entry').length).to.equal(2);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});
