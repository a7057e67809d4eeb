import { PurgeTimelineElement } from './purge-timeline-element.js';
import { defineOverview } from './overview/purge-timeline-overview.js';

/** Registers `<purge-timeline>` (or `tag`) unless that name is already taken. */
export function definePurgeTimeline(tag = 'purge-timeline', registry: CustomElementRegistry = customElements): typeof PurgeTimelineElement {
  // The overview band inside the element's shadow root.
  defineOverview(registry);
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
