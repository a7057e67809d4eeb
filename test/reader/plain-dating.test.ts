import { expect } from '@open-wc/testing';
import shippedFile from '../../events.json';
import { parseEvents } from '../../src/data/parse-events.js';
import { parsePartialDate } from '../../src/date/parse-partial-date.js';
import { describeDatingPlainly } from '../../src/date/describe-dating-plainly.js';
import { englishMessages } from '../../src/i18n/messages.js';
import { russian } from '../../src/i18n/languages/ru.js';
import { czech } from '../../src/i18n/languages/cs.js';
import { german } from '../../src/i18n/languages/de.js';
import { mountTimeline, query, popover } from '../support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

const date = (raw: string) => parsePartialDate(raw);
const plain = (start: string, end?: string) => describeDatingPlainly(date(start), end === undefined ? undefined : date(end), { words: englishMessages });

describe('describeDatingPlainly', () => {
  const cases: [string, string | undefined, string][] = [
    ['1938-09-29', undefined, 'The chapter gives the exact day.'],
    ['1938-11-17', '1938-12-01', 'The chapter gives the exact days.'],
    ['1937-05', undefined, 'The chapter gives only May 1937.'],
    ['mid-1938-08', undefined, 'The chapter gives only mid-August 1938.'],
    ['early-1930s', undefined, 'The chapter gives only the early 1930s.'],
    ['1930s', undefined, 'The chapter gives only the 1930s.'],
    ['early-1930s', 'mid-1940', 'The chapter gives only the early 1930s and mid-1940.'],
    ['1938-Q4', undefined, 'The chapter gives only Q4 1938.'],
    ['autumn-1938', undefined, 'The chapter gives only autumn 1938.'],
    ['1935', '1938', 'The chapter gives only 1935 and 1938.'],
    ['~1937-02', undefined, 'An approximate date: c. February 1937.'],
    ['~1936', '~1938', 'An approximate date: c. 1936 – c. 1938.'],
    ['~spring-1937', undefined, 'An approximate date: c. spring 1937.'],
  ];
  for (const [start, end, expected] of cases) {
    it(`${start}${end ? ` to ${end}` : ''} → ${expected}`, () => expect(plain(start, end)).to.equal(expected));
  }

  it('speaks the language it is given', () => {
    for (const language of [russian, czech, german]) {
      const said = describeDatingPlainly(date('early-1930s'), date('mid-1940'), { locale: language.dateLocale, labels: language.dateLabels, words: language.messages });
      expect(said, language.code).not.to.match(/early|mid-|\d{4}-\d|~/);
      expect(said, language.code).to.contain('1940');
    }
    expect(describeDatingPlainly(date('1938-09-29'), undefined, { words: german.messages })).to.equal('Das Kapitel nennt den genauen Tag.');
  });
});

/** Machine date syntax and author phrasing a reader must never see. */
const MACHINE_SYNTAX: readonly [string, RegExp][] = [
  ['a "~" prefix', /~/],
  ['a part of a month in the file’s syntax, e.g. mid-1938-08', /\b(?:early|mid|late)-\d{4}-\d{2}\b/],
  ['a part of a decade in the file’s syntax, e.g. early-1930s', /\b(?:early|late)-\d{3}0s\b/],
  ['a season in the file’s syntax, e.g. spring-1937', /\b(?:spring|summer|autumn|winter)-\d{4}\b/],
  ['a quarter in the file’s syntax, e.g. 1938-Q4', /\b\d{4}-Q[1-4]\b/],
  ['an ISO month or day, e.g. 1938-08', /\b1[89]\d\d-[01]\d\b/],
  ['the old precision phrase "(dated to:"', /\(dated to:/i],
  ['author wording such as "placeholder" or "rendered as"', /placeholder|rendered as/i],
];

describe('every popover of the shipped chronology is in plain words', function () {
  this.timeout(120_000);
  const shipped = parseEvents(shippedFile);
  let el: PurgeTimelineElement;

  before(async () => {
    el = await mountTimeline({ attributes: { 'no-url-sync': '' } });
  });

  for (const event of shipped.events) {
    it(`${event.id}`, async () => {
      el.selected = event.id;
      await el.updateComplete;
      expect(query(el, '#popover-title').textContent).to.equal(event.title);
      const shown = popover(el);
      // Text a reader sees or hears, tooltips included; not the footnotes as printed (quotations).
      const copy = shown.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.footnotes').forEach((quoted) => quoted.remove());
      const titles = [...shown.querySelectorAll('[title]')].map((node) => node.getAttribute('title')).join(' ');
      const text = `${copy.textContent} ${titles}`.replace(/\s+/g, ' ');
      for (const [what, pattern] of MACHINE_SYNTAX) expect(text, `${what} in: ${text}`).not.to.match(pattern);
      expect(query(el, '.popover .precision').textContent).to.match(/^(The chapter gives|An approximate date)/);
    });
  }
});
