/**
 * What a wheel turn over the timeline does, so the timeline never traps the page's scrolling:
 * - a plain, mostly vertical wheel scrolls the page (the timeline lets it through untouched);
 * - Ctrl or ⌘ + wheel zooms around the pointer (trackpad pinches arrive as Ctrl + wheel);
 * - a mostly horizontal wheel or trackpad swipe pans;
 * - with `wheel-zoom` (a timeline that fills the page), a plain vertical wheel zooms too.
 */

export type WheelAction = 'page' | 'zoom' | 'pan';

export interface WheelInput {
  readonly deltaX: number;
  readonly deltaY: number;
  /** `WheelEvent.deltaMode`: 0 pixels, 1 lines, 2 pages. */
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export interface Span {
  readonly start: Date;
  readonly end: Date;
}

const LINE_PX = 40;
const PAGE_PX = 800;
/** Pixels of wheel per doubling of the span: one mouse notch (about 100 px) zooms by about a fifth. */
const PX_PER_DOUBLING = 400;

export function wheelAction(input: WheelInput, plainWheelZooms: boolean): WheelAction {
  if (input.ctrlKey || input.metaKey) return 'zoom';
  if (Math.abs(input.deltaX) > Math.abs(input.deltaY)) return 'pan';
  return plainWheelZooms ? 'zoom' : 'page';
}

/** A delta in pixels, whatever unit the browser reported it in. */
export function inPixels(delta: number, deltaMode: number): number {
  return deltaMode === 1 ? delta * LINE_PX : deltaMode === 2 ? delta * PAGE_PX : delta;
}

/**
 * The window after zooming by `deltaY` pixels of wheel (down: out, up: in) around the point at
 * `pointer` (0 = left edge, 1 = right edge), which stays under the pointer.
 */
export function zoomAround(window: Span, pointer: number, deltaY: number): Span {
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const at = start + span * Math.min(1, Math.max(0, pointer));
  const scale = 2 ** (deltaY / PX_PER_DOUBLING);
  return { start: new Date(at - (at - start) * scale), end: new Date(at + (start + span - at) * scale) };
}

/** The window after a horizontal swipe of `deltaX` pixels over a timeline `width` pixels wide. */
export function panBy(window: Span, deltaX: number, width: number): Span {
  const span = window.end.getTime() - window.start.getTime();
  const shift = (deltaX / Math.max(1, width)) * span;
  return { start: new Date(window.start.getTime() + shift), end: new Date(window.end.getTime() + shift) };
}

/** macOS and iOS say ⌘ rather than Ctrl. */
export function isApplePlatform(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? '';
  return /mac|iphone|ipad/i.test(platform);
}
