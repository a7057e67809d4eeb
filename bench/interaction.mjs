// The interaction whose frames are recorded: real wheel steps over the timeline's centre, in and
// out in turn, then a drag (of the overview window if the element has one, else of the timeline's
// body), all through puppeteer's mouse, i.e. real input events. Frame durations are the gaps
// between requestAnimationFrame callbacks in the page (bench/page-probe.js).
import { sleep, median, percentile } from './harness.mjs';

export const INTERACTION = {
  wheelSteps: 30,
  wheelDelta: 100, // one mouse-wheel notch in Chromium (wheelDelta 120): vis-timeline zooms by 1.2×
  wheelGapMs: 33, // ~30 notches a second: a fast spin of the wheel
  zoomInBeforeDrag: 2, // a view narrower than min–max, so that a drag can move it
  dragPx: 200,
  dragSteps: 20, // mouse moves for each 200 px
};

/** Input events the interaction sends (wheel notches and mouse moves while dragging). */
export const INPUT_EVENTS = INTERACTION.wheelSteps + INTERACTION.zoomInBeforeDrag + 1 + 4 * INTERACTION.dragSteps;

/**
 * Runs the interaction on a loaded benchmark page; returns the frame statistics. Past `deadline`
 * (ms since the epoch) no more input is sent: the frames recorded so far are returned, with
 * `truncated: true` and how many input events were sent.
 */
export async function interact(page, { deadline = Infinity, ...overrides } = {}) {
  const options = { ...INTERACTION, ...overrides };
  let sent = 0;
  const late = () => Date.now() > deadline;
  const target = await page.evaluate(() => window.__bench.target());
  if (!target) throw new Error('no timeline body to interact with');
  const windowAt = () => page.evaluate(() => window.__bench.window());
  const wheel = async (deltaY) => {
    if (late()) return;
    await page.mouse.wheel({ deltaY });
    sent++;
    await sleep(options.wheelGapMs);
  };
  /** Moves in `steps` equal mouse moves, as puppeteer's `steps` does, but stops at the deadline. */
  let at = { x: 0, y: 0 };
  const moveTo = async (x, y, steps = 1) => {
    const from = at;
    for (let i = 1; i <= steps && !late(); i++) {
      at = { x: from.x + ((x - from.x) * i) / steps, y: from.y + ((y - from.y) * i) / steps };
      await page.mouse.move(at.x, at.y);
      sent++;
    }
  };

  await moveTo(target.x, target.y);
  sent = 0;
  const before = await windowAt();
  await page.evaluate(() => window.__bench.startFrames());
  // In first: the first view is all of min–max, so out first would do nothing.
  for (let i = 0; i < options.wheelSteps; i++) await wheel(i % 2 === 0 ? -options.wheelDelta : options.wheelDelta);
  const afterWheel = await windowAt();
  for (let i = 0; i < options.zoomInBeforeDrag; i++) await wheel(-options.wheelDelta);
  const beforeDrag = await windowAt();

  const scrubber = await page.evaluate(() => window.__bench.scrubberWindow());
  const from = scrubber ?? target;
  // The overview window moves a lot of time per pixel: drag it less far, but at least 40 px.
  const dx = scrubber ? Math.max(40, Math.min(options.dragPx, scrubber.width)) : options.dragPx;
  let midDrag;
  if (!late()) {
    await moveTo(from.x, from.y);
    await page.mouse.down();
    await moveTo(from.x + dx, from.y, options.dragSteps);
    midDrag = await windowAt();
    await moveTo(from.x - dx, from.y, options.dragSteps * 2);
    await moveTo(from.x, from.y, options.dragSteps);
    await page.mouse.up();
    await sleep(100);
  }
  const durations = await page.evaluate(() => window.__bench.stopFrames());
  const afterDrag = await windowAt();
  const pageScrolled = await page.evaluate(() => window.scrollY);
  return {
    frames: durations.length,
    median: median(durations),
    p95: percentile(durations, 95),
    max: durations.length ? Math.max(...durations) : undefined,
    over50: durations.filter((d) => d > 50).length,
    over100: durations.filter((d) => d > 100).length,
    dragged: scrubber ? 'scrubber window' : 'timeline body',
    windows: { before, afterWheel, beforeDrag, midDrag, afterDrag },
    inputEvents: sent,
    truncated: late(),
    pageScrolled,
    durations: durations.map((d) => Math.round(d * 10) / 10),
  };
}
