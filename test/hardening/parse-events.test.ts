/**
 * The data layer on its own (in the browsers, like everything else): parseEvents never throws,
 * bounds its output, and says where and what was expected; loadEventsFile's limits and
 * messages; the out-of-range warnings the element shows for explicit min/max.
 */
import { expect } from '@open-wc/testing';
import { parseEvents, MAX_EVENTS, MAX_LISTED_PROBLEMS } from '../../src/data/parse-events.js';
import { outOfRangeProblems } from '../../src/data/range-problems.js';
import { quote, describeValue, reasonOf } from '../../src/data/describe-value.js';
import { loadEventsFile, LoadError, MAX_EVENTS_FILE_BYTES } from '../../src/data/load-events-file.js';
import shippedFile from '../../events.json';
import { eventsFile, event, stubFetch, restoreFetch, jsonResponse } from './support/harness.js';

describe('hardening: parseEvents', () => {
  it('reads the shipped chronology without a single problem', () => {
    const parsed = parseEvents(shippedFile);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.events.length).to.be.greaterThan(50);
  });

  it('never throws: revoked proxies, throwing getters, cycles, symbols, functions, sparse arrays', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const cyclic: Record<string, unknown> = {};
    cyclic['events'] = [cyclic];
    const inputs: unknown[] = [
      revocable.proxy,
      { events: revocable.proxy },
      { events: [revocable.proxy] },
      {
        get categories() {
          throw new Error('categories getter');
        },
        events: [],
      },
      {
        events: [
          Object.defineProperty(event('a'), 'title', {
            enumerable: true,
            get() {
              throw new Error('title getter');
            },
          }),
        ],
      },
      cyclic,
      { events: [Symbol('x'), () => 1, 10n] },
      // A sparse array (only the events property can give one): holes are reported, not skipped.
      eventsFile([, , event('a')]),
      {
        events: [
          {
            ...event('a'),
            toString() {
              throw new Error('toString');
            },
          },
        ],
      },
    ];
    for (const input of inputs) {
      const parsed = parseEvents(input);
      expect(parsed.problems.length, String(parsed.problems.map((p) => p.message))).to.be.greaterThan(0);
    }
    const sparse = parseEvents(inputs[7]);
    expect(sparse.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(sparse.problems.map((p) => p.path)).to.deep.equal(['events[0]', 'events[1]']);
    const getter = parseEvents(inputs[4]);
    expect(getter.problems).to.deep.equal([{ severity: 'error', path: 'events[0]', message: 'could not be read: title getter (expected plain JSON data)' }]);
  });

  it(`reads at most ${MAX_EVENTS} events and says which were left out`, () => {
    const parsed = parseEvents(eventsFile(Array.from({ length: MAX_EVENTS + 3 }, (_, i) => event(`e${i}`))));
    expect(parsed.events).to.have.length(MAX_EVENTS);
    expect(parsed.problems).to.deep.equal([
      { severity: 'error', path: 'events', message: `has ${MAX_EVENTS + 3} entries (expected at most ${MAX_EVENTS} events); events[${MAX_EVENTS}] and after are left out` },
    ]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const parsed = parseEvents(eventsFile([event('a', { footnotes: Array.from({ length: 5000 }, (_, i) => 1000 + i) })]));
    expect(parsed.events).to.have.length(1);
    expect(parsed.problems).to.have.length(MAX_LISTED_PROBLEMS + 1);
    expect(parsed.problems.at(-1)).to.deep.equal({
      severity: 'warning',
      path: '',
      message: `… and ${5000 - MAX_LISTED_PROBLEMS} more problems, not listed (only the first ${MAX_LISTED_PROBLEMS} are listed; fix these and check again)`,
    });
  });

  it('knows where each valid event was in the file', () => {
    const parsed = parseEvents(eventsFile([event('late', { date: '1940' }), { broken: true }, event('early', { date: '1936' })]));
    expect(parsed.events.map((e) => e.id)).to.deep.equal(['early', 'late']);
    expect(parsed.positions).to.deep.equal([2, 0]);
  });

  it('checks categories: ids like event ids, each once, labels short', () => {
    const parsed = parseEvents(
      eventsFile([event('a')], { categories: [{ id: 'army', label: 'Army' }, { id: 'army', label: 'Again' }, { id: 'Not An Id', label: 'x' }, { id: 'navy', label: 'N'.repeat(61) }] }),
    );
    expect(parsed.categories.map((c) => c.id)).to.deep.equal(['army', 'navy']);
    expect(parsed.problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['error', 'categories[1].id'],
      ['error', 'categories[2].id'],
      ['warning', 'categories[3].label'],
    ]);
  });

  it('quotes values clipped, describes composite values by kind only', () => {
    expect(quote('short')).to.equal('"short"');
    expect(quote('x'.repeat(100))).to.equal(`"${'x'.repeat(60)}…" (100 characters)`);
    // A surrogate pair is not cut in half.
    expect(quote(`${'x'.repeat(59)}😀tail`)).to.equal(`"${'x'.repeat(59)}…" (65 characters)`);
    expect(describeValue(42)).to.equal('42');
    expect(describeValue([[[]]])).to.equal('an array');
    expect(describeValue({ a: 1 })).to.equal('an object');
    expect(describeValue(null)).to.equal('null');
    expect(reasonOf({ toString: () => { throw new Error('no'); } })).to.equal('unknown error');
  });
});

