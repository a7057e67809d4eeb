// The pattern the README documents: a plain list inside the tag is what readers get before the
// script runs (or without it); once the element is defined, its shadow root (which has no slot)
// replaces it, so the list is neither shown nor read twice.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PurgeTimelineElement } from '../src/purge-timeline-element.js';

describe('fallback content', () => {
  it('an undefined tag shows the list inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><purge-timeline-not-defined-yet><ol><li>29 September 1938: Munich Agreement</li></ol></purge-timeline-not-defined-yet></div>`);
    expect(wrapper.querySelector('li')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('once defined, the element replaces it with the timeline', async () => {
    const el = await fixture<PurgeTimelineElement>(html`<purge-timeline no-url-sync><ol><li>29 September 1938: Munich Agreement</li></ol></purge-timeline>`);
    await el.timelineReady;
    expect(el.querySelector('li')!.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.vis-item-content')).to.exist;
  });
});
