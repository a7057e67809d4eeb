import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, executeServerCommand } from '@web/test-runner-commands';
import shippedFile from '../events.json';
import { precisionEvents, expectedLabels } from './fixtures/precision-events.js';
import { mountTimeline, shadow, query, itemTitles, itemDateLabel, windowSettled, DAY_MS } from './support/timeline-fixture.js';

const shipped = shippedFile as unknown as { events: { id: string; title: string; date: string; end?: string; footnotes: number[] }[] };
const BOUNDS = { start: Date.UTC(1935, 0, 1), end: Date.UTC(1942, 0, 1) };

// Every settled move writes the view into the page URL, which the next test's element would open on.
const originalUrl = location.href;
afterEach(() => history.replaceState(null, '', originalUrl));

describe('<purge-timeline> with the shipped chronology', () => {
  it('draws every event of events.json after "Show all"', async () => {
    const el = await mountTimeline();
    query<HTMLButtonElement>(el, 'button[data-action="show-all"]').click();
    await windowSettled(el);
    await waitUntil(() => itemTitles(el).length === shipped.events.length, `expected ${shipped.events.length} items`, { timeout: 5000 });
    expect(new Set(itemTitles(el))).to.deep.equal(new Set(shipped.events.map((event) => event.title)));
  });

  it('opens on the whole of 1935–1941', async () => {
    const el = await mountTimeline();
    const window = await windowSettled(el);
    expect(window.start.getTime()).to.equal(BOUNDS.start);
    expect(window.end.getTime()).to.equal(BOUNDS.end);
  });

  const required: [string, string][] = [
    ['Tukhachevsky', 'May 1937'],
    ['Munich', '29 September 1938'],
    ['21 August 1938', '21 August 1938'],
    ['17 November', '17 November – 1 December 1938'],
    ['Trotsky', 'August 1940'],
  ];
  for (const [needle, label] of required) {
    it(`shows the event matching "${needle}" dated "${label}"`, async () => {
      const el = await mountTimeline();
      const dates = [...shadow(el).querySelectorAll('.vis-item-content')].map((node) => ({
        title: node.querySelector('.item-title')?.textContent ?? '',
        date: node.querySelector('.item-date')?.textContent ?? '',
      }));
      const match = dates.find((item) => item.date === label && (item.title.includes(needle) || needle === label));
      expect(match, `an item dated "${label}" about "${needle}" among ${JSON.stringify(dates.map((d) => `${d.title} (${d.date})`))}`).to.exist;
    });
  }

  it('shows a legend with every category', async () => {
    const el = await mountTimeline();
    const labels = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(labels).to.include.members(['Army', 'Security organs', 'Party and state', 'Foreign affairs', 'Economy and society']);
  });

  it('reports no problems in the shipped data', async () => {
    const el = await mountTimeline();
    expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
  });
});

describe('<purge-timeline> date labels', () => {
  for (const [id, label] of Object.entries(expectedLabels)) {
    it(`labels the "${id}" event "${label}"`, async () => {
      const el = await mountTimeline({ events: precisionEvents });
      const event = precisionEvents.events.find((e) => e.id === id)!;
      expect(itemDateLabel(el, event.title)).to.equal(label);
    });
  }

  it('draws single days and months as points and coarser dates as faded bars', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    const classOf = (title: string) => {
      const content = [...shadow(el).querySelectorAll('.vis-item-content')].find((n) => n.querySelector('.item-title')?.textContent === title);
      return content?.closest('.vis-item')?.className ?? '';
    };
    expect(classOf('A day')).to.match(/\bvis-point\b/).and.not.match(/\bimprecise\b/);
    expect(classOf('A month')).to.match(/\bvis-point\b/).and.match(/\bimprecise\b/);
    expect(classOf('A year')).to.match(/\bvis-range\b/).and.match(/uncertain-start/).and.match(/uncertain-end/);
    expect(classOf('Day range')).to.match(/\bvis-range\b/).and.not.match(/uncertain/);
    expect(classOf('Month range')).to.match(/uncertain-start/).and.match(/uncertain-end/);
  });

  it('formats the axis with date-fns: years when showing it all, month names when zoomed in', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    // .vis-measure is vis-timeline's hidden "0" used to measure character widths.
    const labels = (kind: 'minor' | 'major') =>
      [...shadow(el).querySelectorAll(`.vis-time-axis .vis-text.vis-${kind}:not(.vis-measure)`)].map((n) => n.textContent ?? '');
    // vis-timeline picks years or quarters as the minor scale by the width; either way the
    // years are written by our date-fns formats.
    expect([...labels('minor'), ...labels('major')]).to.include.members(['1937', '1938']);
    el.start = '1938-01';
    el.end = '1938-12';
    await el.updateComplete;
    await windowSettled(el);
    await waitUntil(() => labels('minor').includes('Sep'), `month labels, got ${labels('minor').join(' ')}`, { timeout: 3000 });
    expect(labels('major')).to.include('1938');
  });
});

