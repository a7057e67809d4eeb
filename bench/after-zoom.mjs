// The frame the zoom gesture does not see: the re-clustering once a zoom in has stopped
// (src/timeline/cluster-hold.ts keeps the clusters while the view narrows, and clusters the view
// reached once it has been still for 200 ms). Zooms our element (lanes, `--n` events) in with
// `--notches` Ctrl + wheel notches at the zoom gesture's pace (bench/gestures.mjs), then records
// every animation frame for 1.5 s after the last one and prints the longest, and when it came, and
// every frame over 50 ms. `--after pan` drags the timeline sideways instead (200 px in 20 moves,
// the drag gesture's pace); `--after load` records from the moment the element is ready.
// Run `npm run build` first.
//
//   node bench/after-zoom.mjs --n 10000 --notches 8 --runs 3
//   node bench/after-zoom.mjs --n 20000 --after pan
import { parseArgs } from 'node:util';
import { startServer, launchBrowser, freshPage, sleep } from './harness.mjs';
import { GESTURE, paced } from './gestures.mjs';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    notches: { type: 'string', default: '8' },
    runs: { type: 'string', default: '3' },
    after: { type: 'string', default: 'zoom' },
  },
});
const after = values.after;
if (!['zoom', 'pan', 'load'].includes(after)) throw new Error(`--after: zoom, pan or load, not ${after}`);
const n = Number(values.n);
const notches = Number(values.notches);
const server = await startServer([n]);
const { browser, close } = await launchBrowser();
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const { page, dispose } = await freshPage(browser);
    await page.goto(`${server.base}/ours.html?n=${n}&layout=lanes&tall=1`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.__bench.ready);
    if (after !== 'load') await sleep(800);
    const target = await page.evaluate(() => window.__bench.target());
    await page.mouse.move(target.x, target.y);
    await page.evaluate(() => {
      const frames = (window.__afterZoomFrames = []);
      const loop = (timestamp) => {
        frames.push(timestamp);
        if (frames.length < 600) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    if (after === 'zoom') {
      await page.keyboard.down('Control');
      await paced(notches, GESTURE.gapMs, () => page.mouse.wheel({ deltaY: -GESTURE.wheelDelta }));
      await page.keyboard.up('Control');
    } else if (after === 'pan') {
      await page.mouse.down();
      const step = GESTURE.dragPx / GESTURE.dragSteps;
      await paced(GESTURE.dragSteps, GESTURE.dragGapMs, (i) => page.mouse.move(target.x - step * (i + 1), target.y));
      await page.mouse.up();
    }
    const lastInput = await page.evaluate(() => performance.now());
    await sleep(1500);
    const frames = await page.evaluate(() => window.__afterZoomFrames);
    let longest = { gap: 0, at: 0 };
    const long = [];
    for (let i = 1; i < frames.length; i++) {
      const gap = frames[i] - frames[i - 1];
      if (frames[i] <= lastInput) continue;
      const at = frames[i - 1] - lastInput;
      if (gap > longest.gap) longest = { gap, at };
      if (gap > 50) long.push(`${gap.toFixed(0)} ms at +${Math.round(at)}`);
    }
    const what = { zoom: `${notches} notches in`, pan: `a ${GESTURE.dragPx} px pan`, load: 'load' }[after];
    console.log(`run ${run}: N = ${n}, ${what}: longest frame in the 1.5 s after ${longest.gap.toFixed(1)} ms, starting ${Math.round(longest.at)} ms after the last input; frames over 50 ms: ${long.join(', ') || 'none'}`);
    await dispose();
  }
} finally {
  await close();
  await server.close();
}
