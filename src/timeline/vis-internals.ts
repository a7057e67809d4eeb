/**
 * The places the element reaches past vis-timeline's public API, each to avoid a cost the
 * API has no way around. They rely on vis-timeline 8.5.4 (pinned exactly in package.json); the
 * browser tests and `npm run bench` show when an upgrade breaks one.
 */
import type { Timeline } from 'vis-timeline/peer';

interface TimelineInternals {
  /** Its drawing (the instance's own `_redraw` is throttled to the next frame). */
  _redraw(): void;
  /** Its drawing, unthrottled. */
  _origRedraw(): void;
  /** `drawnOnRequest`'s: lets it draw. */
  allowDrawing?(): void;
  /** Its components' way to ask for a batched redraw at the next frame. */
  emit(event: '_change', properties: { queue: true }): void;
  range?: { timeoutID?: ReturnType<typeof setTimeout> };
  itemSet?: { items: Record<string, { data: unknown; setData(data: unknown): void } | undefined> };
}

const internals = (timeline: Timeline) => timeline as unknown as TimelineInternals;

/**
 * vis-timeline's Timeline as the element uses it: it draws nothing, and schedules no drawing,
 * until `redrawNow`, and never fits its window to all items.
 *
 * - Inside its constructor vis-timeline draws its default window (the days around today, with no
 *   item in it), measuring the axis and every lane, and schedules another drawing for the next
 *   frame, only for the element to set its own window and draw again. Its constructor binds
 *   `_redraw` as its drawing (`_origRedraw`), then sets `_redraw` to a version of that throttled
 *   to the next frame: the accessor below hands out a drawing that waits for `redrawNow`, then
 *   keeps the throttled one and schedules it only once drawing is allowed.
 * - At its first drawing it fits its window to all items, rendering and measuring every one of
 *   them (most of the load with thousands), only for the element's window to replace it. The fit
 *   is reported as done from the start: marking it on the instance would come too late, after the
 *   constructor.
 */
export function drawnOnRequest(Base: typeof Timeline): typeof Timeline {
  const draw = (Base.prototype as unknown as TimelineInternals)._redraw;
  return class TimelineDrawnOnRequest extends Base {
    // `declare`: no field initialisers, which would run after the constructor and undo what it set.
    /** Whether `redrawNow` has been called. */
    declare private drawingAllowed?: true;
    /** vis-timeline's drawing throttled to the next frame, as its constructor makes it. */
    declare private throttledRedraw?: () => void;

    get initialFitDone(): boolean {
      return true;
    }
    set initialFitDone(_: boolean) {
      // vis-timeline's constructor sets it to false.
    }

    get _redraw(): () => void {
      return this.throttledRedraw ? this.scheduleDrawing : this.drawIfAllowed;
    }
    set _redraw(throttled: () => void) {
      this.throttledRedraw = throttled;
    }

    private drawIfAllowed(): void {
      if (this.drawingAllowed) draw.call(this);
    }

    private scheduleDrawing(): void {
      if (this.drawingAllowed) this.throttledRedraw?.();
    }

    allowDrawing(): void {
      this.drawingAllowed = true;
    }
  } as unknown as typeof Timeline;
}

/** Right after a window was first set: whether vis-timeline will report it (200 ms later; not when it was already the window). */
export function windowReportPending(timeline: Timeline): boolean {
  return internals(timeline).range?.timeoutID !== undefined;
}

/**
 * Lays the timeline out again at its next frame, as vis-timeline's own parts ask for it. Not the
 * public `redraw()`, which also re-renders every item one by one, each forcing a layout of the
 * page (quadratic: 12 s for 4,000 items), nor `setOptions({})`, which also turns clustering off.
 */
export function requestRedraw(timeline: Timeline): void {
  internals(timeline).emit('_change', { queue: true });
}

/**
 * Has vis-timeline measure these drawn items again and restack their lanes at the next frame, as
 * after a DataSet update of them, without what such an update also does: sort every item again and
 * cluster them all again (200 ms at 20,000 events). Only items' times and lanes decide either, and
 * these items keep theirs: only the width of their titles changed (item-label-fit.ts).
 */
export function remeasureItems(timeline: Timeline, ids: readonly string[]): void {
  const items = internals(timeline).itemSet?.items;
  for (const id of ids) {
    const item = items?.[id];
    // What the update would do to each: mark it for measuring, its lane for restacking, and redraw it.
    item?.setData(item.data);
  }
  requestRedraw(timeline);
}

/**
 * vis-timeline reports a window set without animation 200 ms later, from a timer its
 * `destroy()` leaves pending: it would hold the destroyed timeline, and the element with all its
 * data, in memory until then.
 */
export function cancelPendingRangeEvents(timeline: Timeline): void {
  clearTimeout(internals(timeline).range?.timeoutID);
}

/**
 * Draws the timeline now, in this task, rather than at the next frame as vis-timeline's own
 * (throttled) redraw does: a new timeline is then painted in the same frame as its creation
 * instead of one frame later, hidden in between. The first call is a `drawnOnRequest` timeline's
 * first drawing.
 */
export function redrawNow(timeline: Timeline): void {
  internals(timeline).allowDrawing?.();
  internals(timeline)._origRedraw();
}