describe('<purge-timeline> zoom', () => {
  const span = (w: { start: Date; end: Date }) => w.end.getTime() - w.start.getTime();

  it('"Zoom in" narrows the window and "Zoom out" widens it again', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    const before = await windowSettled(el);
    query<HTMLButtonElement>(el, 'button[data-action="zoom-in"]').click();
    const zoomedIn = await windowSettled(el);
    expect(span(zoomedIn)).to.be.lessThan(span(before) * 0.75);
    query<HTMLButtonElement>(el, 'button[data-action="zoom-out"]').click();
    const zoomedOut = await windowSettled(el);
    expect(span(zoomedOut)).to.be.greaterThan(span(zoomedIn) * 1.3);
  });

  it('+, - and 0 zoom while the timeline has focus', async () => {
    // Own data pans over its own events; min and max make 0's "everything" the chapter's period.
    const el = await mountTimeline({ events: precisionEvents, attributes: { min: '1935', max: '1941' } });
    const initial = await windowSettled(el);
    query(el, '[part="timeline"]').focus();
    await sendKeys({ press: '+' });
    const zoomedIn = await windowSettled(el);
    expect(span(zoomedIn)).to.be.lessThan(span(initial) * 0.75);
    await sendKeys({ press: '-' });
    const zoomedOut = await windowSettled(el);
    expect(span(zoomedOut)).to.be.greaterThan(span(zoomedIn) * 1.3);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await windowSettled(el);
    await sendKeys({ press: '0' });
    const all = await windowSettled(el);
    expect([all.start.getTime(), all.end.getTime()]).to.deep.equal([BOUNDS.start, BOUNDS.end]);
  });

  it('never zooms out or pans past min and max', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    for (let i = 0; i < 4; i += 1) el.zoomOut();
    let window = await windowSettled(el);
    expect(window.start.getTime()).to.be.at.least(BOUNDS.start);
    expect(window.end.getTime()).to.be.at.most(BOUNDS.end);
    const timeline = query(el, '[part="timeline"]').getBoundingClientRect();
    await executeServerCommand('wheel', { x: timeline.x + timeline.width / 2, y: timeline.y + 40, deltaY: 400, steps: 5 });
    window = await windowSettled(el);
    expect(window.start.getTime()).to.be.at.least(BOUNDS.start);
    expect(window.end.getTime()).to.be.at.most(BOUNDS.end);
  });

  it('stops zooming in at about a week', async () => {
    const el = await mountTimeline({ events: precisionEvents, attributes: { start: '1938-09-20', end: '1938-10-10' } });
    for (let i = 0; i < 6; i += 1) {
      el.zoomIn();
      await windowSettled(el);
    }
    const window = await windowSettled(el);
    expect(span(window)).to.be.at.least(7 * DAY_MS - 1000);
    expect(span(window)).to.be.below(10 * DAY_MS);
  });

  it('zooms with Ctrl + mouse wheel (a plain wheel scrolls the page: test/wheel/)', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    const before = await windowSettled(el);
    const box = query(el, '[part="timeline"]').getBoundingClientRect();
    await sendKeys({ down: 'Control' });
    try {
      await executeServerCommand('wheel', { x: box.x + box.width / 2, y: box.y + 40, deltaY: -300, steps: 3 });
    } finally {
      await sendKeys({ up: 'Control' });
    }
    const after = await windowSettled(el);
    expect(span(after)).to.be.lessThan(span(before));
  });
});

