// What bench/run.mjs and bench/profile.mjs share: the files to serve, the browser launch, a fresh
// page per measurement, and small statistics helpers.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { createStaticServer } from './server.mjs';
import { oursPage, rawPage } from './pages.mjs';
import { makeDataset } from './dataset.mjs';
import { bundleFiles } from './bundle-files.mjs';

export const ROOT = new URL('../', import.meta.url);
export const path = (relative) => new URL(relative, ROOT).pathname;

export const FILES = {
  // The entry; the chunks it imports are found by bundleFiles() (bench/bundle-files.mjs).
  bundle: path('dist/purge-timeline.js'),
  visJs: path('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  visCss: path('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
};

// puppeteer adds its own headless flag; the rest are the closed network's (scripts/find-browser.mjs).
export const CHROME_ARGS = CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--headless'));

export const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

/**
 * The bundle's files (entry first, then every chunk reachable from it), read into memory: what the
 * server serves under `/dist/<name>` and what the size tables measure. dist/ may be rebuilt while
 * this reads it (files missing for a moment, and the chunks of two builds do not fit together:
 * minified export names change), so the files are read twice, and again a second apart, until two
 * reads agree and nothing is missing; after `patience` seconds it rejects, saying what is missing.
 */
export async function readBundle({ patience = 20 } = {}) {
  const read = () => {
    if (!existsSync(FILES.bundle)) return { error: 'dist/purge-timeline.js is missing: run `npm run build` first (`npm run bench` does)' };
    try {
      const files = bundleFiles(FILES.bundle).map((file) => ({
        ...file,
        url: `/dist/${file.name}`,
        body: file.missing ? undefined : readFileSync(file.path),
        mapBody: file.map ? readFileSync(file.map) : undefined,
      }));
      const missing = files.filter((file) => file.missing);
      if (missing.length) {
        return { error: `dist/ is incomplete: ${missing.map((f) => `${f.name} (imported by ${f.importedBy.map((i) => i.name).join(', ')})`).join(', ')} missing; run \`npm run build\`` };
      }
      return { files };
    } catch (error) {
      return { error: `dist/ could not be read: ${error.message}` }; // deleted between listing and reading
    }
  };
  const same = (a, b) => a.length === b.length && a.every((file, i) => file.name === b[i].name && file.body.equals(b[i].body));
  const until = Date.now() + patience * 1000;
  let previous = read();
  for (;;) {
    const current = read();
    if (previous.files && current.files && same(previous.files, current.files)) return current.files;
    if (Date.now() >= until) throw new Error(current.error ?? 'dist/ kept changing while it was read (a build running?): try again');
    previous = current;
    await sleep(1000);
  }
}

/**
 * Starts the static server with both pages, the code and the datasets for `sizes`. Every bundle
 * file is served under `/dist/<name>`; source maps are not served (the browser only asks for them
 * with DevTools open; profile.mjs maps in Node, with the `mapBody` of the files served).
 * `bundle` (from readBundle()) lets the caller measure the very bytes that are served.
 */
export async function startServer(sizes, { bundle } = {}) {
  bundle ??= await readBundle();
  const server = createStaticServer();
  server.add('/ours.html', oursPage);
  server.add('/raw.html', rawPage);
  for (const file of bundle) server.add(file.url, file.body);
  server.add('/vis/vis-timeline-graph2d.min.js', readFileSync(FILES.visJs));
  server.add('/vis/vis-timeline-graph2d.min.css', readFileSync(FILES.visCss));
  const datasets = {};
  for (const n of sizes) {
    const { file, items } = makeDataset(n);
    server.add(`/data/events-${n}.json`, JSON.stringify(file));
    server.add(`/data/raw-${n}.json`, JSON.stringify(items));
    datasets[n] = { events: file.events.length, items: items.length };
  }
  const base = await server.listen();
  return { base, datasets, bundle, close: () => server.close() };
}

/** Launches Debian's Chromium headless, with a fresh user-data-dir that `close()` removes. */
export async function launchBrowser({ protocolTimeout = 180_000 } = {}) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium-family browser found (see scripts/find-browser.mjs; `apt-get install -y chromium` on Debian)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'purge-timeline-bench-'));
  const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: CHROME_ARGS, protocolTimeout, defaultViewport: VIEWPORT });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, executablePath, close };
}

/**
 * A fresh page in its own browser context (no shared cache, storage or process), with the fixed
 * viewport and a CDP session. `dispose()` closes the context.
 */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await context.close().catch(() => {});
  };
  return { page, cdp, errors, dispose };
}

/** Rejects with a TimeoutError-like error after `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what}: timeout after ${ms / 1000} s`), { timeout: true })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Idle and total CPU time of the machine so far (ms, all cores). */
function cpuTimes() {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/**
 * Waits until the machine has been at least `idle` (a fraction) idle over `windowMs`, or `maxMs`
 * passed; resolves to how long it waited. A page closed just before (raw vis-timeline with 20,000
 * events leaves the browser busy for seconds) must not land on the next page's measurement.
 */
export async function untilMachineIsQuiet({ idle = 0.8, windowMs = 250, maxMs = 10_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const before = cpuTimes();
    await sleep(windowMs);
    const after = cpuTimes();
    const fraction = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (fraction >= idle || Date.now() - started >= maxMs) return Date.now() - started;
  }
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
