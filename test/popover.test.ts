import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import shippedFile from '../events.json';
import { parseEvents } from '../src/data/parse-events.js';
import { mountTimeline, shadow, query, itemTitleElement, centreOf, popover, isPopoverOpen, focused } from './support/timeline-fixture.js';

/**
 * The shipped chronology cut to the events these tests open: in a timeline of fixed height the
 * whole file stacks some of them below the visible rows (reaching those is tested in
 * test/focus/ and test/layout/), and a click must land on a title a reader can see.
 */
const OPENED = new Set(['munich-agreement', 'beria-proposed-for-nkvd', 'beria-starts-work-in-moscow', 'beria-appointed-by-politburo', 'relief-from-terror-autumn-1938']);
const openedEvents = { ...shippedFile, events: shippedFile.events.filter((event) => OPENED.has(event.id)) };

async function openByClick(id: string, attributes: Record<string, string> = { start: '1938-08-01', end: '1938-11-30' }, width = 1000) {
  const el = await mountTimeline({ attributes: { 'no-url-sync': '', ...attributes }, events: openedEvents, width });
  await sendMouse({ type: 'click', position: centreOf(itemTitleElement(el, id)) });
  await waitUntil(() => isPopoverOpen(el), `the popover of "${id}" opens`);
  return el;
}

const shipped = parseEvents(shippedFile);

describe('citation popover', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('opens on click with the title, the date, the footnotes and their sources as printed', async () => {
    const el = await openByClick('munich-agreement');
    const text = popover(el).textContent!.replace(/\s+/g, ' ');
    expect(query(el, '#popover-title').textContent).to.equal('Munich Agreement');
    expect(text).to.contain('29 September 1938');
    expect(text).to.contain('The chapter gives the exact day.');
    expect(text).to.contain('Footnote 219');
    expect(text).to.contain('Werth N., Istoriya sovetskogo gosudarstva, pp. 287–288');
    expect(text).to.contain('Foreign affairs');
  });

  it('spells out an approximate or partial date and shows the note where the chapter is vague', async () => {
    const el = await openByClick('beria-proposed-for-nkvd');
    const text = popover(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('mid-August 1938');
    expect(query(el, '.popover .precision').textContent).to.equal('The chapter gives only mid-August 1938.');
    expect(text).not.to.contain('mid-1938-08 (');
    expect(text).not.to.contain('(dated to:');
    expect(query(el, '.event-note').textContent).to.match(/Head Secretary/);
    expect(text).to.contain('Footnote 222');
  });

  it('is a dialog with an accessible name, focused when opened by click', async () => {
    const el = await openByClick('munich-agreement');
    expect(popover(el).getAttribute('role')).to.equal('dialog');
    expect(popover(el).getAttribute('aria-labelledby')).to.equal('popover-title');
    expect(focused(el)).to.equal(popover(el));
  });

  it('closes on Escape and gives focus back to the timeline', async () => {
    const el = await openByClick('munich-agreement');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isPopoverOpen(el), 'the popover closes');
    expect(focused(el)).to.equal(query(el, '[part="timeline"]'));
    expect(el.selected).to.equal(undefined);
  });

  it('closes with its close button and with a click outside', async () => {
    const el = await openByClick('munich-agreement');
    query<HTMLButtonElement>(el, '.popover .close').click();
    await waitUntil(() => !isPopoverOpen(el), 'closed by the button');
    await sendMouse({ type: 'click', position: centreOf(itemTitleElement(el, 'munich-agreement')) });
    await waitUntil(() => isPopoverOpen(el), 'open again');
    await sendMouse({ type: 'click', position: [5, 5] });
    await waitUntil(() => !isPopoverOpen(el), 'closed by a click outside');
  });

  it('shows one popover at a time: opening another event replaces it', async () => {
    const el = await openByClick('munich-agreement');
    // Another event whose title the open popover does not cover.
    const box = popover(el).getBoundingClientRect();
    const candidates = ['beria-proposed-for-nkvd', 'beria-starts-work-in-moscow', 'beria-appointed-by-politburo', 'relief-from-terror-autumn-1938'];
    const other = candidates.find((id) => {
      const [x, y] = centreOf(itemTitleElement(el, id));
      return x < box.left || x > box.right || y < box.top || y > box.bottom;
    })!;
    await sendMouse({ type: 'click', position: centreOf(itemTitleElement(el, other)) });
    await waitUntil(() => isPopoverOpen(el) && el.selected === other, 'the second popover is open');
    expect(shadow(el).querySelectorAll('.popover').length).to.equal(1);
    expect(shadow(el).querySelectorAll('.popover:popover-open').length).to.equal(1);
    expect(query(el, '#popover-title').textContent).to.contain('Beria');
  });

  it('stays inside the viewport next to an item at the right edge', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await openByClick('beria-appointed-by-politburo', { start: '1938-06-01', end: '1938-08-25' }, 980);
    const box = popover(el).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });

  it('becomes a sheet along the bottom on a narrow screen', async () => {
    await setViewport({ width: 400, height: 700 });
    const el = await openByClick('munich-agreement', { start: '1938-09-20', end: '1938-10-10' }, 380);
    const box = popover(el).getBoundingClientRect();
    expect(box.width).to.be.closeTo(document.documentElement.clientWidth, 1);
    expect(box.bottom).to.be.closeTo(window.innerHeight, 1);
  });

  it('"Copy link" copies a link to the event and says so', async () => {
    const el = await openByClick('munich-agreement');
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      query<HTMLButtonElement>(el, '[data-action="copy-link"]').click();
      await waitUntil(() => query(el, '.copy-feedback').textContent === 'Copied.', 'feedback');
    } finally {
      navigator.clipboard.writeText = original;
    }
    const link = new URL(copied[0]!);
    expect(link.searchParams.get('purge-timeline')).to.equal('munich-agreement');
    expect(link.searchParams.get('purge-timeline-view')).to.match(/^1938-\d\d-\d\d\/1938-\d\d-\d\d$/);
  });

  it('"Copy citation" copies a full note in Chicago style: each source, then "cited in" the chapter and the footnote number', async () => {
    const el = await openByClick('munich-agreement');
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      query<HTMLButtonElement>(el, '[data-action="copy-citation"]').click();
      await waitUntil(() => copied.length === 1, 'copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
    // Built from the shipped footnotes of the event, so it follows their content.
    const munich = shipped.events.find((event) => event.id === 'munich-agreement')!;
    const chapter = shipped.source!.title;
    const notes = munich.footnotes.map((footnote) => `${footnote.sources.map((s) => [s.author, s.title, s.details, s.pages].filter(Boolean).join(', ')).join('; ')}, cited in ${chapter}, n. ${footnote.number}`);
    expect(copied[0]).to.equal(`${notes.join('; ')}.`);
    expect(copied[0]).to.contain('Werth N., Istoriya sovetskogo gosudarstva, pp. 287–288, cited in 7. Consequences of Mass Massacre of the Soviet Elites, n. 219');
  });

  it('passes axe with the popover open', async () => {
    const el = await openByClick('munich-agreement');
    await expect(el).to.be.accessible();
  });
});
