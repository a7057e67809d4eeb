/**
 * axe-core on every demo page (the built bundle: `npm run build` first) in the three colour
 * states a reader can be in, each with a popover open and then in list view:
 * - light: the system in light mode (both browsers);
 * - dark: the system in dark mode (Chromium: media emulation);
 * - forced colours (Chromium: emulation). axe judges contrast by author colours, which forced
 *   colours replace, so `color-contrast` is left out there; forced-colours.test.ts checks what is
 *   drawn instead, and the screenshots in the report show it.
 * Pages are opened in an iframe; stylesheets the test server sends as modules are applied by hand
 * (as test/demo/demo-pages.test.ts does; see there).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMediaFeatures, type MediaFeatures } from './emulate.js';

type AxeResult = { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] };
type FrameWindow = Window & typeof globalThis & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } };
interface TimelineLike extends HTMLElement {
  selectNext(): void;
  readonly timelineReady: Promise<void>;
}

const PAGES = ['index.html', 'article.html', 'dark.html', 'two-instances.html', 'own-data.html', 'error.html', 'react.html'];
/** Pages checked a second time with a lane per category (the reader's "By category" toggle). */
const LANES_PAGES = ['index.html', 'article.html'];

const STATES: { name: string; features: MediaFeatures; skipRules: string[] }[] = [
  { name: 'light', features: [{ name: 'prefers-color-scheme', value: 'light' }], skipRules: [] },
  { name: 'dark', features: [{ name: 'prefers-color-scheme', value: 'dark' }], skipRules: [] },
  { name: 'forced colours', features: [{ name: 'forced-colors', value: 'active' }], skipRules: ['color-contrast'] },
];

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

async function applyPageStylesheets(doc: Document): Promise<void> {
  const win = doc.defaultView as FrameWindow;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    let rules = 0;
    try {
      rules = link.sheet?.cssRules.length ?? 0;
    } catch {
      rules = 0;
    }
    if (rules > 0) continue;
    const module = (await import(new URL(link.href).pathname)) as { default?: unknown };
    if (typeof module.default !== 'string') throw new Error(`${link.href} is neither applied as CSS nor served as CSS text`);
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(module.default);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
}

async function openPage(path: string): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1100px; height: 800px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await applyPageStylesheets(doc);
  return { win: frame.contentWindow as FrameWindow, doc };
}

async function runAxe(page: { win: FrameWindow; doc: Document }, skipRules: string[]): Promise<AxeResult[]> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('could not load axe-core into the page')), { once: true });
      page.doc.head.append(script);
    });
  }
  const rules = Object.fromEntries(skipRules.map((id) => [id, { enabled: false }]));
  const { violations } = await page.win.axe!.run(page.doc, { resultTypes: ['violations'], rules });
  return violations;
}

function describe_(violations: readonly AxeResult[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 6).map((node) => JSON.stringify(node.target)).join(', ')}${v.nodes.length > 6 ? ` and ${v.nodes.length - 6} more` : ''}`).join('\n');
}

describe('axe on every demo page in light, dark and forced colours', function () {
  this.timeout(60000);

  before(async () => {
    const bundle = await fetch('/dist/purge-timeline.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('dist/purge-timeline.js is missing: run `npm run build` first');
  });

  for (const state of STATES) {
    describe(state.name, () => {
      before(async function () {
        try {
          await emulateMediaFeatures(state.features);
        } catch {
          // Firefox: no media emulation. Its light state is the default, so only that one runs.
          if (state.name !== 'light') this.skip();
        }
      });
      after(async () => {
        try {
          await emulateMediaFeatures([]);
        } catch {
          // Nothing to undo.
        }
      });

      const cases = [...PAGES.map((path) => ({ path, lanes: false })), ...LANES_PAGES.map((path) => ({ path, lanes: true }))];
      for (const { path, lanes } of cases) {
        it(`${path}${lanes ? ' with lanes' : ''}: 0 violations with a popover open, and in list view`, async () => {
          const page = await openPage(`/demo/${path}`);
          await waitUntil(() => [...page.doc.querySelectorAll('purge-timeline')].some((el) => el.shadowRoot?.querySelector('.vis-item')), `${path}: a timeline drew`, { timeout: 15000 });
          const timeline = [...page.doc.querySelectorAll<TimelineLike>('purge-timeline')].find((el) => el.shadowRoot?.querySelector('.vis-item'))!;
          await timeline.timelineReady;
          if (lanes) {
            timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="lanes"]')!.click();
            await timeline.timelineReady;
            await waitUntil(() => timeline.shadowRoot!.querySelector('.vis-labelset .vis-label'), `${path}: the lanes drew`, { timeout: 8000 });
          }
          timeline.selectNext();
          await waitUntil(() => timeline.shadowRoot!.querySelector('[part="popover"]')?.matches(':popover-open'), 'a popover opens', { timeout: 8000 });
          const withPopover = await runAxe(page, state.skipRules);
          timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="list"]')!.click();
          await waitUntil(() => timeline.shadowRoot!.querySelector('[part="list"]'), 'the list view shows', { timeout: 5000 });
          const inList = await runAxe(page, state.skipRules);
          const report = [withPopover.length ? `with a popover open:\n${describe_(withPopover)}` : '', inList.length ? `in list view:\n${describe_(inList)}` : ''].filter(Boolean).join('\n');
          expect(report, report).to.equal('');
        });
      }
    });
  }
});
