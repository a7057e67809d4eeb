// moment-lite stands in for moment.js inside vis-timeline: every operation vis-timeline 8.5.4 calls
// must give what moment(x).utc() gives, at every instant the element can show and at every zoom
// level of the time axis.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import moment from 'moment';
import * as vis from 'vis-timeline/peer';
import type { TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import momentLite, { type MomentInput, type MomentLite } from '../../src/timeline/moment-lite.js';

/** The reference: what the element gave vis-timeline before (`moment(date).utc()`), in moment's built-in locale. */
const real = (input?: MomentInput): moment.Moment => moment(input as moment.MomentInput).utc().locale('en');
/** The same, typed as moment-lite, for the calls both share. */
const reference = (input?: MomentInput): MomentLite => real(input) as unknown as MomentLite;

const INSTANTS = [
  '1935-01-01T00:00:00.000Z', // a Tuesday; the first day of the chapter
  '1935-12-31T23:59:59.999Z',
  '1936-02-29T12:34:56.789Z', // leap day
  '1936-03-01T00:00:00.000Z',
  '1936-12-31T08:00:00.000Z', // a Thursday: its week is week 1 of 1937
  '1937-01-02T23:59:59.999Z', // a Saturday
  '1937-01-03T00:00:00.000Z', // a Sunday
  '1937-01-31T06:00:00.000Z', // + 1 month clamps to 28 February
  '1937-07-30T23:59:59.999Z',
  '1938-03-13T01:02:03.004Z',
  '1939-08-31T18:00:00.000Z',
  '1939-09-01T04:45:00.000Z',
  '1939-12-31T23:59:59.999Z', // a Sunday, in week 1 of 1940
  '1940-01-06T00:00:00.000Z', // a Saturday
  '1940-02-29T00:00:00.000Z',
  '1940-12-29T00:00:00.000Z', // a Sunday
  '1941-06-22T03:15:00.000Z', // a Sunday
  '1941-12-31T12:00:00.000Z',
  '1899-12-31T23:59:59.999Z',
  '1900-02-28T23:00:00.000Z', // 1900 is not a leap year
  '1969-12-31T23:59:59.999Z', // before the epoch: negative times
  '1970-01-01T00:00:00.000Z',
  '2000-02-29T11:11:11.111Z',
  '2020-12-31T00:00:00.001Z',
  '2024-12-29T12:00:00.000Z', // a Sunday, in week 1 of 2025
].map((iso) => Date.parse(iso));

const at = (time: number) => new Date(time).toISOString();

type Field = 'year' | 'month' | 'date' | 'day' | 'weekday' | 'isoWeekday' | 'dayOfYear' | 'week' | 'hours' | 'minutes' | 'seconds' | 'milliseconds';

/** Values vis-timeline writes, including the ones that overflow into the next unit (TimeStep.snap writes date(0) and hours(24)). */
const WRITES: Record<Field, number[]> = {
  year: [1935, 1937, 1940, 1900, 2000],
  month: [0, 1, 2, 11, 12, 13, -1],
  date: [0, 1, 15, 28, 29, 30, 31, 32],
  day: [0, 3, 6, 7, -1],
  weekday: [0, 1, 6, 7],
  isoWeekday: [1, 4, 7, 8],
  dayOfYear: [1, 59, 60, 365, 366],
  week: [1, 2, 26, 52, 53],
  hours: [0, 12, 23, 24, 48],
  minutes: [0, 30, 59, 60],
  seconds: [0, 30, 59, 60],
  milliseconds: [0, 500, 999, 1000],
};
const FIELDS = Object.keys(WRITES) as Field[];

/** Every spelling of a unit vis-timeline passes to add/subtract. */
const ADD_UNITS = ['millisecond', 'milliseconds', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'd', 'week', 'weeks', 'month', 'months', 'year', 'years', 'y'];
const AMOUNTS = [-13, -7, -1, 0, 1, 2, 3, 4, 5, 10, 12, 15, 100];

/** Every pattern vis-timeline formats: class names, bar titles, the drag tooltip and its default axis labels. */
const PATTERNS = [
  'dddd',
  'MMMM',
  'w',
  'dddd, MMMM Do YYYY, H:mm:ss',
  'MM/DD/YYYY hh:mm',
  // TimeStep.FORMAT: minor labels, then major labels.
  'SSS', 's', 'HH:mm', 'ddd D', 'D', 'MMM', 'YYYY',
  'HH:mm:ss', 'D MMMM HH:mm', 'ddd D MMMM', 'MMMM YYYY',
];

describe('moment-lite, compared with moment(x).utc()', () => {
  it('is compared with moment.js itself, in English', () => {
    expect(moment).to.not.equal(momentLite);
    expect(moment.version).to.be.a('string');
    expect(real(0).locale()).to.equal('en');
  });

  it('reads the instant from a Date, a number, a moment, an ISO string, or now', () => {
    for (const time of INSTANTS) {
      expect(momentLite(new Date(time)).valueOf(), at(time)).to.equal(time);
      expect(momentLite(time).valueOf()).to.equal(time);
      expect(momentLite(momentLite(time)).valueOf()).to.equal(time);
      expect(momentLite(real(time)).valueOf()).to.equal(time);
      expect(momentLite(at(time)).valueOf()).to.equal(time);
      expect(momentLite(time).toDate().getTime()).to.equal(time);
    }
    // No offset: UTC, like moment.utc(string) (a bare Date would read a date-time as local time).
    for (const text of ['1937-07-30', '1937-07-30T12:34', '1937-07-30T12:34:56.789', '1937-07-30 12:34:56', '1937-07', '1937', '1937-07-30T12:34:56+03:00']) {
      expect(momentLite(text).valueOf(), text).to.equal(moment.utc(text).valueOf());
    }
    const before = Date.now();
    const now = momentLite().valueOf();
    expect(now).to.be.within(before, Date.now());
    expect(Number.isNaN(momentLite(null).valueOf())).to.equal(true);
  });

  it('reads every field vis-timeline reads', () => {
    for (const time of INSTANTS) {
      const lite = momentLite(time);
      for (const field of FIELDS) expect(lite[field](), `${field}() at ${at(time)}`).to.equal(reference(time)[field]());
    }
  });

  it('writes fields in place, overflowing and clamping like moment', () => {
    for (const time of INSTANTS) {
      for (const field of FIELDS) {
        for (const value of WRITES[field]) {
          const lite = momentLite(time);
          expect(lite[field](value), `${field}(${value}) returns the moment`).to.equal(lite);
          expect(lite.valueOf(), `${field}(${value}) at ${at(time)}`).to.equal(reference(time)[field](value).valueOf());
        }
      }
      expect(momentLite(time).hours(NaN).valueOf(), 'a NaN write is ignored').to.equal(time);
    }
  });

  it('chains writes as TimeStep.snap and Range do', () => {
    const chains: Array<(m: MomentLite) => MomentLite> = [
      (m) => m.year(Math.round(m.year() / 5) * 5).month(0).date(0).hours(0).minutes(0).seconds(0).milliseconds(0),
      (m) => m.date(1).add(1, 'month').hours(0).minutes(0).seconds(0).milliseconds(0),
      (m) => m.weekday(0).add(1, 'week').hours(0),
      (m) => m.hours(Math.round(m.hours() / 24) * 24).minutes(0),
      (m) => m.minutes(Math.round(m.minutes() / 60) * 60).seconds(0),
      (m) => m.seconds(Math.round(m.seconds() / 60) * 60).milliseconds(Math.round(m.milliseconds() / 1000) * 1000),
      (m) => m.hours(0).minutes(0).seconds(0).milliseconds(0).add(-3, 'days'),
    ];
    for (const time of INSTANTS) {
      chains.forEach((chain, index) => {
        expect(chain(momentLite(time)).valueOf(), `chain ${index} at ${at(time)}`).to.equal(chain(reference(time)).valueOf());
      });
    }
  });

  it('adds and subtracts every unit vis-timeline uses, clamping month ends', () => {
    for (const time of INSTANTS) {
      for (const unit of ADD_UNITS) {
        for (const amount of AMOUNTS) {
          const label = `${amount} ${unit} at ${at(time)}`;
          const lite = momentLite(time);
          expect(lite.add(amount, unit), `add(${label}) returns the moment`).to.equal(lite);
          expect(lite.valueOf(), `add(${label})`).to.equal(real(time).add(amount, unit as moment.unitOfTime.DurationConstructor).valueOf());
          expect(momentLite(time).subtract(amount, unit).valueOf(), `subtract(${label})`).to.equal(
            real(time).subtract(amount, unit as moment.unitOfTime.DurationConstructor).valueOf(),
          );
        }
      }
    }
    expect(momentLite('1937-01-31').add(1, 'month').format(), 'clamped to February').to.equal('1937-02-28T00:00:00Z');
    expect(momentLite('1936-02-29').add(1, 'year').format(), 'no 29 February in 1937').to.equal('1937-02-28T00:00:00Z');
  });

  it('rounds down with startOf, with weeks from Sunday (moment’s "en") and ISO weeks from Monday', () => {
    for (const time of INSTANTS) {
      for (const unit of ['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'date', 'hour', 'minute', 'second', 'millisecond'] as const) {
        expect(momentLite(time).startOf(unit).valueOf(), `startOf(${unit}) at ${at(time)}`).to.equal(real(time).startOf(unit).valueOf());
      }
    }
    expect(momentLite('1937-07-30').startOf('week').format('dddd D')).to.equal('Sunday 25');
  });

  it('compares instants with isSame at every unit vis-timeline asks for', () => {
    const offsets = [0, 1, -1, 3_600_000, -3_600_000, 86_400_000, -86_400_000, 3 * 86_400_000, 7 * 86_400_000, 31 * 86_400_000, 366 * 86_400_000];
    for (const time of INSTANTS) {
      for (const offset of offsets) {
        const other = time + offset;
        for (const unit of [undefined, 'day', 'week', 'month', 'year'] as const) {
          const expected = real(time).isSame(real(other), unit);
          expect(momentLite(time).isSame(momentLite(other), unit), `isSame(${at(other)}, ${unit}) at ${at(time)}`).to.equal(expected);
          expect(momentLite(time).isSame(other, unit), 'given a number').to.equal(expected);
        }
      }
    }
    const now = Date.now();
    expect(momentLite(now).isSame(momentLite().add(1, 'day'), 'day')).to.equal(false);
  });

  it('counts whole days with diff (hidden dates repeated weekly)', () => {
    for (const time of INSTANTS) {
      for (const other of INSTANTS) {
        expect(momentLite(time).diff(momentLite(other), 'days'), `${at(time)} − ${at(other)}`).to.equal(real(time).diff(real(other), 'days'));
      }
    }
  });

  it('formats every pattern vis-timeline uses, in English, and ISO 8601 by default', () => {
    for (const time of INSTANTS) {
      for (const pattern of PATTERNS) {
        expect(momentLite(time).format(pattern), `format(${pattern}) at ${at(time)}`).to.equal(real(time).format(pattern));
      }
      expect(momentLite(time).format()).to.equal(real(time).format());
    }
    expect(momentLite('1937-07-30T09:05:07Z').format('[Today at] h:mm')).to.equal('Today at 9:05');
  });

  it('copies with clone, converts with utc() and toDate() without sharing state', () => {
    const original = momentLite('1937-07-30T12:00:00Z');
    const copy = original.clone().add(1, 'day');
    expect(original.format()).to.equal('1937-07-30T12:00:00Z');
    expect(copy.format()).to.equal('1937-07-31T12:00:00Z');
    expect(original.utc()).to.equal(original);
    original.toDate().setTime(0);
    expect(original.format()).to.equal('1937-07-30T12:00:00Z');
    expect(original.locale('de')).to.equal(original);
    expect(original.locale()).to.equal('en');
  });

  it('offers the statics vis-timeline calls: isMoment and locale', () => {
    expect(momentLite.isMoment(momentLite())).to.equal(true);
    expect(momentLite.isMoment(moment())).to.equal(true);
    expect(momentLite.isMoment(new Date())).to.equal(false);
    expect(momentLite.isMoment(null)).to.equal(false);
    // At import vis-timeline calls moment.locale(navigator.languages): an array.
    expect(momentLite.locale(['en-GB', 'en'])).to.equal('en');
    expect(momentLite(0).format('dddd MMMM')).to.equal('Thursday January');
  });
});

interface TimeStepLike {
  scale: string;
  step: number;
  setMoment(moment: unknown): void;
  setScale(params: { scale: string; step: number }): void;
  start(): void;
  hasNext(): boolean;
  next(): void;
  getCurrent(): { valueOf(): number };
  isMajor(): boolean;
  getClassName(): string;
  getLabelMinor(date?: unknown): string;
  getLabelMajor(date?: unknown): string;
}
type TimeStepClass = new (start: Date, end: Date, minimumStep: number | undefined, hiddenDates: unknown[], options: object) => TimeStepLike;

/** vis-timeline's axis iterator (exported, untyped, in its `timeline` namespace). */
const TimeStep = (vis as unknown as { timeline: { TimeStep: TimeStepClass } }).timeline.TimeStep;

/** Milliseconds in one step of each scale, roughly. */
const SCALE_MS: Record<string, number> = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5, weekday: 864e5, day: 864e5, week: 6048e5, month: 2592e6, year: 31536e6 };
/** Every scale and step TimeStep picks by itself (setMinimumStep). */
const SCALES: Array<[string, number]> = [
  ...[1, 5, 10, 50, 100, 200].map((step): [string, number] => ['millisecond', step]),
  ...[1, 5, 10, 15].map((step): [string, number] => ['second', step]),
  ...[1, 5, 10, 15].map((step): [string, number] => ['minute', step]),
  ['hour', 1], ['hour', 4], ['weekday', 1], ['day', 1], ['day', 2], ['week', 1], ['month', 1], ['month', 3],
  ...[1, 5, 10, 50, 100, 500, 1000].map((step): [string, number] => ['year', step]),
];
const AXIS_STARTS = ['1937-07-30T23:59:58.765Z', '1936-02-28T21:07:00.000Z', '1939-12-30T12:00:00.000Z', '1969-12-31T20:00:00.000Z', '1940-03-31T00:00:00.000Z'].map((iso) => Date.parse(iso));

/** Everything the time axis draws from one walk of TimeStep. */
function walkAxis(momentFn: unknown, scale: string, step: number, start: number, options: object): string[] {
  // 40 steps, but years stay below 10000 (moment writes later years with a '+').
  const end = Math.min(start + 40 * step * (SCALE_MS[scale] ?? 1), Date.UTC(9000, 0, 1));
  const timeStep = new TimeStep(new Date(start), new Date(end), undefined, [], { ...options, moment: momentFn });
  timeStep.setMoment(momentFn);
  timeStep.setScale({ scale, step });
  const drawn = [timeStep.getLabelMajor(new Date(start))];
  timeStep.start();
  for (let count = 0; timeStep.hasNext() && count < 1000; count++) {
    const current = timeStep.getCurrent();
    drawn.push(`${at(current.valueOf())} major=${timeStep.isMajor()} class="${timeStep.getClassName()}" minor="${timeStep.getLabelMinor(current)}" major="${timeStep.getLabelMajor(current)}"`);
    timeStep.next();
  }
  return drawn;
}

describe("vis-timeline's time axis with moment-lite", () => {
  it('steps, classes and labels every scale exactly as with moment', () => {
    const liteFn = (input?: MomentInput) => momentLite(input);
    for (const options of [{}, { showWeekScale: true }, { showMajorLabels: false }]) {
      for (const [scale, step] of SCALES) {
        for (const start of AXIS_STARTS) {
          const label = `${scale} × ${step} from ${at(start)} with ${JSON.stringify(options)}`;
          const drawn = walkAxis(liteFn, scale, step, start, options);
          expect(drawn.length, label).to.be.greaterThan(2);
          expect(drawn, label).to.deep.equal(walkAxis(real, scale, step, start, options));
        }
      }
    }
  });
});

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once the timelines have gone three frames without redrawing. */
async function settled(timelines: vis.Timeline[]): Promise<void> {
  let redraws = 0;
  const count = () => {
    redraws++;
  };
  for (const timeline of timelines) timeline.on('changed', count);
  try {
    let seen = -1;
    while (seen !== redraws) {
      seen = redraws;
      for (let i = 0; i < 3; i++) await frame();
    }
  } finally {
    for (const timeline of timelines) timeline.off('changed', count);
  }
}

/** The axis as drawn: each label's classes, text and position, and each grid line's classes and position. */
function axisOf(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text, .vis-time-axis .vis-grid')].map(
    (node) => `${node.className} "${node.textContent}" ${node.style.transform} ${node.style.width}`,
  );
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** From decades down to milliseconds. */
const WINDOWS: Array<[Date, Date]> = [
  [day('1925-01-01'), day('1955-01-01')],
  [day('1934-06-01'), day('1942-06-01')],
  [day('1936-06-01'), day('1938-06-01')],
  [day('1937-01-01'), day('1937-09-01')],
  [day('1937-06-01'), day('1937-09-15')],
  [day('1937-07-10'), day('1937-08-20')],
  [day('1937-07-25'), day('1937-08-08')],
  [day('1937-07-29'), day('1937-08-01')],
  [new Date('1937-07-30T00:00:00Z'), new Date('1937-07-30T12:00:00Z')],
  [new Date('1937-07-30T09:50:00Z'), new Date('1937-07-30T10:40:00Z')],
  [new Date('1937-07-30T10:00:00Z'), new Date('1937-07-30T10:01:30Z')],
  [new Date('1937-07-30T10:00:00Z'), new Date('1937-07-30T10:00:02Z')],
  [new Date('1937-07-30T10:00:00.000Z'), new Date('1937-07-30T10:00:00.300Z')],
];

describe('a vis-timeline Timeline with moment-lite', () => {
  it('draws its items and the same axis as with moment, at every zoom level, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="width: 800px; height: 260px"></div><div style="width: 800px; height: 260px"></div></div>`);
    const [liteContainer, realContainer] = [...wrapper.children] as HTMLElement[];
    const items = [
      { id: 'a', content: 'Kirov', start: day('1934-12-01') },
      { id: 'b', content: 'Trial of the Sixteen', start: day('1936-08-19'), end: day('1936-08-24') },
      { id: 'c', content: 'Order 00447', start: day('1937-07-30') },
      { id: 'd', content: 'Great Terror', start: day('1937-08-05'), end: day('1938-11-17') },
      { id: 'e', content: 'Pact', start: new Date('1939-08-23T22:00:00Z') },
      { id: 'f', content: 'Barbarossa', start: new Date('1941-06-22T03:15:00Z') },
    ];
    const options = (momentFn: unknown): TimelineOptions => ({ moment: momentFn as TimelineOptions['moment'], showCurrentTime: false, autoResize: false, zoomMin: 10 });
    const liteTimeline = new vis.Timeline(liteContainer!, new DataSet(items), options((input?: MomentInput) => momentLite(input)));
    const realTimeline = new vis.Timeline(realContainer!, new DataSet(items), options(real));
    const timelines = [liteTimeline, realTimeline];
    try {
      await waitUntil(() => liteContainer!.querySelectorAll('.vis-item-content').length > 0, 'the timeline drew no item');
      await settled(timelines);
      expect(liteContainer!.querySelectorAll('.vis-item-content').length).to.equal(items.length);
      // A custom time bar's title is formatted by the moment.
      liteTimeline.addCustomTime(day('1937-07-30'), 'order');
      realTimeline.addCustomTime(day('1937-07-30'), 'order');
      for (const showWeekScale of [false, true]) {
        for (const timeline of timelines) timeline.setOptions({ showWeekScale });
        for (const [start, end] of WINDOWS) {
          for (const timeline of timelines) timeline.setWindow(start, end, { animation: false });
          await settled(timelines);
          const label = `${at(start.getTime())} – ${at(end.getTime())}, showWeekScale ${showWeekScale}`;
          const axis = axisOf(liteContainer!);
          expect(axis.filter((line) => !line.includes('""')).length, `labels for ${label}`).to.be.greaterThan(1);
          expect(axis, label).to.deep.equal(axisOf(realContainer!));
        }
      }
      // From three decades down to minutes by halves, as zooming in does, then back out.
      for (const timeline of timelines) timeline.setWindow(day('1925-01-01'), day('1955-01-01'), { animation: false });
      for (let zoom = 1; zoom <= 20; zoom++) {
        for (const timeline of timelines) timeline.zoomIn(0.5, { animation: false });
        await settled(timelines);
        expect(axisOf(liteContainer!), `zoomed in ${zoom} times`).to.deep.equal(axisOf(realContainer!));
      }
      for (let zoom = 1; zoom <= 6; zoom++) {
        for (const timeline of timelines) timeline.zoomOut(1, { animation: false });
        await settled(timelines);
        expect(axisOf(liteContainer!), `zoomed out ${zoom} times`).to.deep.equal(axisOf(realContainer!));
      }
      const bar = (container: HTMLElement) => container.querySelector<HTMLElement>('.vis-custom-time')?.title;
      expect(bar(liteContainer!)).to.equal('Time: Friday, July 30th 1937, 0:00:00');
      expect(bar(liteContainer!)).to.equal(bar(realContainer!));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      for (const timeline of timelines) timeline.destroy();
    }
  });
});
