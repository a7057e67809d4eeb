// The demo pages as a reader meets them (issue 12), in headless Chromium through puppeteer-core,
// served for real by scripts/serve.mjs (run `npm run build` first). Chromium only: the
// layout-shift entries of the Layout Instability API exist only there.
//   node --test test/demo/layout.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const PAGES = ['index.html', 'article.html', 'dark.html', 'two-instances.html', 'own-data.html', 'error.html', 'react.html'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740, isMobile: true, hasTouch: true };
const port = 9000 + Math.floor(Math.random() * 900);
let server;
let browser;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  browser = await puppeteer.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS, '--lang=en-GB'] });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens a demo page with a layout-shift observer from the start, and waits for its first idle moment after every timeline drew. */
async function open(path, viewport) {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`http://localhost:${port}/demo/${path}`);
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('purge-timeline')];
      return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('.vis-item, [part="message"]'));
    },
    { timeout: 20000 },
  );
  await page.evaluate(() => Promise.all([...document.querySelectorAll('purge-timeline')].map((el) => el.timelineReady)));
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 2000 }), 500)));
  return page;
}

/** Titles cut short, of the items a reader sees in the timeline's view: the title's box against the view that clips it. */
function cutTitles(page) {
  return page.evaluate(() => {
    const root = document.querySelector('purge-timeline').shadowRoot;
    const view = root.querySelector('.vis-panel.vis-center').getBoundingClientRect();
    const visible = [...root.querySelectorAll('.vis-item')].filter((item) => {
      const r = item.getBoundingClientRect();
      // An item counts when at least 8 px of it is in view (one ending exactly at the view's edge shows nothing).
      return Math.min(r.right, view.right) - Math.max(r.left, view.left) >= 8 && r.bottom > view.top && r.top < view.bottom && item.querySelector('.item-title');
    });
    const cut = visible.filter((item) => {
      const title = item.querySelector('.item-title');
      const r = title.getBoundingClientRect();
      return r.width < 1 || r.left < view.left - 0.5 || r.right > view.right + 0.5 || r.top < view.top - 0.5 || r.bottom > view.bottom + 0.5 || title.scrollWidth > title.clientWidth + 1;
    });
    return { visible: visible.length, cut: cut.map((item) => item.querySelector('.item-title').textContent) };
  });
}

for (const [name, viewport] of [['1280×800', DESKTOP], ['360×740', PHONE]]) {
  for (const path of PAGES) {
    test(`${path} at ${name}: layout shift from load to the first idle ≤ 0.05`, async () => {
      const page = await open(path, viewport);
      const shift = await page.evaluate(() => window.__shift);
      await page.close();
      assert.ok(shift <= 0.05, `cumulative layout shift ${shift.toFixed(3)}`);
    });
  }

  test(`index.html at ${name}: the whole element fits the viewport, and a popover opening and closing shifts nothing`, async () => {
    const page = await open('index.html', viewport);
    const height = await page.$eval('purge-timeline', (el) => el.getBoundingClientRect().height);
    assert.ok(height <= viewport.height, `element ${height}px tall in a ${viewport.height}px viewport`);
    await page.evaluate(() => (window.__shift = 0));
    // A click on an event in the middle of the view: opening it moves nothing (walking to one
    // partly out of view moves the view, by design).
    const point = await page.evaluate(() => {
      const root = document.querySelector('purge-timeline').shadowRoot;
      const view = root.querySelector('.vis-panel.vis-center').getBoundingClientRect();
      const bottom = Math.min(view.bottom, window.innerHeight);
      const item = [...root.querySelectorAll('.vis-item')].find((node) => {
        const r = node.querySelector('.item-title')?.getBoundingClientRect();
        return r && r.left > view.left + view.width * 0.2 && r.right < view.right - 5 && r.top > view.top && r.bottom < bottom;
      });
      const r = item.querySelector('.item-title').getBoundingClientRect();
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('purge-timeline').shadowRoot.querySelector('[part="popover"]:popover-open'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('purge-timeline').shadowRoot.querySelector('[part="popover"]:popover-open'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const shift = await page.evaluate(() => window.__shift);
    await page.close();
    assert.equal(shift, 0);
  });
}

// Titles near the view's right edge wrap in the room left (src/timeline/item-label-fit.ts), so
// the 1940–41 events at the first view's edge read whole.
test('index.html at 1280×800: at most 10 % of the visible items show a cut title', async (t) => {
  const page = await open('index.html', DESKTOP);
  const { visible, cut } = await cutTitles(page);
  await page.close();
  t.diagnostic(`stacked at 1280×800: ${cut.length} of ${visible} visible items show a cut title`);
  assert.ok(visible >= 10, `${visible} items visible`);
  assert.ok(cut.length <= visible * 0.1, `${cut.length} of ${visible} cut: ${cut.join(' | ')}`);
});

// The same figure with a lane per category (`layout="lanes"`), reported in every run.
for (const [name, viewport, share] of [['1280×800', DESKTOP, 0.1], ['360×740', PHONE, 0.25]]) {
  test(`index.html with layout="lanes" at ${name}: at most ${share * 100} % of the visible items show a cut title`, async (t) => {
    const page = await open('index.html', viewport);
    await page.evaluate(async () => {
      const el = document.querySelector('purge-timeline');
      el.setAttribute('layout', 'lanes');
      await el.updateComplete;
      await el.timelineReady;
    });
    await page.waitForFunction(() => document.querySelector('purge-timeline').shadowRoot.querySelector('.vis-labelset .vis-label'));
    // Stacked again in lanes, then the titles at the edge fitted once the view is still.
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 2000 }), 800)));
    const { visible, cut } = await cutTitles(page);
    await page.close();
    t.diagnostic(`lanes at ${name}: ${cut.length} of ${visible} visible items show a cut title`);
    assert.ok(visible >= 5, `${visible} items visible`);
    assert.ok(cut.length <= visible * share, `${cut.length} of ${visible} cut: ${cut.join(' | ')}`);
  });
}

