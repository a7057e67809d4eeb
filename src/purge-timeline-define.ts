import { isServer } from 'lit';
import { PurgeTimelineElement } from './purge-timeline-element.js';
import { loadEngine } from './timeline/load-engine.js';
import { loadParser } from './data/events-source-controller.js';

/**
 * Registers `<purge-timeline>` (or `tag`) unless that name is already taken, and returns the class
 * registered under it. On a server (Node, for SSR frameworks) it registers nothing and loads
 * nothing: importing the package there is safe, and the browser registers the element.
 *
 * Registering the class yourself (`customElements.define('my-timeline', PurgeTimelineElement)`,
 * or a subclass) works too: the overview band inside it comes with the engine in either case.
 */
export function definePurgeTimeline(tag = 'purge-timeline', registry: CustomElementRegistry = customElements): typeof PurgeTimelineElement {
  if (isServer) return PurgeTimelineElement;
  // Starting the engine's download now, not when the first element connects, saves a round
  // trip. A failed download leaves the element its list (the timeline controller reports it).
  loadEngine(registry).catch(() => undefined);
  // The data's parser and the dates too (data waits for both), so `events` set on an element is
  // checked in its first update, and a page's first titles come with their dates.
  loadParser().catch(() => undefined);
  if (!registry.get(tag)) {
    // A subclass per extra tag: one constructor cannot be registered under two names.
    registry.define(tag, tag === 'purge-timeline' ? PurgeTimelineElement : class extends PurgeTimelineElement {});
  }
  return registry.get(tag) as typeof PurgeTimelineElement;
}

declare global {
  interface HTMLElementTagNameMap {
    'purge-timeline': PurgeTimelineElement;
  }
}
