/**
 * What the element's live region says. A sentence is set in the next frame after clearing, so a
 * repeated one is read again; a report of where the view has come to rest waits until it has
 * (`later`), so a screen reader hears one sentence, not every frame, and any newer sentence or a
 * language switch (`clear`) drops it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Live-region updates about the view wait for it to rest this long. */
export const ANNOUNCE_DELAY_MS = 700;

export class LiveAnnouncer implements ReactiveController {
  /** The live region's text. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `text` now; `replacePending`: a view report still waiting would talk over it, so it is dropped. */
  say(text: string, { replacePending = false } = {}): void {
    if (replacePending) clearTimeout(this.timer);
    this.set('');
    requestAnimationFrame(() => this.set(text));
  }

  /** Says what `text()` gives once nothing newer has come for ANNOUNCE_DELAY_MS. */
  later(text: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(text()), ANNOUNCE_DELAY_MS);
  }

  /** Empties the region and drops a pending report (e.g. in the language before a switch). */
  clear(): void {
    clearTimeout(this.timer);
    this.set('');
  }

  private set(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
