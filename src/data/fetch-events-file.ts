/**
 * Starts fetching an events file at once. What comes back is checked, and every failure put in
 * one clear sentence, by load-events-file.ts, which comes with the parser's chunk: the entry that
 * paints the first view carries only this.
 */

/** A request under way, or refused before it was sent (the sentence is load-events-file.ts's). */
export type EventsFileRequest = { readonly address: URL; readonly response: Promise<Response> } | { readonly refused: 'invalid' | 'protocol'; readonly address?: URL };

/** The schemes fetch can load a file from. */
const LOADABLE_PROTOCOLS = new Set(['http:', 'https:', 'data:', 'blob:']);

export function requestEventsFile(url: string, signal: AbortSignal): EventsFileRequest {
  let address: URL;
  try {
    address = new URL(url, typeof document === 'undefined' ? location.href : document.baseURI);
  } catch {
    return { refused: 'invalid' };
  }
  if (!LOADABLE_PROTOCOLS.has(address.protocol)) return { refused: 'protocol', address };
  const response = fetch(address.href, { signal, headers: { accept: 'application/json' } });
  // Read (and its failure reported) once the checker is here; until then a failure is not unhandled.
  response.catch(() => undefined);
  return { address, response };
}
