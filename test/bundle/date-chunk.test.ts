// The bundle's entry paints the toolbar without date-fns; the dates come in a chunk of their own
// (purge-timeline-dates.js) that the entry requests in parallel with the data's parser, since only
// data has dates. What a reader must never see: a title without its date, or a round trip more.
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

  it('is not in the entry, which imports it only dynamically', async () => {
    const entry = await (await fetch('/dist/purge-timeline.js')).text();
    // A static import would make every page wait for date-fns before its first paint.
    expect(entry).to.match(/import\(["']\.\/purge-timeline-dates\.js["']\)/);
    expect(entry).not.to.match(/from\s*["']\.\/purge-timeline-dates\.js["']/);
    expect(entry).not.to.match(/^import\s*["']\.\/purge-timeline-dates\.js["']/m);
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
