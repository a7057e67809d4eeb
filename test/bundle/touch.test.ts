// Touch on the bundle: vis-timeline's gestures go through Hammer.js, which the bundle slims to its
// Pointer Events reader (scripts/rollup-plugin-slim-vis-timeline.mjs). A one-finger drag pans and
// a two-finger spread zooms in, as touch pointers (pointerType "touch") reach the page.
import { expect, waitUntil } from '@open-wc/testing';
import { settledWindow } from '../support/settled-window.js';
import { openBundlePage } from '../support/bundle-page.js';

interface TimelineLike extends HTMLElement {
  visibleWindow?: { start: Date; end: Date };
}

let frame: HTMLIFrameElement | undefined;

async function openPlainPage(): Promise<{ win: Window; el: TimelineLike; root: ShadowRoot }> {
  frame = await openBundlePage('/test/bundle/plain-page.html');
  const win = frame.contentWindow!;
  const el = win.document.querySelector('purge-timeline') as TimelineLike;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('.vis-item-content').length, 'items from the bundle', { timeout: 15000 });
  return { win, el, root: el.shadowRoot! };
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** Touch pointers as the browser sends them: down on the target, moves and up bubbling to the window. */
async function touchGesture(win: Window, target: Element, paths: readonly { from: { x: number; y: number }; to: { x: number; y: number } }[], steps = 12) {
  const send = (type: string, id: number, x: number, y: number) =>
    target.dispatchEvent(
      new (win as Window & typeof globalThis).PointerEvent(type, {
        pointerId: 10 + id,
        pointerType: 'touch',
        isPrimary: id === 0,
        clientX: x,
        clientY: y,
        buttons: type === 'pointerup' ? 0 : 1,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  paths.forEach((path, id) => send('pointerdown', id, path.from.x, path.from.y));
  for (let i = 1; i <= steps; i += 1) {
    await nextFrame(win);
    paths.forEach((path, id) =>
      send('pointermove', id, path.from.x + ((path.to.x - path.from.x) * i) / steps, path.from.y + ((path.to.y - path.from.y) * i) / steps),
    );
  }
  await nextFrame(win);
  paths.forEach((path, id) => send('pointerup', id, path.to.x, path.to.y));
}

describe('dist/purge-timeline.js by touch', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('pans with a one-finger drag and zooms in with a two-finger spread', async function () {
    this.timeout(40000);
    const { win, el, root } = await openPlainPage();
    const before = await settledWindow(el);
    const centre = root.querySelector('.vis-panel.vis-center') as HTMLElement;
    const box = centre.getBoundingClientRect();
    const y = box.y + Math.min(40, box.height / 2);
    const x = box.x + box.width / 2;

    await touchGesture(win, centre, [{ from: { x: x - 100, y }, to: { x: x + 150, y } }]);
    const panned = await settledWindow(el);
    expect(panned.start, 'a drag to the right shows earlier dates').to.be.lessThan(before.start);
    expect(panned.end - panned.start, 'a drag keeps the zoom').to.be.closeTo(before.end - before.start, (before.end - before.start) * 0.01);

    await touchGesture(win, centre, [
      { from: { x: x - 40, y }, to: { x: x - 200, y } },
      { from: { x: x + 40, y }, to: { x: x + 200, y } },
    ]);
    const pinched = await settledWindow(el);
    expect(pinched.end - pinched.start, 'spreading two fingers zooms in').to.be.lessThan((panned.end - panned.start) * 0.8);
  });
});
