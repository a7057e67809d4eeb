/**
 * Writes an item's content into the element vis-timeline gives: a title and its date, as text
 * nodes (nothing from the data is ever parsed as HTML). Plain DOM rather than a Lit template: at
 * 1,000 items Lit's marker comments and template instances doubled the nodes the browser lays
 * out. vis-timeline calls it twice per update; the second call finds the content in place.
 */
export function renderItemContent(element: HTMLElement, id: string, title: string, date: string): void {
  const existing = element.firstElementChild as HTMLElement | null;
  if (existing?.dataset['eventId'] === id && existing.dataset['date'] === date && existing.firstElementChild?.textContent === title) return;

  const body = itemBody(title, date);
  body.dataset['eventId'] = id;
  body.dataset['date'] = date;
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
