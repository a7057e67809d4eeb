import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseEvents } from '../../src/data/parse-events.js';
import type { CitationFormat } from '../../src/citation/export-citations.js';
import { mountTimeline, shadow, query, isPopoverOpen } from '../support/timeline-fixture.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';

const FIXTURE = '/test/fixtures/reader-events.json';
const data = parseEvents(await (await fetch(FIXTURE)).json());

interface Download {
  readonly filename: string;
  readonly text: string;
}

/** Clicks an export button and catches the download it starts: the `<a download>` and its Blob's text. */
async function download(el: PurgeTimelineElement, button: HTMLButtonElement): Promise<Download> {
  const root = shadow(el);
  let caught: HTMLAnchorElement | undefined;
  const catchDownload = (event: Event) => {
    const link = event.target as HTMLElement;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      caught = link;
      event.preventDefault(); // the test reads the file instead of saving it
    }
  };
  root.addEventListener('click', catchDownload, true);
  try {
    button.click();
  } finally {
    root.removeEventListener('click', catchDownload, true);
  }
  if (!caught) throw new Error('no download started');
  expect(caught.href).to.match(/^blob:/);
  expect(caught.isConnected, 'the temporary link is gone').to.equal(false);
  return { filename: caught.download, text: await (await fetch(caught.href)).text() };
}

async function parseBack(format: CitationFormat, text: string) {
  return executeServerCommand<Record<string, unknown>[], { format: CitationFormat; text: string }>('parse-citations', { format, text });
}

const mount = () => mountTimeline({ src: FIXTURE, attributes: { 'no-url-sync': '', start: '1936-01-01', end: '1941-12-31' } });

describe('<purge-timeline> citations', () => {
  it('Copy citation gives the Chicago note with the chapter’s bibliographic fields', async () => {
    const el = await mount();
    el.selected = 'disputed-event';
    await waitUntil(() => isPopoverOpen(el), 'open');
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      query<HTMLButtonElement>(el, '[data-action="copy-citation"]').click();
      await waitUntil(() => copied.length === 1, 'copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied[0]).to.equal(
      'Litera Bohuslav, Sovětská armáda a "Velký teror" 1937–1938, pp. 239–266, cited in Jana Nováková, “Consequences of the Terror,” in Soviet Elites, 1935–1941, ed. Petr Dvořák (Prague: Academia, 2019), pp. 201–240, n. 207.',
    );
  });

  it('an event’s popover downloads its sources as CSL-JSON, RIS and BibTeX that parse back to its footnotes', async () => {
    const el = await mount();
    el.selected = 'firm-event';
    await waitUntil(() => isPopoverOpen(el), 'open');
    const group = query(el, '.popover .citation-export');
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Export the sources for a reference manager');
    const footnote = data.footnotes.get(206)!;
    const extensions: Record<CitationFormat, string> = { 'csl-json': 'json', ris: 'ris', bibtex: 'bib' };
    for (const format of ['csl-json', 'ris', 'bibtex'] as const) {
      const file = await download(el, query<HTMLButtonElement>(el, `.popover [data-export="${format}"]`));
      expect(file.filename).to.equal(`firm-event-sources.${extensions[format]}`);
      const items = await parseBack(format, file.text);
      expect(items.map((item) => item['id']), format).to.deep.equal(['chapter', 'fn206-1', 'fn206-2']);
      expect(items.slice(1).map((item) => item['title']), format).to.deep.equal(footnote.sources.map((source) => source.title));
      expect(String(items[2]!['note']), format).to.contain('Moscow, ROSSPEN, 2008').and.contain('n. 206');
      expect(items[0]!['container-title'], format).to.equal('Soviet Elites, 1935–1941');
    }
    await expect(el).to.be.accessible();
  });

  it('an unsourced event’s popover offers nothing to export', async () => {
    const el = await mount();
    el.selected = 'unsourced-event';
    await waitUntil(() => isPopoverOpen(el), 'open');
    expect(shadow(el).querySelector('.popover .citation-export')).to.equal(null);
  });

  it('the list view downloads every source of the file', async () => {
    const el = await mount();
    query<HTMLButtonElement>(el, '[data-action="list"]').click();
    await el.updateComplete;
    const file = await download(el, query<HTMLButtonElement>(el, '.list-export [data-export="bibtex"]'));
    expect(file.filename).to.equal('purge-timeline-sources.bib');
    const items = await parseBack('bibtex', file.text);
    const expected = [...data.footnotes.values()].flatMap((footnote) => footnote.sources.map((_, index) => `fn${footnote.number}-${index + 1}`));
    expect(items.map((item) => item['id'])).to.deep.equal(['chapter', ...expected]);
  });
});
