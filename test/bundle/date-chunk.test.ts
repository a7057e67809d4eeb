// The bundle's dates come in a chunk of their own (purge-timeline-dates.js) that the entry imports
// statically, with the data's parser: both are fetched in parallel with the entry's own imports,
// and the first titles need both. What a reader must never see: a title without its date, or a
// round trip more.
import { expect, waitUntil } from '@open-wc/testing';

interface Paint {
  readonly preview: boolean;
  readonly titles: number;
  readonly undated: readonly string[];
  readonly date?: string;
}
type RecordingWindow = Window & typeof globalThis & { paints: Paint[] };

async function openRecordedPage(lang: string): Promise<RecordingWindow> {
  const bundle = await fetch('/dist/purge-timeline.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/purge-timeline.js is missing: run `npm run build` first (npm test does)');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 700px; border: 0';
  frame.src = `/test/bundle/paint-record-page.html?lang=${lang}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as RecordingWindow;
}

/** The page's request for the bundle file `name` (e.g. `dates` for dist/purge-timeline-dates.js). */
function requestFor(win: Window, name: string): PerformanceResourceTiming {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const entry = entries.find((each) => new URL(each.name).pathname === `/dist/purge-timeline-${name}.js`);
  if (!entry) throw new Error(`the page never requested dist/purge-timeline-${name}.js`);
  return entry;
}

const requested = (win: Window): string[] =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((each) => new URL(each.name).pathname).filter((path) => path.startsWith('/dist/'));

describe('the dates chunk of dist/purge-timeline.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is not in the entry, which imports it and the parser statically, so both are fetched with it', async () => {
    const entry = await (await fetch('/dist/purge-timeline.js')).text();
    // The first titles need both: a dynamic import would ask for them only once the entry had run.
    const staticImport = (name: string) => new RegExp(`(from\\s*|^import\\s*)["']\\./purge-timeline-${name}\\.js["']`, 'm');
    expect(entry).to.match(staticImport('dates'));
    expect(entry).to.match(staticImport('parser'));
    // date-fns' English formats are in the dates chunk, not in the entry file.
    expect(entry).not.to.include('EEEE, d MMMM yyyy');
    const dates = await (await fetch('/dist/purge-timeline-dates.js')).text();
    expect(dates).to.include('EEEE, d MMMM yyyy');
    // The engine stays a dynamic import: the preview paints without it.
    expect(entry).to.match(/import\(["']\.\/purge-timeline-vis-timeline-engine\.js["']\)/);
  });

  it('an English page: every title it paints has its date, and the dates were requested alongside the parser', async function () {
    this.timeout(30000);
    const win = await openRecordedPage('en');
    const el = win.document.querySelector('purge-timeline') as HTMLElement & { timelineReady: Promise<void> };
    await el.timelineReady;
    await waitUntil(() => win.paints.some((paint) => !paint.preview), 'a frame of the drawn timeline', { timeout: 8000 });

    const undated = win.paints.filter((paint) => paint.undated.length > 0);
    expect(undated, 'frames with a title but no date').to.deep.equal([]);
    expect(win.paints[0]!.date, 'the first painted date').to.match(/19\d\d/);

    const dates = requestFor(win, 'dates');
    const parser = requestFor(win, 'parser');
    const data = requestFor(win, 'default-events');
    // Requested while the parser and the data were still on their way: in parallel, no round trip after them.
    expect(dates.startTime, 'dates requested before the parser had arrived').to.be.below(parser.responseEnd);
    expect(dates.startTime, 'dates requested before the data had arrived').to.be.below(data.responseEnd);
    expect(requested(win).filter((path) => /purge-timeline-(ru|cs|de)\.js$/.test(path)), 'no other language').to.deep.equal([]);
  });

  it('a Russian page: its language and the dates chunk it imports are requested together, and its dates are Russian', async function () {
    this.timeout(30000);
    const win = await openRecordedPage('ru');
    const el = win.document.querySelector('purge-timeline') as HTMLElement & { timelineReady: Promise<void> };
    await el.timelineReady;
    const undated = win.paints.filter((paint) => paint.undated.length > 0);
    expect(undated, 'frames with a title but no date').to.deep.equal([]);
    // No English date painted first: month names in Russian from the first frame with titles.
    expect(win.paints[0]!.date).to.match(/[а-я]|^\d{4}/);
    expect(win.paints.map((paint) => paint.date).filter((date) => date && /[A-Z][a-z]/.test(date)), 'English dates').to.deep.equal([]);
    const russian = requestFor(win, 'ru');
    const dates = requestFor(win, 'dates');
    expect(dates.startTime, 'dates requested before Russian had arrived').to.be.below(russian.responseEnd);
  });
});
