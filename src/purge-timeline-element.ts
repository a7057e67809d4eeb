import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { enGB } from 'date-fns/locale/en-GB';
import type { TimelineEvent } from './types.js';
import { parseEvents, type ParsedEvents } from './data/parse-events.js';
import { describeProblem, type DataProblem } from './data/problem.js';
import { loadEventsFile, LoadError } from './data/load-events-file.js';
import { defaultEventsFile } from './data/default-events.js';
import { parsePartialDate } from './date/parse-partial-date.js';
import { formatDateRange } from './date/format-partial-date.js';
import { toTimelineItem, extentOf, type TimelineItem } from './timeline/to-timeline-items.js';
import { VisTimelineController, type TimeWindow } from './timeline/vis-timeline-controller.js';
import { elementStyles, visTimelineStyles } from './purge-timeline-element.styles.js';

/** The chapter's period: the default bounds and first view. */
const DEFAULT_MIN = '1935-01-01';
const DEFAULT_MAX = '1941-12-31';

type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** `YYYY…` dates as attributes: the start of the first day, or of the day after for an upper bound. */
function parseBound(value: string | undefined, fallback: string, edge: 'start' | 'end'): Date {
  for (const candidate of [value, fallback]) {
    if (!candidate) continue;
    try {
      return parsePartialDate(candidate)[edge];
    } catch {
      // An invalid attribute falls back to the default, as relative-time-element does.
    }
  }
  return parsePartialDate(fallback)[edge];
}

/**
 * A zoomable, sourced chronology of dated events, drawn with vis-timeline. Without `src` or
 * `events` it shows the shipped chronology of the Soviet purges and the road to war, 1935–1941.
 *
 * @summary A zoomable timeline of sourced, partially dated events.
 *
 * @fires purge-timeline-error - Loading or validating the data found problems; `detail.problems` lists them all.
 * @fires purge-timeline-range-change - The visible window moved; `detail` has `start`, `end` and `byUser`.
 *
 * @csspart toolbar - The row with the zoom buttons and the legend.
 * @csspart legend - The list of categories and their colours.
 * @csspart timeline - The area vis-timeline draws into; focusable, with `+`, `-` and `0` keys.
 * @csspart message - The visible list of data problems.
 * @csspart status - The line saying what is loading or how many events are shown.
 *
 * @cssprop --purge-timeline-category-0 - Colour of the first category in the legend (…-1 to …-5 likewise).
 * @cssprop --purge-timeline-category-none - Colour of events whose category the file does not define.
 * @cssprop --purge-timeline-font - Font family of the whole element.
 * @cssprop --purge-timeline-text - Text colour.
 * @cssprop --purge-timeline-muted - Colour of secondary text: dates, axis labels, status.
 * @cssprop --purge-timeline-surface - Background of the element and its buttons.
 * @cssprop --purge-timeline-item-surface - Background of items on the timeline.
 * @cssprop --purge-timeline-border - Border colour of the timeline and buttons.
 * @cssprop --purge-timeline-focus-ring - Colour of the focus ring and of the selected item.
 */
export class PurgeTimelineElement extends LitElement {
  static override styles = [visTimelineStyles, elementStyles];

  /** URL of an events.json to show instead of the shipped chronology; changing it reloads. */
  @property({ reflect: true }) src?: string;

  /** Events data set directly (the parsed contents of an events.json); takes precedence over `src`. */
  @property({ attribute: false }) events?: unknown;

  /** Earliest date one can pan to (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); default 1935-01-01, widened to the data when unset. */
  @property() min?: string;

  /** Latest date one can pan to; default 1941-12-31, widened to the data when unset. */
  @property() max?: string;

  /** Start of the first view; default the start of `min`. */
  @property() start?: string;

  /** End of the first view; default the end of `max`. */
  @property() end?: string;

  @state() private data?: ParsedEvents;
  @state() private loadStatus: LoadStatus = 'idle';
  @state() private loadProblem?: DataProblem;
  @state() private messageDismissed = false;

  private loadAbort?: AbortController;
  private readonly eventsById = new Map<string, TimelineEvent>();
  private items: readonly TimelineItem[] = [];
  private categoryIndex = new Map<string, number>();
  private readonly locale = enGB;

  private readonly timeline = new VisTimelineController(this, () => this.renderRoot.querySelector<HTMLElement>('.timeline'), {
    renderItem: (id, element) => this.renderItem(id, element),
    windowChanged: (window, byUser) => this.dispatchEvent(new CustomEvent('purge-timeline-range-change', { bubbles: true, composed: true, detail: { ...window, byUser } })),
  });

  /** Resolves once the current data is drawn on the timeline (useful for tests and screenshots). */
  get timelineReady(): Promise<void> {
    return this.updateComplete.then(() => (this.loadStatus === 'loading' ? this.loadComplete : undefined)).then(() => this.timeline.whenDrawn());
  }

