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
  // Reader (issue 16): how firmly the chapter says it, events without a source, eras, dates in
  // plain words, citations and their export.
  /** The mark on an item and in the list, for screen readers, e.g. "the source hedges this". */
  readonly certaintyMark: (certainty: 'hedged' | 'disputed') => string;
  /** The popover's line above the chapter's qualifying words, e.g. "The chapter hedges this". */
  readonly certaintyHeading: (certainty: 'hedged' | 'disputed') => string;
  /** Before the quoted hedge, e.g. "In the chapter's words:". */
  readonly hedgeWords: string;
  /** Before who holds the other view, e.g. "The other view:". */
  readonly otherView: string;
  /** Instead of footnotes for an event the chapter gives no footnote for. */
  readonly noSourceForEvent: string;
  /** The filter toggle: only events the chapter states without a hedge or a dispute. */
  readonly statedOnly: string;
  readonly statedOnlyHint: string;
  /** After the toggle, e.g. "Only what the chapter states firmly. 40 of 53 events shown." */
  readonly statedOnlyToggled: (on: boolean, visible: number, total: number) => string;
  /** The layout toggle: a lane per category (on) or one stacked band of all events (off). */
  readonly byCategory: string;
  readonly byCategoryHint: string;
  /** After the layout toggle, e.g. "Each category in its own lane." */
  readonly byCategoryToggled: (on: boolean) => string;
  /** The name of the lanes' labels, focusable to scroll the lanes from the keyboard. */
  readonly lanesPanel: string;
  /** How precisely the chapter dates something, in plain words. */
  readonly datedExactDay: string;
  readonly datedExactDays: string;
  /** `label` a formatted date; `decade` when it names (part of) a decade, for "the 1930s". */
  readonly datedOnly: (label: string, decade: boolean) => string;
  readonly datedOnlyRange: (start: string, end: string, startDecade: boolean, endDecade: boolean) => string;
  /** `label` the formatted date with its "c." */
  readonly datedApproximately: (label: string) => string;
  /** In a copied citation (Chicago's notes style): "cited in", "n.", "ed.", and for an event without a footnote. */
  readonly citedIn: string;
  readonly noteAbbreviation: string;
  readonly editedBy: string;
  readonly noSourceInCitation: string;
  /** The group of export buttons (CSL-JSON, RIS, BibTeX) for an event's sources and for all. */
  readonly exportSources: string;
  readonly exportAllSources: string;
  /** The list of eras (periods the chapter draws), in the list view and for screen readers. */
  readonly erasHeading: string;
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
  // Reader (issue 16).
  certaintyMark: (certainty) => (certainty === 'hedged' ? 'the source hedges this' : 'disputed'),
  certaintyHeading: (certainty) => (certainty === 'hedged' ? 'The chapter hedges this' : 'The chapter says this is disputed'),
  hedgeWords: 'In the chapter’s words:',
  otherView: 'The other view:',
  noSourceForEvent: 'The chapter gives no source for this.',
  statedOnly: 'Firmly stated only',
  statedOnlyHint: 'Shows only what the chapter states firmly, without a hedge or a dispute.',
  statedOnlyToggled: (on, visible, total) => `${on ? 'Only what the chapter states firmly' : 'Hedged and disputed events shown again'}. ${visible} of ${total} events shown.`,
  byCategory: 'By category',
  byCategoryHint: 'Shows each category in a lane of its own instead of one band of all events.',
  byCategoryToggled: (on) => (on ? 'Each category in its own lane.' : 'All events in one band.'),
  lanesPanel: 'Lanes by category: ↑ and ↓ scroll them',
  datedExactDay: 'The chapter gives the exact day.',
  datedExactDays: 'The chapter gives the exact days.',
  datedOnly: (label, decade) => `The chapter gives only ${decade ? 'the ' : ''}${label}.`,
  datedOnlyRange: (start, end, startDecade, endDecade) => `The chapter gives only ${startDecade ? 'the ' : ''}${start} and ${endDecade ? 'the ' : ''}${end}.`,
  datedApproximately: (label) => `An approximate date: ${label}.`,
  citedIn: 'cited in',
  noteAbbreviation: 'n.',
  editedBy: 'ed.',
  noSourceInCitation: 'the chapter gives no source for this',
  exportSources: 'Export the sources for a reference manager',
  exportAllSources: 'Export all sources',
  erasHeading: 'Periods the chapter draws',
  // Layout (issue 12).
  wheelHint: (apple) => (apple ? '⌘ + scroll to zoom' : 'Ctrl + scroll to zoom'),
  otherLane: 'Other',
  moreControls: 'More',
};
