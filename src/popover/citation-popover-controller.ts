/**
 * Shows, places and hides one element's citation popover. The popover lives in the top layer
 * (Popover API, `popover="auto"`: Escape and a click elsewhere close it, and only one is open on
 * a page). It is anchored to a marker laid over the visible part of the open item, because an
 * item's own box runs past the timeline's edges when it is clipped; CSS anchor positioning then
 * flips it to whichever side fits. Browsers without anchor positioning get fixed coordinates
 * from the same marker; browsers without the Popover API get a plain element toggled `hidden`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  /**
   * The browser closed the popover (Escape, a click elsewhere). `focusWasInside` tells whether
   * focus has to go somewhere sensible.
   */
  dismissed(id: string, focusWasInside: boolean): void;
}

export class CitationPopoverController implements ReactiveController {
  /** The event whose popover is on screen. */
  private shownId?: string;
  private hiding = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly parts: CitationPopoverParts,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.shownId = undefined;
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
    if (focus) popover.focus();
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
  }

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
