import type { TimelineEvent } from '../types.js';
import { formatSource } from '../popover/format-source.js';
import { certaintyOf, type CertaintyFields } from './certainty.js';

export interface EventFilter {
  /** Words to find in the title, summary, note or sources; every word must match. */
  readonly query: string;
  /** Category ids whose events are hidden. */
  readonly hiddenCategories: ReadonlySet<string>;
  /** Only what the chapter states firmly: hedged and disputed events are hidden. */
  readonly statedOnly?: boolean;
}

/** Case- and accent-insensitive: "rudzutaks" finds "Rudzutaks", "jānis" finds "Janis". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

function searchableText(event: TimelineEvent): string {
  const sources = event.footnotes.flatMap((footnote) => [String(footnote.number), ...footnote.sources.map(formatSource)]);
  return fold([event.title, event.summary, event.note ?? '', event.category.label, ...sources].join(' '));
}

const searchCache = new WeakMap<TimelineEvent, string>();

/**
 * The events that pass the filter, in their order.
 *
 * @example
 * filterEvents(events, { query: 'beria', hiddenCategories: new Set(['army']) })
 * filterEvents(events, { query: '', hiddenCategories: new Set(), statedOnly: true }) // no hedged or disputed events
 */
export function filterEvents<T extends TimelineEvent & CertaintyFields>(events: readonly T[], filter: EventFilter): readonly T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && filter.hiddenCategories.size === 0 && !filter.statedOnly) return events;
  return events.filter((event) => {
    if (filter.hiddenCategories.has(event.category.id)) return false;
    if (filter.statedOnly && certaintyOf(event) !== 'stated') return false;
    if (words.length === 0) return true;
    let text = searchCache.get(event);
    if (text === undefined) {
      text = searchableText(event);
      searchCache.set(event, text);
    }
    return words.every((word) => text.includes(word));
  });
}