describe('<purge-timeline> data sources', () => {
  it('shows the events of `src`', async () => {
    const el = await mountTimeline({ src: '/test/fixtures/three-events.json' });
    await waitUntil(() => itemTitles(el).length === 3, 'three fetched items');
    expect(itemTitles(el).sort()).to.deep.equal(['First fetched event', 'Second fetched event', 'Third fetched event']);
  });

  it('reloads when `src` changes, and the latest `src` wins', async () => {
    const el = await mountTimeline({ src: '/test/fixtures/three-events.json' });
    el.src = '/test/fixtures/three-events.json?again';
    el.src = '/test/fixtures/one-event.json';
    await el.timelineReady;
    await waitUntil(() => itemTitles(el).length === 1, 'one fetched item');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(itemTitles(el)).to.deep.equal(['The only fetched event']);
  });

  it('shows events set through the `events` property', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    expect(itemTitles(el)).to.include('A day');
    el.events = { ...precisionEvents, events: precisionEvents.events.slice(0, 1) };
    await el.timelineReady;
    await waitUntil(() => itemTitles(el).length === 1, 'one item after replacing events');
  });
});

describe('<purge-timeline> lifecycle', () => {
  it('destroys vis-timeline on removal and draws it again when re-attached', async () => {
    const el = await mountTimeline({ events: precisionEvents });
    const parent = el.parentElement!;
    expect(shadow(el).querySelector('.vis-timeline')).to.exist;
    el.remove();
    expect(shadow(el).querySelector('.vis-timeline')).to.equal(null);
    expect(query(el, '[part="timeline"]').childElementCount).to.equal(0);
    parent.append(el);
    await el.updateComplete;
    await el.timelineReady;
    await waitUntil(() => itemTitles(el).includes('A day'), 'items after re-attaching');
  });

  it('follows its size without polling', async () => {
    const el = await mountTimeline({ events: precisionEvents, width: 900 });
    const timeline = () => query(el, '.vis-timeline').getBoundingClientRect().width;
    expect(timeline()).to.be.closeTo(900, 2);
    el.parentElement!.style.width = '600px';
    await waitUntil(() => Math.abs(timeline() - 600) < 2, 'timeline resized to 600px', { timeout: 900 });
  });
});

describe('<purge-timeline> time zones', () => {
  // Fixed offsets: Pacific/Kiritimati was UTC−10:40 in 1938 and only moved to UTC+14 in 1995.
  afterEach(() => executeServerCommand('emulate-timezone', { timezone: 'Pacific/Honolulu' }));

  /** Where a day event sits relative to the axis label of its day, in pixels. */
  async function offsetFromDayLabel(timezone: string) {
    await executeServerCommand('emulate-timezone', { timezone });
    const el = await mountTimeline({ events: precisionEvents, attributes: { start: '1938-09-25', end: '1938-10-04' } });
    await windowSettled(el);
    const label = itemDateLabel(el, 'A day');
    const point = [...shadow(el).querySelectorAll('.vis-item.vis-point')].find((n) => n.querySelector('.item-title')?.textContent === 'A day');
    const dot = point?.querySelector('.vis-dot')?.getBoundingClientRect();
    const day = [...shadow(el).querySelectorAll('.vis-time-axis .vis-minor')].find((n) => n.textContent?.trim() === '29')?.getBoundingClientRect();
    if (!dot || !day) throw new Error('the day event or its axis label is missing');
    return { label, offset: Math.round(dot.x + dot.width / 2 - day.x) };
  }

  it('shows a date-only event on the same day in UTC−10 and UTC+14', async () => {
    const west = await offsetFromDayLabel('Etc/GMT+10');
    expect(new Date(Date.UTC(1938, 8, 29)).getTimezoneOffset()).to.equal(10 * 60);
    const east = await offsetFromDayLabel('Etc/GMT-14');
    expect(new Date(Date.UTC(1938, 8, 29)).getTimezoneOffset()).to.equal(-14 * 60);
    expect(west.label).to.equal('29 September 1938');
    expect(east.label).to.equal('29 September 1938');
    expect(Math.abs(west.offset - east.offset)).to.be.at.most(2);
    expect(west.offset).to.be.at.least(-2);
  });
});