describe('hardening: outOfRangeProblems', () => {
  it('warns for each event wholly outside, at its place in the file, in file order', () => {
    const parsed = parseEvents(
      eventsFile([event('after', { date: '1943' }), event('inside', { date: '1938' }), event('across', { date: '1934', end: '1936' }), event('before', { date: '1934-06' })]),
    );
    const problems = outOfRangeProblems(parsed, { start: new Date(Date.UTC(1935, 0, 1)), end: new Date(Date.UTC(1942, 0, 1)) });
    expect(problems.map((p) => p.path)).to.deep.equal(['events[0].date', 'events[3].date']);
    expect(problems[1]!.message).to.equal(
      `"1934-06" is outside the timeline's range 1935-01-01 – 1941-12-31 (min–max), so it is not drawn; it stays in the list (expected a date within min and max, or widen them)`,
    );
  });
});

describe('hardening: loadEventsFile', () => {
  afterEach(restoreFetch);

  async function failure(url: string): Promise<string> {
    try {
      await loadEventsFile(url, new AbortController().signal);
    } catch (error) {
      expect(error).to.be.instanceOf(LoadError);
      return (error as Error).message;
    }
    throw new Error('expected a LoadError');
  }

  it('clips a long address in its messages', async () => {
    stubFetch(async () => new Response('', { status: 404 }));
    const message = await failure(`/${'a'.repeat(10_000)}.json`);
    expect(message.length).to.be.below(400);
    expect(message).to.contain('(10006 characters)');
  });

  it('rethrows the abort, not a LoadError, when the load is cancelled', async () => {
    stubFetch(async () => jsonResponse('{}'));
    const abort = new AbortController();
    const promise = loadEventsFile('/x.json', abort.signal);
    abort.abort();
    try {
      await promise;
    } catch (error) {
      expect(error).not.to.be.instanceOf(LoadError);
      expect((error as Error).name).to.equal('AbortError');
      return;
    }
    // Resolved before the abort was noticed: also fine, the element checks its signal.
  });

  it('reads a file of exactly the limit, refuses one byte more', async () => {
    const body = (size: number) => `{}${' '.repeat(size - 2)}`;
    stubFetch(async () => jsonResponse(body(MAX_EVENTS_FILE_BYTES)));
    expect(await loadEventsFile('/exact.json', new AbortController().signal)).to.deep.equal({});
    restoreFetch();
    stubFetch(async () => jsonResponse(body(MAX_EVENTS_FILE_BYTES + 1)));
    expect(await failure('/over.json')).to.match(/is larger than the 5 MB limit/);
  });

  it('counts bytes, not characters: 5 MB of Cyrillic is about 2.6 million characters', async () => {
    const text = `"${'я'.repeat(MAX_EVENTS_FILE_BYTES / 2)}"`;
    stubFetch(async () => jsonResponse(text));
    expect(await failure('/cyrillic.json')).to.match(/is larger than the 5 MB limit/);
  });
});