test('index.html at 360×740: at most 25 % of the visible items show a cut title', async (t) => {
  const page = await open('index.html', PHONE);
  const { visible, cut } = await cutTitles(page);
  await page.close();
  t.diagnostic(`stacked at 360×740: ${cut.length} of ${visible} visible items show a cut title`);
  assert.ok(visible >= 5, `${visible} items visible`);
  assert.ok(cut.length <= visible * 0.25, `${cut.length} of ${visible} cut: ${cut.join(' | ')}`);
});

test('index.html at 360×740: the toolbar takes at most two rows; the axis and the overview show whole years', async () => {
  const page = await open('index.html', PHONE);
  const result = await page.evaluate(() => {
    const root = document.querySelector('purge-timeline').shadowRoot;
    const controls = [...root.querySelectorAll('.toolbar button, .toolbar input')].filter((node) => node.getClientRects().length > 0 && node.offsetParent !== null);
    const rows = new Set(controls.map((node) => Math.round(node.getBoundingClientRect().top / 8)));
    const axis = root.querySelector('.vis-time-axis.vis-foreground')?.closest('.vis-panel')?.getBoundingClientRect();
    const axisYears = [...root.querySelectorAll('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')]
      .filter((node) => { const r = node.getBoundingClientRect(); return r.width > 0 && r.left >= (axis?.left ?? 0) - 1 && r.right <= (axis?.right ?? 1e9) + 1; })
      .map((node) => node.textContent.trim());
    const overview = root.querySelector('purge-timeline-overview').shadowRoot;
    const band = overview.querySelector('.band').getBoundingClientRect();
    const labels = [...overview.querySelectorAll('.year')].filter((node) => getComputedStyle(node).visibility !== 'hidden').map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      return { text: node.textContent.trim(), left: r.left, right: r.right, inside: r.left >= band.left - 1 && r.right <= band.right + 1 };
    });
    return { rows: rows.size, axisYears, labels };
  });
  await page.close();
  assert.ok(result.rows <= 2, `${result.rows} toolbar rows`);
  assert.ok(result.axisYears.length >= 4 && result.axisYears.every((text) => /^\d{4}$/.test(text)), `axis labels ${JSON.stringify(result.axisYears)}`);
  assert.ok(result.labels.length >= 2, `overview labels ${JSON.stringify(result.labels)}`);
  for (const label of result.labels) assert.match(label.text, /^\d{4}$/);
  for (const [a, b] of result.labels.slice(1).map((label, index) => [result.labels[index], label])) assert.ok(a.right <= b.left, `${a.text} and ${b.text} overlap`);
});
