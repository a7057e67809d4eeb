/**
 * Issue case 3: hostile data never runs. Script payloads in every text field show as text (or
 * not at all); nothing from the data becomes an element; citation links only for http(s), with
 * rel="noopener noreferrer"; `javascript:` and `data:` URLs are shown as text.
 */
import { expect } from '@open-wc/testing';
import { mount, root, messageLines, drawnIds, expectAlert, failOnEscapes, until, sleep } from './support/harness.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

declare global {
  interface Window {
    __hardeningPwned?: string[];
  }
}

/** Each payload, if it ever ran, pushes its name onto window.__hardeningPwned. */
const ran = (name: string) => `(window.__hardeningPwned=window.__hardeningPwned||[]).push('${name}')`;
const PAYLOADS = [
  `<img src=x onerror="${ran('img')}">`,
  `<script>${ran('script')}</script>`,
  `<svg onload="${ran('svg')}"></svg>`,
  `"><img src=x onerror="${ran('attribute-breakout')}">`,
  `'><svg/onload=${ran('single-quote-breakout')}>`,
  `</span></div></li><iframe src="javascript:parent.${ran('iframe')}"></iframe>`,
  `<a href="javascript:${ran('anchor')}">x</a>`,
  `<object data="data:text/html,<script>${ran('object')}</script>"></object>`,
  `javascript:${ran('javascript-url')}`,
  '${window.__hardeningPwned=["template-literal"]}',
];
const PAYLOAD = PAYLOADS.join(' ');

const HOSTILE_URLS = [
  `javascript:${ran('javascript-link')}`,
  `JaVaScRiPt:${ran('mixed-case-link')}`,
  ` javascript:${ran('leading-space-link')}`,
  `\tjavascript:${ran('tab-link')}`,
  `data:text/html,<script>${ran('data-link')}</script>`,
  `vbscript:msgbox(1)`,
];
const SAFE_URLS = ['https://example.org/book', `http://example.org/search?q="><img src=x onerror="${ran('query-breakout')}">`];

const hostileFile = {
  title: PAYLOAD,
  source: { title: PAYLOAD },
  categories: [
    { id: 'army', label: PAYLOAD },
    { id: '"><img src=x onerror=alert(1)>', label: PAYLOAD },
  ],
  footnotes: [
    {
      number: 203,
      text: PAYLOAD,
      sources: [...HOSTILE_URLS, ...SAFE_URLS].map((url) => ({ author: PAYLOAD, title: PAYLOAD, details: PAYLOAD, pages: PAYLOAD, url })),
    },
  ],
  events: [
    { id: 'hostile', title: PAYLOAD, date: '1938-09-29', summary: PAYLOAD, note: PAYLOAD, category: 'army', footnotes: [203] },
    { id: 'hostile-category', title: PAYLOAD, date: '1938-03', summary: PAYLOAD, category: PAYLOAD, footnotes: [203] },
    ...PAYLOADS.map((payload, i) => ({ id: payload, title: `Bad id ${i}`, date: '1938', summary: '', category: 'army', footnotes: [] })),
    { id: 'hostile-date', title: 'Bad date', date: PAYLOAD, end: PAYLOAD, summary: '', category: 'army', footnotes: [] },
  ],
};

