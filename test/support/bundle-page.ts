// The built bundle (dist/, made by `npm run build`, which `npm test` runs first) in a page of its own
// in an iframe: the plain page, or one that records every frame (test/bundle/paint-record-page.html);
// and the requests such a page made for the bundle's files.

/** What one frame showed (test/bundle/record-paints.js). */
export interface Paint {
  /** performance.now() of the frame. */
  readonly at: number;
  readonly preview: boolean;
  readonly titles: number;
  readonly undated: readonly string[];
  readonly date?: string;
}
export type RecordingWindow = Window & typeof globalThis & { paints: Paint[] };

/** Opens `src` (a page of test/bundle/ that loads the bundle) in a 1100 × 700 iframe, once it has loaded. */
export async function openBundlePage(src: string): Promise<HTMLIFrameElement> {
  const bundle = await fetch('/dist/purge-timeline.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/purge-timeline.js is missing: run `npm run build` first (npm test does)');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 700px; border: 0';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens the recording page, the page's language set to `lang`. */
export async function openRecordedPage(lang: string): Promise<RecordingWindow> {
  return (await openBundlePage(`/test/bundle/paint-record-page.html?lang=${lang}`)).contentWindow as RecordingWindow;
}

/** The page's request for the bundle file `name` (e.g. `ru` for dist/purge-timeline-ru.js). */
export function requestFor(win: Window, name: string): PerformanceResourceTiming {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const entry = entries.find((each) => new URL(each.name).pathname === `/dist/purge-timeline-${name}.js`);
  if (!entry) throw new Error(`the page never requested dist/purge-timeline-${name}.js`);
  return entry;
}

/** The bundle's files the page asked for before `time` (performance.now()), in order. */
export const requestedBefore = (win: Window, time: number): string[] =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((each) => each.startTime < time)
    .map((each) => new URL(each.name).pathname)
    .filter((path) => path.startsWith('/dist/'));
