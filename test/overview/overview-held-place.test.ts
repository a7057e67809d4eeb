/**
 * The overview comes with the engine, so on a cold load `<purge-timeline-overview>` is in the
 * element's shadow root before it is defined. The element's styles hold the band's place then, and
 * the defined overview takes exactly that place: the timeline above it never shrinks when the band
 * arrives. (CI once caught the element's first frame with a 0 px overview.)
 * This page imports the element's styles and not the element, so the tag is undefined at first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { elementStyles } from '../../src/purge-timeline-element.styles.js';
import { OVERVIEW_HOST_PX } from '../../src/overview/overview-size.js';
import { nextFrame } from '../support/frames.js';

describe('the overview band before and after its definition', () => {
  it('holds the same height while undefined as once defined and rendered', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [elementStyles.styleSheet!];
    const overview = document.createElement('purge-timeline-overview');
    root.append(overview);
    await nextFrame();

    expect(customElements.get('purge-timeline-overview'), 'not defined yet').to.equal(undefined);
    const before = overview.getBoundingClientRect().height;
    expect(before, 'the undefined overview holds the band’s place').to.equal(OVERVIEW_HOST_PX);

    const { defineOverview, PurgeTimelineOverviewElement } = await import('../../src/overview/purge-timeline-overview.js');
    defineOverview();
    const defined = overview as InstanceType<typeof PurgeTimelineOverviewElement>;
    defined.min = new Date(1935, 0, 1);
    defined.max = new Date(1942, 0, 1);
    defined.start = new Date(1937, 0, 1);
    defined.end = new Date(1939, 0, 1);
    await defined.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    await defined.updateComplete;

    expect(defined.shadowRoot?.querySelector('.band'), 'the band rendered').to.exist;
    expect(overview.getBoundingClientRect().height, 'the defined overview has the held height').to.equal(before);
  });
});
