/** Shared by the tests that drive the built bundle in an iframe (test/bundle/, test/csp/). */
import { waitUntil } from '@open-wc/testing';

/** Waits until the element's visible window has stopped moving (4 polls alike), and returns it in ms. */
export async function settledWindow(el: { readonly visibleWindow?: { start: Date; end: Date } }): Promise<{ start: number; end: number }> {
  let last = '';
  let stableFor = 0;
  await waitUntil(
    () => {
      const w = el.visibleWindow;
      const key = w ? `${w.start.getTime()}-${w.end.getTime()}` : '';
      stableFor = key === last ? stableFor + 1 : 0;
      last = key;
      return key !== '' && stableFor >= 4;
    },
    'the timeline window did not settle',
    { interval: 50, timeout: 5000 },
  );
  const w = el.visibleWindow!;
  return { start: w.start.getTime(), end: w.end.getTime() };
}
