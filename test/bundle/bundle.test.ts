// What embedders load: dist/purge-timeline.js on a page with nothing else, one tag, no config.
import { expect, waitUntil } from '@open-wc/testing';
import shippedFile from '../../events.json';
import { openBundlePage } from '../support/bundle-page.js';

const shipped = shippedFile as unknown as { events: unknown[] };

async function openPlainPage(): Promise<Document> {
  return (await openBundlePage('/test/bundle/plain-page.html')).contentDocument!;
}

describe('dist/purge-timeline.js on a plain page', () => {
  it('registers <purge-timeline> and draws the shipped chronology', async function () {
    // Loading the bundle and then drawing all 59 events took over 8 s in Firefox under a full run's load.
    this.timeout(30000);
    const doc = await openPlainPage();
    const el = doc.querySelector('purge-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('.vis-item-content').length, 'items from the bundle', { timeout: 8000 });
    const root = el.shadowRoot!;
    (root.querySelector('button[data-action="show-all"]') as HTMLButtonElement).click();
    // All of them loaded (the status counts them); drawn, the many a reader sees at once. At a fixed
    // height, vis-timeline may leave rows stacked out of sight undrawn (Firefox, under load).
    await waitUntil(() => root.querySelector('[part="status"]')?.textContent?.includes(`${shipped.events.length} events`), `all ${shipped.events.length} events loaded`, { timeout: 15000 });
    await waitUntil(() => root.querySelectorAll('.vis-item-content').length >= 30, 'most events drawn', { timeout: 15000 });
  });

  it('adds no stylesheet or style element to the page', async () => {
    const doc = await openPlainPage();
    await waitUntil(() => doc.querySelector('purge-timeline')?.shadowRoot?.querySelector('.vis-timeline'), 'the timeline');
    expect(doc.head.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(0);
    expect(doc.adoptedStyleSheets.length).to.equal(0);
  });
});
