/**
 * The overview band renders for the first time after the element's first titles have painted
 * (issue 12: it was 10–20 ms of the work before them at 5 events), and its height is held
 * meanwhile, so nothing moves when it fills in. Watched frame by frame.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { nextFrame, recordFrames } from '../support/frames.js';

interface Frame {
  preview: boolean;
  band: boolean;
  /** The band's host: its height and where it is, as painted in this frame. */
  height?: number;
  top?: number;
}

describe('the overview band at load', () => {
  it('fills in after the first titles have painted, without changing its height or place', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('purge-timeline') as PurgeTimelineElement;
    const { frames, stop } = recordFrames((): Frame => {
      const root = el.shadowRoot;
      const overview = root?.querySelector('purge-timeline-overview');
      const box = overview?.getBoundingClientRect();
      return {
        preview: !!root?.querySelector('.preview .item-title'),
        band: !!overview?.shadowRoot?.querySelector('.band'),
        ...(box && { height: box.height, top: box.top }),
      };
    });
    wrapper.append(el);
    await el.timelineReady;
    await waitUntil(() => frames.some((frame) => frame.band), 'the band was rendered', { timeout: 10000 });
    for (let i = 0; i < 3; i++) await nextFrame();
    stop();

    const firstTitles = frames.findIndex((frame) => frame.preview);
    const firstBand = frames.findIndex((frame) => frame.band);
    expect(firstTitles, 'a frame showed the preview').to.be.greaterThan(-1);
    expect(firstBand, 'the band rendered after the frame of the first titles').to.be.greaterThan(firstTitles);
    const placed = frames.filter((frame) => frame.height !== undefined);
    const last = placed.at(-1)!;
    expect(last.height).to.be.greaterThan(40);
    expect(placed.map((frame) => frame.height), 'the band host kept its height').to.deep.equal(placed.map(() => last.height));
    expect(placed.map((frame) => frame.top), 'the band host did not move').to.deep.equal(placed.map(() => last.top));
  });
});
