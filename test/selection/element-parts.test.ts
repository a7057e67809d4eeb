// The pure modules and small controllers the element delegates to: the key map, walking in date
// order, the window memo, the filter state and the live region.
import { expect } from '@open-wc/testing';
import { timelineKeyAction } from '../../src/selection/timeline-keys.js';
import { walkFrom } from '../../src/selection/walk.js';
import { WindowMemo } from '../../src/timeline/window-memo.js';
import { FilterController, type FilterChange } from '../../src/filter/filter-controller.js';
import { LiveAnnouncer, ANNOUNCE_DELAY_MS } from '../../src/status/live-announcer.js';
import type { TimelineEvent } from '../../src/types.js';

const key = (value: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key: value, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

/** A host that counts update requests, as a LitElement would get them. */
function fakeHost() {
  const host = { updates: 0, controllers: [] as unknown[], addController(controller: unknown) { this.controllers.push(controller); }, removeController() {}, requestUpdate() { this.updates += 1; }, updateComplete: Promise.resolve(true) };
  return host;
}

const event = (id: string, date: string) => ({ id, title: id, date, category: { id: 'c', label: 'C' }, footnotes: [], summary: '' }) as unknown as TimelineEvent;

describe('the element’s parts', () => {
  it('maps the timeline’s keys to actions, and leaves modified keys to the browser', () => {
    expect(['+', '=', '-', '_', '0', 'ArrowRight', 'ArrowLeft', 'Enter', ' ', 'Escape'].map((k) => timelineKeyAction(key(k)))).to.deep.equal([
      'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'show-all', 'next', 'previous', 'open', 'open', 'close',
    ]);
    expect(timelineKeyAction(key('+', { ctrlKey: true }))).to.equal(undefined);
    expect(timelineKeyAction(key('ArrowRight', { altKey: true }))).to.equal(undefined);
    expect(timelineKeyAction(key('a'))).to.equal(undefined);
    expect(timelineKeyAction(key('toString')), 'not an inherited property').to.equal(undefined);
  });

  it('walks in date order, held at either end, starting from the view when nothing is open', async () => {
    const { parsePartialDate } = await import('../../src/date/parse-partial-date.js');
    const events = ['1935-03-01', '1937-06-11', '1938-09-29', '1941-06-22'].map((date, index) => ({ ...event(`e${index}`, date), date: parsePartialDate(date) }) as unknown as TimelineEvent);
    expect(walkFrom(events, 'e1', 1, undefined)?.id).to.equal('e2');
    expect(walkFrom(events, 'e1', -1, undefined)?.id).to.equal('e0');
    expect(walkFrom(events, 'e3', 1, undefined)?.id, 'held at the end').to.equal('e3');
    expect(walkFrom(events, 'e0', -1, undefined)?.id, 'held at the start').to.equal('e0');
    const view = { start: new Date(Date.UTC(1937, 0, 1)), end: new Date(Date.UTC(1939, 0, 1)) };
    expect(walkFrom(events, undefined, 1, view)?.id, 'the first in view').to.equal('e1');
    expect(walkFrom(events, undefined, -1, view)?.id, 'the last in view').to.equal('e2');
    expect(walkFrom([], undefined, 1, view)).to.equal(undefined);
  });

  it('keeps the same window object while its times are unchanged', () => {
    const memo = new WindowMemo();
    const first = memo.keep('a', { start: new Date(0), end: new Date(10) });
    expect(memo.keep('a', { start: new Date(0), end: new Date(10) })).to.equal(first);
    const moved = memo.keep('a', { start: new Date(0), end: new Date(11) });
    expect(moved).to.not.equal(first);
    expect(memo.keep('b', { start: new Date(0), end: new Date(11) })).to.not.equal(moved);
  });

  it('reports filter changes, waits for a pause in typing, and gives the URL only what differs', async () => {
    const host = fakeHost();
    const changes: FilterChange[] = [];
    const filter = new FilterController(host, (change) => changes.push(change));
    expect(filter.urlState).to.deep.equal({});
    filter.toggleCategory('army', 'Army');
    filter.toggleCategory('army', 'Army');
    filter.toggleStatedOnly();
    expect(changes).to.deep.equal([{ kind: 'category', label: 'Army', shown: false }, { kind: 'category', label: 'Army', shown: true }, { kind: 'stated' }]);
    filter.search('be');
    filter.search('beria');
    expect(filter.query, 'not before the pause').to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(filter.query).to.equal('beria');
    expect(changes.filter((change) => change.kind === 'search').length, 'one change for the whole word').to.equal(1);
    expect(filter.urlState).to.deep.equal({ query: 'beria', stated: true });
    filter.applyLink({ query: 'beria', stated: true });
    expect(changes.at(-1)?.kind, 'the same filter from a link is no change').to.equal('search');
    filter.applyLink({ hidden: ['army'] });
    expect(changes.at(-1)).to.deep.equal({ kind: 'link' });
    expect(filter.urlState).to.deep.equal({ hidden: ['army'] });
    expect(host.updates).to.equal(changes.length);
  });

  it('says a sentence in the next frame, a view report only once the view rests, and clears both', async () => {
    const host = fakeHost();
    const live = new LiveAnnouncer(host);
    live.say('Munich Agreement');
    expect(live.text, 'cleared first, so a repeat is read again').to.equal('');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(live.text).to.equal('Munich Agreement');
    live.later(() => '1937–1938: 12 events');
    live.later(() => '1938: 8 events');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 100));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(live.text, 'only the last report').to.equal('1938: 8 events');
    live.later(() => 'stale');
    live.say('Army hidden', { replacePending: true });
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 100));
    expect(live.text, 'the pending report was dropped').to.equal('Army hidden');
    live.later(() => 'stale');
    live.clear();
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 100));
    expect(live.text).to.equal('');
  });
});
