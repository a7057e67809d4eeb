/**
 * The element's list view and its screen-reader summary of the eras, in its language: what the
 * element renders in place of the timeline (the list button, printing, no layout engine). Part of
 * the reader-parts chunk: the first paint shows neither.
 */
import { nothing } from 'lit';
import type { TimelineEvent } from '../types.js';
import type { Language } from '../i18n/language.js';
import type { Era } from '../eras/era.js';
import type { ChapterReference } from '../citation/chapter-reference.js';
import { renderEventList } from './render-event-list.js';
import { renderEraSummary, formatEraDate } from '../eras/render-era-list.js';
import { describeDatingIn } from '../date/describe-dating-plainly.js';
import { exportSources } from '../popover/citation-popover-part.js';

export interface ListViewContext {
  readonly language: Language;
  readonly selected?: string;
  readonly formatDate: (event: TimelineEvent) => string;
  readonly categoryClass: (event: TimelineEvent) => string;
  readonly onSelect: (id: string) => void;
  readonly eras: readonly Era[];
  /** Every footnote of the file, for "export all sources". */
  readonly footnotes: () => Iterable<TimelineEvent['footnotes'][number]>;
  readonly chapter: ChapterReference;
  /** The element's shadow root, where downloads are started. */
  readonly root: ShadowRoot;
}

/** All events that pass the filter, in date order, with the eras first and the sources to export. */
export function renderListView(events: readonly TimelineEvent[], context: ListViewContext) {
  const { language } = context;
  return renderEventList(events, {
    messages: language.messages,
    selected: context.selected,
    formatDate: context.formatDate,
    describePrecision: (event) => describeDatingIn(language, event.date, event.end),
    categoryClass: context.categoryClass,
    onSelect: context.onSelect,
    eras: context.eras,
    language,
    onExportAll: (format) => exportSources(context.footnotes(), context.chapter, format, 'purge-timeline-sources', context.root),
  });
}

/** Beside the timeline, for screen readers: the eras and their dates. */
export function renderEraSummaryIn(eras: readonly Era[], language: Language) {
  if (eras.length === 0) return nothing;
  return renderEraSummary(eras, { messages: language.messages, formatDate: (era) => formatEraDate(era, language) });
}
