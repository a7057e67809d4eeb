import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import shippedFile from '../../events.json';
import { parseEvents } from '../../src/data/parse-events.js';
import type { Footnote } from '../../src/types.js';
import { formatChapterNote, formatChicagoNote, formatFootnoteNote } from '../../src/citation/format-chicago-note.js';
import { toCslItems, toCslJson, pagesWithoutPrefix, type CslItem } from '../../src/citation/to-csl-json.js';
import { toRis } from '../../src/citation/to-ris.js';
import { toBibtex, escapeBibtex } from '../../src/citation/to-bibtex.js';
import { exportCitations, CITATION_FORMATS, type CitationFormat } from '../../src/citation/export-citations.js';

const fullChapter = {
  title: 'Consequences of the Terror',
  author: 'Jana Nováková',
  book: 'Soviet Elites, 1935–1941',
  editor: 'Petr Dvořák',
  publisher: 'Academia',
  place: 'Prague',
  year: '2019',
  pages: 'pp. 201–240',
};
const erickson: Footnote = { number: 218, text: 'Erickson J., The Soviet High Command, pp. 488–489.', sources: [{ author: 'Erickson J.', title: 'The Soviet High Command', pages: 'pp. 488–489' }] };
const werth: Footnote = { number: 219, text: 'Werth N., Istoriya sovetskogo gosudarstva, pp. 287–288.', sources: [{ author: 'Werth N.', title: 'Istoriya sovetskogo gosudarstva', pages: 'pp. 287–288' }] };
const explanatory: Footnote = { number: 214, text: 'Until that point, there had been a 7-hour workday.', sources: [] };

describe('Chicago notes', () => {
  it('the chapter with every field: author, “title,” in book, ed., (place: publisher, year), pages', () => {
    expect(formatChapterNote(fullChapter)).to.equal('Jana Nováková, “Consequences of the Terror,” in Soviet Elites, 1935–1941, ed. Petr Dvořák (Prague: Academia, 2019), pp. 201–240');
  });

  it('the chapter with only a title: nothing added that the file does not give', () => {
    expect(formatChapterNote({ title: '7. Consequences of Mass Massacre of the Soviet Elites' })).to.equal('7. Consequences of Mass Massacre of the Soviet Elites');
    expect(formatChapterNote({ title: 'T', place: 'Prague', year: '2019' })).to.equal('T (Prague, 2019)');
  });

  it('a footnote: its sources as printed, then "cited in" the chapter with the footnote number', () => {
    expect(formatFootnoteNote(erickson, { title: 'Chapter 7' })).to.equal('Erickson J., The Soviet High Command, pp. 488–489, cited in Chapter 7, n. 218');
  });

  it('a footnote that names no source is the chapter’s own note', () => {
    expect(formatFootnoteNote(explanatory, { title: 'Chapter 7' })).to.equal('Chapter 7, n. 214');
  });

  it('an event with two footnotes: one note, citations separated by semicolons', () => {
    expect(formatChicagoNote({ footnotes: [erickson, werth] }, fullChapter)).to.equal(
      'Erickson J., The Soviet High Command, pp. 488–489, cited in Jana Nováková, “Consequences of the Terror,” in Soviet Elites, 1935–1941, ed. Petr Dvořák (Prague: Academia, 2019), pp. 201–240, n. 218; ' +
        'Werth N., Istoriya sovetskogo gosudarstva, pp. 287–288, cited in Jana Nováková, “Consequences of the Terror,” in Soviet Elites, 1935–1941, ed. Petr Dvořák (Prague: Academia, 2019), pp. 201–240, n. 219.',
    );
  });

  it('an event without footnotes cites the chapter and says it gives no source', () => {
    expect(formatChicagoNote({ footnotes: [] }, { title: 'Chapter 7' })).to.equal('Chapter 7 (the chapter gives no source for this).');
  });

  it('uses the words of the language it is given', () => {
    const russian = { citedIn: 'цит. по', noteAbbreviation: 'прим.', editedBy: 'под ред.', noSource: 'глава не указывает источника' };
    expect(formatChicagoNote({ footnotes: [erickson] }, { title: 'Глава 7', editor: 'П. Дворжак' }, russian)).to.equal(
      'Erickson J., The Soviet High Command, pp. 488–489, цит. по Глава 7, под ред. П. Дворжак, прим. 218.',
    );
  });
});

