// Real consumers of the packed tarball (`npm pack` after `npm run build`): TypeScript programs
// under `--strict` (skipLibCheck off) for every entry, node10 resolution, React 19 and Preact TSX;
// Svelte 5's and Vue 3's template typings (their own type packages, checked by tsc);
// a Vite production build of `import 'purge-timeline'` (size, warnings, what it bundles); and that
// build served under the README's strict CSP with Trusted Types, in Chromium.
// Nothing is downloaded: TypeScript, Vite, @types/react, preact, svelte, vue and lit come from this repository's
// node_modules (devDependencies), linked into the consumer's node_modules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { buildConsumer, linkPackages, RUNTIME_PACKAGES } from '../../bench/consumer-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'purge-timeline-consumers-'));
const app = join(work, 'app');
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * The budget for a bundler user's JavaScript, as `npm run check:size` has it (package.json): within
 * 10 % of the standalone bundle (131 KB gzip, budget 132,000 B).
 */
const CONSUMER_BUDGET_GZIP = 130_000;
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html purge-timeline";

before(() => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(work, info.filename), '-C', work]);
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  renameSync(join(work, 'package'), join(app, 'node_modules', 'purge-timeline'));
  linkPackages(app, [...RUNTIME_PACKAGES, '@types/react', 'csstype', 'preact', 'svelte', 'vue']);
});

const STRICT = { strict: true, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], noEmit: true, skipLibCheck: false, types: [] };

/** Type-checks `files` ({ name: source }) as one program with `options`; resolves, or rejects with tsc's output. */
async function typeCheck(name, files, options) {
  const dir = join(app, `check-${name}`);
  mkdirSync(dir, { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files: Object.keys(files) }));
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', dir], { cwd: dir });
  } catch (error) {
    assert.fail(`tsc failed for ${name}:\n${error.stdout}${error.stderr}`);
  }
}

/** The README's pattern, typed from `entry` alone: events on the element and on document, the event classes, `events` as a file. */
const usage = (entry) => `import { PurgeTimelineSelectEvent, PurgeTimelineErrorEvent, type EventsFile, type PurgeTimelineElement } from '${entry}';

const el: PurgeTimelineElement = document.createElement('purge-timeline');
el.addEventListener('purge-timeline-select', (event) => {
  const id: string | undefined = event.detail.id;
  const byUser: boolean = event.detail.byUser;
  console.log(id, byUser, event instanceof PurgeTimelineSelectEvent);
});
el.addEventListener('purge-timeline-range-change', (event) => console.log(event.detail.start.getUTCFullYear(), event.detail.end));
document.addEventListener('purge-timeline-error', (event) => console.log(event.detail.problems.length, event instanceof PurgeTimelineErrorEvent));
const file: EventsFile = { categories: [{ id: 'a', label: 'A' }], footnotes: [], events: [] };
el.events = file;
// @ts-expect-error \`events\` takes an events file, not any value
el.events = 42;
el.src = 'events.json';
`;

test('a strict TypeScript program types the events, their classes and `events` from each entry (bundler resolution)', async () => {
  await Promise.all(
    ['purge-timeline', 'purge-timeline/element', 'purge-timeline/bundle'].map((entry, i) =>
      typeCheck(`bundler-${i}`, { 'main.ts': `${entry === 'purge-timeline/element' ? '' : `import '${entry}';\n`}${usage(entry)}` }, { module: 'ESNext', moduleResolution: 'bundler', verbatimModuleSyntax: true }),
    ),
  );
});

test('node10 resolution (typesVersions) and node16 resolution find the same types', async () => {
  const source = `import type { PurgeTimelineElement } from 'purge-timeline/element';
import type { PurgeTimelineSelectEvent } from 'purge-timeline/bundle';
export function onSelect(el: PurgeTimelineElement, listener: (event: PurgeTimelineSelectEvent) => void): void {
  el.addEventListener('purge-timeline-select', (event) => listener(event));
}
`;
  await Promise.all([
    typeCheck('node10', { 'main.ts': source }, { module: 'CommonJS', moduleResolution: 'node10', ignoreDeprecations: '6.0' }),
    typeCheck('node16', { 'main.mts': source }, { module: 'Node16', moduleResolution: 'node16' }),
  ]);
});

