/**
 * Owns the vis-timeline instance of one element: creates it once the element has rendered its
 * container, feeds it items and bounds, and destroys it when the element leaves the document
 * (it is created again on re-attachment). Resizing follows the container through a
 * ResizeObserver instead of vis-timeline's one-second polling of `window`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline, TimelineOptions } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { Locale } from 'date-fns';
import type { TimelineItem } from './to-timeline-items.js';
import { renderLaneLabel, type Lane } from './lanes.js';
import { loadEngine, type Engine } from './load-engine.js';
import { windowReportPending, requestRedraw, redrawNow, cancelPendingRangeEvents, remeasureItems } from './vis-internals.js';
import { eraStripHeight, eraStripRows, layoutTimelineEraLabels } from '../eras/timeline-era-labels.js';
import { ItemLabelFitter } from './item-label-fit.js';
import { indexClusterReuse } from './cluster-reuse.js';
import { holdClustersWhileZoomingIn } from './cluster-hold.js';
import { makeLanePanelFocusable } from '../layout/lane-panel-access.js';
import { registerColourTokens } from '../theme/register-colour-tokens.js';
import { makeClusterFocusable, clusterLabel, clusterSpan, updateClusterTabStop, listenForClusterKeys } from './cluster-keys.js';

export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

export interface TimelineView {
  readonly items: readonly TimelineItem[];
  /** No panning or zooming past these. */
  readonly bounds: TimeWindow;
  /** The window shown when the timeline is created. */
  readonly initialWindow: TimeWindow;
  readonly locale: Locale;
  /** A lane per category (vis-timeline's groups), or `undefined` for one stacked band. */
  readonly lanes?: readonly Lane[];
  /** The name of the lanes' labels panel, focusable to scroll the lanes by key (lane-panel-access.ts). */
  readonly lanesLabel?: string;
}

export interface VisTimelineCallbacks {
  /** Draws an item's content into the element vis-timeline gives (never as an HTML string). */
  renderItem(id: string, element: HTMLElement): void;
  /** Draws the content of a cluster: `count` events too close together to draw one by one, spanning `window`. */
  renderCluster(count: number, window: TimeWindow, element: HTMLElement): void;
  /** The visible window moved; `byUser` is false when the element moved it. */
  windowChanged?(window: TimeWindow, byUser: boolean): void;
  /** The visible window is moving (every frame of a pan, zoom or animation). */
  windowMoving?(window: TimeWindow): void;
  /** The user clicked or tapped an item (`id`) or empty space (`undefined`). */
  itemClicked?(id: string | undefined): void;
  /** vis-timeline redrew (after a pan, zoom or data change). */
  redrawn?(): void;
  /** vis-timeline could not be created (e.g. no layout engine); the element falls back to its list. */
  failed?(error: unknown): void;
}

/**
 * From this many events on, events too close together at the current zoom are drawn as one
 * cluster ("14 events"); clicking it zooms in to them. Below it every event is drawn: the
 * chapter's 53 events never cluster, and vis-timeline stays fast up to a few hundred.
 */
export const CLUSTER_FROM = 400;
/** vis-timeline merges a neighbourhood (about 100 px wide) holding more events than this. */
const CLUSTER_MAX_ITEMS = 3;

/** What vis-timeline passes a template for a cluster: its items (vis-timeline's, wrapping ours). */
interface ClusterData {
  readonly isCluster: true;
  readonly uiItems?: readonly { readonly data: TimelineItem }[];
}

/** About a week: closer than that the chapter has nothing to show. */
const ZOOM_MIN_MS = 7 * 24 * 60 * 60 * 1000;

