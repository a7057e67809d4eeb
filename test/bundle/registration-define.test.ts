// definePurgeTimeline(tag) gives the same element as registration.test.ts's ways, overview band included.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { definePurgeTimeline, type PurgeTimelineElement } from '../../src/element.js';

describe('definePurgeTimeline(tag)', () => {
  it('registers the tag, returns its class, and the element draws the overview band', async () => {
    const registered = definePurgeTimeline('helper-timeline');
    expect(customElements.get('helper-timeline')).to.equal(registered);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('helper-timeline') as PurgeTimelineElement;
    el.noUrlSync = true;
    wrapper.append(el);
    await el.timelineReady;
    const overview = () => el.shadowRoot!.querySelector('purge-timeline-overview');
    await waitUntil(() => (overview()?.getBoundingClientRect().height ?? 0) > 10, 'the overview band has a height', { timeout: 8000 });
  });
});
