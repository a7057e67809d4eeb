/**
 * The element's handle on its VisTimelineController, which comes with the engine chunk (the
 * entry, which paints the preview, does not carry it). Until the engine has loaded it keeps what
 * was asked for (the view, the selection) and then hands it on, and it watches for the paint of
 * the element's preview, after which the controller creates vis-timeline (at once when the engine
 * comes later, as over a network). Moves asked for before there is
 * a timeline do nothing, as they do on the controller itself. A failed download is reported
 * through `failed` and tried again when the element is attached again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from './to-timeline-items.js';
import type { TimelineView, TimeWindow, VisTimelineCallbacks, VisTimelineController } from './vis-timeline-controller.js';
import { loadEngine, type Engine } from './load-engine.js';
import { afterNextPaint } from './after-next-paint.js';

export class LazyTimelineController implements ReactiveController {
  private controller?: VisTimelineController;
  /** Settles once the controller exists (`undefined`: the engine could not be loaded). */
  private arrival?: Promise<VisTimelineController | undefined>;
  private view?: TimelineView;
  private selection?: string;
  /** The paint after the first view (the element's preview) has happened. */
  private previewPainted = false;
  /** Cancels the wait for that paint. */
  private cancelPaintWait?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getContainer: () => HTMLElement | null | undefined,
    private readonly callbacks: VisTimelineCallbacks,
    /** How the engine arrives (tests choose when). */
    private readonly load: () => Promise<Engine> = loadEngine,
  ) {
    host.addController(this);
  }

  /** Starts downloading the engine at once, in parallel with the data. */
  hostConnected(): void {
    this.arrival ??= this.load().then(
      (engine) => {
        // Added to the host, it draws whatever it is given from here on (and is attached, detached and destroyed with it).
        const controller = new engine.VisTimelineController(this.host, this.getContainer, this.callbacks);
        // An engine that arrives after the preview has painted draws at once, not a frame later.
        if (this.previewPainted) controller.previewHasPainted();
        this.controller = controller;
        if (this.selection) controller.setSelection(this.selection);
        if (this.view) controller.show(this.view);
        return controller;
      },
      (error: unknown) => {
        this.arrival = undefined;
        this.callbacks.failed?.(error);
        return undefined;
      },
    );
  }

  hostDisconnected(): void {
    this.cancelPaintWait?.();
    this.cancelPaintWait = undefined;
  }

  /** Shows `view` (once the engine is here, when it is not yet). */
  show(view: TimelineView): void {
    this.view = view;
    // The element renders its preview of `view` in this update; vis-timeline is created after that paint.
    if (!this.previewPainted) {
      this.cancelPaintWait ??= afterNextPaint(() => {
        this.cancelPaintWait = undefined;
        this.previewPainted = true;
        this.controller?.previewHasPainted();
      });
    }
    this.controller?.show(view);
  }

  /** Resolves once items handed to vis-timeline are drawn (at once when nothing is pending). */
  whenDrawn(): Promise<void> {
    if (this.controller) return this.controller.whenDrawn();
    if (!this.view || !this.arrival) return Promise.resolve();
    return this.arrival.then((controller) => controller?.whenDrawn());
  }

  getWindow(): TimeWindow | undefined {
    return this.controller?.getWindow();
  }

  setWindow(window: TimeWindow, animate = true, byUser = false): void {
    this.controller?.setWindow(window, animate, byUser);
  }

  zoomIn(): void {
    this.controller?.zoomIn();
  }

  zoomOut(): void {
    this.controller?.zoomOut();
  }

  showAll(): void {
    this.controller?.showAll();
  }

  setSelection(id: string | undefined): void {
    this.selection = id;
    this.controller?.setSelection(id);
  }

  reveal(item: TimelineItem): void {
    this.controller?.reveal(item);
  }

  itemElement(id: string): HTMLElement | undefined {
    return this.controller?.itemElement(id);
  }
}
