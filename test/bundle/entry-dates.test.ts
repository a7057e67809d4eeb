// The bundle's entry file holds what the first titles need: the element, the data's parser and the
// dates (date-fns with English's dates). As chunks of their own that the entry imported statically,
// the parser and the dates were asked for only once the browser had read the entry, and the first
// titles waited for that round trip. What a reader must never see: a title without its date.
import { expect, waitUntil } from '@open-wc/testing';
import { openRecordedPage, requestFor, requestedBefore } from '../support/bundle-page.js';

describe('the entry of dist/purge-timeline.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('holds the dates and the parser, and imports no other file before it runs', async () => {
    const entry = await (await fetch('/dist/purge-timeline.js')).text();
    // No static import: the browser has nothing more to ask for before the entry runs.
    const staticImports = [...entry.matchAll(/(?:from\s*|^import\s*)["'](\.\/[^"']+\.js)["']/gm)].map((match) => match[1]);
    expect(staticImports, 'files the entry imports statically').to.deep.equal([]);
    // date-fns' English formats and the parser's messages are in the entry file.
    expect(entry).to.include('EEEE, d MMMM yyyy');
    expect(entry).to.include('expected an array of events');
    // The engine stays a dynamic import: the preview paints without it.
    expect(entry).to.match(/import\(["']\.\/purge-timeline-vis-timeline-engine\.js["']\)/);
  });

  it('an English page: every title it paints has its date, and only the entry and the data were asked for before the first', async function () {
    this.timeout(30000);
    const win = await openRecordedPage('en');
    const el = win.document.querySelector('purge-timeline') as HTMLElement & { timelineReady: Promise<void> };
    await el.timelineReady;
    await waitUntil(() => win.paints.some((paint) => !paint.preview), 'a frame of the drawn timeline', { timeout: 8000 });

    const undated = win.paints.filter((paint) => paint.undated.length > 0);
    expect(undated, 'frames with a title but no date').to.deep.equal([]);
    expect(win.paints[0]!.date, 'the first painted date').to.match(/19\d\d/);
    // The engine (and the reader parts) may already be on their way; nothing the titles wait for is.
    const beforeFirstTitles = requestedBefore(win, win.paints[0]!.at).filter((path) => !/-(vis-timeline-engine|reader-parts)\.js$/.test(path));
    expect(beforeFirstTitles, 'files asked for before the first titles').to.deep.equal(['/dist/purge-timeline.js', '/dist/purge-timeline-default-events.js']);
    expect(requestedBefore(win, Infinity).filter((path) => /purge-timeline-(ru|cs|de)\.js$/.test(path)), 'no other language').to.deep.equal([]);
  });

  it('a Russian page: its language is requested, and its dates are Russian from the first frame', async function () {
    this.timeout(30000);
    const win = await openRecordedPage('ru');
    const el = win.document.querySelector('purge-timeline') as HTMLElement & { timelineReady: Promise<void> };
    await el.timelineReady;
    const undated = win.paints.filter((paint) => paint.undated.length > 0);
    expect(undated, 'frames with a title but no date').to.deep.equal([]);
    // No English date painted first: month names in Russian from the first frame with titles.
    expect(win.paints[0]!.date).to.match(/[а-я]|^\d{4}/);
    expect(win.paints.map((paint) => paint.date).filter((date) => date && /[A-Z][a-z]/.test(date)), 'English dates').to.deep.equal([]);
    expect(requestFor(win, 'ru').startTime, 'Russian asked for before the first titles').to.be.below(win.paints[0]!.at);
  });
});
