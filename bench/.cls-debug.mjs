import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '/work/layout/scripts/find-browser.mjs';
const port = 9533;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: '/work/layout', env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS] });
const [w, h] = (process.argv[3] ?? '1280x800').split('x').map(Number);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: w, height: h });
  await page.evaluateOnNewDocument(() => {
    window.__log = [];
    const describe = (n) => { if (!n) return '?'; const path = []; let x = n; while (x && path.length < 4) { path.push((x.nodeName || '') + (x.className && typeof x.className === 'string' ? '.' + x.className.split(' ').slice(0,2).join('.') : '')); x = x.parentNode instanceof ShadowRoot ? x.parentNode.host : x.parentNode; } return path.join(' < '); };
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__log.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4), src: e.sources.map((s) => describe(s.node) + ` ${JSON.stringify([s.previousRect.y, s.previousRect.height])}->${JSON.stringify([s.currentRect.y, s.currentRect.height])}`) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.evaluateOnNewDocument(() => {
    window.__frames = [];
    const tick = () => {
      const el = document.querySelector('purge-timeline');
      const root = el?.shadowRoot;
      if (root) {
        const li = root.querySelector('.preview li');
        const item = root.querySelector('.vis-item');
        window.__frames.push([Math.round(performance.now()), !!root.querySelector('.preview'), li ? JSON.stringify([Math.round(li.getBoundingClientRect().y), Math.round(li.getBoundingClientRect().height), li.textContent.slice(0, 20)]) : '', item ? Math.round(item.getBoundingClientRect().y) + ':' + item.textContent.slice(0, 15) : '', root.querySelectorAll('.vis-item').length].join(' '));
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`http://localhost:${port}/demo/${process.argv[2] ?? 'index.html'}`);
  await new Promise((r) => setTimeout(r, 4000));
  if (process.argv[4] === 'popover') {
    await page.evaluate(() => { window.__log = []; document.querySelector('purge-timeline').selectNext(); });
    await new Promise((r) => setTimeout(r, 800));
    console.log('open', JSON.stringify(await page.evaluate(() => window.__log)));
    await page.evaluate(() => { window.__log = []; });
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 800));
  }
  console.log(JSON.stringify(await page.evaluate(() => window.__log), null, 1));
  const frames = await page.evaluate(() => window.__frames);
  let last = '';
  for (const f of process.argv[4] ? [] : frames) { const k = f.split(' ').slice(1).join(' '); if (k !== last) console.log(f); last = k; }
} finally { await browser.close(); server.kill(); }
