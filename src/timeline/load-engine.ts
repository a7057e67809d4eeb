/** Loads vis-timeline and the rest of what only the drawn timeline needs, once per page. */
export type Engine = typeof import('./vis-timeline-engine.js');

let engineLoad: Promise<Engine> | undefined;
let engine: Engine | undefined;

/** The engine module if it has loaded (it has once vis-timeline has drawn). */
export function loadedEngine(): Engine | undefined {
  return engine;
}

/**
 * The engine module: a chunk of its own in the bundle, so the element's first chunk can paint
 * titles while it downloads. A failed load is forgotten, so a later call tries again.
 *
 * Loading it also defines the overview band (an internal element the engine brings) in
 * `registry` and in the global registry, whichever way `<purge-timeline>` itself was registered:
 * `definePurgeTimeline()`, or `customElements.define()` with the class or a subclass.
 */
export function loadEngine(registry?: CustomElementRegistry): Promise<Engine> {
  engineLoad ??= import('./vis-timeline-engine.js').then(
    (loaded) => {
      loaded.defineOverview(customElements);
      engine = loaded;
      return loaded;
    },
    (error: unknown) => {
      engineLoad = undefined;
      throw error;
    },
  );
  if (registry && registry !== customElements) return engineLoad.then((engine) => (engine.defineOverview(registry), engine));
  return engineLoad;
}
