/**
 * Keyboard and focus as a reader meets them on a page that scrolls: → keeps the opened item and
 * its popover inside the viewport (1280×800 and 360×740, where the popover is a bottom sheet), and
 * the popover follows the non-modal dialog pattern in the Tab order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { shadow, query, popover, isPopoverOpen, itemElement } from '../support/timeline-fixture.js';

/** A page with prose above and below the timeline, so the page scrolls. */
async function pageWithTimeline(): Promise<PurgeTimelineElement> {
  const page = await fixture<HTMLElement>(html`<main>
    <h1 style="margin: 0; height: 160px">A chronology</h1>
    <purge-timeline no-url-sync></purge-timeline>
    <p style="height: 1500px">The article goes on.</p>
  </main>`);
  const el = page.querySelector('purge-timeline') as PurgeTimelineElement;
  await el.timelineReady;
  return el;
}

/** Waits until a box stops moving (view animations, smooth scrolling, vis-timeline restacking). */
async function settled(read: () => DOMRect): Promise<DOMRect> {
  let last = '';
  let stable = 0;
  await waitUntil(
    () => {
      const box = read();
      const key = [box.top, box.bottom, box.left, box.right].map(Math.round).join();
      stable = key === last ? stable + 1 : 0;
      last = key;
      return stable >= 5;
    },
    'did not come to rest',
    { interval: 60, timeout: 6000 },
  );
  return read();
}

function describeBox(box: DOMRect): string {
  return `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}, left ${Math.round(box.left)}, right ${Math.round(box.right)}`;
}

const sizes = [
  { width: 1280, height: 800, sheet: false },
  { width: 360, height: 740, sheet: true },
];

describe('keyboard and focus', function () {
  this.timeout(90000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { width, height, sheet } of sizes) {
    it(`${width}×${height}: → keeps every opened item and its popover inside the viewport${sheet ? ' (a bottom sheet)' : ''}`, async () => {
      await setViewport({ width, height });
      const el = await pageWithTimeline();
      query(el, '[part="timeline"]').focus();
      const seen = new Set<string>();
      for (let step = 0; step < 12; step += 1) {
        const before = el.selected;
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => el.selected && el.selected !== before && isPopoverOpen(el), `step ${step}: → opened the next event`);
        const id = el.selected!;
        seen.add(id);
        // On a phone the page scrolls the item above the sheet once the view has rested and its
        // titles are fitted (restacked), about a second after the key: wait for that, then measure.
        if (sheet) {
          const aboveSheet = () => itemElement(el, id).getBoundingClientRect().bottom <= popover(el).getBoundingClientRect().top + 0.5;
          await waitUntil(aboveSheet, `step ${step}: the item comes above the sheet`, { timeout: 3000 }).catch(() => undefined);
        }
        const item = await settled(() => itemElement(el, id).getBoundingClientRect());
        const box = await settled(() => popover(el).getBoundingClientRect());
        const where = `step ${step} (${id}): item ${describeBox(item)}, popover ${describeBox(box)}, viewport ${innerWidth}×${innerHeight}`;
        // The item: on screen vertically and at least partly horizontally (a long bar runs past the edges).
        expect(item.top, where).to.be.at.least(0);
        expect(item.bottom, where).to.be.at.most(innerHeight);
        expect(item.right, where).to.be.above(0);
        expect(item.left, where).to.be.below(innerWidth);
        // The popover: wholly on screen.
        expect(box.top, where).to.be.at.least(0);
        expect(box.bottom, where).to.be.at.most(innerHeight + 0.5);
        expect(box.left, where).to.be.at.least(0);
        expect(box.right, where).to.be.at.most(innerWidth + 0.5);
        if (sheet) {
          expect(Math.round(box.bottom), `${where}: a sheet along the bottom`).to.equal(innerHeight);
          expect(item.bottom, `${where}: the item above the sheet`).to.be.at.most(box.top);
        } else {
          const overlap = Math.min(item.bottom, box.bottom) - Math.max(item.top, box.top);
          const apart = overlap <= 0 || Math.min(item.right, box.right) - Math.max(item.left, box.left) <= 0;
          expect(apart, `${where}: the popover does not cover its item`).to.equal(true);
        }
        // Focus stays on the timeline for the next →.
        expect(shadow(el).activeElement, where).to.equal(query(el, '[part="timeline"]'));
      }
      expect(seen.size).to.equal(12);
    });
  }

  describe('the popover in the Tab order (non-modal dialog)', () => {
    let el: PurgeTimelineElement;
    const slider = () => query(el, 'purge-timeline-overview').shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    const focusedInPopover = () => popover(el).contains(shadow(el).activeElement);

    beforeEach(async () => {
      await setViewport({ width: 1280, height: 800 });
      el = await pageWithTimeline();
      query(el, '[part="timeline"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => isPopoverOpen(el), 'a popover opens');
    });

    it('Tab on the timeline enters the open popover', async () => {
      await sendKeys({ press: 'Tab' });
      expect(focusedInPopover(), `focus on ${shadow(el).activeElement?.outerHTML.slice(0, 80)}`).to.equal(true);
      expect(isPopoverOpen(el)).to.equal(true);
    });

    it('Tab from the last control closes the popover and goes on to the overview slider, not past it', async () => {
      await sendKeys({ press: 'Tab' });
      let presses = 0;
      while (focusedInPopover() && presses < 15) {
        await sendKeys({ press: 'Tab' });
        presses += 1;
      }
      expect(presses, 'Tab walked through the popover and out').to.be.within(1, 14);
      await waitUntil(() => !isPopoverOpen(el), 'the popover closes as focus leaves it');
      expect(shadow(el).activeElement?.localName, 'focus in the overview band').to.equal('purge-timeline-overview');
      expect(query(el, 'purge-timeline-overview').shadowRoot!.activeElement).to.equal(slider());
      expect(el.selected).to.equal(undefined);
    });

    it('Shift+Tab from the first control goes back to the timeline and leaves the popover open', async () => {
      await sendKeys({ press: 'Tab' });
      expect(focusedInPopover()).to.equal(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(query(el, '[part="timeline"]'));
      expect(isPopoverOpen(el)).to.equal(true);
    });

    it('with no popover open, Tab from the timeline goes straight to the overview slider', async () => {
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !isPopoverOpen(el), 'closed');
      query(el, '[part="timeline"]').focus();
      await sendKeys({ press: 'Tab' });
      expect(query(el, 'purge-timeline-overview').shadowRoot!.activeElement).to.equal(slider());
    });
  });
});