/** The shadow root and every shadow root inside it (the overview band has its own). */
function allRoots(el: PurgeTimelineElement): (ShadowRoot | Element)[] {
  const roots: (ShadowRoot | Element)[] = [root(el)];
  for (let i = 0; i < roots.length; i += 1) {
    for (const node of roots[i]!.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
  }
  return roots;
}

/** Elements or attributes that could only have come from the payloads. */
function injected(el: PurgeTimelineElement): string[] {
  const found: string[] = [];
  for (const scope of allRoots(el)) {
    for (const node of scope.querySelectorAll('img, script, svg, iframe, object, embed, image, math, frame, frameset, base, meta, link:not([rel="stylesheet"])')) {
      found.push(`<${node.localName}>`);
    }
    for (const node of scope.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        if (attribute.name.startsWith('on')) found.push(`${node.localName}[${attribute.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
          found.push(`${node.localName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
        }
      }
    }
  }
  return found;
}

describe('hardening: hostile data', () => {
  failOnEscapes();
  beforeEach(() => {
    delete window.__hardeningPwned;
  });

  it('payloads in every field show as text on the timeline, in the legend, the message, the popover and the list; nothing runs', async () => {
    const imagesBefore = document.querySelectorAll('img, iframe, script').length;
    const { el, errorEvents } = await mount({ events: hostileFile, attributes: { start: '1938-01', end: '1938-12' } });
    await until(() => drawnIds(el).includes('hostile'), 'the hostile event is drawn');

    // Ids and dates that are payloads are rejected, and the message quotes them as text.
    const paths = errorEvents[0]!.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).to.include.members([...PAYLOADS.map((_, i) => `events[${i + 2}].id`), `events[${PAYLOADS.length + 2}].date`, 'categories[1].id']);
    expect(drawnIds(el).sort()).to.deep.equal(['hostile', 'hostile-category']);
    expectAlert(el);
    expect(messageLines(el).some((line) => line.includes('<img src=x onerror='))).to.equal(true);

    // On the timeline and in the legend: the text, whole.
    const title = root(el).querySelector('[data-event-id="hostile"] .item-title')!;
    expect(title.textContent).to.equal(PAYLOAD);
    expect(title.getAttribute('title')).to.equal(PAYLOAD);
    expect(root(el).querySelector('[part="legend"]')!.textContent).to.contain(PAYLOAD);
    expect(root(el).querySelector('[part="timeline"]')!.getAttribute('aria-label')).to.contain(PAYLOAD);

    // The popover of each hostile event.
    for (const id of ['hostile', 'hostile-category']) {
      el.selected = id;
      await until(() => root(el).querySelector('.popover')!.matches(':popover-open') && root(el).querySelector('#popover-title'), `the popover of ${id} opens`);
      const popover = root(el).querySelector<HTMLElement>('.popover')!;
      expect(popover.querySelector('#popover-title')!.textContent).to.equal(PAYLOAD);
      expect(popover.querySelector('.event-summary')!.textContent).to.equal(PAYLOAD);
      for (const details of popover.querySelectorAll('details')) details.open = true;
      expect(popover.querySelector('.footnote-text blockquote')!.textContent).to.equal(PAYLOAD);
      if (id === 'hostile') expect(popover.querySelector('.event-note')!.textContent).to.contain(PAYLOAD);
      await sleep(100);
      expect(injected(el), `nothing injected with the popover of ${id} open`).to.deep.equal([]);
    }

    // The list view.
    el.selected = '';
    root(el).querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    await el.updateComplete;
    const list = root(el).querySelector('[part="list"]')!;
    expect(list.querySelectorAll('.list-event')).to.have.length(2);
    for (const details of list.querySelectorAll('details')) details.open = true;

    await sleep(300);
    expect(injected(el)).to.deep.equal([]);
    expect(document.querySelectorAll('img, iframe, script').length, 'nothing added to the page').to.equal(imagesBefore);
    expect(window.__hardeningPwned, 'no payload ran').to.equal(undefined);
  });

  it('citation links: only http(s), with rel="noopener noreferrer"; javascript:, data: and the like are text', async () => {
    const { el } = await mount({ events: hostileFile, attributes: { start: '1938-01', end: '1938-12' } });
    el.selected = 'hostile';
    await until(() => root(el).querySelector('.popover .source'), 'the popover shows its sources');
    const popover = root(el).querySelector<HTMLElement>('.popover')!;
    const sources = [...popover.querySelectorAll('.source')];
    expect(sources).to.have.length(HOSTILE_URLS.length + SAFE_URLS.length);

    const links = [...popover.querySelectorAll('a')];
    expect(links.map((a) => new URL(a.href).protocol)).to.deep.equal(['https:', 'http:']);
    for (const link of links) {
      expect(link.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
      expect(link.textContent).to.equal(PAYLOAD);
    }
    // The breakout in the query string stays inside the URL, encoded.
    expect(links[1]!.getAttribute('href')).to.match(/^http:\/\/example\.org\/search\?q=%22%3E%3Cimg/);

    sources.slice(0, HOSTILE_URLS.length).forEach((source, i) => {
      expect(source.querySelector('a'), `no link for ${HOSTILE_URLS[i]}`).to.equal(null);
      expect(source.querySelector('.unsafe-url')!.textContent, 'shown as text').to.equal(`(${HOSTILE_URLS[i]})`);
    });

    // Clicking a would-be link runs nothing (the real links are left alone: they open a tab).
    for (const text of popover.querySelectorAll<HTMLElement>('.unsafe-url, cite')) if (!text.closest('a')) text.click();
    await sleep(200);
    expect(window.__hardeningPwned).to.equal(undefined);
    expect(injected(el)).to.deep.equal([]);
  });

  it('a hostile `selected` value and a hostile `src` run nothing', async () => {
    const { el } = await mount({ events: hostileFile, attributes: { selected: PAYLOADS[0]! }, ready: false });
    await el.timelineReady;
    expect(el.selected).to.equal(undefined);
    el.src = `javascript:${ran('src')}`;
    el.events = undefined;
    await el.timelineReady;
    await sleep(200);
    expect(window.__hardeningPwned).to.equal(undefined);
    expect(injected(el)).to.deep.equal([]);
  });
});
