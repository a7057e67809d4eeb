/**
 * A link may name both an event and a window that does not contain it (an edited URL, or a view
 * copied before the event was opened). The reader asked to see that event, so the window grows
 * on the side the event lies, just enough to show it with a little room, rather than opening a
 * popover on an item that is nowhere on screen.
 */
export interface Span {
  readonly start: Date;
  /** Missing for a point in time. */
  readonly end?: Date | undefined;
}

export interface Window {
  readonly start: Date;
  readonly end: Date;
}

/** Room between the event and the widened edge: a share of the widened window. */
const ROOM_SHARE = 0.05;

/**
 * `view` unchanged when the event lies wholly in it; otherwise `view` widened to include it.
 *
 * @example
 * viewIncluding({ start: 1937-03-01, end: 1938-04-01 }, { start: 1938-09-30 })
 * // { start: 1937-03-01, end: about 1938-10-30 }: the Munich Agreement, with room after it
 */
export function viewIncluding(view: Window, event: Span): Window {
  const eventStart = event.start.getTime();
  const eventEnd = (event.end ?? event.start).getTime();
  let start = view.start.getTime();
  let end = view.end.getTime();
  if (eventStart >= start && eventEnd <= end) return view;
  const widenStart = eventStart < start;
  const widenEnd = eventEnd > end;
  start = Math.min(start, eventStart);
  end = Math.max(end, eventEnd);
  const room = (end - start) * ROOM_SHARE;
  if (widenStart) start -= room;
  if (widenEnd) end += room;
  return { start: new Date(start), end: new Date(end) };
}
