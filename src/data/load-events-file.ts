/**
 * Fetches an events file. Every way the network can fail becomes one clear sentence; a newer
 * load cancels an older one through its AbortSignal.
 */

/** Larger files are refused: 5 MB is tens of thousands of events, far beyond any chronology. */
export const MAX_EVENTS_FILE_BYTES = 5 * 1024 * 1024;

export class LoadError extends Error {
  override readonly name = 'LoadError';
}

/**
 * @returns the parsed JSON (not yet validated as events)
 * @throws {LoadError} with a message fit to show; an `AbortError` when `signal` aborts
 */
export async function loadEventsFile(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(`Could not load "${url}": the request failed (offline, blocked by CORS, or the server did not answer).`);
  }
  if (!response.ok) {
    throw new LoadError(`Could not load "${url}": the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_EVENTS_FILE_BYTES) {
    throw new LoadError(`"${url}" is ${(declared / 1048576).toFixed(1)} MB; the limit is ${MAX_EVENTS_FILE_BYTES / 1048576} MB.`);
  }
  const text = await response.text();
  if (text.length > MAX_EVENTS_FILE_BYTES) {
    throw new LoadError(`"${url}" is larger than the ${MAX_EVENTS_FILE_BYTES / 1048576} MB limit.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const type = response.headers.get('content-type') ?? 'no content type';
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(`"${url}" is not JSON (${type}): ${reason}`);
  }
}