function clusters(view: TimelineView | undefined): boolean {
  return (view?.items.length ?? 0) >= CLUSTER_FROM;
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export class VisTimelineController implements ReactiveController {
  private engine?: Engine;
  private timeline?: Timeline;
  private items?: DataSet<TimelineItem>;
  private lanes?: DataSet<Lane>;
  /** The next reported move is the reader's (the overview band, the wheel), though set from code. */
  private movingByUser = false;
  /** The timeline has moved to its first window (before that, vis-timeline shows a default one around today). */
  private windowSet = false;
  /** The highlighted item, set again on a new timeline. */
  private selection?: string;
  private resizeObserver?: ResizeObserver;
  private view?: TimelineView;
  private pendingDraw?: { promise: Promise<void>; resolve: () => void };
  /** Wraps titles that would run past the view's right edge once the view is still (item-label-fit.ts). */
  private labelFitter?: ItemLabelFitter;
  /** The element's preview has painted (vis-timeline is first created after it): see `previewHasPainted`. */
  private previewPainted = false;
  /** Removes the listener for keys on focused clusters. */
  private stopClusterKeys?: () => void;
  /** Cancels a re-clustering still waiting for a zoom in to settle. */
  private releaseClusters?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getContainer: () => HTMLElement | null | undefined,
    private readonly callbacks: VisTimelineCallbacks,
  ) {
    host.addController(this);
    // Before vis-timeline's first drawing, whose redraws each restyle every item.
    registerColourTokens();
  }

  /** Starts downloading vis-timeline at once, in parallel with the data; re-attached: render again so the timeline is created anew. */
  hostConnected(): void {
    if (!this.engine) this.startLoading();
    else if (this.view) this.host.requestUpdate();
  }

  private startLoading(): void {
    loadEngine().then(
      (engine) => {
        this.engine = engine;
        this.items ??= new engine.DataSet<TimelineItem>();
        this.lanes ??= new engine.DataSet<Lane>();
        this.adoptStyles(engine);
        // Whatever was asked for while loading is shown now.
        if (this.view) this.show(this.view, { force: true });
      },
      (error: unknown) => {
        this.settleDraw();
        this.callbacks.failed?.(error);
      },
    );
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /**
   * The element's preview has painted (LazyTimelineController watches for that paint, which may
   * come before the engine does): vis-timeline may be created now, and is, if it is waiting.
   */
  previewHasPainted(): void {
    if (this.previewPainted) return;
    this.previewPainted = true;
    if (this.view && !this.timeline) this.show(this.view, { force: true });
  }

  /** Whether vis-timeline currently exists (for tests and diagnostics). */
  get isCreated(): boolean {
    return this.timeline !== undefined;
  }

  /** vis-timeline's stylesheet goes in front of the element's own, which override it. */
  private adoptStyles(engine: Engine): void {
    const root = this.host.shadowRoot;
    const sheet = engine.visTimelineStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  }

  /** Shows `view`, creating vis-timeline on first use and after re-attachment. */
  show(view: TimelineView, { force = false } = {}): void {
    const previous = force ? undefined : this.view;
    this.view = view;
    const container = this.getContainer();
    if (!container || !this.host.isConnected) return;
    const { engine, items } = this;
    if (!engine || !items) {
      // Drawn once vis-timeline has loaded (`startLoading`).
      this.expectDraw();
      return;
    }

    if (!this.timeline) {
      if (!this.previewPainted) {
        // The first drawing waits until the element's preview has painted (`previewHasPainted`):
        // in the same task, vis-timeline's creation and first drawing would hold that paint back.
        this.expectDraw();
        return;
      }
      this.create(engine, items, container, view);
      return;
    }
    if (previous?.items !== view.items) {
      if (clusters(previous) || clusters(view)) {
        // Many: a new timeline, keeping the view. vis-timeline measures each item added to a
        // timeline already drawn at once, a forced layout per item (quadratic: 12 s for 4,000),
        // while a new one measures them together; turning clustering on or off costs the same.
        const window = this.windowSet ? this.getWindow() : undefined;
        this.destroy();
        this.create(engine, items, container, { ...view, initialWindow: window ?? view.initialWindow }, { quietFirstWindow: true });
        return;
      }
      // Few items: replaced in place, with no blank frame while a new timeline draws.
      this.expectDraw();
      items.clear();
      items.add([...view.items]);
      if (eraStripHeight(view.items) !== eraStripHeight(previous?.items ?? [])) this.timeline.setOptions({ margin: { axis: 4 + eraStripHeight(view.items) } });
      // No change to draw (no events before, none now) still ends in a drawing: nothing waits for ever.
      requestRedraw(this.timeline);
    }
    if (previous?.lanes !== view.lanes) this.showLanes(this.timeline, view.lanes);
    if (previous?.bounds !== view.bounds || previous.locale !== view.locale) {
      this.timeline.setOptions(this.optionsFor(engine, view));
    }
    if (previous?.initialWindow !== view.initialWindow) this.setWindow(view.initialWindow);
  }

  /** Resolves once items handed to vis-timeline are drawn (at once when nothing is pending). */
  whenDrawn(): Promise<void> {
    return this.pendingDraw?.promise ?? Promise.resolve();
  }

  private expectDraw(): void {
    if (this.pendingDraw) return;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.pendingDraw = { promise, resolve };
  }

  private settleDraw(): void {
    this.pendingDraw?.resolve();
    this.pendingDraw = undefined;
  }

  getWindow(): TimeWindow | undefined {
    const window = this.timeline?.getWindow();
    return window && { start: new Date(window.start), end: new Date(window.end) };
  }

  /** Shows `window`; `animate: false` for moves that follow the pointer; `byUser`: report it as the reader's move. */
  setWindow(window: TimeWindow, animate = true, byUser = false): void {
    if (byUser && this.timeline) this.movingByUser = true;
    this.timeline?.setWindow(window.start, window.end, { animation: animate && !prefersReducedMotion() });
  }

  zoomIn(): void {
    this.timeline?.zoomIn(0.5, { animation: !prefersReducedMotion() });
  }

  zoomOut(): void {
    this.timeline?.zoomOut(0.5, { animation: !prefersReducedMotion() });
  }

  showAll(): void {
    if (this.view) this.setWindow(this.view.bounds);
  }

  /** Marks the item as selected (vis-timeline's highlight); `undefined` clears it. */
  setSelection(id: string | undefined): void {
    this.selection = id;
    this.timeline?.setSelection(id ? [id] : []);
  }

  /** Moves the view, keeping the zoom, so the item is in it; does nothing when it already is. */
  reveal(item: TimelineItem): void {
    const window = this.getWindow();
    if (!window) return;
    const itemEnd = item.end ?? item.start;
    if (item.start >= window.start && itemEnd <= window.end) return;
    const span = window.end.getTime() - window.start.getTime();
    const centre = (item.start.getTime() + itemEnd.getTime()) / 2;
    this.setWindow({ start: new Date(centre - span / 2), end: new Date(centre + span / 2) });
  }

  /** The DOM element vis-timeline draws for an item, if it is drawn. */
  itemElement(id: string): HTMLElement | undefined {
    const container = this.getContainer();
    const content = container?.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
    return content?.closest<HTMLElement>('.vis-item') ?? undefined;
  }

  /** Lanes in (vis-timeline's groups) or out (one stacked band). */
  private showLanes(timeline: Timeline, lanes: readonly Lane[] | undefined): void {
    const groups = this.lanes;
    if (!groups) return;
    if (!lanes) {
      timeline.setGroups(null as unknown as DataSet<Lane>);
      return;
    }
    const ids = new Set(lanes.map((lane) => lane.id));
    groups.remove(groups.getIds().filter((id) => !ids.has(String(id))));
    groups.update([...lanes]);
    // Coming back from one band: the groups are given again (vis-timeline follows the DataSet's changes otherwise).
    if (!this.lanesShown) timeline.setGroups(groups);
  }

  /** Whether the current timeline has its groups set. */
  private get lanesShown(): boolean {
    return (this.timeline as unknown as { groupsData?: unknown } | undefined)?.groupsData != null;
  }

  private optionsFor(engine: Engine, view: TimelineView): TimelineOptions {
    const { start: min, end: max } = view.bounds;
    return {
      min,
      max,
      zoomMin: ZOOM_MIN_MS,
      zoomMax: max.getTime() - min.getTime(),
      format: engine.axisLabelFormat(view.locale) as TimelineOptions['format'],
    };
  }

  /** Draws a cluster's content; the span it covers is kept on it for a click to zoom to. */
  private renderCluster(data: ClusterData, element: HTMLElement): void {
    const items = data.uiItems ?? [];
    let start = Infinity;
    let end = -Infinity;
    for (const { data: item } of items) {
      start = Math.min(start, item.start.getTime());
      end = Math.max(end, (item.end ?? item.start).getTime());
    }
    element.dataset['clusterStart'] = String(start);
    element.dataset['clusterEnd'] = String(end);
    this.callbacks.renderCluster(items.length, { start: new Date(start), end: new Date(end) }, element);
    makeClusterFocusable(element, clusterLabel(element));
  }

  /** A click on a cluster zooms in to the events it holds, with a margin on both sides. */
  private zoomToCluster(timeline: Timeline, container: HTMLElement): void {
    const content = container.querySelector<HTMLElement>('.vis-cluster.vis-selected [data-cluster-start]');
    timeline.setSelection([]);
    if (content) this.zoomToSpan(clusterSpan(content));
  }

  /** Zooms in to a cluster's span (ms), with a margin on both sides: a click, or Enter on a focused cluster. */
  private zoomToSpan({ start, end }: { start: number; end: number }): void {
    const margin = Math.max((end - start) * 0.1, ZOOM_MIN_MS / 2);
    this.setWindow({ start: new Date(start - margin), end: new Date(end + margin) });
  }

  /**
   * Creates vis-timeline with `view`'s items. `quietFirstWindow`: the timeline replaces one
   * (new items), so moving to the window already in view is not reported as a move.
   */
  private create(engine: Engine, items: DataSet<TimelineItem>, container: HTMLElement, view: TimelineView, { quietFirstWindow = false } = {}): void {
    this.expectDraw();
    items.clear();
    items.add([...view.items]);
    if (view.lanes && this.lanes) {
      this.lanes.clear();
      this.lanes.add([...view.lanes]);
    }
    const options: TimelineOptions = {
      // No `start`/`end` here: vis-timeline would then show every item in the window as it adds
      // it, each measured by itself (a forced layout per item: 250 ms for 100), and keep its root
      // hidden until it has reported that window, 200 ms later. The window is set right after.
      ...this.optionsFor(engine, view),
      // Only here: set on a drawn timeline, `cluster` re-renders every item one by one; new
      // items (and so clustering on or off) always make a new timeline.
      ...(clusters(view) && { cluster: { maxItems: CLUSTER_MAX_ITEMS, showStipes: false, fitOnDoubleClick: false, titleTemplate: '' } }),
      // All arithmetic in UTC: a date-only event is the same day in every time zone.
      moment: ((date: Date) => engine.moment(date).utc()) as unknown as TimelineOptions['moment'],
      autoResize: false,
      // The height is the container's (fixed by CSS, see --purge-timeline-height): it never follows
      // the stacking, so zooming or filtering never moves what is below. Lanes that hold more than
      // fits scroll vertically (scrollbar, drag); the wheel is the page's (see WheelController).
      height: '100%',
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      groupOrder: 'order',
      // Lane labels as DOM text, like items: vis-timeline assigns no HTML.
      groupTemplate: (lane: Lane | undefined, element: HTMLElement) => {
        if (lane) renderLaneLabel(element, lane);
        return {} as unknown as string;
      },
      showCurrentTime: false,
      showTooltips: false,
      selectable: true,
      stack: true,
      orientation: { axis: 'bottom', item: 'top' },
      // Above the first row of items: a strip for the eras' names (src/eras/timeline-era-labels.ts).
      margin: { item: { horizontal: 4, vertical: 3 }, axis: 4 + eraStripHeight(view.items) },
      // Draws into the element it is given (text nodes), so vis-timeline assigns no HTML.
      // Returning a non-Element object tells vis-timeline the template drew the content itself.
      // For a cluster vis-timeline passes its own data (with `isCluster` and the events) instead of one of our items.
      template: (item: TimelineItem | ClusterData | undefined, element: HTMLElement) => {
        if (item && 'isCluster' in item) this.renderCluster(item, element);
        else if (item) this.callbacks.renderItem(item.id, element);
        return {} as unknown as string;
      },
    };
    let timeline: Timeline;
    try {
      const { Timeline } = engine;
      timeline = view.lanes && this.lanes ? new Timeline(container, items, this.lanes, options) : new Timeline(container, items, options);
      if (clusters(view)) {
        indexClusterReuse(timeline);
        this.releaseClusters = holdClustersWhileZoomingIn(timeline);
      }
    } catch (error) {
      container.replaceChildren();
      this.settleDraw();
      this.callbacks.failed?.(error);
      return;
    }
    let drawCount = 0;
    /** 'rangechanged' reports still to ignore: the first window of a timeline that replaces one. */
    let unreported = 0;
    // Events of a timeline already replaced or destroyed are ignored.
    const on = <T>(event: 'changed' | 'select' | 'rangechange' | 'rangechanged', handler: (props: T) => void) =>
      timeline.on(event, (props: T) => {
        if (this.timeline === timeline) handler(props);
      });
    on('changed', () => {
      layoutTimelineEraLabels(container, eraStripRows(this.view?.items ?? []));
      this.labelFitter?.schedule();
      // vis-timeline redraws a few times before items settle (it measures, then stacks): the
      // drawing counts as done once two frames pass without another redraw.
      this.callbacks.redrawn?.();
      makeLanePanelFocusable(container, !!this.view?.lanes, this.view?.lanesLabel ?? '');
      if (clusters(view)) updateClusterTabStop(container);
      const count = ++drawCount;
      requestAnimationFrame(() => requestAnimationFrame(() => {
        if (count === drawCount && this.timeline === timeline) this.settleDraw();
      }));
    });
    on('select', (props: { items: string[]; event?: unknown }) => {
      const id = props.items[0];
      if (id !== undefined && !items.get(id)) this.zoomToCluster(timeline, container);
      else this.callbacks.itemClicked?.(id);
    });
    on('rangechange', (props: { start: Date; end: Date }) => {
      this.callbacks.windowMoving?.({ start: new Date(props.start), end: new Date(props.end) });
    });
    on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (unreported > 0) {
        unreported -= 1;
        return;
      }
      const byUser = props.byUser || this.movingByUser;
      this.movingByUser = false;
      this.callbacks.windowChanged?.({ start: new Date(props.start), end: new Date(props.end) }, byUser);
    });
    this.timeline = timeline;
    // Nothing is drawn yet (drawnOnRequest): the window set now is drawn with every item at the end of this method.
    const { start, end } = view.initialWindow;
    timeline.setWindow(start, end, { animation: false });
    // vis-timeline reports it 200 ms later.
    if (quietFirstWindow && windowReportPending(timeline)) unreported = 1;
    this.windowSet = true;
    if (this.selection) timeline.setSelection([this.selection]);
    this.labelFitter = new ItemLabelFitter(container, (ids) => remeasureItems(timeline, ids));
    if (clusters(view)) this.stopClusterKeys = listenForClusterKeys(container, (span) => this.zoomToSpan(span));
    // The container's size is set by CSS, never by what vis-timeline draws: a change (the page's
    // width, a message above the timeline) is laid out again. The first observation only records
    // the size (reading it here would force a layout of every item right after creation).
    let size: string | undefined;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const observed = entry && `${entry.contentRect.width}x${entry.contentRect.height}`;
      if (observed === undefined || observed === size) return;
      const first = size === undefined;
      size = observed;
      if (!first) requestRedraw(timeline);
    });
    this.resizeObserver.observe(container);
    // Drawn now, in this task, rather than at the next frame (vis-timeline's own redraw): its root
    // stays hidden until that drawing, so the frame in between would show nothing.
    redrawNow(timeline);
  }

  private destroy(): void {
    this.stopClusterKeys?.();
    this.stopClusterKeys = undefined;
    this.releaseClusters?.();
    this.releaseClusters = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.labelFitter?.cancel();
    const timeline = this.timeline;
    this.timeline = undefined;
    this.windowSet = false;
    if (timeline) {
      // vis-timeline's destroy() leaves a running zoom or pan animation going (a 20 ms timer
      // loop, up to half a second); setting the window without animation cancels it. The
      // handlers see the timeline is no longer current and report nothing.
      const window = timeline.getWindow();
      timeline.setWindow(window.start, window.end, { animation: false });
      cancelPendingRangeEvents(timeline);
      timeline.destroy();
    }
    this.getContainer()?.replaceChildren();
    this.settleDraw();
  }
}
