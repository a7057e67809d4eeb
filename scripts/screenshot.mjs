// Takes docs/screenshot.png of the demo page (run after `npm run build`): the README's picture
// is made from the code, not drawn by hand.
//   node scripts/screenshot.mjs [page] [out.png] [WIDTHxHEIGHT] [--full] [--lanes] [--more]
// --lanes: the reader's "By category" toggle pressed first; --more: the phone toolbar's "More" menu open.
// e.g. `node scripts/screenshot.mjs demo/article.html /tmp/article-phone.png 360x740` (PORT picks the port).
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const port = Number(process.env.PORT ?? 8765);
const [width, height] = (process.argv[4] ?? '1280x800').split('x').map(Number);
const fullPage = process.argv.includes('--full');
const lanes = process.argv.includes('--lanes');
const more = process.argv.includes('--more');
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...CHROMIUM_ARGS, '--lang=en-GB'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
  await page.goto(`http://localhost:${port}/${process.argv[2] ?? 'demo/'}`);
  await page.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length > 10);
  const press = (selector) => page.evaluate((selector) => document.querySelector('purge-timeline').shadowRoot.querySelector(selector).click(), selector);
  if (lanes) {
    await press('button[data-action="lanes"]');
    await page.waitForFunction(() => document.querySelector('purge-timeline').shadowRoot.querySelector('.vis-labelset .vis-label'));
  }
  if (more) await press('button[aria-controls][aria-expanded]');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: process.argv[3] ?? 'docs/screenshot.png', fullPage });
  console.log(`screenshot: ${process.argv[3] ?? 'docs/screenshot.png'}`);
} finally {
  await browser.close();
  server.kill();
}
