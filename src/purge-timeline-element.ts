import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EventsFile, TimelineEvent } from './types.js';
import type { ParsedEvents } from './data/parse-events.js';
import { describeProblem, type DataProblem } from './data/problem.js';
import { EventsSourceController, loadParser, loadedParser } from './data/events-source-controller.js';
import { frameAround } from './timeline/time-bounds.js';
import type { Messages } from './i18n/messages.js';
import type { Language } from './i18n/language.js';
import { LanguageController } from './i18n/language-controller.js';
import { toTimelineItem, extentOf, spanOf, isInWindow, type TimelineItem } from './timeline/to-timeline-items.js';
import type { TimeWindow } from './timeline/vis-timeline-controller.js';
import { LazyTimelineController } from './timeline/lazy-timeline-controller.js';
import { WindowMemo } from './timeline/window-memo.js';
import { loadEngine, loadedEngine } from './timeline/load-engine.js';
import { UrlStateController } from './url/url-state-controller.js';
import { firstView, timelineBounds, type ViewRequest } from './timeline/first-view.js';
import { viewIncluding } from './url/view-including.js';
import { lanesFor, parseLayout, type Lane } from './timeline/lanes.js';
import { WheelController } from './wheel/wheel-controller.js';
import type { PrintController } from './layout/print-controller.js';
import { renderLayoutToggle } from './layout/render-layout-toggle.js';
import { isApplePlatform } from './wheel/wheel-policy.js';
import { viewForUrl, type DeepLink } from './url/deep-link.js';
import { loadReaderParts, ReaderPartsController, type ReaderParts } from './load-reader-parts.js';
import type { CitationPopoverPart } from './popover/citation-popover-part.js';
import type { ChapterReference } from './citation/chapter-reference.js';
import { FilterController, type FilterChange } from './filter/filter-controller.js';
import { walkFrom } from './selection/walk.js';
import { EventLabels } from './list/event-labels.js';
import { LiveAnnouncer } from './status/live-announcer.js';
import { timelineKeyAction, type TimelineKeyAction } from './selection/timeline-keys.js';
import { renderToolbar } from './toolbar/render-toolbar.js';
import { renderTimelinePreview } from './timeline/render-timeline-preview.js';
import { filterEvents } from './filter/filter-events.js';
import type { PurgeTimelineOverviewElement, OverviewWindowChangeEvent } from './overview/purge-timeline-overview.js';
import { PurgeTimelineSelectEvent, PurgeTimelineErrorEvent, PurgeTimelineRangeChangeEvent } from './events.js';
import { elementStyles } from './purge-timeline-element.styles.js';
// Reader (issue 16): certainty, eras, dates in plain words, citations and their export.
import { markedCertainty } from './filter/certainty.js';
import { renderCertaintyFilter } from './filter/render-certainty-filter.js';
import { certaintyStyles } from './filter/certainty.styles.js';
import { toEraItems, eraIdOf } from './eras/to-era-items.js';
import { colourTokenStyles } from './theme/colour-tokens.styles.js';

/** The overview band's eras before the engine (which draws the band) has loaded: the same array every time. */
const NO_ERAS: readonly never[] = [];
/** A stalled language download holds the element this long at most, then it shows English until the language comes. */
const LANGUAGE_WAIT_MS = 3000;

type OpenedBy = 'pointer' | 'keyboard' | 'walk' | 'link' | 'program';

