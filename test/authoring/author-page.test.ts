// The authoring page (demo/author.html, built by `npm run build`) as an author uses it: paste a
// sheet with one bad row, see the row named and the others drawn, download a valid events.json,
// reload without losing the draft.
import { expect, waitUntil } from '@open-wc/testing';
import { parseEvents } from '../../src/data/parse-events.js';

const DRAFT_KEY = 'purge-timeline-author:draft';

/** Five events, the fourth dated as Excel re-types a date; quoted cells, a line break in one. */
const SHEET = [
  'title,date,end,summary,category,unsourced',
  'Kirov murdered,1934-12-01,,"Shot in Leningrad; the pretext for ""the terror"".",Party and state,yes',
  'Great Purge begins,1937-07,late-1938-11,"Mass operations start.\nThey last sixteen months.",Security organs,yes',
  'Tukhachevsky arrested,1937-05-22,,The marshal is arrested.,Army,yes',
  'Munich Agreement,29/09/1938,,Britain and France agree.,Foreign affairs,yes',
  'Nazi-Soviet pact,1939-08-23,,A pact of non-aggression.,Foreign affairs,yes',
].join('\r\n');

interface AuthorPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

async function openAuthorPage(): Promise<AuthorPage> {
  for (const file of ['/dist/purge-timeline.js', '/demo/author/app.js']) {
    const response = await fetch(file, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = '/demo/author.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.getElementById('problem-summary')?.textContent, 'the page script ran', { timeout: 8000 });
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis };
}

function query<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on the authoring page`);
  return found;
}

function pasteInto(area: HTMLTextAreaElement, text: string): void {
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

async function drawnTitles(doc: Document, count: number): Promise<string[]> {
  const root = query<HTMLElement>(doc, '#preview').shadowRoot!;
  await waitUntil(() => root.querySelector('button[data-action="show-all"]'), 'the preview timeline', { timeout: 8000 });
  query<HTMLButtonElement>(root, 'button[data-action="show-all"]').click();
  await waitUntil(() => root.querySelectorAll('.vis-item-content').length === count, `${count} events drawn`, { timeout: 8000 });
  return [...root.querySelectorAll('.vis-item-content')].map((item) => item.textContent?.trim() ?? '');
}

describe('the authoring page (demo/author.html)', () => {
  let page: AuthorPage | undefined;

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    page?.frame.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('draws the valid rows of a pasted sheet, names the bad row, and downloads a valid events.json', async () => {
    page = await openAuthorPage();
    const { doc, win } = page;
    query<HTMLButtonElement>(doc, '#add-sheet').click();
    const area = query<HTMLTextAreaElement>(doc, '#sheet-list textarea');
    expect(doc.activeElement).to.equal(area, 'the new sheet has the focus');
    pasteInto(area, SHEET);

    const summary = query(doc, '#problem-summary');
    await waitUntil(() => summary.textContent?.startsWith('4 of 5 events drawn'), `the summary says 4 of 5 (it says "${summary.textContent}")`, { timeout: 5000 });
    const problems = [...doc.querySelectorAll('#problem-list li')].map((item) => item.textContent);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^Error: pasted-1\.csv, row 5, date: "29\/09\/1938" is not a date: .*write "1938-09-29"/);

    // The row's place is a button that selects the row in the sheet (row 3 spans two lines: a quoted line break).
    query<HTMLButtonElement>(doc, '#problem-list li button.where').click();
    expect(doc.activeElement).to.equal(area);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal('Munich Agreement,29/09/1938,,Britain and France agree.,Foreign affairs,yes');

    const titles = await drawnTitles(doc, 4);
    expect(titles.some((title) => title.includes('Munich'))).to.equal(false, 'the bad row is not drawn');
    expect(titles.some((title) => title.includes('Kirov'))).to.equal(true);

    let downloaded: { href: string; name: string } | undefined;
    doc.addEventListener(
      'click',
      (event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.download) {
          event.preventDefault();
          downloaded = { href: link.href, name: link.download };
        }
      },
      { capture: true },
    );
    query<HTMLButtonElement>(doc, '#download').click();
    expect(downloaded?.name).to.equal('events.json');
    const file: unknown = await (await win.fetch(downloaded!.href)).json();
    const parsed = parseEvents(file);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.events.map((event) => event.id)).to.have.members(['kirov-murdered', 'great-purge-begins', 'tukhachevsky-arrested', 'nazi-soviet-pact']);
    expect(parsed.events.find((event) => event.id === 'kirov-murdered')?.summary).to.equal('Shot in Leningrad; the pretext for "the terror".');
  });

  it('keeps the draft across a reload, and never requests anything with the data', async () => {
    page = await openAuthorPage();
    query<HTMLButtonElement>(page.doc, '#add-sheet').click();
    pasteInto(query<HTMLTextAreaElement>(page.doc, '#sheet-list textarea'), SHEET);
    await waitUntil(() => query(page!.doc, '#problem-summary').textContent?.startsWith('4 of 5'), 'checked', { timeout: 5000 });

    const reloaded = new Promise((resolve) => page!.frame.addEventListener('load', resolve, { once: true }));
    page.win.location.reload();
    await reloaded;
    const doc = page.frame.contentDocument!;
    await waitUntil(() => doc.getElementById('problem-summary')?.textContent?.startsWith('4 of 5'), 'the draft is back', { timeout: 8000 });
    expect(query<HTMLTextAreaElement>(doc, '#sheet-list textarea').value).to.equal(SHEET.replace(/\r\n/g, '\n'));
    await drawnTitles(doc, 4);

    const requests = (page.frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
      ['fetch', 'xmlhttprequest', 'beacon'].includes(entry.initiatorType),
    );
    expect(requests.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('starts from the template: the shipped chronology, every event drawn, no problem', async () => {
    page = await openAuthorPage();
    query<HTMLButtonElement>(page.doc, '#use-template').click();
    const summary = query(page.doc, '#problem-summary');
    await waitUntil(() => /^(\d+) of \1 events drawn; 0 errors, 0 warnings\.$/.test(summary.textContent ?? ''), `no problems (it says "${summary.textContent}")`, { timeout: 8000 });
    expect(page.doc.querySelectorAll('#sheet-list textarea')).to.have.length(5);
  });

  it('passes axe with a sheet and its problems shown', async () => {
    page = await openAuthorPage();
    const { doc, win } = page;
    query<HTMLButtonElement>(doc, '#add-sheet').click();
    pasteInto(query<HTMLTextAreaElement>(doc, '#sheet-list textarea'), SHEET);
    await waitUntil(() => doc.querySelectorAll('#problem-list li').length === 1, 'the problem listed', { timeout: 5000 });
    await drawnTitles(doc, 4);
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
    const axe = (win as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(doc);
    expect(violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`)).to.deep.equal([]);
  });
});
