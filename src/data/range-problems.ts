/**
 * Events an explicit `min`–`max` leaves out of view: reported as warnings, never hidden silently.
 */
import type { DataProblem } from './problem.js';
import type { ParsedEvents } from './parse-events.js';
import { quote } from './describe-value.js';

export interface Bounds {
  /** Inclusive. */
  readonly start: Date;
  /** Exclusive, as `PartialDate.end`. */
  readonly end: Date;
}

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A warning for each event that lies wholly outside `bounds`, at the event's place in the file,
 * e.g. `events[12].date: "1934-06" is outside the timeline's range 1935-01-01 – 1941-12-31 …`.
 */
export function outOfRangeProblems(data: Pick<ParsedEvents, 'events' | 'positions'>, bounds: Bounds): DataProblem[] {
  const range = `${isoDay(bounds.start)} – ${isoDay(new Date(bounds.end.getTime() - DAY_MS))}`;
  const problems: { index: number; problem: DataProblem }[] = [];
  data.events.forEach((event, i) => {
    const last = event.end ?? event.date;
    if (last.end > bounds.start && event.date.start < bounds.end) return;
    const index = data.positions[i] ?? -1;
    const written = event.end ? `${quote(event.date.raw)} – ${quote(event.end.raw)}` : quote(event.date.raw);
    problems.push({
      index,
      problem: {
        severity: 'warning',
        path: index >= 0 ? `events[${index}].date` : `events (id ${quote(event.id)})`,
        message: `${written} is outside the timeline's range ${range} (min–max), so it is not drawn; it stays in the list (expected a date within min and max, or widen them)`,
      },
    });
  });
  return problems.sort((a, b) => a.index - b.index).map((entry) => entry.problem);
}
