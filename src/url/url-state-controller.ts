/**
 * Keeps one element's selection and view in the page URL: reads it on connection and on
 * back/forward (popstate), writes it with `replaceState` so browsing never floods history.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepLinkKey, readDeepLink, writeDeepLink, type DeepLink } from './deep-link.js';

/** Keys in use by connected elements: two id-less timelines must not fight over one key. */
const claimedKeys = new Set<string>();

export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  /** Opt-out for pages that own their URL. */
  readonly noUrlSync: boolean;
  /** Apply a link read from the URL (on load and on back/forward). */
  applyDeepLink(link: DeepLink): void;
}

export class UrlStateController implements ReactiveController {
  private key?: string;
  private readonly onPopState = () => this.read(false);

  constructor(private readonly host: UrlStateHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.claim()) this.read(true);
  }

  /** `no-url-sync` may change at any time: stop syncing at once, start again (without reading) when it goes. */
  hostUpdate(): void {
    if (!this.host.isConnected) return;
    if (this.host.noUrlSync) this.hostDisconnected();
    else if (this.wasOff) this.claim();
    this.wasOff = this.host.noUrlSync;
  }

  private wasOff = false;

  /** Takes this element's URL key, unless sync is off, it has it already or another timeline does. */
  private claim(): boolean {
    if (this.host.noUrlSync || this.key) return false;
    const key = deepLinkKey(this.host.id);
    if (claimedKeys.has(key)) {
      console.warn(`<purge-timeline>: another timeline already uses the URL key "${key}"; give each timeline an id. This one does not sync its URL.`);
      return false;
    }
    claimedKeys.add(key);
    this.key = key;
    window.addEventListener('popstate', this.onPopState);
    return true;
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    if (this.key) claimedKeys.delete(this.key);
    this.key = undefined;
  }

  /** The link to the given state, for "Copy link" (works with URL sync off too), on `base` (an absolute URL) or else this page. */
  linkTo(link: DeepLink, base?: string): string {
    return writeDeepLink(new URL(base || location.href, location.href), deepLinkKey(this.host.id), link).href;
  }

  /** Writes the state into the address bar without a new history entry. */
  write(link: DeepLink): void {
    if (!this.key) return;
    const next = writeDeepLink(new URL(location.href), this.key, link);
    if (next.href !== location.href) history.replaceState(history.state, '', next);
  }

  /**
   * Applies the link in the address bar. At load, an address that names nothing for this element
   * leaves it as the page set it up: a `selected` set by script (the embed page's linked event)
   * must not be closed by the empty link read when the data arrives. Back/forward to such an
   * address does close the popover.
   */
  private read(atLoad: boolean): void {
    if (!this.key) return;
    const link = readDeepLink(new URL(location.href), this.key);
    if (atLoad && isEmpty(link)) return;
    this.host.applyDeepLink(link);
  }
}

function isEmpty(link: DeepLink): boolean {
  return !link.selected && !link.view && !link.query && !link.hidden?.length && !link.stated;
}