describe('CSL-JSON, RIS and BibTeX', () => {
  it('one item per source per footnote, after the chapter’s; pages without "p."/"pp."', () => {
    const items = toCslItems([werth, explanatory, erickson], { title: 'Chapter 7' });
    expect(items.map((item) => item.id)).to.deep.equal(['chapter', 'fn218-1', 'fn219-1']);
    expect(items[1]).to.deep.equal({
      id: 'fn218-1',
      type: 'book',
      title: 'The Soviet High Command',
      author: [{ literal: 'Erickson J.' }],
      page: '488–489',
      note: 'Cited in Chapter 7, n. 218',
    });
    expect(pagesWithoutPrefix('Vol. II, 741–748')).to.equal('Vol. II, 741–748');
  });

  it('the chapter item carries only the fields the file gives', () => {
    expect(toCslItems([], { title: 'Chapter 7' })).to.deep.equal([{ id: 'chapter', type: 'book', title: 'Chapter 7' }]);
    expect(toCslItems([], fullChapter)[0]).to.deep.equal({
      id: 'chapter',
      type: 'chapter',
      title: 'Consequences of the Terror',
      author: [{ literal: 'Jana Nováková' }],
      editor: [{ literal: 'Petr Dvořák' }],
      'container-title': 'Soviet Elites, 1935–1941',
      publisher: 'Academia',
      'publisher-place': 'Prague',
      issued: { 'date-parts': [[2019]] },
      page: '201–240',
    });
  });

  it('BibTeX escapes its special characters and keeps Unicode as printed', () => {
    expect(escapeBibtex('Tom & Jerry 50% {x} $ # _ ~ ^ \\')).to.equal('Tom \\& Jerry 50\\% \\{x\\} \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const text = toBibtex(toCslItems([erickson], { title: 'Sovětská armáda' }));
    expect(text).to.contain('@book{fn218-1,\n  author = {{Erickson J.}},\n  title = {{The Soviet High Command}},\n  pages = {488–489},');
    expect(text).to.contain('title = {{Sovětská armáda}}');
  });

  it('RIS writes one record per item, with CRLF line ends and an ER line', () => {
    const text = toRis(toCslItems([erickson], { title: 'Chapter 7' }));
    expect(text).to.equal(
      'TY  - BOOK\r\nID  - chapter\r\nTI  - Chapter 7\r\nER  - \r\n\r\n' +
        'TY  - BOOK\r\nID  - fn218-1\r\nAU  - Erickson J.\r\nTI  - The Soviet High Command\r\nSP  - 488–489\r\nN1  - Cited in Chapter 7, n. 218\r\nER  - \r\n',
    );
  });

  it('names the file after what it holds, with the format’s extension', () => {
    expect(exportCitations([erickson], { title: 'C' }, 'bibtex', 'munich-agreement-sources').filename).to.equal('munich-agreement-sources.bib');
    expect(exportCitations([erickson], { title: 'C' }, 'ris', 'Ünsafe/../name').filename).to.equal('nsafe-name.ris');
    expect(exportCitations([erickson], { title: 'C' }, 'csl-json', 'x').type).to.equal('application/vnd.citationstyles.csl+json');
  });
});

/** Citation.js's reading of an exported file (see parse-citations-plugin.mjs), as CSL-JSON. */
async function parseBack(format: CitationFormat, text: string): Promise<Record<string, unknown>[]> {
  const items = await executeServerCommand<Record<string, unknown>[], { format: CitationFormat; text: string }>('parse-citations', { format, text });
  if (!Array.isArray(items)) throw new Error(`parse-citations returned ${JSON.stringify(items)}`);
  return items;
}

const dashes = (text: unknown) => String(text ?? '').replace(/[–—]/g, '-');
const nameOf = (name: unknown) => {
  const { literal, family, given } = name as { literal?: string; family?: string; given?: string };
  return literal ?? [given, family].filter(Boolean).join(' ');
};

/** Every source of every footnote, found again in `parsed` with its author, title, pages and footnote number. */
function expectSameSources(parsed: Record<string, unknown>[], footnotes: Iterable<Footnote>, format: string): void {
  const byId = new Map(parsed.map((item) => [String(item['id']), item]));
  let count = 0;
  for (const footnote of footnotes) {
    footnote.sources.forEach((source, index) => {
      count += 1;
      const id = `fn${footnote.number}-${index + 1}`;
      const item = byId.get(id);
      expect(item, `${format}: ${id}`).to.exist;
      expect(item!['title'], `${format}: ${id} title`).to.equal(source.title);
      const authors = (item!['author'] as unknown[] | undefined)?.map(nameOf);
      expect(authors, `${format}: ${id} author`).to.deep.equal(source.author ? [source.author] : undefined);
      if (source.pages) expect(dashes(item!['page'] ?? item!['page-first']), `${format}: ${id} pages`).to.equal(dashes(pagesWithoutPrefix(source.pages)));
      expect(String(item!['note']), `${format}: ${id} note`).to.contain(`n. ${footnote.number}`);
      if (source.details) expect(String(item!['note']), `${format}: ${id} details`).to.contain(source.details);
    });
  }
  expect(parsed.length, `${format}: the chapter and ${count} sources`).to.equal(count + 1);
}

describe('exports parsed back with Citation.js', () => {
  const shipped = parseEvents(shippedFile);
  const chapter = shipped.source ?? { title: shipped.title ?? '' };

  for (const format of CITATION_FORMATS) {
    it(`${format}: every footnote's sources of the shipped file come back as printed`, async () => {
      const { text } = exportCitations(shipped.footnotes.values(), chapter, format, 'sources');
      expectSameSources(await parseBack(format, text), shipped.footnotes.values(), format);
    });
  }

  it('transliterated and Czech titles keep their letters and quotes in all three formats', async () => {
    const footnote: Footnote = {
      number: 207,
      text: '',
      sources: [{ author: 'Litera Bohuslav', title: 'Sovětská armáda a "Velký teror" 1937–1938', pages: 'pp. 239–266' }, { title: 'Zaklyataya družhba & co. 100%', pages: 'p. 1' }],
    };
    for (const format of CITATION_FORMATS) {
      const parsed = await parseBack(format, exportCitations([footnote], { title: 'C' }, format, 'x').text);
      expectSameSources(parsed, [footnote], format);
    }
  });

  it('the chapter’s bibliographic fields survive each format', async () => {
    const expected = toCslItems([], fullChapter)[0] as CslItem;
    for (const format of CITATION_FORMATS) {
      const [item] = await parseBack(format, exportCitations([], fullChapter, format, 'x').text);
      expect(item!['title'], format).to.equal(expected.title);
      expect(item!['container-title'], format).to.equal(expected['container-title']);
      expect(item!['publisher'], format).to.equal('Academia');
      expect(item!['publisher-place'], format).to.equal('Prague');
      expect((item!['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0], format).to.equal(2019);
      expect((item!['editor'] as unknown[]).map(nameOf), format).to.deep.equal(['Petr Dvořák']);
      expect((item!['author'] as unknown[]).map(nameOf), format).to.deep.equal(['Jana Nováková']);
    }
  });

  it('CSL-JSON is the items themselves', () => {
    const items = toCslItems([erickson, werth], fullChapter);
    expect(JSON.parse(toCslJson(items))).to.deep.equal(items);
  });
});
