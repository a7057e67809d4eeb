import { PurgeTimelineElement } from './purge-timeline-element.js';
import { loadEngine } from './timeline/load-engine.js';

/** Registers `<purge-timeline>` (or `tag`) unless that name is already taken. */
export function definePurgeTimeline(tag = 'purge-timeline', registry: CustomElementRegistry = customElements): typeof PurgeTimelineElement {
  // The overview band inside the element's shadow root comes with vis-timeline; starting the
  // download now, not when the first element connects, saves a round trip. A failed download
  // leaves the element its list (the timeline controller reports it).
  loadEngine().then((engine) => engine.defineOverview(registry), () => undefined);
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
