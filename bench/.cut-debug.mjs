import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
const port = 9534;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
  await page.goto(`http://localhost:${port}/demo/index.html`);
  await new Promise((r) => setTimeout(r, 5000));
  console.log(await page.evaluate(() => {
    const root = document.querySelector('purge-timeline').shadowRoot;
    const view = root.querySelector('.vis-panel.vis-center').getBoundingClientRect();
    return JSON.stringify({ view: [view.left, view.right, view.top, view.bottom] }) + '\n' + [...root.querySelectorAll('.vis-item .item-title')].slice(0, 8).map((t) => { const r = t.getBoundingClientRect(); return `${t.textContent.slice(0, 20)} ${Math.round(r.left)} ${Math.round(r.right)} ${Math.round(r.top)} ${Math.round(r.bottom)} sw=${t.scrollWidth} cw=${t.clientWidth}`; }).join('\n');
  }));
} finally { await browser.close(); server.kill(); }
