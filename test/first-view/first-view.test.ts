import { expect } from '@open-wc/testing';
import { firstView, timelineBounds, type ViewRequest } from '../../src/timeline/first-view.js';
import { mountTimeline, itemTitles, windowSettled, query } from '../support/timeline-fixture.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const span = (view: { start: Date; end: Date }) => `${iso(view.start)} – ${iso(view.end)}`;
const EVENTS_1968 = { start: day('1968-01-05'), end: day('1968-08-22') };

describe('firstView (pure)', () => {
  const cases: [string, ViewRequest, string][] = [
    ['the shipped chronology opens on 1935–1941', { ownData: false, extent: { start: day('1934-06-01'), end: day('1941-06-23') } }, '1935-01-01 – 1942-01-01'],
    ['own 1968 data opens on its events, a fortnight either side', { ownData: true, extent: EVENTS_1968 }, '1967-12-21 – 1968-09-06'],
    ['own data over decades gets 5 % either side', { ownData: true, extent: { start: day('1900-01-01'), end: day('2000-01-01') } }, '1894-12-31 – 2004-12-31'],
    ['start and end win over own data', { ownData: true, start: '1968-03', end: '1968-05', extent: EVENTS_1968 }, '1968-03-01 – 1968-06-01'],
    ['start alone: from it to the end of own data', { ownData: true, start: '1968-06', extent: EVENTS_1968 }, '1968-06-01 – 1968-09-06'],
    ['an invalid start falls back to the default', { ownData: false, start: 'soon' }, '1935-01-01 – 1942-01-01'],
    ['own data with no events opens on the chapter', { ownData: true }, '1935-01-01 – 1942-01-01'],
    ['own data is kept within an explicit min–max', { ownData: true, min: '1968-02', max: '1968-06', extent: EVENTS_1968 }, '1968-02-01 – 1968-07-01'],
    ['a start after the data: the start, a year long', { ownData: true, start: '1990', extent: EVENTS_1968 }, '1990-01-01 – 1991-01-01'],
  ];
  for (const [name, request, expected] of cases) {
    it(name, () => expect(span(firstView(request))).to.equal(expected));
  }
});

describe('timelineBounds (pure)', () => {
  const cases: [string, ViewRequest, string][] = [
    ['the shipped chronology: 1935–1941 widened to every event', { ownData: false, extent: { start: day('1934-06-01'), end: day('1941-06-23') } }, '1934-06-01 – 1942-01-01'],
    ['own data: its events with half a year of room', { ownData: true, extent: EVENTS_1968 }, '1967-07-06 – 1969-02-21'],
    ['explicit min and max win', { ownData: true, min: '1960', max: '1970', extent: EVENTS_1968 }, '1960-01-01 – 1971-01-01'],
  ];
  for (const [name, request, expected] of cases) {
    it(name, () => expect(span(timelineBounds(request))).to.equal(expected));
  }
});

describe('own data opens on itself', () => {
  const file = {
    title: 'Prague, 1968',
    categories: [{ id: 'politics', label: 'Politics' }],
    footnotes: [{ number: 1, text: 'A source.' }],
    events: [
      { id: 'dubcek', title: 'Dubček becomes First Secretary', date: '1968-01-05', summary: 'The Prague Spring begins.', category: 'politics', footnotes: [1] },
      { id: 'invasion', title: 'Warsaw Pact invasion', date: '1968-08-21', summary: 'The Prague Spring ends.', category: 'politics', footnotes: [1] },
    ],
  };

  it('a file of 1968 events opens on 1968 with both events drawn', async () => {
    const el = await mountTimeline({ events: file, attributes: { 'no-url-sync': '' } });
    const window = await windowSettled(el);
    expect(window.start.getUTCFullYear(), 'starts in the days before the first event').to.be.oneOf([1967, 1968]);
    expect(window.end.getUTCFullYear()).to.equal(1968);
    expect(window.end.getTime() - window.start.getTime(), 'months, not decades').to.be.below(300 * 86_400_000);
    expect(itemTitles(el)).to.have.members(['Dubček becomes First Secretary', 'Warsaw Pact invasion']);
    // What a reader sees on the overview band: a window over 1968, not over 1935–1968.
    const valueText = query(el, 'purge-timeline-overview').shadowRoot?.querySelector('[role="slider"]')?.getAttribute('aria-valuetext') ?? '';
    expect(valueText).to.contain('1968').and.not.contain('1935');
  });

  it('loaded from src, the same file opens on 1968 too', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
    try {
      const el = await mountTimeline({ src, attributes: { 'no-url-sync': '' } });
      const window = await windowSettled(el);
      expect(window.end.getUTCFullYear()).to.equal(1968);
      expect(itemTitles(el)).to.have.length(2);
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});
