/**
 * The element's handle on its VisTimelineController, which comes with the engine chunk (the
 * entry, which paints the preview, does not carry it). Until the engine has loaded it keeps what
 * was asked for (the view, the selection) and then hands it on; moves asked for before there is
 * a timeline do nothing, as they do on the controller itself. A failed download is reported
 * through `failed` and tried again when the element is attached again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from './to-timeline-items.js';
import type { TimelineView, TimeWindow, VisTimelineCallbacks, VisTimelineController } from './vis-timeline-controller.js';
import { loadEngine } from './load-engine.js';

export class LazyTimelineController implements ReactiveController {
  private controller?: VisTimelineController;
  /** Settles once the controller exists (`undefined`: the engine could not be loaded). */
  private arrival?: Promise<VisTimelineController | undefined>;
  private view?: TimelineView;
  private selection?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getContainer: () => HTMLElement | null | undefined,
    private readonly callbacks: VisTimelineCallbacks,
  ) {
    host.addController(this);
  }

  /** Starts downloading the engine at once, in parallel with the data. */
  hostConnected(): void {
    this.arrival ??= loadEngine().then(
      (engine) => {
        // Added to the host, it draws whatever it is given from here on (and is attached, detached and destroyed with it).
        const controller = new engine.VisTimelineController(this.host, this.getContainer, this.callbacks);
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

  /** Shows `view` (once the engine is here, when it is not yet). */
  show(view: TimelineView): void {
    this.view = view;
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
