/**
 * Writes an item's content into the element vis-timeline gives: a title and its date, as text
 * nodes (nothing from the data is ever parsed as HTML). Plain DOM rather than a Lit template: at
 * 1,000 items Lit's marker comments and template instances doubled the nodes the browser lays
 * out. vis-timeline calls it twice per update; the second call finds the content in place.
 */
export function renderItemContent(element: HTMLElement, id: string, title: string, date: string): void {
  const existing = element.firstElementChild as HTMLElement | null;
  if (existing?.dataset['eventId'] === id && existing.dataset['date'] === date && existing.firstElementChild?.textContent === title) return;

  const body = document.createElement('span');
  body.className = 'item-body';
  body.dataset['eventId'] = id;
  body.dataset['date'] = date;
  const titleElement = document.createElement('span');
  titleElement.className = 'item-title';
  titleElement.title = title;
  titleElement.textContent = title;
  const dateElement = document.createElement('span');
  dateElement.className = 'item-date';
  dateElement.textContent = date;
  body.append(titleElement, dateElement);
  element.replaceChildren(body);
}