/**
 * A zoomable, sourced chronology of dated events, drawn with vis-timeline. Without `src` or
 * `events` it shows the shipped chronology of the Soviet purges and the road to war, 1935–1941.
 *
 * @summary A zoomable timeline of sourced, partially dated events with citation popovers and deep links.
 * @tagname purge-timeline
 *
 * @fires purge-timeline-select - An event was opened or closed; `detail.id` is its id (or `undefined`), `detail.event` the event.
 * @fires purge-timeline-range-change - The visible window moved; `detail` has `start`, `end` and `byUser`.
 * @fires purge-timeline-error - Loading or validating the data found problems; `detail.problems` lists them all.
 *
 * @csspart toolbar - The row with the zoom, previous/next and list buttons and the legend (on a narrow element, the search and legend open from its "More" button).
 * @csspart legend - The list of categories and their colours; each a toggle button that shows or hides its events.
 * @csspart search - The text box that finds events by title, summary, note or source.
 * @csspart certainty-filter - The toggle that shows only what the source states firmly (no hedged or disputed events).
 * @csspart layout-toggle - The toggle between a lane per category and one band of all events (sets `layout`).
 * @csspart timeline - The area vis-timeline draws into; focusable, with arrow, Enter, `+`, `-` and `0` keys.
 * @csspart preview - The first events of the first view, shown over the timeline's area until vis-timeline has loaded and drawn.
 * @csspart popover - The citation popover of the open event.
 * @csspart list - The list view of all events in date order.
 * @csspart eras - The list view's section of eras: the periods the source draws, with their dates and citations.
 * @csspart message - The visible list of data problems.
 * @csspart notice - A short notice, e.g. a link to an event that does not exist.
 * @csspart status - The line saying what is loading or how many events there are.
 * @csspart scrubber - The overview band under the timeline (year ticks and event density).
 * @csspart window - The part of the overview band in view: a slider, draggable.
 * @csspart handle - Either edge of the overview window; drag it to zoom.
 *
 * @cssprop --purge-timeline-category-0 - Colour of the first category in the legend.
 * @cssprop --purge-timeline-category-1 - Colour of the second category.
 * @cssprop --purge-timeline-category-2 - Colour of the third category.
 * @cssprop --purge-timeline-category-3 - Colour of the fourth category.
 * @cssprop --purge-timeline-category-4 - Colour of the fifth category.
 * @cssprop --purge-timeline-category-5 - Colour of the sixth category.
 * @cssprop --purge-timeline-category-none - Colour of events whose category the file does not define.
 * @cssprop --purge-timeline-font - Font family of the whole element.
 * @cssprop --purge-timeline-text - Text colour.
 * @cssprop --purge-timeline-muted - Colour of secondary text: dates, axis labels, status.
 * @cssprop --purge-timeline-surface - Background of the element, its buttons and the popover.
 * @cssprop --purge-timeline-item-surface - Background of items on the timeline.
 * @cssprop --purge-timeline-border - Border colour of the timeline, buttons and popover.
 * @cssprop --purge-timeline-focus-ring - Colour of the focus ring and of the selected item.
 * @cssprop --purge-timeline-era - Tint of the eras' bands behind the timeline and in the overview band.
 * @cssprop --purge-timeline-height - Height of the whole element, toolbar to status line (default `clamp(24rem, 85svh, 44rem)`); the host's own `height` wins.
 */
export class PurgeTimelineElement extends LitElement {
  // The element's own rules after the parts' (vis-timeline's sheet is adopted in front of all these once
  // it has loaded; the popover's, the list's, the eras' and the print rules where they belong once the
  // reader parts have: reader-parts.ts); the colour tokens last, since they resolve the page's colours.
  static override styles = [certaintyStyles, elementStyles, colourTokenStyles];

  /** URL of an events.json to show instead of the shipped chronology; changing it reloads. */
  @property({ reflect: true }) src?: string;

  /**
   * Events data set directly (the parsed contents of an events.json, `EventsFile`); takes precedence
   * over `src`. It is still checked when set: problems are shown and fired as `purge-timeline-error`.
   */
  @property({ attribute: false }) events?: EventsFile;

  /** Earliest date one can pan to (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); when unset, 1935-01-01 widened to the data (own data: its events, with room). */
  @property() min?: string;

  /** Latest date one can pan to; when unset, 1941-12-31 widened to the data (own data: its events, with room). */
  @property() max?: string;

  /** Start of the first view; when unset, 1935 for the shipped chronology and the first event for own data (`src`, `events`). */
  @property() start?: string;

  /** End of the first view; when unset, the end of 1941 for the shipped chronology and the last event for own data. */
  @property() end?: string;

  /** The id of the open event, whose citation popover is shown; empty when none. */
  @property({ reflect: true }) selected?: string;

  /**
   * `stacked` (default): all events stacked in one band, in date order. `lanes`: a labelled lane
   * per category, events stacked within each; the legend's toggles show and hide lanes.
   */
  @property({ reflect: true }) layout?: string;

  /** A plain mouse wheel zooms the timeline instead of scrolling the page (for a timeline that fills the page). */
  @property({ type: Boolean, reflect: true, attribute: 'wheel-zoom' }) wheelZoom = false;

  /** Leaves the page URL alone: no deep links are read or written. */
  @property({ type: Boolean, attribute: 'no-url-sync' }) noUrlSync = false;

  /**
   * Language of dates and interface words: `en` (default), `ru`, `cs` or `de` (region subtags
   * such as `de-AT` are fine). When unset, the nearest `lang` attribute decides.
   */
  @property({ reflect: true }) locale?: string;