  private loadComplete: Promise<void> = Promise.resolve();

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached while a load had been cancelled by removal: load again.
    if (this.hasUpdated && this.loadStatus === 'loading') this.selectData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('src') || !this.hasUpdated) this.selectData();
  }

  /** Picks the data source: `events`, else `src`, else the shipped chronology. */
  private selectData(): void {
    this.loadAbort?.abort();
    this.loadProblem = undefined;
    if (this.events !== undefined) return this.accept(parseEvents(this.events));
    if (!this.src) return this.accept(parseEvents(defaultEventsFile));

    const abort = new AbortController();
    this.loadAbort = abort;
    this.loadStatus = 'loading';
    const url = this.src;
    this.loadComplete = loadEventsFile(url, abort.signal).then(
      (json) => {
        if (!abort.signal.aborted) this.accept(parseEvents(json));
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof LoadError ? error.message : `Could not load "${url}": ${String(error)}`;
        this.loadProblem = { severity: 'error', path: '', message };
        this.loadStatus = 'failed';
        this.reportProblems([this.loadProblem]);
      },
    );
  }

  private accept(data: ParsedEvents): void {
    this.data = data;
    this.loadStatus = 'loaded';
    this.messageDismissed = false;
    this.eventsById.clear();
    for (const event of data.events) this.eventsById.set(event.id, event);
    this.categoryIndex = new Map(data.categories.map((category, index) => [category.id, index]));
    this.items = data.events.map((event) => toTimelineItem(event, this.categoryIndex.get(event.category.id) ?? -1));
    const problems = [...data.problems, ...this.outOfBoundsWarnings(data.events)];
    if (problems.length > 0) this.reportProblems(problems);
  }

  /** Explicit `min`/`max` hold; events beyond them are reported rather than silently hidden. */
  private outOfBoundsWarnings(events: readonly TimelineEvent[]): DataProblem[] {
    if (this.min === undefined && this.max === undefined) return [];
    const { start, end } = this.bounds();
    return events
      .filter((event) => (event.end ?? event.date).end <= start || event.date.start >= end)
      .map((event) => ({ severity: 'warning' as const, path: `events (id "${event.id}")`, message: `falls outside the timeline's range (min–max) and cannot be shown on it` }));
  }

  private reportProblems(problems: readonly DataProblem[]): void {
    this.dispatchEvent(new CustomEvent('purge-timeline-error', { bubbles: true, composed: true, detail: { problems } }));
  }

  /** `min`–`max`; unset ends default to the chapter's period widened to cover every event. */
  private bounds(): TimeWindow {
    const extent = extentOf(this.data?.events ?? []);
    let start = parseBound(this.min, DEFAULT_MIN, 'start');
    let end = parseBound(this.max, DEFAULT_MAX, 'end');
    if (this.min === undefined && extent && extent.start < start) start = extent.start;
    if (this.max === undefined && extent && extent.end > end) end = extent.end;
    return { start, end };
  }

  protected override updated(): void {
    if (!this.data) return;
    const bounds = this.bounds();
    this.timeline.show({
      items: this.items,
      bounds: this.memo('bounds', bounds),
      initialWindow: this.memo('initialWindow', {
        start: parseBound(this.start, DEFAULT_MIN, 'start'),
        end: parseBound(this.end, DEFAULT_MAX, 'end'),
      }),
      locale: this.locale,
    });
  }

  private readonly memos = new Map<string, TimeWindow>();

  /** Keeps the same object while the window is unchanged, so the controller can compare by identity. */
  private memo(key: string, window: TimeWindow): TimeWindow {
    const previous = this.memos.get(key);
    if (previous && previous.start.getTime() === window.start.getTime() && previous.end.getTime() === window.end.getTime()) return previous;
    this.memos.set(key, window);
    return window;
  }

  private renderItem(id: string, element: HTMLElement): void {
    const event = this.eventsById.get(id);
    if (!event) return;
    const dateLabel = formatDateRange(event.date, event.end, { locale: this.locale });
    // Lit renders into vis-timeline's element: text nodes only, nothing through innerHTML.
    render(
      html`<span class="item-title" title=${event.title}>${event.title}</span><span class="item-date">${dateLabel}</span>`,
      element,
    );
  }

  private onTimelineKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': () => this.zoomIn(),
      '=': () => this.zoomIn(),
      '-': () => this.zoomOut(),
      _: () => this.zoomOut(),
      '0': () => this.showAll(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private renderMessage() {
    const problems = this.loadProblem ? [this.loadProblem] : (this.data?.problems ?? []);
    if (problems.length === 0 || this.messageDismissed) return nothing;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const heading = this.loadProblem
      ? 'The events could not be loaded.'
      : `${problems.length} problem${problems.length === 1 ? '' : 's'} in the data${errors ? `; ${this.data?.events.length ?? 0} valid events are shown, the invalid ones are left out` : ''}.`;
    return html`<div class="message" part="message" role="alert">
      <button class="dismiss" type="button" @click=${() => (this.messageDismissed = true)}>Dismiss</button>
      <strong>${heading}</strong>
      <ul>
        ${problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
      </ul>
    </div>`;
  }

  private renderStatus() {
    if (this.loadStatus === 'loading') return html`Loading events from ${this.src}…`;
    if (this.loadStatus === 'failed' || !this.data) return nothing;
    const count = this.data.events.length;
    return html`${count} event${count === 1 ? '' : 's'}. Scroll or pinch on the timeline, or focus it and press + or − to zoom, 0 to show all.`;
  }

  override render() {
    const categories = this.data?.categories ?? [];
    return html`
      <div class="toolbar" part="toolbar">
        <div class="zoom" role="group" aria-label="Zoom">
          <button type="button" data-action="zoom-in" @click=${this.zoomIn}>Zoom in</button>
          <button type="button" data-action="zoom-out" @click=${this.zoomOut}>Zoom out</button>
          <button type="button" data-action="show-all" @click=${this.showAll}>Show all</button>
        </div>
        <ul class="legend" part="legend" aria-label="Categories">
          ${categories.map((category, index) => html`<li class="category-${index}"><span class="swatch" aria-hidden="true"></span>${category.label}</li>`)}
        </ul>
      </div>
      ${this.renderMessage()}
      <div
        class="timeline"
        part="timeline"
        tabindex="0"
        role="region"
        aria-label="Timeline, ${this.data?.title ?? 'events'}"
        @keydown=${this.onTimelineKeydown}
      ></div>
      <p class="status" part="status" role="status">${this.renderStatus()}</p>
    `;
  }
}
