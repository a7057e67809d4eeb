/** Loads the parts of the element that its first paint does not need (reader-parts.ts), once per page. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './timeline/after-next-paint.js';

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

/** What the element shows now, as far as the reader parts are concerned. */
export interface ReaderPartsDemand {
  /** vis-timeline has drawn (or failed to): the first view is on screen. */
  readonly drawn: boolean;
  /** Something on screen needs the parts: the list view, an open event, a problem to report. */
  readonly needed: boolean;
}

/**
 * When to load the reader parts: at once when something needs them, after the next paint once
 * the timeline has drawn, otherwise not yet. Loaded beside the engine, their download, parsing
 * and styles delayed the first titles and the drawn timeline (issue 12, `npm run bench` at 5
 * and 100 events); nothing before the first drawing needs them.
 */
export function whenToLoadReaderParts(demand: ReaderPartsDemand): 'now' | 'after-paint' | 'not-yet' {
  if (demand.needed) return 'now';
  return demand.drawn ? 'after-paint' : 'not-yet';
}

/** Loads the reader parts for its host when {@link whenToLoadReaderParts} says so, checked after each update. */
export class ReaderPartsController implements ReactiveController {
  /** The load has started (and not failed): nothing more to decide. */
  private started = false;
  private cancelWait?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly demand: () => ReaderPartsDemand,
    /** Loads the parts and sets them up; a rejection lets a later update try again. */
    private readonly load: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    if (this.started) return;
    const when = whenToLoadReaderParts(this.demand());
    if (when === 'now') this.start();
    else if (when === 'after-paint') this.cancelWait ??= afterNextPaint(() => this.start());
  }

  hostDisconnected(): void {
    this.stopWaiting();
  }

  private stopWaiting(): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
  }

  private start(): void {
    this.stopWaiting();
    this.started = true;
    this.load().catch(() => {
      // Without them the element still shows its timeline; the next update tries again.
      this.started = false;
    });
  }
}
