/**
 * Every word of the interface in one object per language, so a translation is one file.
 * Dates have their own words in `date/*-date-labels.ts`; event titles stay as the data gives them.
 */
export interface Messages {
  readonly zoomGroup: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly showAll: string;
  readonly previousEvent: string;
  readonly nextEvent: string;
  readonly listView: string;
  readonly categories: string;
  readonly timelineLabel: (title: string) => string;
  readonly timelineHelp: string;
  readonly loading: (src: string) => string;
  readonly eventCount: (count: number) => string;
  /** The live-region sentence after zooming or scrubbing, e.g. "March 1937 – March 1938: 9 events". */
  readonly inView: (window: string, count: number) => string;
  readonly selectedAnnouncement: (title: string, date: string) => string;
  readonly loadFailed: string;
  readonly problemsHeading: (problems: number, shown: number, hasErrors: boolean) => string;
  readonly dismiss: string;
  readonly unknownLinkedEvent: (id: string) => string;
  // The popover.
  readonly close: string;
  readonly category: string;
  readonly dated: string;
  readonly note: string;
  readonly sources: string;
  readonly footnote: (number: number) => string;
  readonly footnoteText: string;
  readonly noSourcePrinted: string;
  readonly copyLink: string;
  readonly copyCitation: string;
  readonly copied: string;
  readonly copyFailed: string;
  /** In a copied citation: "footnote 206" / "footnotes 218, 219". */
  readonly footnotes: (numbers: readonly number[]) => string;
  /** Accessible name of the overview band's slider. */
  readonly overviewLabel: string;
  // The list view.
  readonly listHeading: string;
  // Filtering.
  readonly findLabel: string;
  readonly findPlaceholder: string;
  /** Accessible description of the legend's toggle buttons. */
  readonly categoryToggleHint: string;
  /** After a category is shown or hidden, e.g. "Army hidden. 41 of 53 events shown." */
  readonly categoryToggled: (label: string, shown: boolean, visible: number, total: number) => string;
  /** After a search, e.g. "12 of 53 events match." */
  readonly matches: (visible: number, total: number) => string;
  /** The status line while a filter is on, e.g. "12 of 53 events shown." */
  readonly filteredCount: (visible: number, total: number) => string;
  /** A cluster of events drawn as one on a dense timeline, e.g. "14 events"; clicking it zooms in. */
  readonly clusterTitle: (count: number) => string;
  // Layout (issue 12).
  /** Shown briefly over the timeline when a plain wheel scrolls the page: how to zoom instead. */
  readonly wheelHint: (apple: boolean) => string;
  /** The lane of events whose category the file does not define. */
  readonly otherLane: string;
  /** The narrow toolbar's menu button holding the less used controls. */
  readonly moreControls: string;
}

export const englishMessages: Messages = {
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  listView: 'List',
  categories: 'Categories',
  timelineLabel: (title) => `Timeline: ${title}`,
  timelineHelp: 'Left and right arrows move between events, Enter opens the sources, plus and minus zoom, 0 shows all.',
  loading: (src) => `Loading events from ${src}…`,
  eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}.`,
  inView: (window, count) => `${window}: ${count} ${count === 1 ? 'event' : 'events'}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}.`,
  loadFailed: 'The events could not be loaded.',
  problemsHeading: (problems, shown, hasErrors) =>
    `${problems} ${problems === 1 ? 'problem' : 'problems'} in the data` +
    (hasErrors ? `; ${shown} valid ${shown === 1 ? 'event is' : 'events are'} shown, the invalid ones are left out.` : '.'),
  dismiss: 'Dismiss',
  unknownLinkedEvent: (id) => `The link points to an event “${id}” that is not in this chronology.`,
  close: 'Close',
  category: 'Category',
  dated: 'Dated to',
  note: 'Note on the source',
  sources: 'Sources',
  footnote: (number) => `Footnote ${number}`,
  footnoteText: 'Footnote as printed',
  noSourcePrinted: 'This footnote explains rather than cites a source.',
  copyLink: 'Copy link',
  copyCitation: 'Copy citation',
  copied: 'Copied.',
  copyFailed: 'Could not copy; select the text and copy it by hand.',
  footnotes: (numbers) => `${numbers.length === 1 ? 'footnote' : 'footnotes'} ${numbers.join(', ')}`,
  overviewLabel: 'Time window',
  listHeading: 'All events in date order',
  findLabel: 'Find events',
  findPlaceholder: 'Find: a name, a word, a source…',
  categoryToggleHint: 'Press to show or hide this category on the timeline and in the list.',
  categoryToggled: (label, shown, visible, total) => `${label} ${shown ? 'shown' : 'hidden'}. ${visible} of ${total} events shown.`,
  matches: (visible, total) => `${visible} of ${total} ${total === 1 ? 'event matches' : 'events match'}.`,
  filteredCount: (visible, total) => `${visible} of ${total} events shown.`,
  clusterTitle: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
  // Layout (issue 12).
  wheelHint: (apple) => (apple ? '⌘ + scroll to zoom' : 'Ctrl + scroll to zoom'),
  otherLane: 'Other',
  moreControls: 'More',
};
