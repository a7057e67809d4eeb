/**
 * The overview slider's keys (WAI-ARIA slider pattern): the window a key moves to, same length,
 * inside the bounds; `undefined` for keys the slider does not handle.
 */
import { moveWindowStart, stepWindowByMonths, type OverviewWindow } from './overview-geometry.js';

const MONTH_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -12,
  PageUp: 12,
};

export function windowForKey(key: string, window: OverviewWindow, bounds: OverviewWindow): OverviewWindow | undefined {
  const months = MONTH_STEPS[key];
  if (months !== undefined) return stepWindowByMonths(window, months, bounds);
  const length = window.end.getTime() - window.start.getTime();
  if (key === 'Home') return moveWindowStart(window, bounds.start, bounds);
  if (key === 'End') return moveWindowStart(window, bounds.end.getTime() - length, bounds);
  return undefined;
}
