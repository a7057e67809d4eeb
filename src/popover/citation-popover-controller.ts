/**
 * Shows, places and hides one element's citation popover. The popover lives in the top layer
 * (Popover API, `popover="auto"`: Escape and a click elsewhere close it, and only one is open on
 * a page). It is anchored to a marker laid over the visible part of the open item, because an
 * item's own box runs past the timeline's edges when it is clipped; CSS anchor positioning then
 * flips it to whichever side fits. Browsers without anchor positioning get fixed coordinates
 * from the same marker; browsers without the Popover API get a plain element toggled `hidden`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { revealInsideTimeline, pageScrollFor, scrollingAncestor } from '../selection/reveal-in-viewport.js';
import { tabStops } from './tab-stops.js';

export const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** The controller whose popover is being shown right now: showing one closes the others. */
let showing: CitationPopoverController | undefined;

export interface CitationPopoverParts {
  popover(): HTMLElement | null;
  /** The positioned box the anchor marker lives in (around the timeline). */
  frame(): HTMLElement | null;
  marker(): HTMLElement | null;
  /** The element vis-timeline draws for the event, if drawn. */
  itemElement(id: string): HTMLElement | undefined;
  /** The focusable timeline the popover belongs to (its invoker, for the Tab order) and draws into. */
  timeline?(): HTMLElement | null;
  /**
   * The browser closed the popover (Escape, a click elsewhere). `focusWasInside` tells whether
   * focus has to go somewhere sensible.
   */
  dismissed(id: string, focusWasInside: boolean): void;
}

