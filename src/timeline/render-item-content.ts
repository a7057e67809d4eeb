/**
 * Writes an item's content into the element vis-timeline gives: a title and its date, as text
 * nodes (nothing from the data is ever parsed as HTML). Plain DOM rather than a Lit template: at
 * 1,000 items Lit's marker comments and template instances doubled the nodes the browser lays
 * out. vis-timeline calls it twice per update; the second call finds the content in place.
 */

/** A mark for what the chapter does not state firmly: its level and the words a screen reader says. */
export interface CertaintyMark {
  readonly level: 'hedged' | 'disputed';
  /** e.g. "the source hedges this"; also the mark's tooltip. */
  readonly label: string;
}

/** The glyph each level shows; the words are in the visually hidden text and the tooltip. */
const MARK_GLYPHS: Readonly<Record<CertaintyMark['level'], string>> = { hedged: '?', disputed: '?!' };

export function renderItemContent(element: HTMLElement, id: string, title: string, date: string, mark?: CertaintyMark): void {
  const existing = element.firstElementChild as HTMLElement | null;
  const markKey = mark ? `${mark.level}:${mark.label}` : '';
  if (
    existing?.dataset['eventId'] === id &&
    existing.dataset['date'] === date &&
    (existing.dataset['mark'] ?? '') === markKey &&
    existing.firstElementChild?.textContent === title
  )
    return;

  const body = itemBody(title, date);
  body.dataset['eventId'] = id;
  body.dataset['date'] = date;
  if (mark) {
    body.dataset['mark'] = markKey;
    body.classList.add('with-certainty');
    // Beside the title, which is always shown (the date appears only on hover and selection).
    body.insertBefore(certaintyMark(mark), body.lastElementChild);
  }
  // The full title on hover where the box cuts it short.
  (body.firstElementChild as HTMLElement).title = title;
  element.replaceChildren(body);
}

/** A cluster's content: how many events it holds and the span they cover, as text nodes. */
export function renderClusterContent(element: HTMLElement, title: string, span: string): void {
  const body = itemBody(title, span);
  body.classList.add('cluster-body');
  element.replaceChildren(body);
}

/**
 * `<span class="item-certainty certainty-hedged" title="the source hedges this"><span aria-hidden="true">?</span>
 * <span class="visually-hidden">(the source hedges this)</span></span>`: seen as a glyph, heard as words.
 */
export function certaintyMark(mark: CertaintyMark): HTMLSpanElement {
  const wrapper = document.createElement('span');
  wrapper.className = `item-certainty certainty-${mark.level}`;
  wrapper.title = mark.label;
  const glyph = document.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = MARK_GLYPHS[mark.level];
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = `(${mark.label})`;
  wrapper.append(glyph, words);
  return wrapper;
}

/** `<span class="item-body"><span class="item-title">…</span><span class="item-date">…</span></span>` */
function itemBody(title: string, date: string): HTMLSpanElement {
  const body = document.createElement('span');
  body.className = 'item-body';
  const titleElement = document.createElement('span');
  titleElement.className = 'item-title';
  titleElement.textContent = title;
  const dateElement = document.createElement('span');
  dateElement.className = 'item-date';
  dateElement.textContent = date;
  body.append(titleElement, dateElement);
  return body;
}
