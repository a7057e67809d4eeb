/**
 * The demo pages as a reader gets them: each page opened in an iframe with the built bundle
 * (dist/purge-timeline.js, `npm run build`) and, for the React page, demo/react/app.js
 * (`npm run build:demo`, i.e. `node scripts/build-demo.mjs`).
 *
 * About stylesheets: web-test-runner.config.mjs serves every `.css` file as a JavaScript module (so
 * the element can import vis-timeline's CSS), and a browser refuses such a file as a stylesheet.
 * So that the pages are tested with their real styles, `applyPageStylesheets` applies each page
 * stylesheet the browser refused: it imports that very file (the module's default export is the
 * file's text) and adopts it into the page. Where the server sends real CSS, it does nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import shippedFile from '../../events.json';

interface EventsFile {
  title?: string;
  categories: { id: string; label: string }[];
  events: { id: string; title: string; date: string; end?: string; category: string; footnotes: number[] }[];
}

const shipped = shippedFile as unknown as EventsFile;

interface TimelineLike extends HTMLElement {
  selected?: string;
  start?: string;
  end?: string;
  events?: unknown;
  src?: string;
  readonly timelineReady: Promise<void>;
  readonly visibleWindow?: { start: Date; end: Date };
  selectNext(): void;
}

type AxeResult = { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] };
type FrameWindow = Window & typeof globalThis & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> } };

interface Page {
  readonly frame: HTMLIFrameElement;
  readonly win: FrameWindow;
  readonly doc: Document;
}

/** Every demo page, and what the index calls it. */
const PAGES = ['index.html', 'article.html', 'dark.html', 'two-instances.html', 'own-data.html', 'error.html', 'react.html'];
const EXAMPLES = PAGES.filter((page) => page !== 'index.html');

const BUILD_HINT = 'run `npm run build` first (npm test does)';
const DEMO_BUILD_HINT = 'run `node scripts/build-demo.mjs` (npm run build:demo) first';

async function requireFile(path: string, hint: string): Promise<void> {
  const response = await fetch(path, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${path.slice(1)} is missing (${response.status}): ${hint}`);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

let frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/**
 * Applies the page stylesheets the browser refused (see the top of the file). A refused
 * stylesheet has no sheet, or an empty one; its text comes from importing the same URL.
 */
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

/** Opens a demo page in an iframe at the top left of the viewport (so it gets animation frames). */
async function openPage(path: string, { width = 1100, height = 800 } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff`;
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await applyPageStylesheets(doc);
  return { frame, win: frame.contentWindow as FrameWindow, doc };
}

function timelines(doc: Document): TimelineLike[] {
  return [...doc.querySelectorAll<TimelineLike>('purge-timeline')];
}

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<purge-timeline${el.id ? ` id="${el.id}"` : ''}> has no shadow root: the bundle did not register it`);
  return el.shadowRoot;
}

function text(node: Node | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function statusText(el: Element): string {
  return text(shadow(el).querySelector('[part="status"]'));
}

function messageLines(el: Element): string[] {
  return [...shadow(el).querySelectorAll('[part="message"] li')].map((li) => text(li));
}

/** Ids of the events vis-timeline has drawn. */
function drawnIds(el: Element): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.vis-item [data-event-id]')].map((item) => item.dataset['eventId']!);
}

/** Waits until every timeline on the page has drawn its items or shows a message. */
async function pageReady(doc: Document, timeout = 10000): Promise<TimelineLike[]> {
  await waitUntil(
    () => {
      const all = timelines(doc);
      return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('.vis-item, [part="message"]'));
    },
    'every <purge-timeline> on the page drew its events or showed a message',
    { timeout },
  );
  const all = timelines(doc);
  await Promise.all(all.map((el) => el.timelineReady));
  return all;
}

function popoverOf(el: Element): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[part="popover"]')!;
}

function popoverIsOpen(el: Element): boolean {
  const popover = popoverOf(el);
  return typeof popover.showPopover === 'function' ? popover.matches(':popover-open') : !popover.hidden;
}

/** [r, g, b] of a computed `rgb()`/`rgba()` colour. */
function rgb(colour: string): [number, number, number] {
  const match = colour.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.win.location.href).searchParams;
}

async function runAxe(page: Page): Promise<AxeResult[]> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('could not load axe-core into the page')), { once: true });
      page.doc.head.append(script);
    });
  }
  const { violations } = await page.win.axe!.run(page.doc, { resultTypes: ['violations'] });
  return violations;
}

/**
 * Rules that judge the element's insides by what the page around it does: the colours the page
 * sets (the dark theme) and where it places the element in its outline of headings.
 */
const PAGE_DEPENDENT_RULES = new Set(['color-contrast', 'heading-order']);

/**
 * The page's own findings, and those inside an element's shadow root (axe gives such a node's
 * target as a path through the shadow root: an array inside the array). The page answers for its
 * markup, and for the rules above wherever they are.
 */
function splitViolations(violations: readonly AxeResult[]): { page: AxeResult[]; element: AxeResult[] } {
  const insideElement = (node: { target: unknown[] }) => node.target.some((part) => Array.isArray(part));
  const isPages = (violation: AxeResult, node: { target: unknown[] }) => !insideElement(node) || PAGE_DEPENDENT_RULES.has(violation.id);
  const pick = (keep: (violation: AxeResult, node: { target: unknown[] }) => boolean) =>
    violations.map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => keep(violation, node)) })).filter((violation) => violation.nodes.length > 0);
  return { page: pick(isPages), element: pick((violation, node) => !isPages(violation, node)) };
}

function describeViolations(violations: readonly AxeResult[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`).join('\n');
}

