/**
 * Counts what the element leaves behind: listeners on `window` and `document`, and pending
 * timers (setTimeout, setInterval, requestAnimationFrame). Installed before the element is
 * created; only registrations whose stack passes through the element's code or its libraries
 * count, so the test runner's own timers do not.
 */

/** Frames that belong to the element: its sources and the libraries it brings. */
const OURS = /\/src\/|\/node_modules\/(?:vis-|lit|@lit|lit-html|lit-element|moment|date-fns|@egjs|propagating-hammerjs|hammerjs|keycharm|component-emitter|uuid)/;

interface ListenerRecord {
  readonly target: 'window' | 'document';
  readonly type: string;
  readonly listener: EventListenerOrEventListenerObject;
  readonly capture: boolean;
  readonly signal?: AbortSignal;
  readonly stack: string;
  readonly at: number;
}

interface TimerRecord {
  readonly kind: 'timeout' | 'interval' | 'animation frame';
  readonly stack: string;
  readonly at: number;
}

function stackOf(): string {
  return new Error().stack ?? '';
}

function isOurs(stack: string): boolean {
  // Skip the first lines (this file's wrappers).
  return OURS.test(stack.split('\n').filter((line) => !line.includes('/test/hardening/support/instrument')).join('\n'));
}

function captureOf(options: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

export interface Instrumentation {
  /** Listeners on window/document added by the element's code and not removed. */
  activeListeners(): ListenerRecord[];
  /** Every listener added by the element's code since installation (removed or not). */
  readonly addedListeners: ListenerRecord[];
  /** Timers scheduled by the element's code that have neither run nor been cleared. */
  pendingTimers(): TimerRecord[];
  /** Timers scheduled by the element's code after `since` (performance.now()). */
  timersScheduledAfter(since: number): TimerRecord[];
  /** Timer callbacks of the element's code that ran after `since`. */
  timersRunAfter(since: number): TimerRecord[];
  uninstall(): void;
}

export function instrument(): Instrumentation {
  const listeners: ListenerRecord[] = [];
  const addedListeners: ListenerRecord[] = [];
  const pending = new Map<string, TimerRecord>();
  const scheduled: TimerRecord[] = [];
  const ran: TimerRecord[] = [];
  const restore: (() => void)[] = [];

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const stack = stackOf();
      if (listener && isOurs(stack)) {
        const capture = captureOf(options);
        const record: ListenerRecord = { target: name, type, listener, capture, stack, at: performance.now(), ...(typeof options === 'object' && options.signal ? { signal: options.signal } : {}) };
        addedListeners.push(record);
        if (!listeners.some((l) => l.type === type && l.listener === listener && l.capture === capture)) listeners.push(record);
      }
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const capture = captureOf(options);
      const index = listeners.findIndex((l) => l.type === type && l.listener === listener && l.capture === capture);
      if (index >= 0) listeners.splice(index, 1);
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
    restore.push(() => {
      delete (target as unknown as Record<string, unknown>)['addEventListener'];
      delete (target as unknown as Record<string, unknown>)['removeEventListener'];
    });
  }

  type Schedule = (handler: unknown, delay?: number, ...args: unknown[]) => number;
  type Cancel = (id?: number) => void;
  const original = {
    setTimeout: window.setTimeout as unknown as Schedule,
    clearTimeout: window.clearTimeout as unknown as Cancel,
    setInterval: window.setInterval as unknown as Schedule,
    clearInterval: window.clearInterval as unknown as Cancel,
    requestAnimationFrame: window.requestAnimationFrame as unknown as Schedule,
    cancelAnimationFrame: window.cancelAnimationFrame as unknown as Cancel,
  };

  function track(kind: TimerRecord['kind'], key: (id: number) => string, schedule: (wrapped: (...args: unknown[]) => void) => number, callback: unknown): number {
    const stack = stackOf();
    if (typeof callback !== 'function' || !isOurs(stack)) return schedule(callback as (...args: unknown[]) => void);
    const record: TimerRecord = { kind, stack, at: performance.now() };
    scheduled.push(record);
    let id = 0;
    id = schedule((...args: unknown[]) => {
      if (kind !== 'interval') pending.delete(key(id));
      ran.push({ kind, stack, at: performance.now() });
      (callback as (...a: unknown[]) => void)(...args);
    });
    pending.set(key(id), record);
    return id;
  }

  const w = window as unknown as Record<string, unknown>;
  w['setTimeout'] = (callback: unknown, delay?: number, ...args: unknown[]) =>
    track('timeout', (id) => `t${id}`, (wrapped) => original.setTimeout.call(window, wrapped, delay, ...args), callback);
  w['setInterval'] = (callback: unknown, delay?: number, ...args: unknown[]) =>
    track('interval', (id) => `t${id}`, (wrapped) => original.setInterval.call(window, wrapped, delay, ...args), callback);
  w['requestAnimationFrame'] = (callback: unknown) =>
    track('animation frame', (id) => `r${id}`, (wrapped) => original.requestAnimationFrame.call(window, wrapped), callback);
  // Timeouts and intervals share one id space.
  w['clearTimeout'] = (id?: number) => {
    pending.delete(`t${id}`);
    original.clearTimeout.call(window, id);
  };
  w['clearInterval'] = (id?: number) => {
    pending.delete(`t${id}`);
    original.clearInterval.call(window, id);
  };
  w['cancelAnimationFrame'] = (id: number) => {
    pending.delete(`r${id}`);
    original.cancelAnimationFrame.call(window, id);
  };
  restore.push(() => Object.assign(window, original));

  return {
    activeListeners: () => listeners.filter((l) => !l.signal?.aborted),
    addedListeners,
    pendingTimers: () => [...pending.values()],
    timersScheduledAfter: (since) => scheduled.filter((t) => t.at > since),
    timersRunAfter: (since) => ran.filter((t) => t.at > since),
    uninstall: () => {
      for (const undo of restore) undo();
    },
  };
}

/** One line per record, with the first frame of ours, for failure messages. */
export function describeRecords(records: readonly { stack: string; kind?: string; type?: string; target?: string }[]): string {
  return records
    .map((record) => {
      const frame = record.stack.split('\n').find((line) => OURS.test(line) && !line.includes('instrument')) ?? '';
      return `${record.kind ?? `${record.target}:${record.type}`} @ ${frame.trim()}`;
    })
    .join('\n');
}
