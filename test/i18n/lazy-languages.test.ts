import { expect, fixture, html } from '@open-wc/testing';
import { mountTimeline, query, itemDateLabel, shadow } from '../support/timeline-fixture.js';
import { loadedLanguage, loadedWords } from '../../src/i18n/load-language.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

/**
 * English the element writes itself (titles and summaries come from the data and stay English):
 * words no other language here shares (German also says "August"), and an English day-month date.
 */
const ENGLISH =
  /\b(January|February|March|May|June|July|October|December|early|mid|late|about|events?|Zoom in|Show all)\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** What the element itself says: item dates, buttons, status, live region, help; not the data's titles. */
function ownText(el: PurgeTimelineElement): string[] {
  const root = shadow(el);
  return [
    ...[...root.querySelectorAll('.item-date, .toolbar button, [part="status"], [data-live], #timeline-help')].map((node) => node.textContent!.trim()),
    ...[...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')!.replace(/Soviet purges.*$/, '')),
  ].filter(Boolean);
}

function expectNoEnglish(el: PurgeTimelineElement): void {
  const english = ownText(el).filter((text) => ENGLISH.test(text));
  expect(english, 'English left over').to.deep.equal([]);
}

const statusOf = (el: PurgeTimelineElement): string => query(el, '[part="status"]').textContent!.trim();

describe('<purge-timeline> languages load on demand', () => {
  it('no language but English is downloaded before an element asks for it', () => {
    expect(loadedWords('en')?.code).to.equal('en');
    expect(loadedLanguage('ru')).to.equal(undefined);
    expect(loadedLanguage('cs')).to.equal(undefined);
    expect(loadedLanguage('de')).to.equal(undefined);
  });

  it('locale="ru": Russian dates and words once timelineReady resolves, and never English before', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('purge-timeline');
    for (const [name, value] of Object.entries({ locale: 'ru', 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' })) el.setAttribute(name, value);
    // Every frame until the timeline is drawn: the zoom button shows Russian or nothing, never English.
    const painted = new Set<string>();
    let watching = true;
    const watch = () => {
      const button = el.shadowRoot?.querySelector('[data-action="zoom-in"] .wide-label');
      if (button) painted.add(button.textContent!.trim());
      if (watching) requestAnimationFrame(watch);
    };
    watch();
    wrapper.append(el);
    await el.timelineReady;
    watching = false;
    expect([...painted]).to.deep.equal(['Увеличить']);
    expect(loadedLanguage('ru')?.code).to.equal('ru');
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 сентября 1938');
    expect(itemDateLabel(el, 'Beria proposed for the NKVD')).to.equal('середина августа 1938');
    expect(statusOf(el)).to.match(/^\d+ событи[йея]\.$/);
    expectNoEnglish(el);
  });

  it('switches en → de → cs at run time, leaving no English status or dates behind', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' } });
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 September 1938');
    expect(statusOf(el)).to.match(/^\d+ events\.$/);

    el.locale = 'de';
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. September 1938');
    expect(itemDateLabel(el, 'Beria proposed for the NKVD')).to.equal('Mitte August 1938');
    expect(query(el, '[data-action="zoom-in"] .wide-label').textContent!.trim()).to.equal('Vergrößern');
    expect(statusOf(el)).to.match(/^\d+ Ereignisse\.$/);
    expectNoEnglish(el);

    el.locale = 'cs-CZ';
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. září 1938');
    expect(itemDateLabel(el, 'Beria proposed for the NKVD')).to.equal('polovina srpna 1938');
    expect(query(el, '[data-action="zoom-in"] .wide-label').textContent!.trim()).to.equal('Přiblížit');
    expect(statusOf(el)).to.match(/^\d+ událost(í|i)?\.$/);
    expectNoEnglish(el);
    expect(ownText(el).join(' ')).not.to.match(/Ereignis|Vergrößern/);
  });

  it('a Russian page switched to English at run time writes English dates (English never loaded as a language)', async () => {
    const el = await mountTimeline({ attributes: { locale: 'ru', 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' } });
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 сентября 1938');
    el.locale = 'en';
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 September 1938');
    expect(itemDateLabel(el, 'Beria proposed for the NKVD')).to.equal('mid-August 1938');
    expect(statusOf(el)).to.match(/^\d+ events\.$/);
    el.locale = 'ru';
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 сентября 1938');
    expectNoEnglish(el);
  });

  it('an ancestor’s lang="de" decides, and its language arrives before timelineReady resolves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 1000px"><section><purge-timeline no-url-sync start="1938-08-01" end="1938-11-30"></purge-timeline></section></div>`);
    const el = wrapper.querySelector('purge-timeline') as PurgeTimelineElement;
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. September 1938');
    expect(query(el, '[data-action="list"]').textContent!.trim()).to.equal('Liste');
    expect(statusOf(el)).to.match(/^\d+ Ereignisse\.$/);
    expectNoEnglish(el);
  });
});
