import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountTimeline, query, itemDateLabel, shadow, windowSettled } from '../support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

describe('<purge-timeline> languages', () => {
  it('locale="de": item dates, buttons and the axis in German', async () => {
    const el = await mountTimeline({ attributes: { locale: 'de', 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' } });
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29. September 1938');
    expect(itemDateLabel(el, 'Beria proposed for the NKVD')).to.equal('Mitte August 1938');
    expect(query(el, '[data-action="zoom-in"] .wide-label').textContent!.trim()).to.equal('Vergrößern');
    const minor = [...shadow(el).querySelectorAll('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')].map((n) => n.textContent);
    expect(minor).to.include('Okt');
  });

  it('the nearest lang="ru" decides when there is no locale attribute, and titles stay as the data gives them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="width: 1000px"><section><purge-timeline no-url-sync start="1938-08-01" end="1938-11-30"></purge-timeline></section></div>`);
    const el = wrapper.querySelector('purge-timeline') as PurgeTimelineElement;
    await el.timelineReady;
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 сентября 1938');
    expect(query(el, '[data-action="list"]').textContent!.trim()).to.equal('Список');
  });

  it('locale="cs": the popover says in Czech, in plain words, how precisely the chapter dates it', async () => {
    const el = await mountTimeline({ attributes: { locale: 'cs', 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' } });
    el.selected = 'beria-proposed-for-nkvd';
    await waitUntil(() => query(el, '[part="popover"]').matches(':popover-open'), 'open');
    const text = query(el, '[part="popover"]').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('polovina srpna 1938');
    expect(query(el, '.popover .precision').textContent).to.equal('Kapitola uvádí jen: polovina srpna 1938.');
  });

  it('changing locale at run time relabels everything', async () => {
    const el = await mountTimeline({ attributes: { 'no-url-sync': '', start: '1938-08-01', end: '1938-11-30' } });
    expect(itemDateLabel(el, 'Munich Agreement')).to.equal('29 September 1938');
    el.locale = 'de';
    await el.updateComplete;
    await waitUntil(() => itemDateLabel(el, 'Munich Agreement') === '29. September 1938', 'German after the switch');
    const slider = shadow(el).querySelector('purge-timeline-overview')!.shadowRoot!.querySelector('[role="slider"]')!;
    await windowSettled(el);
    await waitUntil(() => /^von .+ bis .+$/.test(slider.getAttribute('aria-valuetext') ?? ''), `German slider text, got ${slider.getAttribute('aria-valuetext')}`);
  });
});
