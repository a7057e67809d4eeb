/**
 * The road to the first drawing (issue 12's load figures): the preview paints before vis-timeline
 * is created, and the timeline is shown at its first drawing, which is already of the element's
 * window with its events in place. Watched frame by frame, as a reader would see it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { afterNextPaint } from '../../src/timeline/after-next-paint.js';
import { shadow } from '../support/timeline-fixture.js';
import { nextFrame, recordFrames } from '../support/frames.js';


interface Frame {
  preview: boolean;
  created: boolean;
  shown: boolean;
  window?: string;
  items: number;
}

/** Mounts the element and records, at every animation frame until it is drawn and still, what is on screen. */
async function watchLoad(attributes: Record<string, string>): Promise<{ el: PurgeTimelineElement; frames: Frame[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('purge-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const { frames, stop } = recordFrames((): Frame => {
    const root = el.shadowRoot;
    const timeline = root?.querySelector('.timeline');
    const window = el.visibleWindow;
    return {
      preview: !!root?.querySelector('.preview'),
      created: !!root?.querySelector('.vis-timeline'),
      shown: !!timeline?.querySelector('.vis-timeline')?.checkVisibility({ visibilityProperty: true }),
      window: window && `${window.start.toISOString().slice(0, 10)}/${window.end.toISOString().slice(0, 10)}`,
      items: root?.querySelectorAll('.vis-item-content').length ?? 0,
    };
  });
  wrapper.append(el);
  await el.timelineReady;
  await waitUntil(() => frames.some((frame) => frame.shown), 'the timeline was shown', { timeout: 10000 });
  for (let i = 0; i < 5; i++) await nextFrame();
  stop();
  return { el, frames };
}

describe('the first drawing', () => {
  it('afterNextPaint runs after an animation frame, and not at all once cancelled', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after paint'));
    const cancel = afterNextPaint(() => order.push('cancelled'));
    cancel();
    requestAnimationFrame(() => order.push('frame'));
    await waitUntil(() => order.includes('after paint'), 'the callback ran');
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(order).to.deep.equal(['frame', 'after paint']);
  });

  it('paints the preview before vis-timeline is created, even with vis-timeline already loaded', async () => {
    await watchLoad({}); // vis-timeline and the shipped events are loaded now
    const { frames } = await watchLoad({ start: '1937-01-01', end: '1939-01-01' });
    const previewAt = frames.findIndex((frame) => frame.preview);
    const createdAt = frames.findIndex((frame) => frame.created);
    expect(previewAt, 'a frame with the preview').to.be.greaterThan(-1);
    expect(createdAt, 'vis-timeline created in a later frame').to.be.greaterThan(previewAt);
  });

  it('shows the timeline at a drawing of the element’s window, with its events, and keeps them where they were', async () => {
    const { el, frames } = await watchLoad({ start: '1937-01-01', end: '1939-01-01' });
    const shown = frames.filter((frame) => frame.shown);
    expect(shown.length).to.be.greaterThan(0);
    // Never vis-timeline's default window (the days around today), not even for one frame: the
    // element's own, from 1937-01-01 to the end of 1939-01-01 (the end day is included).
    for (const frame of shown) expect(frame.window).to.equal('1937-01-01/1939-01-02');
    expect(shown[0]!.items, 'events drawn in the first frame shown').to.be.greaterThan(10);
    expect(shown.every((frame) => frame.items === shown[0]!.items), 'no event appears or goes after it is shown').to.equal(true);
    const shownAt = frames.indexOf(shown[0]!);
    expect(frames.slice(shownAt).every((frame) => !frame.preview), 'the preview is gone once the timeline shows').to.equal(true);
    expect(shadow(el).querySelector('.timeline.drawing')).to.equal(null);
  });

  it('shows vis-timeline in the first frame after it is created: no frame with it created but hidden', async () => {
    await watchLoad({}); // vis-timeline loaded, so it is created right after the preview's paint
    const { frames } = await watchLoad({ start: '1937-01-01', end: '1939-01-01' });
    const created = frames.find((frame) => frame.created);
    expect(created, 'a frame with vis-timeline created').to.exist;
    expect(created!.shown, 'shown in that frame').to.equal(true);
    expect(created!.items, 'with its events').to.be.greaterThan(10);
  });
});
