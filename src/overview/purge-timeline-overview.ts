import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { cssomStyle } from './cssom-style.js';
import { afterNextPaint } from '../timeline/after-next-paint.js';
import { enGB } from 'date-fns/locale/en-GB';
import type { Locale } from 'date-fns';
import { createUtcDate } from '../date/utc-calendar.js';
import {
  centreWindowOn,
  clampWindow,
  fractionOf,
  monthlyDensity,
  moveWindowStart,
  resizeWindowEdge,
  sameWindow,
  timeAtFraction,
  wholeMonthsBetween,
  yearSpans,
  yearTicks,
  type MonthDensity,
  type OverviewWindow,
  type WindowEdge,
} from './overview-geometry.js';
import { describeWindow, formatYear } from './overview-labels.js';
import { windowForKey } from './overview-keys.js';
import { overviewStyles } from './purge-timeline-overview.styles.js';
import { BAND_PX } from './overview-size.js';
import { renderOverviewEras, overviewEraStyles, layoutOverviewEras, overviewErasBottom, type OverviewEra } from '../eras/render-overview-eras.js';

export const OVERVIEW_TAG = 'purge-timeline-overview';
export const OVERVIEW_WINDOW_CHANGE = 'overview-window-change';

/** `detail` of `overview-window-change`: the window the user moved to; `final` once it rests. */
export interface OverviewWindowChangeDetail {
  readonly start: Date;
  readonly end: Date;
  readonly final: boolean;
}

export type OverviewWindowChangeEvent = CustomEvent<OverviewWindowChangeDetail>;

/** Pixels a pointer must travel before a press is a drag rather than a click. */
const DRAG_THRESHOLD_PX = 3;
/** Most year labels drawn; with more years, every second (third, …) year is labelled. */
const MAX_YEAR_LABELS = 12;
/** Height of the tallest density bar, in pixels (less when two rows of era names need the room). */
const BAR_MAX_PX = 20;
/** The band's height inside its 1 px border. */
const BAND_INNER_PX = BAND_PX - 2;

type DragMode = WindowEdge | 'move' | 'jump';

interface Drag {
  readonly pointerId: number;
  readonly mode: DragMode;
  readonly originX: number;
  /** The band's padding box, which the window's percentages refer to. */
  readonly bandLeft: number;
  readonly bandWidth: number;
  readonly origin: OverviewWindow;
  moved: boolean;
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

const percent = (fraction: number) => `${fraction * 100}%`;

/**
 * The overview band under the timeline: the whole period with year ticks and a density strip
 * of the events, and the window now in view as a draggable, keyboard-operable slider.
 *
 * @fires overview-window-change - The user moved the window; `detail` has `start`, `end` and `final`.
 *
 * @csspart scrubber - The band.
 * @csspart window - The window in view (the slider).
 * @csspart handle - Either edge of the window; drag it to zoom.
 *
 * Internal: rendered inside `<purge-timeline>`, whose parts `scrubber`, `window` and `handle`
 * re-export these.
 * @tagname purge-timeline-overview
 */
export class PurgeTimelineOverviewElement extends LitElement {
  static override styles = [overviewStyles, overviewEraStyles];

  /** Start of the whole band: the timeline's earliest date. */
  @property({ attribute: false }) min: Date = createUtcDate(1935, 0, 1);

  /** End of the whole band, exclusive: the timeline's latest date. */
  @property({ attribute: false }) max: Date = createUtcDate(1942, 0, 1);

  /** Start of the window in view on the timeline; set it whenever the timeline moves. */
  @property({ attribute: false }) start: Date = createUtcDate(1935, 0, 1);

  /** End of the window in view on the timeline, exclusive. */
  @property({ attribute: false }) end: Date = createUtcDate(1942, 0, 1);

  /** The events' spans, drawn as a strip of how many events touch each month. */
  @property({ attribute: false }) marks: readonly OverviewWindow[] = [];

  /** The eras the chapter draws, named in the band (src/eras/render-overview-eras.ts). */
  @property({ attribute: false }) eras: readonly OverviewEra[] = [];

  /** The date-fns locale of the year labels and of the default spoken value. */
  @property({ attribute: false }) locale: Locale = enGB;

  /** The accessible name of the window slider. */
  @property({ attribute: false }) label = 'Time window';

  /** Writes the slider's spoken value instead of the default "March 1937 to March 1938". */
  @property({ attribute: false }) valueText?: (start: Date, end: Date) => string;

  /** Where the user left the window, shown until the parent next sets `start` or `end`. */
  @state() private userWindow?: OverviewWindow;

  @state() private dragging = false;

