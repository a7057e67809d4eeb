// How many inputs an idle page (nothing on it but a tall div) is handed when they are sent as
// bench/gestures.mjs sends them: 80 mouse moves with the button down and 30 wheel events, one
// every 16, 17 and 20 ms, five pages each. Chromium hands a page at most one pointermove per
// frame, so moves sent faster than the frame rate are merged before any page code runs: the
// reason the drag gesture sends one every 17 ms.
//
//   node bench/input-pace.mjs
import { launchBrowser, freshPage, sleep } from './harness.mjs';
import { paced } from './gestures.mjs';

const { browser, close } = await launchBrowser();
try {
  for (const gapMs of [16, 17, 20]) {
    const counts = [];
    for (let run = 0; run < 5; run++) {
      const { page, dispose } = await freshPage(browser);
      await page.setContent('<div style="height: 3000px">idle</div>');
      await page.evaluate(() => {
        window.__moves = 0;
        window.__wheels = 0;
        addEventListener('pointermove', () => (window.__moves += 1), { capture: true, passive: true });
        addEventListener('wheel', () => (window.__wheels += 1), { capture: true, passive: true });
      });
      await page.mouse.move(100, 100);
      await page.mouse.down();
      const movesBefore = await page.evaluate(() => window.__moves);
      await paced(80, gapMs, (i) => page.mouse.move(102 + i * 2, 100));
      await sleep(300);
      const moves = (await page.evaluate(() => window.__moves)) - movesBefore;
      await page.mouse.up();
      await paced(30, gapMs, () => page.mouse.wheel({ deltaY: 100 }));
      await sleep(300);
      counts.push(`${moves}/80 moves, ${await page.evaluate(() => window.__wheels)}/30 wheel events`);
      await dispose();
    }
    console.log(`one every ${gapMs} ms: ${counts.join(' | ')}`);
  }
} finally {
  await close();
}