  /** Address "Copy link" writes the deep link into; default the page's own. The embed page sets it to the page that frames it. */
  @property({ attribute: 'link-base' }) linkBase?: string;

  @state() private data?: ParsedEvents;
  /** The span `data`'s events cover. */
  private extent?: TimeWindow;
  @state() private messageDismissed = false;
  /** Events an explicit `min`–`max` leaves out of view; recomputed when they change. */
  @state() private rangeProblems: readonly DataProblem[] = [];
  @state() private notice?: string;
  @state() private listView = false;
  @state() private drawFailed = false;
  /** vis-timeline has drawn at least once; until then the timeline's area shows a preview. */
  @state() private drawn = false;
  /** The parts the first paint does not need (popover, list, the eras' summary), once loaded. */
  @state() private parts?: ReaderParts;

  /** The language in use, from `locale` or the nearest `lang`, once downloaded (see `scheduleUpdate`). */
  private readonly languages = new LanguageController(this);

  private get messages(): Messages {
    return this.languages.words.messages;
  }

  /** The language in use with its dates, which are here whenever there is data (data waits for them). */
  private get language(): Language {
    return this.languages.language;
  }
  /** Each event's place in `data.events` (and in `allItems`): one map by id for both (issue 15, heap). */
  private readonly indexById = new Map<string, number>();
  private items: readonly TimelineItem[] = [];
  private itemsById = new Map<string, TimelineItem>();
  /** Events' dates in the current language and their category classes. */
  private readonly labels = new EventLabels(() => this.language);
  private readonly memo = new WindowMemo();
  /** A link read before the data arrived, applied once it has. */
  private pendingLink?: DeepLink;
  /** Closing because the URL changed (back/forward): do not write the URL back. */
  private skipUrlWrite = false;
  /** Opened by click or Enter: focus goes into the popover once it shows. */
  private focusPopoverOnOpen = false;

  // Its callbacks run only once the engine (which brings the renderers) has loaded.
  private readonly timeline = new LazyTimelineController(this, () => this.renderRoot.querySelector<HTMLElement>('.timeline'), {
    renderItem: (id, element) => this.renderItem(id, element),
    renderCluster: (count, window, element) => loadedEngine()?.renderClusterContent(element, this.messages.clusterTitle(count), this.language.windowText(window)),
    windowChanged: (window, byUser) => this.onWindowChanged(window, byUser),
    windowMoving: (window) => this.followInOverview(window),
    itemClicked: (id) => (id ? this.open(id, 'pointer') : this.close()),
    failed: () => (this.drawFailed = true),
    redrawn: () => {
      // Shown at its first drawing: vis-timeline is created on the element's window, so that
      // drawing already has every item in place (src/timeline/vis-timeline-controller.ts).
      this.drawn = true;
      this.citationPopover?.reposition();
    },
  });

  private readonly url = new UrlStateController(this);
  /** While the page prints, the list replaces the timeline (from the reader parts). */
  private print?: PrintController;