test('React 19 and Preact TSX files type-check the element, its attributes and typed event props', async () => {
  const tsx = (framework) => `import type {} from 'purge-timeline/${framework}';
import 'purge-timeline';

export function Chronology() {
  return (
    <purge-timeline
      src="/events.json"
      locale="de"
      selected="great-purge"
      no-url-sync
      onpurge-timeline-select={(event) => console.log(event.detail.id?.toUpperCase())}
      onpurge-timeline-error={(event) => console.log(event.detail.problems.length)}
    />
  );
}

// @ts-expect-error \`events\` takes an events file
export const wrong = <purge-timeline events={42} />;
`;
  await Promise.all([
    typeCheck('react', { 'app.tsx': tsx('react') }, { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', types: [] }),
    typeCheck('preact', { 'app.tsx': tsx('preact') }, { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', jsxImportSource: 'preact' }),
  ]);
});

test("Svelte 5's SvelteHTMLElements and Vue 3's GlobalComponents type the tag's attributes and events", async () => {
  // What svelte-check and vue-tsc look up for \`<purge-timeline …>\` in a template, checked directly.
  const svelte = `import type {} from 'purge-timeline/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type Attributes = SvelteHTMLElements['purge-timeline'];
export const attributes: Attributes = {
  src: '/events.json',
  locale: 'de',
  layout: 'lanes',
  'no-url-sync': true,
  class: 'chronology',
  'onpurge-timeline-select': (event) => console.log(event.detail.id?.toUpperCase()),
  'onpurge-timeline-error': (event) => console.log(event.detail.problems.length),
};
// @ts-expect-error \`events\` takes an events file
export const wrong: Attributes = { events: 42 };
`;
  const vue = `import type {} from 'purge-timeline/vue';
import type { GlobalComponents } from 'vue';
import type { PurgeTimelineSelectEvent } from 'purge-timeline';

type Instance = InstanceType<GlobalComponents['purge-timeline']>;
export const props: Instance['$props'] = { src: '/events.json', locale: 'de', layout: 'lanes', 'no-url-sync': true, class: 'chronology' };
export function listen(instance: Instance, select: PurgeTimelineSelectEvent): void {
  instance.$emit('purge-timeline-select', select);
  // @ts-expect-error a select listener gets the select event, not a string
  instance.$emit('purge-timeline-select', 'great-purge');
  const id: string | undefined = instance.selected;
  console.log(id);
}
// @ts-expect-error \`events\` takes an events file
export const wrong: Instance['$props'] = { events: 42 };
// @ts-expect-error the element has no such event
export const unknownEvent = (instance: Instance) => instance.$emit('purge-timeline-unknown', 1);
`;
  await Promise.all([
    typeCheck('svelte', { 'app.ts': svelte }, { module: 'ESNext', moduleResolution: 'bundler' }),
    typeCheck('vue', { 'app.ts': vue }, { module: 'ESNext', moduleResolution: 'bundler' }),
  ]);
});

let consumer;
test(`a Vite production build of \`import 'purge-timeline'\` is at most ${CONSUMER_BUDGET_GZIP.toLocaleString('en-US')} B gzip of JavaScript, without warnings, with the slim engine`, async () => {
  consumer = await buildConsumer(app);
  assert.deepEqual(consumer.warnings, []);
  assert.ok(consumer.totalGzip <= CONSUMER_BUDGET_GZIP, `${consumer.totalGzip} B gzip: ${JSON.stringify(consumer.files)}`);
  // The package's own pre-slimmed vis-timeline, never vis-timeline's heavy builds or their peers.
  const heavy = consumer.modules.filter((id) => /node_modules\/(moment|core-js|xss|vis-timeline\/(peer|standalone))\b/.test(id.replace(/\\/g, '/')));
  assert.deepEqual(heavy, []);
  assert.ok(consumer.modules.some((id) => id.includes('purge-timeline/dist/lib/vendor/vis-timeline/')), 'the engine comes from dist/lib/vendor');
});

test('that build draws the chronology under the strict CSP with Trusted Types, with no violation', async (t) => {
  if (!consumer) return t.skip('the Vite build failed');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const file = join(consumer.outDir, path === '/' ? 'index.html' : decodeURIComponent(path));
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': STRICT_CSP }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluateOnNewDocument(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective}: ${event.sourceFile}:${event.lineNumber}`));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const count = await page.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length, { timeout: 20000 });
    assert.ok((await count.jsonValue()) > 10, 'events are drawn');
    const overviewHeight = await page.evaluate(() => document.querySelector('purge-timeline').shadowRoot.querySelector('purge-timeline-overview')?.getBoundingClientRect().height ?? 0);
    assert.ok(overviewHeight > 0, `the overview band is drawn (${overviewHeight} px)`);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
