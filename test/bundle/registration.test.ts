// The three ways to register the element give the same element, overview band included:
// `customElements.define()` with the exported class, with a subclass, and `definePurgeTimeline(tag)`.
// Only `purge-timeline/element` is imported here: nothing is registered before the test does it,
// and definePurgeTimeline() is never called on this page (it is in registration-define.test.ts):
// the band must come from the element's own engine load.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PurgeTimelineElement } from '../../src/element.js';

class AnnotatedTimelineElement extends PurgeTimelineElement {}

customElements.define('class-timeline', PurgeTimelineElement);
customElements.define('subclass-timeline', AnnotatedTimelineElement);

async function overviewHeightOf(tag: string): Promise<number> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as PurgeTimelineElement;
  el.noUrlSync = true;
  wrapper.append(el);
  await el.timelineReady;
  const overview = () => el.shadowRoot!.querySelector('purge-timeline-overview');
  await waitUntil(() => (overview()?.getBoundingClientRect().height ?? 0) > 0, `<${tag}>'s overview band has a height`, { timeout: 8000 });
  return overview()!.getBoundingClientRect().height;
}

describe('registering the element', () => {
  it('customElements.define() with the exported class draws the overview band', async () => {
    expect(await overviewHeightOf('class-timeline')).to.be.greaterThan(10);
    expect(customElements.get('purge-timeline')).to.equal(undefined, 'importing /element registers nothing');
  });

  it('a subclass registered by the page draws the overview band', async () => {
    expect(await overviewHeightOf('subclass-timeline')).to.be.greaterThan(10);
    expect(document.createElement('subclass-timeline')).to.be.instanceOf(AnnotatedTimelineElement);
  });
});
