/**
 * Owns the wheel over the timeline (see wheel-policy.ts): vis-timeline never sees a wheel event.
 * A plain wheel goes on to the page, which scrolls, and a short hint says how to zoom; Ctrl/⌘ +
 * wheel zooms around the pointer and a horizontal swipe pans, both reported as the reader's moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wheelAction, inPixels, zoomAround, panBy, type Span } from './wheel-policy.js';

/** The hint stays this long after the last plain wheel turn. */
const HINT_MS = 1500;

export interface WheelTarget {
  /** The element vis-timeline draws into. */
  container(): HTMLElement | null | undefined;
  /** The hint's element; `data-visible` shows it. */
  hint(): HTMLElement | null | undefined;
  /** A plain wheel zooms (the `wheel-zoom` attribute) instead of scrolling the page. */
  plainWheelZooms(): boolean;
  getWindow(): Span | undefined;
  /** Moves to `window` at once, as the reader's own move. */
  moveWindow(window: Span): void;
}

export class WheelController implements ReactiveController {
  private attachedTo?: HTMLElement;
  private hintTimer?: ReturnType<typeof setTimeout>;
  /**
   * Where the wheel has taken the window since the last frame: wheel events can come faster than
   * frames (and queue up while one is slow), and each window change makes vis-timeline lay out
   * (and re-cluster) again, so they add up here and the timeline moves once per frame.
   */
  private pending?: Span;
  private frame?: number;

  constructor(
    host: ReactiveControllerHost,
    private readonly target: WheelTarget,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const container = this.target.container();
    if (container === this.attachedTo) return;
    this.detach();
    if (!container) return;
    // Capture: the decision is made before vis-timeline's own listeners inside see the event.
    container.addEventListener('wheel', this.onWheel, { capture: true, passive: false });
    this.attachedTo = container;
  }

  hostDisconnected(): void {
    this.detach();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = undefined;
    clearTimeout(this.hintTimer);
    this.hideHint();
  }

  private detach(): void {
    this.attachedTo?.removeEventListener('wheel', this.onWheel, { capture: true });
    this.attachedTo = undefined;
  }

  private readonly onWheel = (event: WheelEvent): void => {
    const container = this.attachedTo;
    const window = this.pending ?? this.target.getWindow();
    if (!container || !window) return;
    // vis-timeline would zoom, or scroll its lanes and hold the page: the wheel is decided here.
    event.stopPropagation();
    const action = wheelAction(event, this.target.plainWheelZooms());
    if (action === 'page') {
      this.showHint();
      return;
    }
    event.preventDefault();
    const rect = container.getBoundingClientRect();
    if (action === 'zoom') {
      const dy = inPixels(event.deltaY, event.deltaMode);
      if (dy !== 0) this.moveAtNextFrame(zoomAround(window, (event.clientX - rect.left) / Math.max(1, rect.width), dy));
    } else {
      this.moveAtNextFrame(panBy(window, inPixels(event.deltaX, event.deltaMode), rect.width));
    }
  };

  private moveAtNextFrame(window: Span): void {
    this.pending = window;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      const target = this.pending;
      this.pending = undefined;
      if (target) this.target.moveWindow(target);
    });
  }

  private showHint(): void {
    const hint = this.target.hint();
    if (!hint) return;
    hint.dataset['visible'] = '';
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.hideHint(), HINT_MS);
  }

  private hideHint(): void {
    delete this.target.hint()?.dataset['visible'];
  }
}