/** Fails with the findings listed one a line, not as a deep-equal diff of axe's objects. */
function expectNoViolations(violations: readonly AxeResult[], where: string): void {
  if (violations.length > 0) expect.fail(`axe on ${where}:\n${describeViolations(violations)}`);
}

describe('demo pages', function () {
  this.timeout(30000);

  before(async () => {
    await requireFile('/dist/purge-timeline.js', BUILD_HINT);
  });

  describe('every page', () => {
    it('is a real page: lang="en", a title, one h1, module scripts only, no inline script, style or handler', async () => {
      for (const page of PAGES) {
        const response = await fetch(`/demo/${page}`);
        expect(response.ok, `demo/${page} is served`).to.equal(true);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        expect(doc.documentElement.lang, `${page}: <html lang>`).to.equal('en');
        expect(doc.title.trim(), `${page}: <title>`).not.to.equal('');
        expect(doc.querySelectorAll('h1'), `${page}: one <h1>`).to.have.length(1);
        expect(doc.querySelector('meta[name="viewport"]'), `${page}: a viewport meta tag`).to.not.equal(null);
        const scripts = [...doc.querySelectorAll('script')];
        expect(scripts.length, `${page}: has a script`).to.be.greaterThan(0);
        for (const script of scripts) {
          expect(script.type, `${page}: ${script.outerHTML} is a module`).to.equal('module');
          expect(script.getAttribute('src'), `${page}: ${script.outerHTML} is external`).to.be.a('string').and.not.equal('');
          expect(script.textContent!.trim(), `${page}: ${script.outerHTML} has no inline code`).to.equal('');
        }
        expect(doc.querySelectorAll('style'), `${page}: no <style> element`).to.have.length(0);
        const inline = [...doc.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.name === 'style' || attribute.name.startsWith('on')).map((attribute) => `<${element.localName} ${attribute.name}>`),
        );
        expect(inline, `${page}: no style attributes or inline event handlers`).to.deep.equal([]);
      }
    });

    for (const page of PAGES) {
      it(`${page} passes axe, with its timelines drawn`, async () => {
        if (page === 'react.html') await requireFile('/demo/react/app.js', DEMO_BUILD_HINT);
        const opened = await openPage(`/demo/${page}`);
        await pageReady(opened.doc);
        const { page: own, element } = splitViolations(await runAxe(opened));
        if (element.length > 0) console.warn(`${page}: axe findings inside <purge-timeline>'s own shadow DOM (src/, not the page):\n${describeViolations(element)}`);
        expectNoViolations(own, page);
      });

      it(`${page} fits a 360 px wide screen and still passes axe`, async () => {
        if (page === 'react.html') await requireFile('/demo/react/app.js', DEMO_BUILD_HINT);
        const opened = await openPage(`/demo/${page}`, { width: 360, height: 740 });
        const { doc } = opened;
        await pageReady(doc);
        const overflowing = [...doc.body.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getBoundingClientRect().right > 361 && !element.closest('.table-scroll, pre'))
          .map((element) => `<${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}>`);
        expect(doc.documentElement.scrollWidth, `no sideways scrolling; too wide: ${overflowing.slice(0, 5).join(', ')}`).to.be.at.most(360);
        // Narrow layouts have their own failure modes (a region that scrolls, text that clips).
        expectNoViolations(splitViolations(await runAxe(opened)).page, `${page} at 360 px`);
      });
    }
  });

  describe('index.html', () => {
    it('keeps the full chronology and links to every other demo page, each of which resolves', async () => {
      const { doc } = await openPage('/demo/index.html');
      const [chronology] = await pageReady(doc);
      expect(chronology!.id).to.equal('chronology');
      expect(statusText(chronology!)).to.equal(`${shipped.events.length} events.`);

      const nav = [...doc.querySelectorAll('nav')].find((element) => /More examples/.test(text(element)));
      expect(nav, 'a "More examples" nav').to.not.equal(undefined);
      const links = [...nav!.querySelectorAll<HTMLAnchorElement>('a[href]')];
      const targets = links.map((link) => new URL(link.href).pathname.replace(/^\/demo\//, ''));
      expect(targets).to.include.members(EXAMPLES);
      for (const link of links) {
        expect(text(link), `${link.href} has link text`).not.to.equal('');
        const response = await fetch(link.href, { method: 'HEAD' });
        expect(response.status, `HEAD ${link.href}`).to.equal(200);
      }
    });
  });

  describe('article.html', () => {
    it('puts the timeline between paragraphs at the column width (about 680 px), opening on 1937–1938', async () => {
      const { doc } = await openPage('/demo/article.html', { width: 1200, height: 900 });
      const [el] = await pageReady(doc);
      const block = el!.closest('figure') ?? el!;
      expect(block.previousElementSibling?.localName, 'a paragraph before the timeline').to.equal('p');
      expect(block.nextElementSibling?.localName, 'a paragraph after the timeline').to.equal('p');
      expect(doc.querySelectorAll('article > p').length, 'about five paragraphs').to.be.within(4, 7);

      const width = el!.getBoundingClientRect().width;
      expect(width, `the timeline is ${width} px wide`).to.be.within(640, 720);
      const paragraph = doc.querySelector('article > p')!.getBoundingClientRect();
      expect(Math.abs(paragraph.width - width), 'as wide as the column of text').to.be.below(2);

      expect(el!.getAttribute('start')).to.equal('1937-01');
      expect(el!.getAttribute('end')).to.equal('1938-12');
      await waitUntil(() => drawnIds(el!).length > 0, 'items drawn');
      await waitUntil(() => el!.visibleWindow?.start.getUTCFullYear() === 1937, 'the view opens on 1937');
      expect(drawnIds(el!)).to.include('army-commanders-arrested');
      expect(statusText(el!)).to.equal(`${shipped.events.length} events.`);
    });
  });

  describe('dark.html', () => {
    it('is dark through the custom properties and ::part() rules of the page’s stylesheet', async () => {
      const page = await openPage('/demo/dark.html');
      const { doc, win } = page;
      const [el] = await pageReady(doc);
      const root = shadow(el!);

      expect(luminance(win.getComputedStyle(doc.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? win.getComputedStyle(doc.documentElement).backgroundColor : win.getComputedStyle(doc.body).backgroundColor), 'a dark page').to.be.below(0.05);

      const host = win.getComputedStyle(el!);
      expect(host.getPropertyValue('--purge-timeline-surface').trim(), 'the surface property is the page’s').to.equal('#1a1d22');
      expect(host.getPropertyValue('--purge-timeline-text').trim(), 'the text property is the page’s').to.equal('#ecebe8');
      expect(rgb(host.backgroundColor), 'the element’s background comes from --purge-timeline-surface').to.deep.equal([0x1a, 0x1d, 0x22]);
      expect(rgb(host.color), 'the element’s text comes from --purge-timeline-text').to.deep.equal([0xec, 0xeb, 0xe8]);
      expect(luminance(host.backgroundColor), 'a dark background').to.be.below(0.05);
      expect(luminance(host.color), 'light text').to.be.above(0.7);

      // Inside the shadow root: a property reaching the items, and ::part() rules reaching their parts.
      // An event, not an era's band (a background item, tinted by color-mix()).
      const item = root.querySelector('.vis-item:not(.vis-background)')!;
      expect(luminance(win.getComputedStyle(item).backgroundColor), 'items on a dark surface').to.be.below(0.1);
      const search = win.getComputedStyle(root.querySelector('[part="search"]')!);
      expect(rgb(search.backgroundColor), '::part(search) background').to.deep.equal([0x10, 0x12, 0x15]);
      expect(luminance(search.color), 'light text in the search box').to.be.above(0.7);
      const status = win.getComputedStyle(root.querySelector('[part="status"]')!);
      expect(rgb(status.color), '::part(status) colour').to.deep.equal([0xc9, 0xc6, 0xbf]);
      const toolbar = win.getComputedStyle(root.querySelector('[part="toolbar"]')!);
      expect(rgb(toolbar.borderBottomColor), '::part(toolbar) rule').to.deep.equal([0x2f, 0x34, 0x3c]);

      // The citation popover, once open.
      el!.selected = 'munich-agreement';
      await waitUntil(() => popoverIsOpen(el!), 'the popover opens');
      const popover = win.getComputedStyle(popoverOf(el!));
      expect(rgb(popover.backgroundColor), '::part(popover) background').to.deep.equal([0x20, 0x24, 0x2a]);
      expect(luminance(popover.color), 'light text in the popover').to.be.above(0.7);
      expect(popover.boxShadow, '::part(popover) shadow').to.not.equal('none');

      // The colours the page chose keep their contrast in the popover and in the list.
      const withPopover = splitViolations(await runAxe(page)).page;
      expectNoViolations(withPopover, 'dark.html with the popover open');
      el!.selected = '';
      (root.querySelector('button[data-action="list"]') as HTMLButtonElement).click();
      await waitUntil(() => root.querySelector('[part="list"]'), 'the list view');
      expect(luminance(win.getComputedStyle(root.querySelector('[part="list"]')!).backgroundColor), '::part(list) background').to.be.below(0.05);
      const withList = splitViolations(await runAxe(page)).page;
      expectNoViolations(withList, 'dark.html in the list view');
    });
  });

  describe('two-instances.html', () => {
    it('shows different data in each, and each writes only its own key into the URL', async () => {
      const second = await fetchJson<EventsFile>('/demo/data/second-front.json');
      const page = await openPage('/demo/two-instances.html');
      await pageReady(page.doc);
      const first = page.doc.getElementById('first') as TimelineLike;
      const other = page.doc.getElementById('second') as TimelineLike;

      await waitUntil(() => statusText(other) === `${second.events.length} events.`, `the second shows its ${second.events.length} events`);
      expect(statusText(first)).to.equal(`${shipped.events.length} events.`);
      expect(second.events.length).to.not.equal(shipped.events.length);
      const secondIds = new Set(second.events.map((event) => event.id));
      expect(drawnIds(other).every((id) => secondIds.has(id)), 'the second draws only its own events').to.equal(true);
      expect(drawnIds(first).some((id) => !secondIds.has(id)), 'the first draws events the second does not have').to.equal(true);
      const legend = (el: Element) => [...shadow(el).querySelectorAll('[part="legend"] button')].map((button) => text(button));
      expect(legend(other)).to.deep.equal(second.categories.map((category) => category.label));
      expect(legend(first)).to.deep.equal(shipped.categories.map((category) => category.label));
      expect([...searchParams(page).keys()], 'no state in the URL yet').to.deep.equal([]);

      other.selectNext();
      await waitUntil(() => other.selected && searchParams(page).get('second') === other.selected, 'the second writes ?second=…');
      const secondSelected = other.selected!;
      expect(secondIds.has(secondSelected)).to.equal(true);
      expect([...searchParams(page).keys()].every((key) => key === 'second' || key.startsWith('second-')), `only the second's keys: ${page.win.location.search}`).to.equal(true);
      expect(first.selected || undefined, 'the first is unaffected').to.equal(undefined);

      first.selectNext();
      await waitUntil(() => first.selected && searchParams(page).get('first') === first.selected, 'the first writes ?first=…');
      expect(searchParams(page).get('second'), 'the second’s key is kept').to.equal(secondSelected);
      expect(other.selected, 'the second’s selection is unaffected').to.equal(secondSelected);

      // The page's own readout of the address follows.
      await waitUntil(() => text(page.doc.getElementById('address')).includes(`first=${first.selected}`), 'the page shows the query string');
      expect(text(page.doc.getElementById('address'))).to.include(`second=${secondSelected}`);
    });

    it('opens both events from a link with both keys', async () => {
      const { doc } = await openPage('/demo/two-instances.html?first=army-commanders-arrested&second=munich-agreement');
      await pageReady(doc);
      const first = doc.getElementById('first') as TimelineLike;
      const other = doc.getElementById('second') as TimelineLike;
      await waitUntil(() => first.selected === 'army-commanders-arrested' && other.selected === 'munich-agreement', 'both links applied');
    });
  });

  describe('own-data.html', () => {
    it('draws data/my-events.json and labels every date form as documented', async () => {
      const mine = await fetchJson<EventsFile>('/demo/data/my-events.json');
      const { doc } = await openPage('/demo/own-data.html');
      const [el] = await pageReady(doc);
      expect(el!.getAttribute('src')).to.equal('data/my-events.json');
      expect(mine.events.length).to.be.within(8, 12);
      expect(statusText(el!)).to.equal(`${mine.events.length} events.`);

      // Every documented form is in the file.
      const dates = mine.events.flatMap((event) => [event.date, ...(event.end ? [event.end] : [])]);
      const forms: [string, RegExp][] = [
        ['a day', /^\d{4}-\d{2}-\d{2}$/],
        ['a month', /^\d{4}-\d{2}$/],
        ['a year', /^\d{4}$/],
        ['part of a year', /^~?(early|mid|late)-\d{4}$/],
        ['part of a month', /^~?(early|mid|late)-\d{4}-\d{2}$/],
        ['a season', /^~?(spring|summer|autumn|winter)-\d{4}$/],
        ['a quarter', /^~?\d{4}-Q[1-4]$/],
        ['a decade', /^~?\d{3}0s$/],
        ['part of a decade', /^~?(early|mid|late)-\d{3}0s$/],
        ['approximate', /^~/],
      ];
      for (const [form, pattern] of forms) expect(dates.some((date) => pattern.test(date)), `the file has ${form}`).to.equal(true);
      expect(mine.events.filter((event) => event.end).length, 'ranges').to.be.at.least(2);

      // The labels, in the list view.
      (shadow(el!).querySelector('button[data-action="list"]') as HTMLButtonElement).click();
      await waitUntil(() => shadow(el!).querySelectorAll('.list-event').length === mine.events.length, 'the list view');
      const label = (id: string) => text(shadow(el!).querySelector(`.list-event[data-event-id="${id}"] .event-date time`));
      const expected: Record<string, string> = {
        'red-army-expansion-begins': 'early 1930s',
        'nazi-intelligence-exploits-plot-rumours': '1930s',
        'army-unit-heads-executed': 'early 1937',
        'death-sentences-1937': '1937',
        'army-purge-peak': 'March 1937 – March 1938',
        'army-commanders-arrested': 'May 1937',
        'leadership-resolves-to-end-mass-repression': 'c. mid-1938',
        'beria-proposed-for-nkvd': 'mid-August 1938',
        'relief-from-terror-autumn-1938': 'autumn 1938',
        'munich-agreement': '29 September 1938',
        'repression-eased-late-1938': 'Q4 1938',
        'resolutions-end-mass-operations': '17 November – 1 December 1938',
      };
      for (const [id, shown] of Object.entries(expected)) expect(label(id), id).to.equal(shown);

      // The page's own table says the same as the element.
      const rows = [...doc.querySelectorAll<HTMLTableRowElement>('tr[data-event]')];
      expect(rows.map((row) => row.dataset['event']).sort()).to.deep.equal(mine.events.map((event) => event.id).sort());
      for (const row of rows) expect(text(row.cells[1]), `the table's label for ${row.dataset['event']}`).to.equal(label(row.dataset['event']!));

      // The how-to box tells an HTML-only author what to copy.
      const howTo = [...doc.querySelectorAll('section')].find((section) => /How to/.test(text(section.querySelector('h2'))));
      expect(howTo, 'a how-to box').to.not.equal(undefined);
      const snippet = text(howTo!.querySelector('pre'));
      expect(snippet).to.include('<script type="module" src="purge-timeline.js"></script>');
      expect(snippet).to.include('<purge-timeline src="my-events.json"></purge-timeline>');
    });
  });

  describe('error.html', () => {
    const DATE_HINT = 'expected YYYY, YYYY-MM, YYYY-MM-DD or a qualified form like "mid-1938"';

    it('lists each planted problem with its path, draws the valid events, and shows the 404', async () => {
      const { doc } = await openPage('/demo/error.html');
      await pageReady(doc);
      const broken = doc.getElementById('broken') as TimelineLike;
      const missing = doc.getElementById('missing') as TimelineLike;

      const lines = messageLines(broken);
      const line = (path: string) => lines.find((entry) => entry.startsWith(`${path}: `)) ?? `(no line for ${path} in: ${lines.join(' | ')})`;
      expect(lines, lines.join('\n')).to.have.length(6);
      expect(line('events[1].date')).to.equal(`events[1].date: "May 37" is not a date (${DATE_HINT})`);
      expect(line('events[3].date')).to.match(/^events\[3\]\.date: "1938-13" is not a date: there is no month 13/);
      expect(line('events[4].category')).to.match(/^events\[4\]\.category: "far-east" is not one of the file's categories/);
      expect(line('events[5].id')).to.match(/^events\[5\]\.id: "army-purge-peak" is used by an earlier event/);
      expect(line('events[6].title')).to.equal('events[6].title: is missing (expected text)');
      expect(line('events[7].footnotes[1]')).to.match(/^events\[7\]\.footnotes\[1\]: 299 is not a footnote of this file/);
      expect(text(shadow(broken).querySelector('[part="message"] strong'))).to.equal('6 problems in the data; 5 valid events are shown, the invalid ones are left out.');

      // The page's table names the same places.
      const documented = [...doc.querySelectorAll('tbody tr td:first-child')].map((cell) => text(cell));
      expect(documented.sort()).to.deep.equal(lines.map((entry) => entry.slice(0, entry.indexOf(': '))).sort());

      await waitUntil(() => drawnIds(broken).length === 5, `five valid events drawn, got ${drawnIds(broken).join(', ')}`);
      expect(drawnIds(broken).sort()).to.deep.equal(['army-commanders-arrested', 'army-purge-peak', 'munich-agreement', 'resolutions-end-mass-operations', 'soviet-japanese-border-clash']);
      expect(statusText(broken)).to.equal('5 events.');

      const message = shadow(missing).querySelector('[part="message"]');
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(text(message?.querySelector('strong'))).to.equal('The events could not be loaded.');
      expect(messageLines(missing)).to.have.length(1);
      expect(messageLines(missing)[0]).to.match(/^Could not load "data\/no-such-events\.json": the server answered 404/);
      expect(drawnIds(missing)).to.deep.equal([]);
    });
  });

  describe('react.html', () => {
    before(async () => {
      await requireFile('/demo/react/app.js', DEMO_BUILD_HINT);
    });

    async function openReactPage(): Promise<{ page: Page; el: TimelineLike; button: (selector: string) => HTMLButtonElement }> {
      const page = await openPage('/demo/react.html');
      const [el] = await pageReady(page.doc);
      const button = (selector: string) => {
        const found = page.doc.querySelector<HTMLButtonElement>(selector);
        if (!found) throw new Error(`no React button ${selector}`);
        return found;
      };
      return { page, el: el!, button };
    }

    it('renders the element once, with the events property set from React as an object', async () => {
      const { page, el } = await openReactPage();
      expect(timelines(page.doc)).to.have.length(1);
      expect(el.events, 'events is a property').to.be.an('object');
      expect(el.hasAttribute('events'), 'not an attribute').to.equal(false);
      expect((el.events as EventsFile).events).to.have.length(shipped.events.length);
      expect(statusText(el)).to.equal(`${shipped.events.length} events.`);
      expect(el.start).to.equal('1935');

      // A new object from React state (the category filter) reaches the element.
      const select = page.doc.querySelector('select')!;
      select.value = 'foreign-affairs';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const foreign = shipped.events.filter((event) => event.category === 'foreign-affairs').length;
      await waitUntil(() => statusText(el) === `${foreign} events.`, `the element shows the ${foreign} foreign-affairs events`);
    });

    it('sends purge-timeline-select to the React handler, which renders the title outside the element', async () => {
      const { page, el } = await openReactPage();
      const selectedText = () => text(page.doc.querySelector('[data-testid="selected"]'));
      const lastEvent = () => text(page.doc.querySelector('[data-testid="last-event"]'));
      expect(selectedText()).to.include('nothing');

      el.selectNext();
      await waitUntil(() => el.selected, 'the element selects an event');
      const title = shipped.events.find((event) => event.id === el.selected)!.title;
      await waitUntil(() => selectedText().includes(title), `React shows “${title}”, got “${selectedText()}”`);
      expect(lastEvent()).to.include(`“${title}”`);
      expect(el.contains(page.doc.querySelector('[data-testid="selected"]'))).to.equal(false);
    });

    it('passes start, end and selected from React state to the element', async () => {
      const { page, el, button } = await openReactPage();

      button('[data-view="purge"]').click();
      await waitUntil(() => el.start === '1937-01' && el.end === '1938-12', `start/end from React, got ${el.start}/${el.end}`);
      await waitUntil(() => el.visibleWindow?.start.getUTCFullYear() === 1937 && el.visibleWindow.end.getUTCFullYear() === 1939, 'the view moves to 1937–1938', { timeout: 5000 });
      expect(button('[data-view="purge"]').getAttribute('aria-pressed')).to.equal('true');

      button('[data-open="munich-agreement"]').click();
      await waitUntil(() => el.selected === 'munich-agreement', `selected from React, got ${el.selected}`);
      await waitUntil(() => popoverIsOpen(el), 'the popover opens');
      expect(text(shadow(el).querySelector('#popover-title'))).to.equal('Munich Agreement');
      expect(text(page.doc.querySelector('[data-testid="selected"]'))).to.include('Munich Agreement');

      button('[data-open="army-commanders-arrested"]').click();
      await waitUntil(() => el.selected === 'army-commanders-arrested' && text(shadow(el).querySelector('#popover-title')) === 'Tukhachevsky and five commanders arrested', 'another event from React');

      button('[data-open=""]').click();
      await waitUntil(() => !el.selected && !popoverIsOpen(el), 'closed from React');
    });
  });
});
