/** Loads vis-timeline and the rest of what only the drawn timeline needs, once per page. */
export type Engine = typeof import('./vis-timeline-engine.js');

let engineLoad: Promise<Engine> | undefined;

/**
 * The engine module: a chunk of its own in the bundle, so the element's first chunk can paint
 * titles while it downloads. A failed load is forgotten, so a later call tries again.
 */
export function loadEngine(): Promise<Engine> {
  engineLoad ??= import('./vis-timeline-engine.js').catch((error: unknown) => {
    engineLoad = undefined;
    throw error;
  });
  return engineLoad;
}
