/**
 * Forced colours (Windows high contrast), emulated: Chromium only (Firefox over WebDriver BiDi has
 * no media emulation; these tests skip there). axe judges this state by author colours, so the
 * checks here read what the browser draws: system colours on borders, outlines and dots.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMediaFeatures } from './emulate.js';
import { mountTimeline, shadow, itemElement, isPopoverOpen, query } from '../support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

/** What a system colour keyword computes to here, e.g. `Highlight`. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const style = (element: Element) => getComputedStyle(element);
const px = (value: string) => parseFloat(value) || 0;

describe('forced colours (Chromium)', function () {
  this.timeout(20000);
  let el: PurgeTimelineElement;

  before(async function () {
    try {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      if (!matchMedia('(forced-colors: active)').matches) this.skip();
    } catch {
      this.skip();
    }
  });
  after(async () => {
    try {
      await emulateMediaFeatures([]);
    } catch {
      // Not available (Firefox): nothing to undo.
    }
  });

  beforeEach(async () => {
    el = await mountTimeline({ attributes: { 'no-url-sync': '', start: '1936-06', end: '1939-01' } });
  });

  it('the emulation is on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('a bar keeps a CanvasText outline on every side', () => {
    const bar = style(itemElement(el, 'resolutions-end-mass-operations'));
    const text = systemColour('CanvasText');
    for (const side of ['top', 'right', 'bottom', 'left']) {
      expect(px(bar.getPropertyValue(`border-${side}-width`)), `${side} border`).to.be.at.least(1);
      expect(bar.getPropertyValue(`border-${side}-style`), `${side} border`).to.equal('solid');
      expect(bar.getPropertyValue(`border-${side}-color`), `${side} border`).to.equal(text);
    }
  });

  it('an uncertain, approximate bar: dashed edges where the faded ends were', () => {
    const bar = style(itemElement(el, 'trotskyite-trials-and-arrests'));
    expect(bar.borderLeftStyle).to.equal('dashed');
    expect(bar.borderRightStyle).to.equal('dashed');
    expect(px(bar.borderLeftWidth)).to.be.at.least(2);
    expect(bar.borderLeftColor).to.equal(systemColour('CanvasText'));
  });

  it('a point dated to the day is a filled dot; an approximate month is a dashed, hollow one', () => {
    const exact = style(itemElement(el, 'munich-agreement').querySelector('.vis-dot')!);
    expect(exact.backgroundColor).to.equal(systemColour('CanvasText'));
    const approximate = style(itemElement(el, 'ordzhonikidze-dies').querySelector('.vis-dot')!);
    expect(approximate.borderTopStyle).to.equal('dashed');
    expect(approximate.borderTopColor).to.equal(systemColour('CanvasText'));
    expect(approximate.backgroundColor).to.equal(systemColour('Canvas'));
  });

  it('the selected item is ringed in Highlight', async () => {
    el.selected = 'resolutions-end-mass-operations';
    await waitUntil(() => isPopoverOpen(el), 'the popover opens');
    const selected = style(itemElement(el, 'resolutions-end-mass-operations'));
    expect(selected.outlineStyle).to.equal('solid');
    expect(px(selected.outlineWidth)).to.be.at.least(2);
    expect(selected.outlineColor).to.equal(systemColour('Highlight'));
    const point = itemElement(el, 'munich-agreement');
    expect(style(point).outlineStyle, 'only the selected one').to.equal('none');
  });

  it('the overview band keeps its density bars and its window', () => {
    const band = query(el, 'purge-timeline-overview').shadowRoot!;
    const bar = band.querySelector('.bar');
    if (!bar) throw new Error('no density bar in the overview band');
    expect(style(bar).backgroundColor).to.equal(systemColour('CanvasText'));
    expect(style(band.querySelector('.window')!).borderTopColor).to.equal(systemColour('Highlight'));
    expect(shadow(el)).to.exist;
  });
});
