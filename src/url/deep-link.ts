/**
 * The deep-link format: which event is open and which window is in view, as query parameters
 * of the page's own URL. Each element owns one key, so several timelines share a URL without
 * touching each other's state or the page's own parameters:
 *
 *   ?purge-timeline=munich-agreement&purge-timeline-view=1937-03-01/1938-03-31
 *   ?chronology=munich-agreement          (an element with id="chronology")
 *   ?chronology-q=beria&chronology-hide=army,economy-and-society   (a filter)
 */
import { parsePartialDate } from '../date/parse-partial-date.js';

export interface TimeWindowLike {
  readonly start: Date;
  readonly end: Date;
}

export interface DeepLink {
  /** The id of the open event. */
  readonly selected?: string;
  /** The window in view; `end` exclusive. */
  readonly view?: TimeWindowLike;
  /** The search text. */
  readonly query?: string;
  /** Hidden category ids. */
  readonly hidden?: readonly string[];
  /** Only what the source states firmly (`…-firm=1`). */
  readonly stated?: boolean;
}

const DAY_MS = 86_400_000;

/** The parameter an element owns: its id, or `purge-timeline` when it has none. */
export function deepLinkKey(elementId: string | null | undefined): string {
  return elementId ? elementId : 'purge-timeline';
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `1937-03-01/1938-03-31` (inclusive days); reading also accepts coarser forms: `1937-03/1938-03`. */
export function formatView(view: TimeWindowLike): string {
  const lastDay = new Date(Math.max(view.start.getTime(), view.end.getTime() - DAY_MS));
  return `${formatDay(view.start)}/${formatDay(lastDay)}`;
}

export function parseView(text: string): TimeWindowLike | undefined {
  const [from, to, extra] = text.split('/');
  if (!from || !to || extra !== undefined) return undefined;
  try {
    const start = parsePartialDate(from).start;
    const end = parsePartialDate(to).end;
    return end > start ? { start, end } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads this element's state from `url`; malformed parts are ignored. */
export function readDeepLink(url: URL, key: string): DeepLink {
  const selected = url.searchParams.get(key) || undefined;
  const viewText = url.searchParams.get(`${key}-view`);
  const view = viewText ? parseView(viewText) : undefined;
  const query = url.searchParams.get(`${key}-q`) || undefined;
  const hidden = url.searchParams.get(`${key}-hide`)?.split(',').filter(Boolean);
  const stated = url.searchParams.get(`${key}-firm`) === '1';
  return { ...(selected && { selected }), ...(view && { view }), ...(query && { query }), ...(hidden?.length && { hidden }), ...(stated && { stated }) };
}

/** A copy of `url` with this element's state written (or removed), everything else kept. */
export function writeDeepLink(url: URL, key: string, link: DeepLink): URL {
  const next = new URL(url);
  if (link.selected) next.searchParams.set(key, link.selected);
  else next.searchParams.delete(key);
  if (link.view) next.searchParams.set(`${key}-view`, formatView(link.view));
  else next.searchParams.delete(`${key}-view`);
  if (link.query) next.searchParams.set(`${key}-q`, link.query);
  else next.searchParams.delete(`${key}-q`);
  if (link.hidden?.length) next.searchParams.set(`${key}-hide`, link.hidden.join(','));
  else next.searchParams.delete(`${key}-hide`);
  if (link.stated) next.searchParams.set(`${key}-firm`, '1');
  else next.searchParams.delete(`${key}-firm`);
  return next;
}

/**
 * The view a URL should hold: the window in view, except that with nothing open the first view
 * goes unwritten (a URL without a view opens on it), so a page nobody has moved keeps its
 * address. With an event open the view is always written: without one, a link frames the event.
 */
export function viewForUrl(visible: TimeWindowLike | undefined, firstView: TimeWindowLike, selected: string | undefined): TimeWindowLike | undefined {
  if (!visible) return undefined;
  if (!selected && formatView(visible) === formatView(firstView)) return undefined;
  return visible;
}
