// The reader parts (popover, list, problem list, eras' summary: dist/purge-timeline-reader-parts.js)
// are asked for once the drawn timeline has painted. Loaded beside the engine, they delayed the first
// titles and the drawn timeline (issue 12, measured by `npm run bench` at 5 and 100 events).
import { expect, waitUntil } from '@open-wc/testing';
import { openRecordedPage, requestFor, requestedBefore } from '../support/bundle-page.js';

type Element = HTMLElement & { timelineReady: Promise<void>; selectNext(): void };

describe('the reader parts of dist/purge-timeline.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('are asked for after the first frame of the drawn timeline, and then open an event', async function () {
    this.timeout(30000);
    const win = await openRecordedPage('en');
    const el = win.document.querySelector('purge-timeline') as Element;
    await el.timelineReady;
    await waitUntil(() => win.paints.some((paint) => !paint.preview), 'a frame of the drawn timeline', { timeout: 8000 });
    const firstDrawn = win.paints.find((paint) => !paint.preview)!.at;

    expect(requestedBefore(win, firstDrawn), 'files asked for before the drawn timeline').not.to.include('/dist/purge-timeline-reader-parts.js');
    expect(requestFor(win, 'reader-parts').startTime, 'the reader parts asked for after it').to.be.above(firstDrawn);

    // They are there: the next event opens in its popover, with its citation.
    el.selectNext();
    const popover = () => el.shadowRoot!.querySelector<HTMLElement>('.popover');
    await waitUntil(() => popover()?.matches(':popover-open'), 'the popover opens', { timeout: 8000 });
    expect(popover()!.textContent, 'the popover names its footnote').to.match(/Footnote 2(0[3-9]|1\d|2[0-7])\b/);
  });
});
