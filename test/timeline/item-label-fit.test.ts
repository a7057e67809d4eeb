/**
 * Issue 12, whole titles: titles near the view's right edge wrap in the room left instead of
 * running past it; fitted again after the view moves; items stacked with their new height; a
 * title with too little room even wrapped shows whole while selected.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import { mountTimeline, shadow, query, windowSettled, itemElement } from '../support/timeline-fixture.js';

/** The drawn titles that start inside the view: each with its box and whether the view cuts it. */
function titlesInView(el: PurgeTimelineElement) {
  const view = query(el, '.vis-panel.vis-center').getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('.vis-foreground .item-title')]
    .map((title) => ({ title, text: title.textContent ?? '', box: title.getBoundingClientRect() }))
    .filter(({ box }) => box.left >= view.left && box.left < view.right - 8 && box.top < view.bottom && box.bottom > view.top)
    .map((entry) => ({ ...entry, cut: entry.box.right > view.right + 0.5 || entry.title.scrollWidth > entry.title.clientWidth + 1 }))
    // With less room than a short line (MIN_ROOM_PX) or its longest word, a title shows whole only when selected or hovered (last test).
    .filter((entry) => !entry.cut || !entry.title.closest<HTMLElement>('.vis-item')!.style.getPropertyValue('--item-label-shift'));
}

/** Items (point or bar, with their titles) whose boxes overlap. */
function overlappingItems(el: PurgeTimelineElement): string[] {
  const boxes = [...shadow(el).querySelectorAll<HTMLElement>('.vis-foreground .vis-item.vis-point, .vis-foreground .vis-item.vis-range')].map((item) => ({
    text: item.querySelector('.item-title')?.textContent ?? '',
    box: item.querySelector('.item-body')!.getBoundingClientRect(),
  }));
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) found.push(`${a.text} / ${b.text}`);
    }
  }
  return found;
}

async function fitted(el: PurgeTimelineElement): Promise<void> {
  await windowSettled(el);
  await waitUntil(() => titlesInView(el).every((entry) => !entry.cut), 'every title in view whole', { timeout: 5000 });
}

describe('titles at the view’s right edge', function () {
  this.timeout(40000);

  it('wrap in the room left, whole inside the view, and the items are stacked with their new height', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' }, width: 1200 });
    await fitted(el);
    const wrapped = shadow(el).querySelectorAll('.item-title.item-title-fitted');
    expect(wrapped.length, 'some 1940–41 titles at the edge were wrapped').to.be.greaterThan(0);
    for (const title of wrapped) expect(title.getBoundingClientRect().height, `"${title.textContent}" on more than one line`).to.be.greaterThan(20);
    expect(overlappingItems(el)).to.deep.equal([]);
  });

  it('are fitted again after a zoom: titles that fit unwrap, none in view is cut', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '' }, width: 1200 });
    await fitted(el);
    query<HTMLButtonElement>(el, '[data-action="zoom-in"]').click();
    await fitted(el);
    query<HTMLButtonElement>(el, '[data-action="zoom-out"]').click();
    query<HTMLButtonElement>(el, '[data-action="zoom-out"]').click();
    await fitted(el);
    // Back at the whole period: only titles at the edge are wrapped (those wrapped while zoomed in unwrapped).
    for (const title of shadow(el).querySelectorAll<HTMLElement>('.item-title.item-title-fitted')) {
      expect(title.getBoundingClientRect().right, `"${title.textContent}" wrapped only where it must`).to.be.greaterThan(query(el, '.vis-panel.vis-center').getBoundingClientRect().right - 130);
    }
    expect(overlappingItems(el)).to.deep.equal([]);
  });

  // Views that put titles a few words' width from the edge, where the room left is a word or two.
  const views = [
    ['1935-06-01', '1937-01-01'],
    ['1936-09-01', '1938-03-01'],
    ['1937-02-01', '1937-12-01'],
    ['1938-05-01', '1939-09-01'],
    ['1939-03-01', '1941-03-01'],
    ['1940-01-01', '1941-05-01'],
  ];
  for (const width of [1200, 360]) {
    it(`break inside a word only where the word is wider than the room left (${width} px, ${views.length} views)`, async () => {
      const needless: string[] = [];
      let wrapped = 0;
      for (const [start, end] of views) {
        const el = await mountTimeline({ attributes: { 'no-url-sync': '', start: start!, end: end! }, width });
        await fitted(el);
        for (const title of shadow(el).querySelectorAll<HTMLElement>('.vis-foreground .item-title-fitted')) {
          wrapped += 1;
          const text = title.firstChild!;
          const room = title.getBoundingClientRect().width;
          // Words, as the break rules have them: a line may end after a hyphen or a dash ("Tukhachevsky–").
          for (const match of (text.textContent ?? '').matchAll(/[^\s\-–—]+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            // A word drawn on two lines has a box on each; it had to be broken only if it is wider than the title.
            const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0);
            const lines = new Set(boxes.map((rect) => Math.round(rect.top)));
            const wordWidth = boxes.reduce((sum, rect) => sum + rect.width, 0);
            if (lines.size > 1 && wordWidth <= room + 1) needless.push(`${start}–${end}: ${match[0]} (${Math.round(wordWidth)} px) in "${title.textContent}" (${Math.round(room)} px)`);
          }
        }
        el.remove();
      }
      expect(wrapped, 'titles were fitted at the edge').to.be.greaterThan(0);
      expect(needless).to.deep.equal([]);
    });
  }

  it('a title with almost no room shows whole while its event is selected', async () => {
    // The Eighteenth Party Conference (February 1941) a few pixels from the view's right edge.
    const el = await mountTimeline({ attributes: { 'no-url-sync': '', start: '1939-03-01', end: '1941-03-01' }, width: 900 });
    await windowSettled(el);
    const item = itemElement(el, 'eighteenth-party-conference');
    await waitUntil(() => item.querySelector('.item-title-fitted'), 'the title fitted');
    const view = query(el, '.vis-panel.vis-center').getBoundingClientRect();
    const title = item.querySelector<HTMLElement>('.item-title')!;
    expect(title.getBoundingClientRect().right, 'cut at rest').to.be.greaterThan(view.right);
    el.selected = 'eighteenth-party-conference';
    await el.updateComplete;
    await waitUntil(() => item.classList.contains('vis-selected'), 'selected');
    const box = title.getBoundingClientRect();
    expect(box.right, 'whole when selected').to.be.at.most(view.right + 0.5);
    expect(box.left).to.be.at.least(view.left);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
  });
});
