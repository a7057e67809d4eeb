// The embed page (dist/embed.html) in an iframe of another origin: the embed is served from
// 127.0.0.1, the framing page from localhost, in Chromium, with the iframe sandboxed as docs/embed.md
// says (allow-scripts allow-same-origin allow-popups). Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shipped = JSON.parse(readFileSync(join(root, 'events.json'), 'utf8'));
const LINKED = shipped.events[5];
const OTHER = shipped.events[2];
const parentScript = readFileSync(join(root, 'dist/embed-parent.js'), 'utf8');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let embedServer;
let parentServer;
let browser;
let embedOrigin;
let parentOrigin;

function listen(server, host) {
  return new Promise((resolve) => server.listen(0, host, () => resolve(`http://${host}:${server.address().port}`)));
}

before(async () => {
  // The embed's origin: the package's files (dist/, events.json), as a CDN would serve them.
  embedServer = createServer((request, response) => {
    try {
      const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      if (!path.startsWith(join(root, 'dist')) && !path.startsWith(join(root, 'test/fixtures'))) throw new Error('not served');
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  embedOrigin = await listen(embedServer, '127.0.0.1');
  // The framing page's origin: an article with one iframe, with or without the parent script.
  parentServer = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const query = url.searchParams.get('embed') ?? '';
    const script = url.searchParams.has('with-script') ? `<script>${parentScript}</script>` : '';
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><title>An article</title>
<h1>An article</h1><p>Before the chronology.</p>
<iframe data-purge-timeline title="Chronology" src="${embedOrigin}/dist/embed.html?${query}" sandbox="allow-scripts allow-same-origin allow-popups" allow="clipboard-write" style="width: 100%; height: 320px; border: 0"></iframe>
<p>After it.</p>${script}</html>`);
  });
  parentOrigin = await listen(parentServer, 'localhost');
  browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  embedServer?.close();
  parentServer?.close();
});

/** Opens the framing page; resolves with the page and the embed's frame once the timeline is drawn. */
async function openArticle(search) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(() => {
    window.heights = [];
    addEventListener('message', (event) => event.data?.type === 'purge-timeline:height' && window.heights.push(event.data.height));
  });
  await page.goto(`${parentOrigin}/${search}`);
  const frameHandle = await page.waitForSelector('iframe[data-purge-timeline]');
  const frame = await frameHandle.contentFrame();
  await frame.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length > 5, { timeout: 20000 });
  return { page, frame, errors };
}

/** Waits until the popover is open (not only rendered: it opens a frame after its content) on `title`. */
const waitForOpenEvent = (frame, title, options = {}) =>
  frame.waitForFunction(
    (title) => {
      const popover = document.querySelector('purge-timeline').shadowRoot.querySelector('[part="popover"]');
      return popover?.matches(':popover-open') && popover.textContent.includes(title);
    },
    options,
    title,
  );

const openEventTitle = (frame) =>
  frame.evaluate(() => {
    const popover = document.querySelector('purge-timeline').shadowRoot.querySelector('[part="popover"]');
    return popover?.matches(':popover-open') ? popover.querySelector('.popover-title')?.textContent : undefined;
  });

test('in a sandboxed cross-origin iframe with no script on the page, it draws, opens the linked event, in the language asked for', async () => {
  const { page, frame, errors } = await openArticle(`?embed=${encodeURIComponent(`event=${LINKED.id}&lang=de&theme=dark`)}`);
  try {
    assert.notEqual(new URL(frame.url()).origin, parentOrigin, 'the frame is cross-origin');
    await waitForOpenEvent(frame, LINKED.title, {});
    assert.equal(await openEventTitle(frame), LINKED.title);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
    // The page still posts its height; nobody listens, and the iframe keeps the author's height.
    await page.waitForFunction(() => window.heights.length > 0);
    assert.equal(await page.$eval('iframe', (frame) => frame.getBoundingClientRect().height), 320);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('with the parent script: the iframe takes the posted height, and "Copy link" links to the parent page', async () => {
  const { page, frame } = await openArticle(`?with-script&embed=${encodeURIComponent(`event=${LINKED.id}`)}`);
  try {
    await page.waitForFunction(() => window.heights.length > 0 && Math.abs(document.querySelector('iframe').getBoundingClientRect().height - window.heights.at(-1)) < 1);
    const posted = await page.evaluate(() => window.heights.at(-1));
    const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('purge-timeline').getBoundingClientRect().height));
    assert.equal(posted, contentHeight, 'the posted height is the chronology’s');
    assert.ok(posted > 320, `taller than the author's 320 px (${posted})`);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true, 'nothing to scroll inside the frame');

    await frame.waitForFunction(() => document.querySelector('purge-timeline').linkBase !== undefined);
    await waitForOpenEvent(frame, LINKED.title, {});
    const copied = await frame.evaluate(async () => {
      let text;
      navigator.clipboard.writeText = async (value) => {
        text = value;
      };
      document.querySelector('purge-timeline').shadowRoot.querySelector('[data-action="copy-link"]').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return text;
    });
    const link = new URL(copied);
    assert.equal(link.origin, parentOrigin, `the copied link is the parent page's (${copied})`);
    assert.equal(link.searchParams.get('purge-timeline'), LINKED.id);
    assert.equal(link.searchParams.get('with-script'), '', "the parent page's own query is kept");
  } finally {
    await page.close();
  }
});

test('a link to the parent page that names an event opens it in the embed', async () => {
  const { page, frame } = await openArticle(`?with-script&purge-timeline=${OTHER.id}&embed=`);
  try {
    await waitForOpenEvent(frame, OTHER.title, { timeout: 20000 });
    assert.equal(await openEventTitle(frame), OTHER.title);
  } finally {
    await page.close();
  }
});

test('without the parent script, "Copy link" gives the embed page\'s own link', async () => {
  const { page, frame } = await openArticle(`?embed=${encodeURIComponent(`event=${LINKED.id}`)}`);
  try {
    await waitForOpenEvent(frame, LINKED.title, {});
    const copied = await frame.evaluate(async () => {
      let text;
      navigator.clipboard.writeText = async (value) => {
        text = value;
      };
      document.querySelector('purge-timeline').shadowRoot.querySelector('[data-action="copy-link"]').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return text;
    });
    const link = new URL(copied);
    assert.equal(`${link.origin}${link.pathname}`, `${embedOrigin}/dist/embed.html`);
    assert.equal(link.searchParams.get('purge-timeline'), LINKED.id);
  } finally {
    await page.close();
  }
});
