// The frame the zoom gesture does not see: the re-clustering once a zoom in has stopped
// (src/timeline/cluster-hold.ts keeps the clusters while the view narrows, and clusters the view
// reached once it has been still for 200 ms). Zooms our element (lanes, `--n` events) in with
// `--notches` Ctrl + wheel notches at the zoom gesture's pace (bench/gestures.mjs), then records
// every animation frame for 1.5 s after the last one and prints the longest, and when it came.
// Run `npm run build` first.
//
//   node bench/after-zoom.mjs --n 10000 --notches 8 --runs 3
import { parseArgs } from 'node:util';
import { startServer, launchBrowser, freshPage, sleep } from './harness.mjs';
import { GESTURE, paced } from './gestures.mjs';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '10000' }, notches: { type: 'string', default: '8' }, runs: { type: 'string', default: '3' } },
});
const n = Number(values.n);
const notches = Number(values.notches);
const server = await startServer([n]);
const { browser, close } = await launchBrowser();
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const { page, dispose } = await freshPage(browser);
    await page.goto(`${server.base}/ours.html?n=${n}&layout=lanes&tall=1`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.__bench.ready);
    await sleep(800);
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
    await page.keyboard.down('Control');
    await paced(notches, GESTURE.gapMs, () => page.mouse.wheel({ deltaY: -GESTURE.wheelDelta }));
    await page.keyboard.up('Control');
    const lastInput = await page.evaluate(() => performance.now());
    await sleep(1500);
    const frames = await page.evaluate(() => window.__afterZoomFrames);
    let longest = { gap: 0, at: 0 };
    for (let i = 1; i < frames.length; i++) {
      const gap = frames[i] - frames[i - 1];
      if (frames[i] > lastInput && gap > longest.gap) longest = { gap, at: frames[i - 1] - lastInput };
    }
    console.log(`run ${run}: N = ${n}, ${notches} notches in: longest frame in the 1.5 s after ${longest.gap.toFixed(1)} ms, starting ${Math.round(longest.at)} ms after the last notch`);
    await dispose();
  }
} finally {
  await close();
  await server.close();
}
