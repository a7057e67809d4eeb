/**
 * Eras → vis-timeline background items: bands from the first day of an era's start to the end
 * of its last date, drawn behind the lanes with their label at the top. Their ids carry a prefix
 * no event id can have (event ids are `[a-z0-9-]+`), so the element can tell them apart.
 */
import type { Era } from './era.js';

/** As vis-timeline takes a background item; only our own class names, never text from the data. */
export interface EraItem {
  readonly id: string;
  readonly type: 'background';
  readonly start: Date;
  readonly end: Date;
  readonly className: string;
  /** Always empty: the `template` option draws the label as DOM (`renderEraContent`). */
  readonly content: '';
}

const ERA_PREFIX = 'era:';
/** Neighbouring eras alternate between this many tints. */
const ERA_TINTS = 2;

export function eraItemId(era: Pick<Era, 'id'>): string {
  return `${ERA_PREFIX}${era.id}`;
}

/** The era id of a background item's id, or `undefined` for an event's. */
export function eraIdOf(itemId: string): string | undefined {
  return itemId.startsWith(ERA_PREFIX) ? itemId.slice(ERA_PREFIX.length) : undefined;
}

/**
 * @example
 * toEraItems([{ id: 'mass-terror', label: 'The mass terror', date: parsePartialDate('1937'), end: parsePartialDate('1938'), footnotes: [] }])
 * //=> [{ id: 'era:mass-terror', type: 'background', start: 1937-01-01, end: 1939-01-01, className: 'era era-tint-0', content: '' }]
 */
export function toEraItems(eras: readonly Era[]): EraItem[] {
  return eras.map((era, index) => ({
    id: eraItemId(era),
    type: 'background',
    start: era.date.start,
    end: era.end.end,
    className: `era era-tint-${index % ERA_TINTS}`,
    content: '',
  }));
}

/** An era's label as a text node in the element vis-timeline gives its background item. */
export function renderEraContent(element: HTMLElement, label: string): void {
  const existing = element.firstElementChild;
  if (existing?.classList.contains('era-label') && existing.textContent === label) return;
  const span = document.createElement('span');
  span.className = 'era-label';
  span.textContent = label;
  element.replaceChildren(span);
}
