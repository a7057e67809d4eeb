// Runs inside each benchmark page, inlined as the first script of <head> (a classic script, so
// it starts before anything else loads). Times are performance.now(): milliseconds since the
// navigation started. The page says which timeline it holds with <html data-kind="ours|raw">.
//
// window.__bench.ready resolves to:
//   firstContent — the first frame in which an event title is on screen: for ours, inside the
//     element's shadow root, a title of the preview the element paints while its timeline engine
//     downloads (`.preview .item-title`), of the list view (`.list-title`) or of the timeline
//     (`.vis-item-content .item-title`, or any item content with text if that class goes away);
//     for raw `.vis-item-content` with text; visible (checkVisibility) and inside the viewport.
//   firstContentKind — where that title was: 'preview', 'list' or 'timeline' (raw: 'timeline').
//   allItems — when the number of `.vis-item-content` elements reached the value it then kept
//     for 3 more frames (> 0), and the timeline was visible (vis-timeline hides its root until the
//     first draw is complete).
(() => {
  'use strict';
  const kind = document.documentElement.dataset.kind;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** Where the timeline's DOM is: the element's shadow root (ours) or the container (raw). */
  function rootOf(scope) {
    if (kind === 'ours') return (scope ?? document).querySelector('purge-timeline')?.shadowRoot ?? null;
    return scope ?? document;
  }

  const viewport = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });

  function isOnScreen(element) {
    if (!element.textContent?.trim()) return false;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    const { width, height } = viewport();
    return rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < width && rect.top < height;
  }

  /** Where an event title can be, in the order they are looked at: [kind of title, selector, fallback]. */
  const TITLES =
    kind === 'ours'
      ? [
          ['preview', '.preview .item-title'],
          ['list', '.list-title'],
          ['timeline', '.vis-item-content .item-title', '.vis-item-content'],
        ]
      : [['timeline', '.vis-item-content']];

  /**
   * The kind of the first event title on screen ('preview', 'list', 'timeline'), or null. Looks
   * at no more than 200 candidates of each kind a frame.
   */
  function firstReadable(root) {
    for (const [titleKind, selector, fallback] of TITLES) {
      let candidates = root.querySelectorAll(selector);
      if (candidates.length === 0 && fallback) candidates = root.querySelectorAll(fallback);
      for (let i = 0; i < candidates.length && i < 200; i++) if (isOnScreen(candidates[i])) return titleKind;
    }
    return null;
  }

  function timelineVisible(root) {
    const timeline = root.querySelector('.vis-timeline');
    return !!timeline && timeline.checkVisibility({ visibilityProperty: true });
  }

  /**
   * Polls every frame until the item count has been the same (> 0) for `stableFrames` frames and
   * the timeline is visible. `onFrame(root, now)` runs on every frame with a root.
   */
  async function waitForItems(getRoot, { stableFrames = 3, onFrame } = {}) {
    let count = -1;
    let countSince = 0;
    let same = 0;
    let visibleSince;
    for (;;) {
      await nextFrame();
      const now = performance.now();
      const root = getRoot();
      if (!root) continue;
      onFrame?.(root, now);
      const n = root.querySelectorAll('.vis-item-content').length;
      if (n !== count) {
        count = n;
        countSince = now;
        same = 0;
      } else {
        same++;
      }
      if (visibleSince === undefined && timelineVisible(root)) visibleSince = now;
      if (count > 0 && same >= stableFrames && visibleSince !== undefined) {
        // Clusters stand for many events each: with them, fewer item elements is the point.
        const clusters = root.querySelectorAll('.vis-cluster').length;
        return { allItems: Math.max(countSince, visibleSince), count, clusters, countAt: countSince, visibleAt: visibleSince };
      }
    }
  }

  const bench = (window.__bench = { kind, errors: [], problems: [], problemCount: 0 });
  window.addEventListener('error', (event) => bench.errors.push(String(event.message)));
  // What our element reports about the data (e.g. events it leaves out).
  window.addEventListener('purge-timeline-error', (event) => {
    const problems = event.detail?.problems ?? [];
    bench.problemCount += problems.length;
    for (const p of problems.slice(0, 3 - bench.problems.length)) bench.problems.push(`${p.severity} ${p.path}: ${p.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => bench.errors.push(String(event.reason)));
  const mode = new URLSearchParams(location.search).get('mode') ?? 'load';

  if (mode === 'load') {
    let firstContent;
    let firstContentKind;
    bench.ready = waitForItems(() => rootOf(), {
      onFrame(root, now) {
        if (firstContent !== undefined) return;
        const found = firstReadable(root);
        if (found) {
          firstContent = now;
          firstContentKind = found;
        }
      },
    }).then((result) => ({
      ...result,
      firstContent: firstContent ?? result.allItems,
      // No title seen on screen by the time all items were there (all off screen): the timeline's.
      firstContentKind: firstContentKind ?? 'timeline (none on screen)',
      timeOrigin: performance.timeOrigin,
    }));
  }

  // Frame durations during an interaction: the gaps between successive animation frames.
  let frames;
  let recording = false;
  bench.startFrames = () => {
    frames = [];
    recording = true;
    let previous;
    const loop = (timestamp) => {
      if (!recording) return;
      if (previous !== undefined) frames.push(timestamp - previous);
      previous = timestamp;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = async () => {
    await nextFrame();
    recording = false;
    return frames;
  };

  // A gesture (bench/gestures.mjs): the time of every animation frame and of every input event
  // of `type` the page handles (a capturing, passive listener on window sees them first).
  let gesture;
  bench.startGesture = (type) => {
    const record = { type, frames: [], inputs: [], recording: true, maxScroll: 0 };
    record.listener = () => record.inputs.push(performance.now());
    window.addEventListener(type, record.listener, { capture: true, passive: true });
    const loop = (timestamp) => {
      if (!record.recording) return;
      record.frames.push(timestamp);
      record.maxScroll = Math.max(record.maxScroll, window.scrollY);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    gesture = record;
  };
  /** Inputs handled so far, and whether 3 frames have passed since the last one. */
  bench.gestureState = () => {
    const last = gesture.inputs.at(-1);
    const after = last === undefined ? 0 : gesture.frames.filter((t) => t > last).length;
    return { inputs: gesture.inputs.length, framesAfterLast: after };
  };
  /**
   * Frame gaps from the frame in which the first input was handled to the third frame after the
   * last (rAF timestamps: the start of each frame), and the number of inputs handled.
   */
  bench.stopGesture = () => {
    const { frames, inputs, type, listener, maxScroll } = gesture;
    gesture.recording = false;
    window.removeEventListener(type, listener, { capture: true });
    if (inputs.length === 0) return { inputs: 0, durations: [] };
    const first = inputs[0];
    const last = inputs.at(-1);
    let from = frames.findIndex((t) => t > first) - 1;
    if (from < 0) from = 0;
    const afterLast = frames.findIndex((t) => t > last);
    const to = afterLast < 0 ? frames.length - 1 : Math.min(frames.length - 1, afterLast + 2);
    const durations = [];
    for (let i = from + 1; i <= to; i++) durations.push(frames[i] - frames[i - 1]);
    return { inputs: inputs.length, durations, maxScroll };
  };

  /** Create, draw and remove one timeline (the page's `create` does the creating). */
  bench.cycle = async () => {
    const { scope, remove } = await bench.create();
    await waitForItems(() => rootOf(scope), { stableFrames: 2 });
    remove();
    await nextFrame();
  };

  /** The point where wheel and drag go: the middle of the visible part of the timeline's body. */
  bench.target = () => {
    const root = rootOf();
    const center = root?.querySelector('.vis-panel.vis-center');
    if (!center) return null;
    const rect = center.getBoundingClientRect();
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    return { x: rect.left + rect.width / 2, y: (top + bottom) / 2, width: rect.width, height: bottom - top };
  };

  /**
   * An overview window to drag, if the element has one: `[part="scrubber"] [part="window"]`,
   * searched through every shadow root (it may sit in a nested element's shadow root).
   */
  bench.scrubberWindow = () => {
    const roots = [];
    const walk = (root) => {
      roots.push(root);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    for (const root of roots) {
      const direct = root.querySelector('[part="scrubber"] [part="window"]');
      const host = root instanceof ShadowRoot ? root.host : null;
      const nested = host?.matches('[part~="scrubber"]') || host?.closest?.('[part~="scrubber"]') ? root.querySelector('[part~="window"]') : null;
      const element = direct ?? nested;
      if (element) {
        const rect = element.getBoundingClientRect();
        if (rect.width > 0 && rect.height > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width };
      }
    }
    return null;
  };

  bench.window = () => {
    if (kind === 'ours') {
      const w = document.querySelector('purge-timeline')?.visibleWindow;
      return w && { start: w.start.toISOString(), end: w.end.toISOString() };
    }
    const w = bench.timeline?.getWindow();
    return w && { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() };
  };
})();