  private drag?: Drag;
  private frame?: number;
  private density: readonly MonthDensity[] = [];
  /** Era names are placed in pixels: again whenever the band's width changes. */
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => layoutOverviewEras(this.renderRoot));
    this.resizeObserver.observe(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('eras') || changed.has('min') || changed.has('max')) layoutOverviewEras(this.renderRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.cancelFrame();
    this.drag = undefined;
    this.dragging = false;
  }

  /**
   * The band's first render waits until the page has painted: the element's first titles paint
   * without it (it cost 10–20 ms before them at 5 events). Its height is held by CSS meanwhile,
   * so nothing moves when it fills in.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise<void>((resolve) => afterNextPaint(resolve));
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The parent's window wins, except under a pointer that is dragging it.
    if ((changed.has('start') || changed.has('end')) && !this.drag) this.userWindow = undefined;
    if (changed.has('marks') || changed.has('min') || changed.has('max')) {
      this.density = this.bounds() ? monthlyDensity(this.marks ?? [], { start: this.min, end: this.max }) : [];
    }
  }

  /** `min`–`max`, or `undefined` while they are not a valid, non-empty span. */
  private bounds(): OverviewWindow | undefined {
    const { min, max } = this;
    return isValidDate(min) && isValidDate(max) && min < max ? { start: min, end: max } : undefined;
  }

  /** The window to draw: the user's while it stands, else the parent's, inside the bounds. */
  private shownWindow(bounds: OverviewWindow): OverviewWindow {
    const start = isValidDate(this.start) ? this.start : bounds.start;
    const end = isValidDate(this.end) && this.end > start ? this.end : bounds.end;
    return clampWindow(this.userWindow ?? { start, end }, bounds);
  }

  private describe(window: OverviewWindow): string {
    return this.valueText ? this.valueText(new Date(window.start), new Date(window.end)) : describeWindow(window, this.locale);
  }

  override render() {
    const bounds = this.bounds();
    return html`<div
      part="scrubber"
      class=${this.dragging ? 'band dragging' : 'band'}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerCancel}
      @lostpointercapture=${this.onPointerCancel}
    >
      ${bounds
        ? [
            // Only the window moves while a reader zooms or drags: the rest is not rendered again in every frame.
            guard([bounds.start.getTime(), bounds.end.getTime(), this.density, this.eras, this.locale], () => [
              this.renderScale(bounds),
              renderOverviewEras(this.eras, bounds),
              this.renderDensity(bounds),
            ]),
            this.renderWindow(bounds),
          ]
        : nothing}
    </div>`;
  }

  private renderScale(bounds: OverviewWindow) {
    const years = yearSpans(bounds);
    const step = Math.ceil(years.length / MAX_YEAR_LABELS);
    return html`<div class="scale" aria-hidden="true">
      ${yearTicks(bounds).map((tick) => html`<span class="tick" ${cssomStyle({ left: percent(fractionOf(tick, bounds)) })}></span>`)}
      ${years
        .filter((span) => span.year % step === 0)
        .map((span, index) => {
          const left = fractionOf(span.start, bounds);
          const width = fractionOf(span.end, bounds) - left;
          // Every second label stays on narrow bands, every fourth on the narrowest (counted among
          // the labels drawn, so a long span already thinned to every second year thins again).
          const thinning = index % 4 === 0 ? '' : index % 2 === 0 ? 'even' : 'odd';
          return html`<span class="year ${thinning}" ${cssomStyle({ left: percent(left), width: percent(width) })}>${formatYear(span.start, this.locale)}</span>`;
        })}
    </div>`;
  }

  private renderDensity(bounds: OverviewWindow) {
    const highest = Math.max(0, ...this.density.map((month) => month.count));
    const barMax = Math.min(BAR_MAX_PX, BAND_INNER_PX + 1 - overviewErasBottom(this.eras));
    return html`<div class="density" aria-hidden="true">
      ${this.density
        .filter((month) => month.count > 0)
        .map((month) => {
          const left = fractionOf(month.start, bounds);
          const width = fractionOf(month.end, bounds) - left;
          const height = Math.max(2, Math.round((month.count / highest) * barMax));
          return html`<span
            class="bar"
            data-count=${month.count}
            ${cssomStyle({ left: percent(left), width: `max(1px, calc(${percent(width)} - 1px))`, height: `${height}px` })}
          ></span>`;
        })}
    </div>`;
  }

