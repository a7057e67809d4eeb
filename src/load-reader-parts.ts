/** Loads the parts of the element that its first paint does not need (reader-parts.ts), once per page. */
export type ReaderParts = typeof import('./reader-parts.js');

let partsLoad: Promise<ReaderParts> | undefined;

/** The parts' module: a chunk of its own in the bundle. A failed load is forgotten, so a later call tries again. */
export function loadReaderParts(): Promise<ReaderParts> {
  partsLoad ??= import('./reader-parts.js').catch((error: unknown) => {
    partsLoad = undefined;
    throw error;
  });
  return partsLoad;
}
