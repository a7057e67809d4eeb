// Benchmark datasets: N events in the shape of events.json (its categories and footnotes, titles
// and summaries drawn from its events), dated over 1935–1941 at the chapter's mix of precisions,
// from a fixed seed. The same events as raw vis-timeline items, drawn exactly where
// src/timeline/to-timeline-items.ts draws them: a point for a day or a month (mid-month, whole
// UTC day), a bar over the period otherwise, and over date…end for ranges; all instants UTC.
import { readFileSync } from 'node:fs';

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; same seed, same sequence, everywhere. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const DAY = 86_400_000;
const utc = (year, monthIndex, day = 1) => Date.UTC(year, monthIndex, day);
const pad = (n) => String(n).padStart(2, '0');
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The forms the generator writes, each with the span it names ([start, end) in ms, UTC) and whether it is drawn as a point. */
const FORMS = [
  // weight, make(random) → { text, start, end, point }
  [30, (r) => { // day: 1938-09-29
    const y = r.int(1935, 1941), m = r.int(1, 12), d = r.int(1, daysIn(y, m));
    return { text: `${y}-${pad(m)}-${pad(d)}`, start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1), point: true };
  }],
  [18, (r) => { // month: 1937-05
    const y = r.int(1935, 1941), m = r.int(1, 12);
    return { text: `${y}-${pad(m)}`, start: utc(y, m - 1), end: utc(y, m), point: true };
  }],
  [8, (r) => { // about a month: ~1938-04
    const y = r.int(1935, 1941), m = r.int(1, 12);
    return { text: `~${y}-${pad(m)}`, start: utc(y, m - 1), end: utc(y, m), point: true };
  }],
  [8, (r) => { // part of a year: mid-1938 (early Jan–Apr, mid May–Aug, late Sep–Dec)
    const y = r.int(1935, 1941), [part, from, to] = r.pick([['early', 0, 4], ['mid', 4, 8], ['late', 8, 12]]);
    return { text: `${part}-${y}`, start: utc(y, from), end: utc(y, to), point: false };
  }],
  [8, (r) => { // season: autumn-1938 (no winter: winter-1935 would begin in December 1934)
    const y = r.int(1935, 1941), [season, from, to] = r.pick([['spring', 2, 5], ['summer', 5, 8], ['autumn', 8, 11]]);
    return { text: `${season}-${y}`, start: utc(y, from), end: utc(y, to), point: false };
  }],
  [8, (r) => { // quarter: 1938-Q4
    const y = r.int(1935, 1941), q = r.int(1, 4);
    return { text: `${y}-Q${q}`, start: utc(y, (q - 1) * 3), end: utc(y, q * 3), point: false };
  }],
  [6, (r) => { // year: 1937
    const y = r.int(1935, 1941);
    return { text: `${y}`, start: utc(y, 0), end: utc(y + 1, 0), point: false };
  }],
  [14, (r) => { // range: date + end (a day or a month to a later day, month or year)
    const y = r.int(1935, 1940), m = r.int(1, 12);
    const startsOnDay = r.next() < 0.5;
    const d = startsOnDay ? r.int(1, daysIn(y, m)) : 1;
    const from = { text: startsOnDay ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`, start: utc(y, m - 1, d) };
    // The end: 1 to 730 days later, written as a day, a month or a year, within 1941.
    const endAt = Math.min(from.start + r.int(1, 730) * DAY, utc(1941, 11, 31));
    const e = new Date(endAt);
    const [ey, em, ed] = [e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate()];
    const kind = r.pick(['day', 'day', 'month', 'year']);
    let to;
    if (kind === 'day' || ey === y) to = { text: `${ey}-${pad(em)}-${pad(ed)}`, end: utc(ey, em - 1, ed + 1) };
    if (kind === 'month' && !to) to = { text: `${ey}-${pad(em)}`, end: utc(ey, em) };
    if (kind === 'year' && !to) to = { text: `${ey}`, end: utc(ey + 1, 0) };
    if (!to || to.end <= from.start) to = { text: `${ey}-${pad(em)}-${pad(ed)}`, end: utc(ey, em - 1, ed + 1) };
    return { text: from.text, endText: to.text, start: from.start, end: to.end, point: false };
  }],
];
const TOTAL_WEIGHT = FORMS.reduce((sum, [weight]) => sum + weight, 0);

function pickForm(random) {
  let x = random.next() * TOTAL_WEIGHT;
  for (const [weight, make] of FORMS) {
    x -= weight;
    if (x < 0) return make;
  }
  return FORMS[0][1];
}

/** Where our element draws a point: the day itself, or the middle of a month as a whole UTC day. */
function pointAt(start, end) {
  if (end - start === DAY) return start;
  return Math.floor((start + end) / 2 / DAY) * DAY;
}

/**
 * @param {number} n number of events
 * @param {{ seed?: number, eventsFile?: string }} options
 * @returns {{ file: object, items: object[] }} the events file for our element, and raw vis-timeline items
 */
export function makeDataset(n, { seed = 1938, eventsFile = new URL('../events.json', import.meta.url) } = {}) {
  const shape = JSON.parse(readFileSync(eventsFile, 'utf8'));
  const random = createRandom(seed ^ n);
  const events = [];
  const items = [];
  const footnoteNumbers = shape.footnotes.map((footnote) => footnote.number);
  for (let i = 0; i < n; i++) {
    const model = random.pick(shape.events);
    const date = pickForm(random)(random);
    const id = `event-${i + 1}`;
    const title = `${model.title} (${i + 1})`;
    const footnotes = [...new Set([random.pick(footnoteNumbers), random.pick(footnoteNumbers)])].slice(0, random.int(1, 2));
    events.push({
      id,
      title,
      date: date.text,
      ...(date.endText && { end: date.endText }),
      summary: model.summary,
      category: random.pick(shape.categories).id,
      footnotes,
    });
    items.push(
      date.point
        ? { id, type: 'point', start: new Date(pointAt(date.start, date.end)).toISOString(), content: title }
        : { id, type: 'range', start: new Date(date.start).toISOString(), end: new Date(date.end).toISOString(), content: title },
    );
  }
  const file = {
    title: `Benchmark: ${n} generated events`,
    categories: shape.categories,
    footnotes: shape.footnotes,
    events,
  };
  return { file, items };
}

/** The window and bounds both pages use: 1935-01-01 – 1942-01-01 (UTC). */
export const WINDOW = { start: '1935-01-01T00:00:00.000Z', end: '1942-01-01T00:00:00.000Z' };