  private renderWindow(bounds: OverviewWindow) {
    const window = this.shownWindow(bounds);
    const length = window.end.getTime() - window.start.getTime();
    const valueMax = Math.max(0, wholeMonthsBetween(bounds.start, new Date(bounds.end.getTime() - length)));
    const valueNow = Math.min(valueMax, Math.max(0, wholeMonthsBetween(bounds.start, window.start)));
    const left = fractionOf(window.start, bounds);
    const width = fractionOf(window.end, bounds) - left;
    return html`<div
      part="window"
      class="window"
      role="slider"
      tabindex="0"
      aria-label=${this.label}
      aria-orientation="horizontal"
      aria-valuemin="0"
      aria-valuemax=${valueMax}
      aria-valuenow=${valueNow}
      aria-valuetext=${this.describe(window)}
      ${cssomStyle({ left: percent(left), width: percent(width) })}
      @keydown=${this.onKeydown}
    >
      <span part="handle" class="handle" data-edge="start"></span>
      <span part="handle" class="handle" data-edge="end"></span>
    </div>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    const bounds = this.bounds();
    if (!bounds || event.altKey || event.ctrlKey || event.metaKey || this.drag) return;
    const current = this.shownWindow(bounds);
    const next = windowForKey(event.key, current, bounds);
    if (!next) return;
    event.preventDefault();
    if (!sameWindow(next, current)) this.moveTo(next, true);
  }

  private onPointerDown(event: PointerEvent): void {
    const bounds = this.bounds();
    if (!bounds || !event.isPrimary || event.button !== 0 || this.drag) return;
    const band = event.currentTarget as HTMLElement;
    const rect = band.getBoundingClientRect();
    if (band.clientWidth <= 0) return;
    const target = event.target instanceof Element ? event.target : undefined;
    const edge = target?.closest<HTMLElement>('[data-edge]')?.dataset['edge'];
    const mode: DragMode = edge === 'start' || edge === 'end' ? edge : target?.closest('.window') ? 'move' : 'jump';
    this.drag = {
      pointerId: event.pointerId,
      mode,
      originX: event.clientX,
      bandLeft: rect.left + band.clientLeft,
      bandWidth: band.clientWidth,
      origin: this.shownWindow(bounds),
      moved: false,
    };
    try {
      band.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (e.g. a cancelled touch): its pointerup or cancel ends the drag.
    }
  }

  private onPointerMove(event: PointerEvent): void {
    const { drag } = this;
    const bounds = this.bounds();
    if (!drag || !bounds || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.originX;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    if (drag.mode === 'jump') return; // A press outside the window that moves is no click.
    this.dragging = true;
    const shift = (dx / drag.bandWidth) * (bounds.end.getTime() - bounds.start.getTime());
    const next =
      drag.mode === 'move'
        ? moveWindowStart(drag.origin, drag.origin.start.getTime() + shift, bounds)
        : resizeWindowEdge(drag.origin, drag.mode, drag.origin[drag.mode].getTime() + shift, bounds);
    this.moveTo(next, false);
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.endDrag(event);
    const bounds = this.bounds();
    if (!drag || !bounds) return;
    if (drag.mode === 'jump' && !drag.moved) {
      const time = timeAtFraction((event.clientX - drag.bandLeft) / drag.bandWidth, bounds);
      const next = centreWindowOn(drag.origin, time, bounds);
      this.renderRoot.querySelector<HTMLElement>('.window')?.focus({ preventScroll: true });
      if (!sameWindow(next, drag.origin)) this.moveTo(next, true);
    } else if (drag.moved && drag.mode !== 'jump') {
      this.moveTo(this.userWindow ?? drag.origin, true);
    }
  }

  /** The browser took the pointer (a touch turned into a scroll) or capture was lost. */
  private onPointerCancel(event: PointerEvent): void {
    const drag = this.endDrag(event);
    if (drag?.moved && drag.mode !== 'jump') this.moveTo(this.userWindow ?? drag.origin, true);
  }

  private endDrag(event: PointerEvent): Drag | undefined {
    const { drag } = this;
    if (!drag || event.pointerId !== drag.pointerId) return undefined;
    this.drag = undefined;
    this.dragging = false;
    return drag;
  }

  /** Shows `next` at once; tells the parent now when `final`, else at the next animation frame. */
  private moveTo(next: OverviewWindow, final: boolean): void {
    this.userWindow = next;
    if (final) {
      this.cancelFrame();
      this.emit(next, true);
    } else {
      this.frame ??= requestAnimationFrame(() => {
        this.frame = undefined;
        if (this.userWindow) this.emit(this.userWindow, false);
      });
    }
  }

  private cancelFrame(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private emit(window: OverviewWindow, final: boolean): void {
    const detail: OverviewWindowChangeDetail = { start: new Date(window.start), end: new Date(window.end), final };
    this.dispatchEvent(new CustomEvent<OverviewWindowChangeDetail>(OVERVIEW_WINDOW_CHANGE, { bubbles: true, composed: false, detail }));
  }
}

/** Registers `<purge-timeline-overview>` unless that name is already taken. */
export function defineOverview(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(OVERVIEW_TAG)) registry.define(OVERVIEW_TAG, PurgeTimelineOverviewElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'purge-timeline-overview': PurgeTimelineOverviewElement;
  }
}
