/**
 * The embed page's messages (`postMessage`), documented in docs/embed.md. Both directions are
 * optional: the embed works in a plain iframe with no script on the parent page.
 *
 * - embed → parent, whenever the content's height changes:
 *   `{ type: 'purge-timeline:height', height: 612 }` (CSS pixels the page would like, the whole
 *   chronology without scrolling). Sent to any origin: a height tells nothing private.
 * - parent → embed: `{ type: 'purge-timeline:parent-url', url: location.href }`. "Copy link" then
 *   gives a link to the parent page (with the event in its query), and an event named in that URL's
 *   query (`?purge-timeline=<id>`) opens in the embed. Only taken from the framing window.
 */
export const HEIGHT_MESSAGE = 'purge-timeline:height';
export const PARENT_URL_MESSAGE = 'purge-timeline:parent-url';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

export interface ParentUrlMessage {
  readonly type: typeof PARENT_URL_MESSAGE;
  readonly url: string;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** The parent's address from a message, when it is a parent-URL message with an http(s) URL; else undefined. */
export function parentUrlOf(data: unknown): URL | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, url } = data as Partial<ParentUrlMessage>;
  if (type !== PARENT_URL_MESSAGE || typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
