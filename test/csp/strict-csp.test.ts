// dist/purge-timeline.js on a page with a strict CSP and Trusted Types enforced: the whole
// chronology, zoom (button and wheel) and drag must work with zero CSP violations.
// The page's header comes from web-test-runner.config.mjs (STRICT_CSP); see docs/security.md.
import { expect, waitUntil } from '@open-wc/testing';
import { settledWindow } from '../support/settled-window.js';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html purge-timeline";
const PAGE = '/test/csp/strict-page.html';

interface Violation {
  effectiveDirective: string;
  violatedDirective: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  lineNumber: number;
  columnNumber: number;
}

type FrameWindow = Window & typeof globalThis & { __cspViolations?: Violation[]; __consoleWarnings?: string[] };

interface TimelineLike extends HTMLElement {
  visibleWindow?: { start: Date; end: Date };
}

let frame: HTMLIFrameElement | undefined;

async function openStrictPage(page = PAGE): Promise<{ win: FrameWindow; el: TimelineLike; root: ShadowRoot }> {
  const bundle = await fetch('/dist/purge-timeline.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/purge-timeline.js is missing: run `npm run build` first (npm test does)');
  frame = document.createElement('iframe');
  // Top left of the viewport, so the page's coordinates are the frame's plus a fixed offset.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1100px; height: 700px; border: 0';
  frame.src = page;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  if (!Array.isArray(win.__cspViolations)) throw new Error('record-violations.js did not run in the strict page');
  const el = await waitUntil(() => win.document.querySelector('purge-timeline')?.shadowRoot, 'the element upgraded', { timeout: 8000 }).then(
    () => win.document.querySelector('purge-timeline') as TimelineLike,
  );
  return { win, el, root: el.shadowRoot! };
}

/** One line per distinct violation, with how often it happened. */
function describeViolations(violations: readonly Violation[]): string {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const line = `${v.effectiveDirective || v.violatedDirective} blocked ${v.blockedURI || '(inline)'} "${v.sample}" at ${v.sourceFile}:${v.lineNumber}:${v.columnNumber}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${count}× ${line}` : line)).join('\n');
}

/** The centre of the element's timeline area, in the test page's viewport coordinates. */
function timelineCentre(root: ShadowRoot): { x: number; y: number } {
  const box = (root.querySelector('[part="timeline"]') as HTMLElement).getBoundingClientRect();
  const offset = frame!.getBoundingClientRect();
  return { x: offset.x + box.x + box.width / 2, y: offset.y + box.y + Math.min(60, box.height / 2) };
}

/** Runs a step; when it fails, the error also lists the violations so far (the likely cause). */
async function step<T>(violations: readonly Violation[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (violations.length === 0) throw error;
    throw new Error(`${(error as Error).message}\n${violations.length} CSP violations so far:\n${describeViolations(violations)}`);
  }
}

/** How many non-empty axis labels vis-timeline has written (with innerHTML). */
function axisLabelCount(root: ShadowRoot): number {
  return [...root.querySelectorAll('.vis-time-axis .vis-text:not(.vis-measure)')].filter((n) => (n.textContent ?? '').trim() !== '').length;
}

/** Violations are reported in a task after the write that caused them: let those run. */
const reportsDelivered = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('dist/purge-timeline.js under a strict CSP with Trusted Types', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('draws, zooms and drags the whole chronology with zero violations', async function () {
    // Drawing all 59 events after "Show all" took over 8 s in Firefox under a full run's load.
    this.timeout(60000);
    const { win, el, root } = await openStrictPage();
    const violations = win.__cspViolations!;

    await step(violations, () => waitUntil(() => root.querySelectorAll('.vis-item-content').length > 0, 'items drawn from the bundle', { timeout: 8000 }));
    (root.querySelector('button[data-action="show-all"]') as HTMLButtonElement).click();
    await step(violations, () =>
      // At a fixed height vis-timeline may leave rows stacked out of sight undrawn (Firefox, under load).
      waitUntil(() => root.querySelectorAll('.vis-item-content').length >= 30, 'most of the events drawn', { timeout: 20000 }),
    );
    // Axis labels are written with innerHTML by vis-timeline: they exist only if the policy works.
    expect(axisLabelCount(root), 'axis labels').to.be.greaterThan(3);
    const all = await settledWindow(el);

    (root.querySelector('button[data-action="zoom-in"]') as HTMLButtonElement).click();
    const zoomed = await settledWindow(el);
    expect(zoomed.end - zoomed.start, 'zoomed in with the button').to.be.lessThan((all.end - all.start) * 0.75);

    const centre = timelineCentre(root);
    // Ctrl + wheel zooms; a plain wheel scrolls the page (src/wheel/).
    await sendKeys({ down: 'Control' });
    try {
      await executeServerCommand('wheel', { ...centre, deltaY: -300, steps: 3 });
    } finally {
      await sendKeys({ up: 'Control' });
    }
    // The wheel's zoom lands a frame or more later (steps add up per frame): wait for it, then for rest.
    const span = () => (el.visibleWindow ? el.visibleWindow.end.getTime() - el.visibleWindow.start.getTime() : Infinity);
    await waitUntil(() => span() < zoomed.end - zoomed.start, 'the wheel zoomed in', { timeout: 5000 }).catch(() => undefined);
    const wheeled = await settledWindow(el);
    expect(wheeled.end - wheeled.start, 'zoomed in with the wheel').to.be.lessThan(zoomed.end - zoomed.start);

    await executeServerCommand('drag', { from: centre, to: { x: centre.x + 250, y: centre.y }, steps: 12 });
    const dragged = await settledWindow(el);
    expect(dragged.start, 'dragged towards earlier dates').to.be.lessThan(wheeled.start);

    await reportsDelivered();
    expect(violations.length, `CSP violations:\n${describeViolations(violations)}\n`).to.equal(0);
  });

  it('really enforces Trusted Types in that page (the recorder sees a raw innerHTML write)', async () => {
    const { win } = await openStrictPage();
    // Both engines we test in have Trusted Types; without them this test would prove nothing.
    expect('trustedTypes' in win, 'this browser has Trusted Types').to.equal(true);
    const violations = win.__cspViolations!;
    const before = violations.length;
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>raw</b>';
    }).to.throw();
    await waitUntil(() => violations.length > before, 'a violation for the raw write', { timeout: 3000 });
    expect(violations[violations.length - 1]!.effectiveDirective).to.equal('require-trusted-types-for');
  });

  it("falls back to the page's default policy when another copy already took the name", async () => {
    const { win, root } = await openStrictPage('/test/csp/taken-policy-page.html');
    expect('trustedTypes' in win, 'this browser has Trusted Types').to.equal(true);
    await waitUntil(() => root.querySelectorAll('.vis-item-content').length > 0, 'items drawn', { timeout: 8000 });
    // The axis labels are vis-timeline innerHTML writes, here through the page's default policy.
    await waitUntil(() => axisLabelCount(root) > 3, 'axis labels written through the default policy', { timeout: 3000 });
    await reportsDelivered();
    const warned = win.__consoleWarnings!.some((warning) => warning.includes('Could not create the Trusted Types policy purge-timeline'));
    expect(warned, `a console warning that the policy name is taken; got ${JSON.stringify(win.__consoleWarnings)}`).to.equal(true);
    // Firefox reports the refused policy creation; Chromium only throws. No write was blocked.
    const others = win.__cspViolations!.filter((v) => !(v.effectiveDirective === 'trusted-types' && v.sample === 'purge-timeline'));
    expect(others.length, `CSP violations:\n${describeViolations(others)}\n`).to.equal(0);
  });
});
