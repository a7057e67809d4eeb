// Takes docs/screenshot.png of the demo page (run after `npm run build`): the README's picture
// is made from the code, not drawn by hand.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const port = 8765;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...CHROMIUM_ARGS, '--lang=en-GB'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${port}/${process.argv[2] ?? 'demo/'}`);
  await page.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length > 10);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: process.argv[3] ?? 'docs/screenshot.png', fullPage: true });
  console.log(`screenshot: ${process.argv[3] ?? 'docs/screenshot.png'}`);
} finally {
  await browser.close();
  server.kill();
}
