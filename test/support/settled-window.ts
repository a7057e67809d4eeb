/**
 * Waiting for something on screen to stop changing. No import of the element's source: the tests
 * that drive the built bundle in an iframe (test/bundle/, test/csp/) use it too.
 */
import { waitUntil } from '@open-wc/testing';

/** Waits until `read()` has given the same non-empty text `polls` times running, 50 ms apart. */
export async function untilSteady(read: () => string, message: string, polls = 4): Promise<void> {
  let last = '';
  let stableFor = 0;
  await waitUntil(
    () => {
      const now = read();
      stableFor = now === last ? stableFor + 1 : 0;
      last = now;
      return now !== '' && stableFor >= polls;
    },
    message,
    { interval: 50, timeout: 5000 },
  );
}

/** Waits until the element's visible window has stopped moving (4 polls alike), and returns it in ms. */
export async function settledWindow(el: { readonly visibleWindow?: { start: Date; end: Date } }): Promise<{ start: number; end: number }> {
  const key = () => {
    const w = el.visibleWindow;
    return w ? `${w.start.getTime()}-${w.end.getTime()}` : '';
  };
  await untilSteady(key, 'the timeline window did not settle');
  const w = el.visibleWindow!;
  return { start: w.start.getTime(), end: w.end.getTime() };
}
