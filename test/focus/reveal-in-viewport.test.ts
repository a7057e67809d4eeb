import { expect } from '@open-wc/testing';
import { scrollDelta, pageScrollFor } from '../../src/selection/reveal-in-viewport.js';

const box = (top: number, height: number) => new DOMRect(100, top, 200, height);

describe('scrollDelta (pure)', () => {
  const cases: [string, [number, number, number, number], number][] = [
    ['inside: no scroll', [100, 140, 0, 800], 0],
    ['below: scroll down until its bottom shows', [900, 940, 0, 800], 140],
    ['above: scroll up to its top', [-60, -20, 0, 800], -60],
    ['taller than the view: its top first', [500, 1500, 0, 800], 500],
  ];
  for (const [name, [top, bottom, viewTop, viewBottom], expected] of cases) {
    it(name, () => expect(scrollDelta(top, bottom, viewTop, viewBottom)).to.equal(expected));
  }
});

describe('pageScrollFor (pure)', () => {
  it('an item on screen with room for its popover below: no scroll', () => {
    expect(pageScrollFor({ item: box(100, 40), popoverHeight: 400, sheet: false, viewportHeight: 800 })).to.equal(0);
  });
  it('an item on screen with room above only: no scroll (the popover flips above)', () => {
    expect(pageScrollFor({ item: box(600, 40), popoverHeight: 400, sheet: false, viewportHeight: 800 })).to.equal(0);
  });
  it('an item below the fold: scrolled up until its popover fits below it', () => {
    // bottom 1240 + gap 6 + 400 − (800 − 8) = 854
    expect(pageScrollFor({ item: box(1200, 40), popoverHeight: 400, sheet: false, viewportHeight: 800 })).to.equal(854);
  });
  it('an item above the viewport: scrolled back to it', () => {
    expect(pageScrollFor({ item: box(-300, 40), popoverHeight: 400, sheet: false, viewportHeight: 800 })).to.equal(-308);
  });
  it('a popover taller than the room: the item stays on screen, at the top', () => {
    expect(pageScrollFor({ item: box(300, 40), popoverHeight: 790, sheet: false, viewportHeight: 800 })).to.equal(292);
  });
  it('a bottom sheet: the item is moved above the sheet (70 % of the height at most)', () => {
    // The sheet starts at 740 − min(600, 518) = 222: the item (600–640) goes to end at 214.
    expect(pageScrollFor({ item: box(600, 40), popoverHeight: 600, sheet: true, viewportHeight: 740 })).to.equal(426);
  });
  it('a bottom sheet with the item already above it: no scroll', () => {
    expect(pageScrollFor({ item: box(100, 40), popoverHeight: 300, sheet: true, viewportHeight: 740 })).to.equal(0);
  });
});