/** The view has rested this long after the last redraw before an opened item is scrolled into view (vis-timeline restacks while it moves). */
const REVEAL_QUIET_MS = 120;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export class CitationPopoverController implements ReactiveController {
  /** The event whose popover is on screen. */
  private shownId?: string;
  private hiding = false;
  /** The event still to be scrolled into view once the timeline rests. */
  private revealId?: string;
  private revealTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: CitationPopoverParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    clearTimeout(this.revealTimer);
    this.shownId = undefined;
    this.revealId = undefined;
  }

  /** Whether focus is inside the popover. */
  get hasFocus(): boolean {
    return this.parts.popover()?.matches(':focus-within') ?? false;
  }

  /** Shows the popover for `id` next to its item; `focus` moves keyboard focus into it. */
  show(id: string, { focus }: { focus: boolean }): void {
    const popover = this.parts.popover();
    if (!popover) return;
    this.place(popover, id);
    this.shownId = id;
    if (supportsPopover) {
      showing = this;
      try {
        if (!popover.matches(':popover-open')) popover.showPopover();
      } finally {
        showing = undefined;
      }
    } else {
      popover.hidden = false;
    }
    if (focus) popover.focus({ preventScroll: true });
    this.revealId = id;
    this.scheduleReveal();
  }

  hide(): void {
    const popover = this.parts.popover();
    this.shownId = undefined;
    if (!popover) return;
    if (!supportsPopover) {
      popover.hidden = true;
      return;
    }
    this.hiding = true;
    try {
      if (popover.matches(':popover-open')) popover.hidePopover();
    } finally {
      this.hiding = false;
    }
  }

  /** Follows the item after vis-timeline redrew (pan, zoom). */
  reposition(): void {
    if (this.shownId) this.placeMarker(this.shownId);
    if (this.revealId) this.scheduleReveal();
  }

  private scheduleReveal(): void {
    clearTimeout(this.revealTimer);
    this.revealTimer = setTimeout(() => void this.reveal(), REVEAL_QUIET_MS);
  }

  /**
   * Scrolls the open item into view inside the timeline, then the page so the item and its
   * popover are on screen (or the item above the bottom sheet on a narrow screen).
   */
  private async reveal(): Promise<void> {
    const id = this.revealId;
    this.revealId = undefined;
    if (!id || id !== this.shownId) return;
    const item = this.parts.itemElement(id);
    const timeline = this.parts.timeline?.();
    // vis-timeline redraws after its own scroll event: wait for it before measuring again.
    if (item && timeline && revealInsideTimeline(item, timeline)) await nextFrame().then(nextFrame);
    const popover = this.parts.popover();
    const marker = this.placeMarker(id);
    if (id !== this.shownId || !popover || !marker) return;
    const delta = pageScrollFor({
      item: marker.getBoundingClientRect(),
      popoverHeight: popover.scrollHeight,
      sheet: matchMedia('(max-width: 480px)').matches,
      viewportHeight: innerHeight,
    });
    if (Math.abs(delta) < 1) return;
    const anchored = popover.classList.contains('anchored');
    // At once, not smoothly: Firefox leaves an anchored popover where a smooth scroll of the page
    // found it, over its item (test/focus/keyboard-focus.test.ts failed 2 runs in 5 that way).
    scrollingAncestor(this.host).scrollBy({ top: delta, behavior: 'instant' });
    // Fixed coordinates (no anchor positioning) do not follow the page: place again.
    if (!anchored) this.place(popover, id);
  }

  /**
   * The non-modal dialog's Tab order, as if the popover came right after the timeline that opened
   * it: Tab on the timeline enters the popover; Shift+Tab from its first control goes back to the
   * timeline; Tab from its last control closes it and goes on to what follows the timeline (the
   * overview band), so nothing is skipped and no popover stays open behind the reader.
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || !this.shownId) return;
    const popover = this.parts.popover();
    const timeline = this.parts.timeline?.();
    if (!popover || !timeline) return;
    const path = event.composedPath();
    const target = path[0];
    const stops = tabStops(popover);
    if (path.includes(popover)) {
      if (!event.shiftKey && (stops.length === 0 || target === stops[stops.length - 1])) {
        // Not prevented: with focus on the timeline, the browser's own Tab moves on from there.
        const id = this.shownId;
        timeline.focus({ preventScroll: true });
        this.parts.dismissed(id, false);
      } else if (event.shiftKey && (target === popover || target === stops[0])) {
        event.preventDefault();
        timeline.focus();
      }
    } else if (target === timeline && !event.shiftKey && stops[0]) {
      event.preventDefault();
      stops[0].focus();
    }
  };

  /**
   * For `@beforetoggle`: it fires synchronously when the browser light-dismisses, so the owner
   * learns at once, before a click on another item opens that one.
   */
  readonly onBeforeToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'closed' || this.hiding) return;
    const id = this.shownId;
    this.shownId = undefined;
    // Another timeline on the page opened its popover: this one keeps its selection.
    if (!id || (showing && showing !== this)) return;
    this.parts.dismissed(id, this.hasFocus);
  };

  private place(popover: HTMLElement, id: string): void {
    const marker = this.placeMarker(id);
    if (!marker) return;
    if (CSS.supports('anchor-name', '--a')) {
      popover.classList.add('anchored');
      return;
    }
    popover.classList.remove('anchored');
    const box = marker.getBoundingClientRect();
    const width = Math.min(384, innerWidth - 16);
    const left = Math.min(Math.max(8, box.left), innerWidth - width - 8);
    const below = box.bottom + 8;
    popover.style.left = `${left}px`;
    popover.style.top = below + 320 < innerHeight ? `${below}px` : `${Math.max(8, box.top - 328)}px`;
  }

  /** Lays the marker over the visible part of the item (or the middle of the frame). */
  private placeMarker(id: string): HTMLElement | null {
    const marker = this.parts.marker();
    const frame = this.parts.frame();
    if (!marker || !frame) return null;
    const frameBox = frame.getBoundingClientRect();
    const itemBox = this.parts.itemElement(id)?.getBoundingClientRect();
    const left = Math.max(frameBox.left, Math.min(itemBox?.left ?? frameBox.left + frameBox.width / 2, frameBox.right - 4));
    const right = Math.min(frameBox.right, Math.max(itemBox?.right ?? left + 4, left + 4));
    const top = itemBox?.top ?? frameBox.top + frameBox.height / 2;
    marker.style.left = `${left - frameBox.left}px`;
    marker.style.top = `${top - frameBox.top}px`;
    marker.style.width = `${right - left}px`;
    marker.style.height = `${itemBox?.height ?? 4}px`;
    return marker;
  }
}
