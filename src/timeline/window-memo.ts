/** Windows kept by name as the same object while their times are unchanged, so a controller can compare them by identity. */
import type { TimeWindow } from './vis-timeline-controller.js';

export class WindowMemo {
  private readonly windows = new Map<string, TimeWindow>();

  /** `window`, or the one kept under `key` when it has the same start and end. */
  keep(key: string, window: TimeWindow): TimeWindow {
    const previous = this.windows.get(key);
    if (previous && previous.start.getTime() === window.start.getTime() && previous.end.getTime() === window.end.getTime()) return previous;
    this.windows.set(key, window);
    return window;
  }
}
