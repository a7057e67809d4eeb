/**
 * Fetches an events file. Every way the network can fail becomes one clear sentence, saying what
 * happened and what was expected; a newer load cancels an older one through its AbortSignal.
 */
import { quote, reasonOf } from './describe-value.js';
import { requestEventsFile, type EventsFileRequest } from './fetch-events-file.js';

/** Larger files are refused: 5 MB is tens of thousands of events, far beyond any chronology. */
export const MAX_EVENTS_FILE_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;
const LIMIT = `${MAX_EVENTS_FILE_BYTES / MB} MB`;
/** Addresses are quoted back clipped: a `data:` URL can be megabytes long. */
const MAX_QUOTED_URL = 120;

export class LoadError extends Error {
  override readonly name = 'LoadError';
}

function statusReason(status: number): string {
  if (status === 404 || status === 410) return 'there is no file at this address (expected the address of an events file)';
  if (status === 401 || status === 403) return 'the server refuses access to it (expected a file anyone may read)';
  if (status >= 500) return 'the server failed (expected 200 OK; try again later)';
  return 'expected 200 OK';
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

/** Reads the body as UTF-8, giving up as soon as it passes the size limit. */
async function readText(response: Response, name: string): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_EVENTS_FILE_BYTES) {
      reader.cancel().catch(() => undefined);
      throw new LoadError(`${name} is larger than the ${LIMIT} limit (expected an events file of at most ${LIMIT}).`);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * @returns the parsed JSON (not yet validated as events)
 * @throws {LoadError} with a message fit to show; the abort reason (an `AbortError`) when `signal` aborts
 */
export function loadEventsFile(url: string, signal: AbortSignal): Promise<unknown> {
  return readEventsFile(requestEventsFile(url, signal), url, signal);
}

/** loadEventsFile() for a request already started (fetch-events-file.ts) by the element's entry. */
export async function readEventsFile(request: EventsFileRequest, url: string, signal: AbortSignal): Promise<unknown> {
  const name = quote(url, MAX_QUOTED_URL);
  if ('refused' in request) {
    if (request.refused === 'invalid' || !request.address) throw new LoadError(`Could not load ${name}: it is not a valid address (expected a URL of an events file).`);
    throw new LoadError(`Could not load ${name}: ${request.address.protocol} addresses cannot be loaded (expected an http: or https: URL).`);
  }
  const { address } = request;

  let response: Response;
  try {
    response = await request.response;
  } catch (error) {
    if (isAbort(error, signal)) throw signal.reason ?? error;
    // Browsers give one TypeError for every network failure, so the page cannot tell a CORS
    // refusal from an unreachable server; what it can tell is whether the file is on another site.
    const crossOrigin = (address.protocol === 'http:' || address.protocol === 'https:') && address.origin !== location.origin;
    if (crossOrigin) {
      throw new LoadError(
        `Could not load ${name}: ${address.origin} did not answer or did not allow this page to read it (CORS). ` +
          `A file on another site loads only if its server sends Access-Control-Allow-Origin (expected a reachable server that allows ${location.origin}).`,
      );
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new LoadError(
      `Could not load ${name}: ${offline ? 'the browser is offline' : 'the request failed (the network or the server did not answer)'} (expected a response from the server).`,
    );
  }

  try {
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new LoadError(`Could not load ${name}: the server answered ${status}; ${statusReason(response.status)}.`);
    }
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      response.body?.cancel().catch(() => undefined);
      throw new LoadError(`Could not load ${name}: the server sent a web page (${type}), not an events file (expected JSON; is the address right?).`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_EVENTS_FILE_BYTES) {
      response.body?.cancel().catch(() => undefined);
      throw new LoadError(`${name} is ${(declared / MB).toFixed(1)} MB; the limit is ${LIMIT} (expected an events file of at most ${LIMIT}).`);
    }
    const text = await readText(response, name);
    if (text.trim() === '') throw new LoadError(`${name} is empty (expected a JSON events file).`);
    try {
      return JSON.parse(text);
    } catch (error) {
      // JSON.parse does not recurse in today's engines, but an engine that does throws RangeError
      // (or Firefox's InternalError) on deeply nested input, which is not a syntax error.
      const tooDeep = error instanceof RangeError || (error instanceof Error && error.name === 'InternalError');
      if (tooDeep) throw new LoadError(`${name} nests arrays or objects too deeply to read (expected a JSON events file).`);
      throw new LoadError(`${name} is not JSON (${type || 'no content type'}): ${reasonOf(error)} (expected a JSON events file).`);
    }
  } catch (error) {
    if (isAbort(error, signal)) throw signal.reason ?? error;
    if (error instanceof LoadError) throw error;
    throw new LoadError(`Could not load ${name}: ${reasonOf(error)} (expected a complete response from the server).`);
  }
}
