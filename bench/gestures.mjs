// The gestures (issue 15), each on its own recording of frames:
// - zoom: 30 wheel events (15 × deltaY −100, then 15 × +100), one every 16 ms over the centre of
//   the timeline, sent without waiting for the page (a hand on a wheel does not wait), with Ctrl
//   held for our element (its wheel policy: a plain wheel scrolls the page, Ctrl + wheel zooms);
//   raw vis-timeline zooms on a plain wheel (no zoomKey), so it gets the plain wheel.
// - scroll: the same 30 events, plain, down then up, over our timeline: the page must scroll.
// - drag: 80 mouse moves, one every 17 ms (counted as pointermove: vis-timeline's hammer.js cancels
//   the pointerdown, which stops the compatibility mousemove events), dragging the overview window (ours) or the timeline's
//   body (raw) right, left twice as far, right again, after zooming in so that there is room.
// A frame is the gap between requestAnimationFrame callbacks, from the frame in which the page
// handled the first input to the third frame after the one in which it handled the last.
import { sleep, percentile } from './harness.mjs';

export const GESTURE = {
  wheelEvents: 30,
  wheelDelta: 100,
  gapMs: 16,
  // One move per frame at 60 Hz: Chromium hands the page at most one pointermove per frame, so
  // moves 16 ms apart are merged even on an idle page (74–78 of 80; bench/input-pace.mjs).
  dragGapMs: 17,
  dragSteps: 20, // mouse moves per drag distance (80 in all)
  dragPx: 200,
  zoomInBeforeDrag: 6, // Ctrl + wheel notches in before the drag: a window narrower than min–max
};

/** Frame statistics of one gesture. */
export function frameStats({ inputs, durations, maxScroll }, sent) {
  return {
    sent,
    handled: inputs,
    frames: durations.length,
    p95: percentile(durations, 95),
    max: durations.length ? Math.max(...durations) : undefined,
    over50: durations.filter((d) => d > 50).length,
    over100: durations.filter((d) => d > 100).length,
    maxScroll,
    durations: durations.map((d) => Math.round(d * 10) / 10),
  };
}

/** Sends `send(i)` for i < count, one every `gapMs`, without waiting for the page; then waits for every call. */
export async function paced(count, gapMs, send) {
  const pending = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const due = t0 + i * gapMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(i));
  }
  await Promise.all(pending);
}

/** Waits until the page has handled no new input for 300 ms and drawn 3 frames after its last one (or `patienceMs` passed). */
async function settle(page, patienceMs) {
  const until = Date.now() + patienceMs;
  let previous = -1;
  for (;;) {
    const state = await page.evaluate(() => window.__bench.gestureState());
    if (state.inputs === previous && state.framesAfterLast >= 3) return;
    if (Date.now() > until) return;
    previous = state.inputs;
    await sleep(300);
  }
}

async function record(page, type, count, send, patienceMs, gapMs = GESTURE.gapMs) {
  await page.evaluate((t) => window.__bench.startGesture(t), type);
  await paced(count, gapMs, send);
  await settle(page, patienceMs);
  return frameStats(await page.evaluate(() => window.__bench.stopGesture()), count);
}

/**
 * Runs the gestures on a loaded page (`?tall=1`), in the order scroll (ours only), zoom, drag;
 * `which` limits them; none starts after `deadline` (ms since the epoch). Returns `{ scroll?, zoom?, drag?, skipped? }`.
 */
export async function gestures(page, { kind, which = ['scroll', 'zoom', 'drag'], patienceMs = 30_000, deadline = Infinity } = {}) {
  const ours = kind === 'ours';
  const target = await page.evaluate(() => window.__bench.target());
  if (!target) throw new Error('no timeline body to interact with');
  const result = {};
  await page.mouse.move(target.x, target.y);
  const wheel = (deltaY) => page.mouse.wheel({ deltaY });
  const half = GESTURE.wheelEvents / 2;

  if (ours && which.includes('scroll')) {
    result.scroll = await record(page, 'wheel', GESTURE.wheelEvents, (i) => wheel(i < half ? GESTURE.wheelDelta : -GESTURE.wheelDelta), patienceMs);
    await page.evaluate(() => window.scrollTo(0, 0));
    await sleep(300);
  }
  const zoomKey = async (down) => {
    if (!ours) return;
    if (down) await page.keyboard.down('Control');
    else await page.keyboard.up('Control');
  };
  // Past the page's time budget the gestures left are skipped (`skipped` lists them).
  const late = (name) => {
    if (Date.now() <= deadline) return false;
    (result.skipped ??= []).push(name);
    return true;
  };
  if (which.includes('zoom') && !late('zoom')) {
    await zoomKey(true);
    result.zoom = await record(page, 'wheel', GESTURE.wheelEvents, (i) => wheel(i < half ? -GESTURE.wheelDelta : GESTURE.wheelDelta), patienceMs);
    await zoomKey(false);
  }
  if (which.includes('drag') && !late('drag')) {
    await zoomKey(true);
    for (let i = 0; i < GESTURE.zoomInBeforeDrag; i++) await wheel(-GESTURE.wheelDelta);
    await zoomKey(false);
    await sleep(1000);
    const scrubber = ours ? await page.evaluate(() => window.__bench.scrubberWindow()) : null;
    const from = scrubber ?? target;
    // The overview window moves a lot of time per pixel: drag it less far, but at least 40 px.
    const dx = scrubber ? Math.max(40, Math.min(GESTURE.dragPx, scrubber.width)) : GESTURE.dragPx;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    const steps = GESTURE.dragSteps;
    // Right by dx, left by 2·dx, right by dx: 4 × steps moves.
    const xAt = (i) => (i < steps ? from.x + (dx * (i + 1)) / steps : i < 3 * steps ? from.x + dx - (dx * (i + 1 - steps)) / steps : from.x - dx + (dx * (i + 1 - 3 * steps)) / steps);
    result.drag = await record(page, 'pointermove', 4 * steps, (i) => page.mouse.move(xAt(i), from.y), patienceMs, GESTURE.dragGapMs);
    await page.mouse.up();
    result.drag.dragged = scrubber ? 'overview window' : 'timeline body';
  }
  return result;
}
