/**
 * Issue case 1: bad data gets a clear answer and nothing valid is lost. Every problem has its
 * place and what was expected; invalid events are left out and listed, valid ones are drawn;
 * the problems show in a dismissable alert and travel, structured, in `purge-timeline-error`.
 */
import { expect } from '@open-wc/testing';
import { MAX_EVENTS_FILE_BYTES } from '../../src/data/load-events-file.js';
import { MAX_EVENTS } from '../../src/data/parse-events.js';
import {
  mount,
  root,
  messageBox,
  messageLines,
  messageText,
  statusText,
  drawnIds,
  expectAlert,
  failOnEscapes,
  stubFetch,
  restoreFetch,
  jsonResponse,
  eventsFile,
  event,
  until,
  sleep,
} from './support/harness.js';
import type { EventsFile } from '../../src/types.js';

const FIXTURES = '/test/hardening/fixtures';
const DATE_HINT = 'expected YYYY, YYYY-MM, YYYY-MM-DD or a qualified form like "mid-1938"';

describe('hardening: bad data', () => {
  failOnEscapes();
  afterEach(restoreFetch);

  describe('a file with every kind of mistake', () => {
    it('lists every problem with its place and what was expected, and draws every valid event', async () => {
      const { el, errorEvents } = await mount({ src: `${FIXTURES}/mixed-problems.json` });
      await until(() => drawnIds(el).length === 4, `four valid events drawn, got ${drawnIds(el).join(', ')}`);
      expect(drawnIds(el).sort()).to.deep.equal(['missing-footnote', 'unknown-category', 'valid-one', 'valid-two']);
      expect(statusText(el)).to.equal('4 events.');

      expect(errorEvents, 'one purge-timeline-error').to.have.length(1);
      const problems = errorEvents[0]!;
      const byPath = new Map(problems.map((problem) => [problem.path, problem]));
      const errors = ['events[1].id', 'events[2].id', 'events[3].date', 'events[4].date', 'events[5].date', 'events[6].date', 'events[7].end', 'events[10].id', 'events[12].date', 'events[13].date'];
      const warnings = ['events[8].category', 'events[9].footnotes[0]'];
      expect([...byPath.keys()].sort()).to.deep.equal([...errors, ...warnings].sort());
      for (const path of errors) expect(byPath.get(path)!.severity, path).to.equal('error');
      for (const path of warnings) expect(byPath.get(path)!.severity, path).to.equal('warning');
      for (const problem of problems) expect(problem.message, `${problem.path} says what was expected`).to.match(/expected/);

      // The issue's own example, word for word.
      expect(byPath.get('events[5].date')!.message).to.equal(`"May 37" is not a date (${DATE_HINT})`);
      expect(byPath.get('events[3].date')!.message).to.match(/^"1938-13" is not a date: there is no month 13/);
      expect(byPath.get('events[4].date')!.message).to.match(/^"1938-02-31" is not a date: February 1938 has 28 days/);
      expect(byPath.get('events[6].date')!.message).to.equal(`is empty (${DATE_HINT})`);
      expect(byPath.get('events[12].date')!.message).to.equal(`is empty (${DATE_HINT})`);
      expect(byPath.get('events[13].date')!.message).to.match(/^is missing \(expected/);
      expect(byPath.get('events[2].id')!.message).to.match(/"valid-one" is used by an earlier event/);
      expect(byPath.get('events[7].end')!.message).to.match(/"1937-01" ends before "1938-05" begins/);
      expect(byPath.get('events[8].category')!.message).to.match(/"navy" is not one of the file's categories \(expected one of: "army"\)/);
      expect(byPath.get('events[9].footnotes[0]')!.message).to.match(/999 is not a footnote of this file/);

      // The same problems, visible, in the element.
      expectAlert(el);
      const lines = messageLines(el);
      expect(lines).to.have.length(problems.length);
      expect(lines).to.include(`events[5].date: "May 37" is not a date (${DATE_HINT})`);
      expect(messageText(el)).to.contain('4 valid events are shown');
    });

    it('the message can be dismissed and comes back for the next data', async () => {
      const { el } = await mount({ src: `${FIXTURES}/mixed-problems.json` });
      expectAlert(el).querySelector('button')!.click();
      await el.updateComplete;
      expect(messageBox(el)).to.equal(null);
      el.events = eventsFile([event('ok'), event('Not OK')]);
      await el.timelineReady;
      expect(messageLines(el)).to.have.length(1);
    });
  });

  describe('misspelt field names (issue 14 §0)', () => {
    it('"catgories" at the top, "catgory" and "footnote" on events: each a visible problem with a suggestion, in purge-timeline-error; valid events still shown', async () => {
      const { el, errorEvents } = await mount({
        events: {
          catgories: [{ id: 'navy', label: 'Navy' }],
          categories: [{ id: 'army', label: 'Army' }],
          footnotes: [{ number: 203, text: 'A footnote.', sources: [{ title: 'A book' }] }],
          events: [
            event('otherwise-valid', { catgory: 'army' }),
            { ...event('footnote-misspelt', { footnote: [203] }), footnotes: undefined },
            { ...event('category-misspelt', { catgory: 'army' }), category: undefined },
          ],
        },
      });
      await until(() => drawnIds(el).length === 2, `two events drawn, got ${drawnIds(el).join(', ')}`);
      // An event with an unknown field but every required field valid is shown; so is the one
      // whose citation was misspelt (shown as unsourced); the one without a category is not.
      expect(drawnIds(el).sort()).to.deep.equal(['footnote-misspelt', 'otherwise-valid']);
      expect(errorEvents, 'one purge-timeline-error').to.have.length(1);
      const lines = errorEvents[0]!.map((p) => `${p.severity} ${p.path}: ${p.message}`);
      expect(lines).to.include.members([
        'error catgories: unknown field "catgories" (did you mean "categories"?)',
        'error events[0].catgory: unknown field "catgory" (did you mean "category"?)',
        'error events[1].footnote: unknown field "footnote" (did you mean "footnotes"?)',
        'error events[2].catgory: unknown field "catgory" (did you mean "category"?)',
        'error events[2].category: is missing (expected text)',
      ]);
      expectAlert(el);
      const shown = messageLines(el);
      expect(shown).to.include('catgories: unknown field "catgories" (did you mean "categories"?)');
      expect(shown).to.include('events[0].catgory: unknown field "catgory" (did you mean "category"?)');
      expect(shown).to.include('events[1].footnote: unknown field "footnote" (did you mean "footnotes"?)');
    });

    it('the same through src: the problem is listed and the event drawn', async () => {
      stubFetch(async () => jsonResponse(JSON.stringify(eventsFile([event('with-extra', { catgory: 'army' })]))));
      const { el, errorEvents } = await mount({ src: '/misspelt.json' });
      await until(() => drawnIds(el).includes('with-extra'), 'the event is drawn');
      expect(errorEvents).to.have.length(1);
      expect(errorEvents[0]).to.deep.equal([{ severity: 'error', path: 'events[0].catgory', message: 'unknown field "catgory" (did you mean "category"?)' }]);
      expect(messageLines(el)).to.deep.equal(['events[0].catgory: unknown field "catgory" (did you mean "category"?)']);
    });
  });

  describe('text that is not JSON', () => {
    it('via src: one clear error, no events lost that were never there, nothing thrown', async () => {
      const { el, errorEvents } = await mount({ src: `${FIXTURES}/not-json.json` });
      expectAlert(el);
      expect(messageText(el)).to.contain('could not be loaded');
      expect(errorEvents).to.have.length(1);
      const [problem] = errorEvents[0]!;
      expect(problem!.severity).to.equal('error');
      expect(problem!.path).to.equal('');
      expect(problem!.message).to.match(/not-json\.json" is not JSON/);
      expect(problem!.message).to.match(/expected/);
    });

    it('an empty file says it is empty', async () => {
      stubFetch(async () => jsonResponse(''));
      const { el, errorEvents } = await mount({ src: '/empty.json' });
      expect(errorEvents[0]![0]!.message).to.match(/"\/empty\.json" is empty \(expected/);
      expectAlert(el);
    });
  });

  describe('JSON of the wrong shape', () => {
    const shapes: [string, unknown, RegExp][] = [
      ['shape-array', [], /The file is an array; expected an object/],
      ['shape-string', 'events', /The file is a string; expected an object/],
      ['shape-number', 42, /The file is a number; expected an object/],
      ['shape-null', null, /The file is null; expected an object/],
      ['shape-no-events', { categories: [{ id: 'army', label: 'Army' }], footnotes: [] }, /^events: is missing \(expected an array of events\)$/],
    ];
    for (const [name, value, expected] of shapes) {
      it(`${name} via src`, async () => {
        const { el, errorEvents } = await mount({ src: `${FIXTURES}/${name}.json` });
        expectAlert(el);
        expect(errorEvents).to.have.length(1);
        expect(errorEvents[0]!.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n')).to.match(expected);
        expect(statusText(el)).to.equal('0 events.');
      });
      it(`${name} via the events property`, async () => {
        const { el, errorEvents } = await mount({ events: value === null ? null : value });
        expectAlert(el);
        expect(messageLines(el).join('\n')).to.match(expected);
        expect(errorEvents).to.have.length(1);
      });
    }

    it('events that are not objects, categories and footnotes of the wrong type', async () => {
      const { el, errorEvents } = await mount({
        events: { categories: 'army', footnotes: { 203: 'x' }, events: [null, 7, 'x', [], event('still-fine', { footnotes: [] })] },
      });
      await until(() => drawnIds(el).includes('still-fine'), 'the valid event is drawn');
      const paths = errorEvents[0]!.map((p) => p.path);
      expect(paths).to.include.members(['categories', 'footnotes', 'events[0]', 'events[1]', 'events[2]', 'events[3]']);
      for (const problem of errorEvents[0]!) expect(problem.message, problem.path).to.match(/expected/);
    });

    it('an object whose getters throw becomes a problem, not an exception', async () => {
      const hostile = {
        categories: [],
        get events(): unknown {
          throw new Error('boom from a getter');
        },
      };
      const { el, errorEvents } = await mount({ events: hostile });
      expectAlert(el);
      expect(errorEvents[0]![0]!.message).to.match(/could not be read.*boom from a getter/);
    });
  });

  describe('dates outside min–max', () => {
    const file = eventsFile([event('inside', { date: '1938' }), event('before', { date: '1934-06' }), event('after', { date: '1943' })]);

    it('with explicit min and max: a visible warning for each, in the message and the error event', async () => {
      const { el, errorEvents } = await mount({ events: file, attributes: { min: '1935', max: '1941' } });
      expect(errorEvents).to.have.length(1);
      const warnings = errorEvents[0]!;
      expect(warnings.map((p) => [p.severity, p.path])).to.deep.equal([
        ['warning', 'events[1].date'],
        ['warning', 'events[2].date'],
      ]);
      expect(warnings[0]!.message).to.match(/"1934-06" is outside the timeline's range.*1935-01-01.*1941-12-31.*expected/);
      expectAlert(el);
      expect(messageLines(el)).to.have.length(2);
      expect(messageLines(el)[0]).to.match(/^events\[1\]\.date: "1934-06" is outside/);
      // Still listed, still counted: a warning, not a silent drop.
      expect(statusText(el)).to.equal('3 events.');
    });

    it('without min and max the range widens to the data and nothing is reported', async () => {
      const { el, errorEvents } = await mount({ events: file });
      expect(errorEvents).to.have.length(0);
      expect(messageBox(el)).to.equal(null);
      await until(() => drawnIds(el).includes('inside'), 'drawn');
    });

    it('setting max later reports the events it cuts off', async () => {
      const { el, errorEvents } = await mount({ events: file });
      el.max = '1939';
      await el.timelineReady;
      await until(() => errorEvents.length === 1, 'a purge-timeline-error after max changed');
      expect(errorEvents[0]!.map((p) => p.path)).to.deep.equal(['events[2].date']);
      expectAlert(el);
      expect(messageLines(el)[0]).to.match(/^events\[2\]\.date: "1943" is outside/);
    });
  });

  describe('absurdly long strings', () => {
    const long = 'x'.repeat(100_000);
    const spaced = 'word '.repeat(20_000);

    it('a 100,000-character title is clipped on the timeline and kept whole in the popover and the list', async () => {
      const { el, errorEvents } = await mount({
        events: eventsFile([event('long', { title: long, summary: spaced, note: long }), event('short')], {
          footnotes: [{ number: 203, text: long, sources: [{ author: long, title: long, details: long, pages: long, url: `https://example.org/${long}` }, { title: 't', url: `javascript:${long}` }] }],
        }),
        attributes: { start: '1938-06', end: '1938-12' },
      });
      const item = root(el).querySelector<HTMLElement>('[data-event-id="long"]')!.closest<HTMLElement>('.vis-item')!;
      const title = item.querySelector<HTMLElement>('.item-title')!;
      // Titles are whole up to 30rem (far past any real one); beyond that they are clipped.
      expect(item.getBoundingClientRect().width, 'the item stays narrow').to.be.below(30 * 16 + 40);
      expect(title.scrollWidth, 'the title is clipped').to.be.greaterThan(title.clientWidth);

      // A warning says the title is long, without repeating it.
      const warning = errorEvents[0]!.find((p) => p.path === 'events[0].title')!;
      expect(warning.severity).to.equal('warning');
      expect(warning.message.length).to.be.below(300);
      expect(messageLines(el).every((line) => line.length < 500)).to.equal(true);

      el.selected = 'long';
      await until(() => root(el).querySelector('.popover')!.matches(':popover-open'), 'the popover opens');
      const popover = root(el).querySelector<HTMLElement>('.popover')!;
      expect(popover.querySelector('#popover-title')!.textContent).to.equal(long);
      expect(popover.querySelector('.event-summary')!.textContent).to.equal(spaced);
      for (const details of popover.querySelectorAll('details')) details.open = true;
      expect(popover.querySelector('.footnote-text blockquote')!.textContent).to.equal(long);
      expect(popover.querySelector('.source cite')!.textContent).to.equal(long);
      expect(popover.scrollWidth, 'no sideways scrolling in the popover').to.be.at.most(popover.clientWidth + 1);
      expect(popover.getBoundingClientRect().height).to.be.at.most(window.innerHeight);

      root(el).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
      await el.updateComplete;
      const list = root(el).querySelector<HTMLElement>('.list')!;
      expect(list.querySelector('[data-event-id="long"] .list-title')!.textContent!.trim()).to.equal(long);
      expect(list.scrollWidth, 'no sideways scrolling in the list').to.be.at.most(list.clientWidth + 1);
    });

    it('long values quoted in a problem are clipped in the message', async () => {
      const { el, errorEvents } = await mount({
        events: eventsFile([event('a', { date: long }), event(long), event('b', { category: long }), event('c', { footnotes: [long] })]),
      });
      for (const problem of errorEvents[0]!) expect(problem.message.length, problem.path).to.be.below(400);
      expectAlert(el);
    });

    it('a long address in the loading status and the load error stays inside the element', async () => {
      stubFetch((_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
      const src = `/slow.json?${'x'.repeat(5000)}`;
      const { el } = await mount({ src, ready: false });
      await el.updateComplete;
      const status = root(el).querySelector<HTMLElement>('[part="status"]')!;
      expect(status.textContent).to.contain(src);
      expect(status.scrollWidth, 'the status wraps').to.be.at.most(status.clientWidth + 1);
      restoreFetch();
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      el.src = `/${'y'.repeat(5000)}.json`;
      await el.timelineReady;
      const box = expectAlert(el);
      expect(messageText(el).length, 'the address is clipped in the message').to.be.below(600);
      const list = box.querySelector('ul')!;
      expect(list.scrollWidth, 'the message wraps').to.be.at.most(list.clientWidth + 1);
    });

    it('a 100,000-character category label does not push the legend off the element', async () => {
      const { el } = await mount({ events: eventsFile([event('a')], { categories: [{ id: 'army', label: long }] }) });
      const legend = root(el).querySelector<HTMLElement>('[part="legend"]')!;
      expect(legend.textContent).to.contain(long);
      expect(legend.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    });
  });

  describe('a very large file', () => {
    it(`via src: a declared size over ${MAX_EVENTS_FILE_BYTES / 1048576} MB is refused before reading`, async () => {
      let pulled = 0;
      stubFetch(async () => {
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(65536).fill(32));
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json', 'content-length': String(6 * 1048576) } });
      });
      const { el, errorEvents } = await mount({ src: '/big.json' });
      expect(errorEvents[0]![0]!.message).to.match(/"\/big\.json" is 6\.0 MB; the limit is 5 MB/);
      expectAlert(el);
      expect(pulled).to.be.at.most(2);
    });

    it('via src: an undeclared size is cut off at the limit, not read to the end', async () => {
      const chunk = new Uint8Array(256 * 1024).fill(32);
      let sent = 0;
      stubFetch(async () => {
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            // 64 MB in all, if anyone reads it.
            if (sent >= 64 * 1048576) return controller.close();
            sent += chunk.byteLength;
            controller.enqueue(chunk);
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      });
      const { el, errorEvents } = await mount({ src: '/endless.json' });
      expect(errorEvents[0]![0]!.message).to.match(/"\/endless\.json" is larger than the 5 MB limit/);
      expectAlert(el);
      expect(sent, 'bytes read').to.be.below(MAX_EVENTS_FILE_BYTES + 2 * 1048576);
    });

    it('via src: a file just under the limit loads', async () => {
      const json = JSON.stringify(eventsFile([event('padded')]));
      stubFetch(async () => jsonResponse(json + ' '.repeat(MAX_EVENTS_FILE_BYTES - json.length - 10)));
      const { el, errorEvents } = await mount({ src: '/padded.json' });
      expect(errorEvents).to.have.length(0);
      await until(() => drawnIds(el).includes('padded'), 'drawn');
    });

    it(`via the events property: no byte limit, but at most ${MAX_EVENTS} events, with a clear message`, async function () {
      this.timeout(60000);
      const many = Array.from({ length: MAX_EVENTS + 500 }, (_, i) => event(`e${i}`, { date: `${1935 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}` }));
      const { el, errorEvents } = await mount({ events: eventsFile(many) });
      expect(statusText(el)).to.equal(`${MAX_EVENTS} events.`);
      expect(errorEvents).to.have.length(1);
      expect(errorEvents[0]!.map((p) => [p.severity, p.path])).to.deep.equal([['error', 'events']]);
      expect(errorEvents[0]![0]!.message).to.match(new RegExp(`has ${MAX_EVENTS + 500} entries.*${MAX_EVENTS}.*events\\[${MAX_EVENTS}\\] and after are left out`));
      expectAlert(el);
    });
  });

  describe('deeply nested junk', () => {
    const DEPTH = 100_000;
    const nestedText = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
    function nestedValue(): unknown {
      let value: unknown = [];
      for (let i = 0; i < DEPTH; i += 1) value = [value];
      return value;
    }

    it('via src: junk 100,000 arrays deep in every field is reported, the valid event is drawn', async () => {
      const body = `{"categories":[{"id":"army","label":"Army"},{"id":${nestedText},"label":"x"}],
        "footnotes":[{"number":203,"text":"t","sources":[]},{"number":${nestedText},"text":"t"},{"number":204,"text":${nestedText},"sources":[${nestedText}]}],
        "events":[{"id":"fine","title":"Fine","date":"1938","summary":"s","category":"army","footnotes":[203]},
          {"id":"junk","title":${nestedText},"date":${nestedText},"end":${nestedText},"summary":${nestedText},"category":${nestedText},"footnotes":[${nestedText}],"note":${nestedText}},
          {"id":"junk-footnotes","title":"t","date":"1938","summary":"s","category":"army","footnotes":[${nestedText}],"extra":${nestedText}},
          ${nestedText}]}`;
      stubFetch(async () => jsonResponse(body));
      const { el, errorEvents } = await mount({ src: '/nested.json' });
      await until(() => drawnIds(el).includes('fine'), 'the valid event is drawn');
      expect(drawnIds(el)).to.include('junk-footnotes');
      expectAlert(el);
      const problems = errorEvents[0]!;
      expect(problems.map((p) => p.path)).to.include.members(['events[1].title', 'events[1].date', 'events[2].footnotes[0]', 'events[3]', 'footnotes[1].number']);
      for (const problem of problems) expect(problem.message.length, problem.path).to.be.below(400);
    });

    it('via the events property: nested and cyclic values never throw', async () => {
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic['self'] = cyclic;
      const { el, errorEvents } = await mount({
        events: eventsFile([event('fine'), event('deep', { footnotes: [nestedValue()], date: nestedValue() }), event('cyclic-ref', { footnotes: [cyclic] })], {
          footnotes: [{ number: 203, text: 't', sources: [] }, { number: nestedValue(), text: 't' }, { number: cyclic, text: 't' }],
        }),
      });
      await until(() => drawnIds(el).includes('fine'), 'the valid event is drawn');
      expect(drawnIds(el)).to.include('cyclic-ref');
      const paths = errorEvents[0]!.map((p) => p.path);
      expect(paths).to.include.members(['events[1].date', 'events[1].footnotes[0]', 'events[2].footnotes[0]', 'footnotes[1].number', 'footnotes[2].number']);
      expectAlert(el);
    });
  });

  it('nothing escapes while the data is replaced over and over', async () => {
    const { el } = await mount({ events: eventsFile([event('a')]) });
    const values: unknown[] = [null, 1, 'x', [], {}, eventsFile([event('b', { date: 'never' })]), eventsFile([event('c')]), { events: [[[[]]]] }];
    for (const value of values) {
      el.events = value as EventsFile; // bad data on purpose
      await sleep(0);
    }
    await el.timelineReady;
    await until(() => drawnIds(el).length === 0 || statusText(el) === '0 events.', 'settled');
    expect(statusText(el)).to.equal('0 events.');
  });
});