  /** Attached to the host through `addController`; kept for symmetry with the other controllers. */
  protected readonly wheel = new WheelController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.timeline'),
    hint: () => this.renderRoot.querySelector<HTMLElement>('.wheel-hint'),
    plainWheelZooms: () => this.wheelZoom,
    getWindow: () => this.visibleWindow,
    moveWindow: (window) => this.timeline.setWindow(window, false, true),
  });

  private readonly source = new EventsSourceController(this, {
    loaded: (data) => this.accept(data),
    failed: (problem) => {
      this.messageDismissed = false;
      this.emit(new PurgeTimelineErrorEvent([problem]));
    },
  });

  /** The live region: what a screen reader hears of selections, filters and moves. */
  private readonly live = new LiveAnnouncer(this);

  /** Search, category toggles and "stated only" (issue 16). */
  private readonly filter = new FilterController(this, (change) => this.onFilterChanged(change));

  /** The citation popover, from the reader parts. */
  private citationPopover?: CitationPopoverPart;

  /** Loads the reader parts (once per page) and sets up this element's popover and styles with them. */
  private async readerParts(): Promise<ReaderParts> {
    const parts = await loadReaderParts();
    if (this.citationPopover) return parts;
    this.citationPopover = new parts.CitationPopoverPart({
      host: this,
      popover: () => this.renderRoot.querySelector<HTMLElement>('.popover'),
      frame: () => this.renderRoot.querySelector<HTMLElement>('.timeline-frame'),
      marker: () => this.renderRoot.querySelector<HTMLElement>('.popover-anchor'),
      itemElement: (id) => this.timeline.itemElement(id),
      timeline: () => this.renderRoot.querySelector<HTMLElement>('.timeline'),
      dismissed: (id, focusWasInside) => {
        if (this.selected !== id) return;
        this.selected = undefined;
        this.emit(new PurgeTimelineSelectEvent(undefined, undefined, true));
        if (focusWasInside) this.focusTimeline();
      },
      language: () => this.language,
      formatDate: (event) => this.labels.date(event),
      categoryClass: (event) => this.labels.categoryClass(event),
      linkTo: (id) => this.linkTo(id),
      chapter: () => this.chapter,
      close: () => this.close(),
    });
    this.print = new parts.PrintController(this);
    parts.adoptReaderStyles(this.renderRoot as ShadowRoot);
    this.parts = parts;
    return parts;
  }

  /** The reader parts come after the first drawing, or at once when something on screen needs them. */
  protected readonly partsLoader = new ReaderPartsController(
    this,
    () => ({
      drawn: this.drawn || this.drawFailed,
      needed: this.listView || this.selected !== undefined || this.source.status === 'failed' || (this.data?.problems.length ?? 0) + this.rangeProblems.length > 0,
    }),
    () => this.readerParts(),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // The overview band's eras come with the engine (a failed download is the timeline controller's to report).
    loadEngine().then(() => this.requestUpdate(), () => undefined);
  }

  /** Resolves once the current data is drawn on the timeline (useful for tests and screenshots). */
  get timelineReady(): Promise<void> {
    // The language first: the update that asked for it sets its `arrival`.
    return this.updateComplete
      .then(() => this.languages.arrival)
      .then(() => this.updateComplete)
      .then(() => (this.source.status === 'loading' ? this.source.complete : undefined))
      // Drawn first: the reader parts come after the first drawing (a failed download leaves the timeline).
      .then(() => this.timeline.whenDrawn())
      .then(() => this.readerParts().catch(() => undefined))
      .then(() => this.updateComplete)
      .then(() => this.timeline.whenDrawn());
  }

  /** The window now in view, or `undefined` before vis-timeline has drawn. */
  get visibleWindow(): TimeWindow | undefined {
    return this.timeline.getWindow();
  }

  /** Zooms in around the centre of the view, down to about a week. */
  zoomIn(): void {
    this.timeline.zoomIn();
  }

  /** Zooms out around the centre of the view, up to the whole of `min`–`max`. */
  zoomOut(): void {
    this.timeline.zoomOut();
  }

  /** Shows the whole of `min`–`max`. */
  showAll(): void {
    this.timeline.showAll();
  }

  /** Opens the next event in date order (the first in view when none is open). */
  selectNext(): void {
    this.walk(1);
  }

  /** Opens the previous event in date order (the last in view when none is open). */
  selectPrevious(): void {
    this.walk(-1);
  }

  /** Dispatches one of the element's own events (the manifest documents them through `@fires`). */
  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Called by the URL controller with the state a link names. @internal */
  applyDeepLink(link: DeepLink): void {
    if (!this.data) {
      this.pendingLink = link;
      return;
    }
    this.pendingLink = undefined;
    this.filter.applyLink(link);
    // Not animated: the URL and the screen agree at once. A view that leaves out the linked event grows to show it.
    const linked = link.selected ? this.itemsById.get(link.selected) : undefined;
    if (link.view) this.timeline.setWindow(linked ? viewIncluding(link.view, linked) : link.view, false);
    if (!link.selected) {
      if (this.selected) this.close({ restoreFocus: false, writeUrl: false });
      return;
    }
    if (!this.indexById.has(link.selected)) {
      this.notice = this.messages.unknownLinkedEvent(link.selected);
      return;
    }
    this.open(link.selected, 'link', { frame: !link.view });
  }

  /**
   * An update that needs a language not downloaded yet waits for it (a few ms: its chunk lies next
   * to the bundle). So a Russian page never paints English first: the first render shows nothing
   * until Russian is here, rather than English buttons and dates that turn Russian a moment
   * later, and a switch at run time relabels everything in one frame. The price, on pages not in
   * English only: the data request starts that much later (vis-timeline already loads meanwhile).
   * A failed download leaves English (`loadLanguage` warns); a stalled one, English after
   * LANGUAGE_WAIT_MS, then the language whenever it comes. `events` set directly wait the same
   * way for the data's parser and the dates (chunks of their own), so they are painted in the update that shows them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = this.languages.pending();
    const waits: Promise<unknown>[] = language ? [language] : [];
    // `events` set directly are checked and shown in the same update, as soon as the parser is here.
    if (this.events !== undefined && !loadedParser()) waits.push(loadParser().catch(() => undefined));
    if (waits.length === 0) return super.scheduleUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise((resolve) => (timer = setTimeout(resolve, LANGUAGE_WAIT_MS)));
    return Promise.race([Promise.all(waits), stalled]).then(() => {
      clearTimeout(timer);
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.languages.settle()) {
      // What the live region said (or is about to say) in the language before must not stay there.
      this.live.clear();
      this.labels.clearDates();
      // A new array makes vis-timeline draw every item again, with the new date labels.
      this.items = [...this.items];
      this.lanes = this.lanesOf(this.items);
    }
    if (changed.has('layout')) this.lanes = this.lanesOf(this.items);
    if (changed.has('events') || changed.has('src') || !this.hasUpdated) this.source.load(this.events, this.src);
    else if (changed.has('min') || changed.has('max')) this.checkRange();
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.data) return;
    this.timeline.show({
      items: this.items,
      bounds: this.memo.keep('bounds', this.bounds()),
      initialWindow: this.initialWindow(),
      locale: this.language.dateLocale,
      lanes: this.lanes,
      lanesLabel: this.messages.lanesPanel,
    });
    // A selection made while the data was loading is shown once the data is here.
    if (changed.has('selected') || (changed.has('data') && this.selected)) void this.syncSelection(changed.get('selected'));
    if (changed.has('listView') && this.listView && this.selected) this.scrollListToSelected();
  }

  private accept(data: ParsedEvents): void {
    this.data = data;
    // Once per data: the view's bounds ask for it several times in each update.
    this.extent = extentOf(data.events);
    this.messageDismissed = false;
    this.indexById.clear();
    data.events.forEach((event, index) => this.indexById.set(event.id, index));
    this.labels.setCategories(data.categories);
    this.allItems = data.events.map((event) => toTimelineItem(event, this.labels.categoryIndexOf(event)));
    this.applyFilter();
    this.rangeProblems = this.outOfBoundsWarnings();
    const problems = [...data.problems, ...this.rangeProblems];
    if (problems.length > 0) this.emit(new PurgeTimelineErrorEvent(problems));
    if (this.pendingLink) {
      const link = this.pendingLink;
      // After the first drawing, so the view can move to the linked event.
      void this.updateComplete.then(() => this.timeline.whenDrawn()).then(() => this.applyDeepLink(link));
    } else if (this.selected && !this.indexById.has(this.selected)) {
      this.selected = undefined;
    }
  }

  /** Recomputes what is shown from the data and the filter (category toggles, search). */
  private applyFilter(): void {
    const events = this.data?.events ?? [];
    this.visibleEvents = filterEvents(events, this.filter);
    const eventItems = this.visibleEvents.map((event) => this.allItems[this.indexById.get(event.id)!]!);
    // Eras are drawn behind the events whatever the filter (issue 16).
    this.items = [...toEraItems(this.data?.eras ?? []), ...eventItems];
    this.itemsById = new Map(eventItems.map((item) => [item.id, item]));
    this.lanes = this.lanesOf(eventItems);
    this.marks = this.visibleEvents.map(spanOf);
    if (this.selected && !this.itemsById.has(this.selected)) this.close({ restoreFocus: false });
  }

  /** The lanes of `items`, or none for one stacked band. */
  private lanesOf(items: readonly TimelineItem[]): readonly Lane[] | undefined {
    if (parseLayout(this.layout) === 'stacked') return undefined;
    return lanesFor(items, this.data?.categories ?? [], this.messages.otherLane, this.lanes);
  }

  /** The reader changed the filter (or a link did): show what passes, keep it in the URL, say how many remain. */
  private onFilterChanged(change: FilterChange): void {
    this.applyFilter();
    if (change.kind === 'link') return;
    this.writeUrl();
    const shown = this.visibleEvents.length;
    const total = this.data?.events.length ?? 0;
    const messages = this.messages;
    // A pending report of an earlier window would talk over a category's.
    if (change.kind === 'category') this.live.say(messages.categoryToggled(change.label, change.shown, shown, total), { replacePending: true });
    else if (change.kind === 'stated') this.live.say(messages.statedOnlyToggled(this.filter.statedOnly, shown, total));
    else this.live.say(messages.matches(shown, total));
  }

  /** The reader's switch: sets `layout`, as an author would. */
  private toggleLayout(): void {
    const lanes = parseLayout(this.layout) !== 'lanes';
    this.layout = lanes ? 'lanes' : 'stacked';
    this.live.say(this.messages.byCategoryToggled(lanes));
  }

  /** Writes selection, view and filter into the URL. */
  private writeUrl(view: TimeWindow | undefined = viewForUrl(this.visibleWindow, this.initialWindow(), this.selected)): void {
    this.url.write({
      selected: this.selected || undefined,
      ...(view && { view }),
      ...this.filter.urlState,
    });
  }

  /** Explicit `min`/`max` hold; events beyond them are reported rather than silently hidden. */
  private outOfBoundsWarnings(): DataProblem[] {
    if (!this.data || (!this.min && !this.max)) return [];
    // The parser (with this check) has loaded whenever there is data.
    return loadedParser()?.outOfRangeProblems(this.data, this.bounds()) ?? [];
  }

  /** `min` or `max` changed: report the events that now fall outside (once per change). */
  private checkRange(): void {
    const before = this.rangeProblems.map(describeProblem).join('\n');
    this.rangeProblems = this.outOfBoundsWarnings();
    if (this.rangeProblems.length === 0 || this.rangeProblems.map(describeProblem).join('\n') === before) return;
    this.messageDismissed = false;
    this.emit(new PurgeTimelineErrorEvent([...(this.data?.problems ?? []), ...this.rangeProblems]));
  }

  /** `min`–`max`; unset ends default to the chapter's period (or own data's events) widened to cover every event. */
  private bounds(): TimeWindow {
    return timelineBounds(this.viewRequest());
  }

  /** `start`–`end`: the first view, before anyone moves it (own data: its events). */
  private initialWindow(): TimeWindow {
    return this.memo.keep('initialWindow', firstView(this.viewRequest()));
  }

  private viewRequest(): ViewRequest {
    const ownData = this.events !== undefined || !!this.src;
    return { start: this.start, end: this.end, min: this.min, max: this.max, ownData, extent: this.extent };
  }

  // Selection ---------------------------------------------------------------------------------

  /** Opens an event's popover; how it was opened decides where focus goes and how the view moves. */
  private open(id: string, openedBy: OpenedBy, options: { frame?: boolean } = {}): void {
    if (!this.itemsById.has(id)) return;
    this.notice = undefined;
    this.focusPopoverOnOpen = openedBy === 'pointer' || openedBy === 'keyboard';
    const item = this.itemsById.get(id);
    if (item && openedBy === 'link' && options.frame !== false) this.timeline.setWindow(frameAround(item), false);
    else if (item && openedBy !== 'pointer') this.timeline.reveal(item);
    if (this.selected === id) {
      void this.syncSelection(id);
      return;
    }
    this.selected = id;
    this.emit(new PurgeTimelineSelectEvent(id, this.eventById(id), openedBy !== 'program' && openedBy !== 'link'));
  }

  /** Closes the popover and clears the selection. */
  private close(options: { restoreFocus?: boolean; writeUrl?: boolean } = {}): void {
    if (!this.selected) return;
    const hadFocusInside = this.citationPopover?.hasFocus ?? false;
    this.selected = undefined;
    this.emit(new PurgeTimelineSelectEvent(undefined, undefined, true));
    if (options.restoreFocus !== false && hadFocusInside) this.focusTimeline();
    if (options.writeUrl === false) this.skipUrlWrite = true;
  }

  /** Brings vis-timeline, the popover, the URL and the live region in line with `selected`. */
  private async syncSelection(previous: string | undefined): Promise<void> {
    const id = this.selected || undefined;
    this.timeline.setSelection(id);
    if (this.skipUrlWrite) this.skipUrlWrite = false;
    else this.writeUrl();
    this.citationPopover?.clearFeedback();
    if (!id) {
      this.citationPopover?.hide();
      return;
    }
    const event = this.eventById(id);
    if (event && id !== previous) this.live.say(this.messages.selectedAnnouncement(event.title, this.labels.date(event)));
    if (this.listView) {
      this.scrollListToSelected();
      return;
    }
    // Wait for vis-timeline to draw the item (the view may just have moved to it).
    await this.timeline.whenDrawn();
    // The popover comes with the reader parts (loading since the element connected) and is rendered with them.
    await this.readerParts().then(() => this.updateComplete, () => undefined);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (this.selected !== id || !this.isConnected) return;
    this.citationPopover?.show(id, { focus: this.focusPopoverOnOpen });
    this.focusPopoverOnOpen = false;
  }

  private focusTimeline(): void {
    this.renderRoot.querySelector<HTMLElement>('.timeline')?.focus();
  }

  /** Moves through the events in date order by `step`. */
  private walk(step: 1 | -1): void {
    const next = walkFrom(this.visibleEvents, this.selected, step, this.visibleWindow);
    if (next) this.open(next.id, 'walk');
  }

  // The view and links -----------------------------------------------------------------------

  /** The band follows the timeline frame by frame; set directly, so the element need not re-render. */
  private followInOverview(window: TimeWindow): void {
    const overview = this.renderRoot.querySelector<PurgeTimelineOverviewElement>('purge-timeline-overview');
    if (!overview) return;
    overview.start = window.start;
    overview.end = window.end;
  }

  private onOverviewChange(event: OverviewWindowChangeEvent): void {
    this.timeline.setWindow(event.detail, event.detail.final, true);
  }

  private onWindowChanged(window: TimeWindow, byUser: boolean): void {
    this.followInOverview(window);
    this.emit(new PurgeTimelineRangeChangeEvent(window, byUser));
    // Every settled move, with or without an open event: the address bar holds what is shown
    // (once a link read at load has been applied: until then the URL is the link).
    if (!this.pendingLink) this.writeUrl();
    this.live.later(() => this.messages.inView(this.language.windowText(window), this.visibleEvents.filter((event) => isInWindow(event, window)).length));
  }

  private linkTo(id: string): string {
    return this.url.linkTo({ selected: id, ...(this.visibleWindow && { view: this.visibleWindow }) }, this.linkBase);
  }

  /** The work the events cite, for citations and exported sources. */
  private get chapter(): ChapterReference {
    return this.data?.source ?? { title: this.data?.title ?? '' };
  }

  // Rendering -------------------------------------------------------------------------------

  private renderItem(id: string, element: HTMLElement): void {
    const engine = loadedEngine();
    const era = eraIdOf(id) !== undefined ? this.data?.eras.find((each) => each.id === eraIdOf(id)) : undefined;
    if (era) return engine?.renderEraContent(element, era.label);
    const event = this.eventById(id);
    const level = event && markedCertainty(event);
    if (event) engine?.renderItemContent(element, event.id, event.title, this.labels.date(event), level && { level, label: this.messages.certaintyMark(level) });
  }


  private readonly keyActions: Record<TimelineKeyAction, () => void> = {
    'zoom-in': () => this.zoomIn(),
    'zoom-out': () => this.zoomOut(),
    'show-all': () => this.showAll(),
    next: () => this.walk(1),
    previous: () => this.walk(-1),
    open: () => this.openWithKeyboard(),
    close: () => this.close(),
  };

  private onTimelineKeydown(event: KeyboardEvent): void {
    const action = timelineKeyAction(event);
    if (!action) return;
    event.preventDefault();
    this.keyActions[action]();
  }

  private openWithKeyboard(): void {
    if (!this.selected) this.walk(1);
    if (this.selected) this.open(this.selected, 'keyboard');
  }

  private scrollListToSelected(): void {
    void this.updateComplete.then(() => {
      const entry = this.selected && this.renderRoot.querySelector(`.list-event[data-event-id="${CSS.escape(this.selected)}"]`);
      if (entry) entry.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    });
  }

  private renderStatus() {
    // The shipped chronology arrives in a moment, from the element's own files: nothing to say.
    if (this.source.status === 'loading') return this.src ? this.messages.loading(this.src) : nothing;
    if (this.source.status === 'failed' || !this.data) return nothing;
    const total = this.data.events.length;
    return this.visibleEvents.length === total ? this.messages.eventCount(total) : this.messages.filteredCount(this.visibleEvents.length, total);
  }

  private renderOverview() {
    const bounds = this.memo.keep('bounds', this.bounds());
    const window = this.visibleWindow ?? this.initialWindow();
    return html`<purge-timeline-overview
      exportparts="scrubber, window, handle"
      .min=${bounds.start}
      .max=${bounds.end}
      .start=${window.start}
      .end=${window.end}
      .marks=${this.marks}
      .eras=${loadedEngine()?.toOverviewEras(this.data?.eras ?? []) ?? NO_ERAS}
      .locale=${this.language.dateLocale}
      .label=${this.messages.overviewLabel}
      .valueText=${this.language.overviewValueText}
      @overview-window-change=${this.onOverviewChange}
    ></purge-timeline-overview>`;
  }

  private marks: readonly { start: Date; end: Date }[] = [];
  /** The events that pass the filter, in date order. */
  private visibleEvents: readonly TimelineEvent[] = [];
  /** The timeline item of each event in `data.events`, filtered or not. */
  private allItems: readonly TimelineItem[] = [];
  private eventById = (id: string): TimelineEvent | undefined => this.data?.events[this.indexById.get(id) ?? -1];

  private lanes?: readonly Lane[];

  /** The first events of the first view, in date order, while vis-timeline loads. */
  private renderPreview() {
    const window = this.initialWindow();
    return renderTimelinePreview(
      this.visibleEvents.filter((event) => isInWindow(event, window)),
      { label: this.messages.listHeading, formatDate: (event) => this.labels.date(event), categoryClass: (event) => this.labels.categoryClass(event) },
    );
  }

  override render() {
    const messages = this.messages;
    const showList = this.listView || this.drawFailed || !!this.print?.printing;
    return html`
      ${renderToolbar({
        messages,
        categories: this.data?.categories ?? [],
        hiddenCategories: this.filter.hiddenCategories,
        query: this.filter.query,
        showingList: showList,
        listOnly: this.drawFailed,
        onZoomIn: () => this.zoomIn(),
        onZoomOut: () => this.zoomOut(),
        onShowAll: () => this.showAll(),
        onPrevious: () => this.selectPrevious(),
        onNext: () => this.selectNext(),
        onToggleList: () => (this.listView = !this.listView),
        onSearchInput: (event) => this.filter.search((event.target as HTMLInputElement).value),
        onToggleCategory: (category) => this.filter.toggleCategory(category.id, category.label),
        moreFilters: html`${renderCertaintyFilter({ messages, statedOnly: this.filter.statedOnly, onToggle: () => this.filter.toggleStatedOnly() })}${renderLayoutToggle({
          messages,
          lanes: parseLayout(this.layout) === 'lanes',
          onToggle: () => this.toggleLayout(),
        })}`,
      })}
      ${this.messageDismissed
        ? nothing
        : this.parts?.renderProblemMessage({
            messages,
            loadProblem: this.source.problem,
            problems: [...(this.data?.problems ?? []), ...this.rangeProblems],
            shown: this.data?.events.length ?? 0,
            onDismiss: () => (this.messageDismissed = true),
          })}
      ${this.notice
        ? html`<p class="notice" part="notice" role="status">
            ${this.notice} <button type="button" class="link-button" @click=${() => (this.notice = undefined)}>${messages.dismiss}</button>
          </p>`
        : nothing}
      <div class="timeline-frame">
        <div
          class="timeline ${this.drawn ? '' : 'drawing'}"
          part="timeline"
          tabindex="0"
          role="group"
          aria-roledescription="timeline"
          aria-label=${messages.timelineLabel(this.data?.title ?? '')}
          aria-describedby="timeline-help"
          ?hidden=${showList}
          @keydown=${this.onTimelineKeydown}
        ></div>
        <div class="popover-anchor" aria-hidden="true"></div>
        <div class="wheel-hint" aria-hidden="true">${messages.wheelHint(isApplePlatform())}</div>
        ${this.data && !showList && !this.drawn ? this.renderPreview() : nothing}
      </div>
      ${this.data && !showList ? this.renderOverview() : nothing}
      <p id="timeline-help" class="visually-hidden">${messages.timelineHelp}</p>
      ${this.data && !showList ? this.parts?.renderEraSummaryIn(this.data.eras, this.language) : nothing}
      ${showList && this.data
        ? this.parts?.renderListView(this.visibleEvents, {
            language: this.language,
            selected: this.selected,
            formatDate: (event) => this.labels.date(event),
            categoryClass: (event) => this.labels.categoryClass(event),
            onSelect: (id) => this.open(id, 'walk'),
            eras: this.data.eras,
            footnotes: () => this.data?.footnotes.values() ?? [],
            chapter: this.chapter,
            root: this.renderRoot as ShadowRoot,
          })
        : nothing}
      <p class="status" part="status">${this.renderStatus()}</p>
      <div class="visually-hidden" role="status" aria-live="polite" data-live>${this.live.text}</div>
      ${this.data ? this.citationPopover?.render(this.selected ? this.eventById(this.selected) : undefined) : nothing}
    `;
  }
}
