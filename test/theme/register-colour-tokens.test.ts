/**
 * The element's resolved colours reach its shadow tree as plain colours, not as the long
 * expressions they are computed from (see src/theme/register-colour-tokens.ts: re-computing those
 * in every item on every vis-timeline redraw made each redraw of 100 events cost ~200 ms).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { mountTimeline, query } from '../support/timeline-fixture.js';

afterEach(() => {
  for (const el of document.querySelectorAll('purge-timeline')) el.remove();
});

const plainColour = /^(rgba?\([\d.,\s/%]+\)|#[0-9a-f]{3,8}|color\(srgb [\d.\s/%]+\))$/i;

/** `rgb(r, g, b)` for `rgb()` or `color(srgb …)` text (relative colours serialise as the latter). */
function rgbOf(value: string): string {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)\)$/.exec(value.trim());
  if (!srgb) return value.trim();
  const [r, g, b] = srgb.slice(1).map((channel) => Math.round(Number(channel) * 255));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('colour tokens', () => {
  it('hands items, buttons and the popover plain colours: the default light ones', async () => {
    const el = await mountTimeline();
    const item = query(el, '.vis-item');
    for (const name of ['text', 'surface', 'border', 'category-0', 'focus-ring']) {
      const value = getComputedStyle(item).getPropertyValue(`--purge-timeline-${name}`).trim();
      expect(value, `--purge-timeline-${name} on an item`).not.to.match(/var\(|light-dark\(/);
      // Firefox 128–140 keeps a relative colour's calc() unresolved in the computed value; Chromium resolves it.
      if (!navigator.userAgent.includes('Firefox')) expect(value, `--purge-timeline-${name} on an item`).to.match(plainColour);
    }
    expect(rgbOf(getComputedStyle(item).getPropertyValue('--purge-timeline-text'))).to.equal('rgb(29, 29, 31)');
  });

  it('still derives the colours a page leaves unset from those it sets: a dark surface gives light text', async () => {
    const el = await mountTimeline({ attributes: { style: '--purge-timeline-surface: #101010' } });
    el.style.setProperty('--purge-timeline-surface', '#101010');
    const item = query(el, '.vis-item');
    expect(rgbOf(getComputedStyle(item).getPropertyValue('--purge-timeline-text'))).to.equal('rgb(236, 235, 232)');
    expect(rgbOf(getComputedStyle(query(el, '[part="toolbar"] button')).color)).to.equal('rgb(236, 235, 232)');
  });

  it('falls back to the default for a value that is not a colour', async () => {
    const el = await mountTimeline();
    el.style.setProperty('--purge-timeline-text', 'banana');
    expect(rgbOf(getComputedStyle(query(el, '.vis-item')).getPropertyValue('--purge-timeline-text'))).to.equal('rgb(29, 29, 31)');
  });
});
