// While vis-timeline (a chunk of its own in the bundle) downloads, the timeline's area shows the
// first events of the first view as readable cards; once vis-timeline has drawn they give way.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PurgeTimelineElement } from '../src/purge-timeline-element.js';
import { PREVIEW_SIZE } from '../src/timeline/render-timeline-preview.js';
import { precisionEvents, expectedLabels } from './fixtures/precision-events.js';
import { itemTitles, shadow } from './support/timeline-fixture.js';

function previewCards(el: PurgeTimelineElement) {
  return [...shadow(el).querySelectorAll('.preview .preview-event')].map((card) => ({
    title: card.querySelector('.item-title')?.textContent?.trim(),
    date: card.querySelector('.item-date')?.textContent?.trim(),
  }));
}

describe('the preview before vis-timeline draws', () => {
  it('paints titles and dates in the first render, then gives way to the drawn timeline', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('purge-timeline');
    el.setAttribute('no-url-sync', '');
    el.events = precisionEvents;
    wrapper.append(el);
    await el.updateComplete;

    const cards = previewCards(el);
    expect(cards.length, 'one card per event in view').to.equal(Math.min(precisionEvents.events.length, PREVIEW_SIZE));
    for (const card of cards) {
      const event = precisionEvents.events.find((candidate) => candidate.title === card.title);
      expect(event, `"${card.title}" is an event of the file`).to.exist;
      expect(card.date, `the date of "${card.title}"`).to.equal(expectedLabels[event!.id]);
    }
    expect(cards[0]!.title, 'in date order: 1936 comes first').to.equal('A year');
    const first = shadow(el).querySelector<HTMLElement>('.preview .item-title')!;
    expect(first.checkVisibility(), 'the first title is visible').to.equal(true);
    expect(shadow(el).querySelector('.preview')!.getAttribute('aria-label')).to.equal('All events in date order');

    await el.timelineReady;
    await el.updateComplete;
    expect(shadow(el).querySelector('.preview'), 'no preview once drawn').to.equal(null);
    expect(itemTitles(el).length, 'the timeline has the items').to.equal(precisionEvents.events.length);
  });

  it('leaves out events outside the first view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('purge-timeline');
    el.setAttribute('no-url-sync', '');
    el.setAttribute('start', '1938-09');
    el.setAttribute('end', '1938-12');
    el.events = precisionEvents;
    wrapper.append(el);
    await el.updateComplete;
    const titles = previewCards(el).map((card) => card.title);
    expect(titles).to.include('A day');
    expect(titles).to.not.include('A year');
    expect(titles).to.not.include('A month');
    await el.timelineReady;
  });
});
