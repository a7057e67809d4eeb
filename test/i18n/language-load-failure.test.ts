import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { itemDateLabel, query } from '../support/timeline-fixture.js';
import type { Language } from '../../src/i18n/language.js';
import { languageLoaders } from '../../src/i18n/languages/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

// A page of its own (web-test-runner runs each file in one): no language has been loaded here,
// so the loaders below are the ones that run. They are swapped for the test and put back.
const loaders = languageLoaders as Record<string, () => Promise<Language>>;

async function mount(attributes: string): Promise<PurgeTimelineElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrapper.innerHTML = `<purge-timeline no-url-sync start="1938-08-01" end="1938-11-30" ${attributes}></purge-timeline>`;
  return wrapper.querySelector('purge-timeline') as PurgeTimelineElement;
}

const zoomInText = (el: PurgeTimelineElement): string | undefined =>
  el.shadowRoot?.querySelector('[data-action="zoom-in"] .wide-label')?.textContent?.trim();

describe('<purge-timeline> when a language cannot be downloaded', () => {
  const original = { ...loaders };
  const warn = console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(() => {
    console.warn = warn;
    Object.assign(loaders, original);
  });

  it('a failed download shows English with one console warning, and a later switch tries again', async () => {
    loaders.de = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount('locale="de-AT"');
    await el.timelineReady;
    expect(zoomInText(el)).to.equal('Zoom in');
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 September 1938');
    expect(query(el, '[part="status"]').textContent!.trim()).to.match(/^\d+ events\.$/);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('"de"');

    // The network is back: asking again downloads it.
    loaders.de = original.de!;
    el.locale = 'en';
    await el.timelineReady;
    el.locale = 'de';
    await el.timelineReady;
    expect(zoomInText(el)).to.equal('Vergrößern');
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. September 1938');
    expect(warnings).to.have.length(1);
  });

  it('a stalled download shows English after a while, then the language when it comes', async function () {
    this.timeout(10_000);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    loaders.cs = () => released.then(original.cs!);
    const el = await mount('locale="cs"');
    // Nothing at first (the element waits for Czech), English once the wait is over.
    expect(zoomInText(el)).to.equal(undefined);
    await waitUntil(() => zoomInText(el) === 'Zoom in', 'English after the wait', { timeout: 6000 });
    release();
    await el.timelineReady;
    expect(zoomInText(el)).to.equal('Přiblížit');
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. září 1938');
    expect(warnings).to.deep.equal([]);
  });
});
