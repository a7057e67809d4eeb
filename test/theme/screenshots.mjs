// Screenshots of demo pages in light, dark and forced colours at 1280×800 and 360×740, with the
// first event open, for judging by eye (axe misjudges forced colours). After `npm run build`:
//   node test/theme/screenshots.mjs [out-dir]     (default /tmp/purge-timeline-shots)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const out = process.argv[2] ?? '/tmp/purge-timeline-shots';
mkdirSync(out, { recursive: true });
const port = 9000 + Math.floor(Math.random() * 900);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const STATES = {
  light: [{ name: 'prefers-color-scheme', value: 'light' }],
  dark: [{ name: 'prefers-color-scheme', value: 'dark' }],
  forced: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }],
};
const SIZES = [
  [1280, 800],
  [360, 740],
];
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS, '--lang=en-GB'] });
try {
  for (const path of (process.env.PAGES ?? 'index.html,dark.html').split(',')) {
    for (const [state, features] of Object.entries(STATES)) {
      for (const [width, height] of SIZES) {
        const page = await browser.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features });
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
        await page.goto(`http://localhost:${port}/demo/${path}`);
        await page.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length > 3);
        await page.evaluate(async () => {
          const el = document.querySelector('purge-timeline');
          await el.timelineReady;
          el.shadowRoot.querySelector('[part="timeline"]').focus();
          el.selectNext();
          el.selectNext();
        });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const file = `${out}/${path.replace('.html', '')}-${state}-${width}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
