/**
 * Lanes: one horizontal band per category (vis-timeline's groups), each stacking its own events.
 * Only the categories with an event shown get a lane, so hiding a category in the legend (or a
 * search that leaves it empty) takes its lane away and gives the others the room.
 */
import type { Category } from '../types.js';
import type { TimelineItem } from './to-timeline-items.js';

/** How the events are laid out: a lane per category, or one stacked band. */
export type TimelineLayout = 'lanes' | 'stacked';

export interface Lane {
  /** The same as its items' `group`: `category-0` …, or `category-none` for unknown categories. */
  readonly id: string;
  /** The category's label (text, written as a text node by the lane template). */
  readonly label: string;
  /** Legend order. */
  readonly order: number;
  /** Our own class names only: the lane's colour. */
  readonly className: string;
  /** Always empty: the `groupTemplate` option draws the label as DOM. */
  readonly content: '';
}

/**
 * The attribute's value as a layout: `lanes`, or one stacked band for anything else. One band is
 * the default: in a timeline of fixed height, lanes put the first categories on the first screen
 * and scroll the rest out of sight (vis-timeline does not even draw a lane scrolled out), while
 * one band shows the first view's events of every category at once, in date order.
 */
export function parseLayout(value: string | null | undefined): TimelineLayout {
  return value?.trim().toLowerCase() === 'lanes' ? 'lanes' : 'stacked';
}

/**
 * The lanes for `items`, in legend order; `otherLabel` names the lane of events whose category
 * the file does not define. The same array is returned while the lanes are the same, so callers
 * can compare by identity.
 */
export function lanesFor(items: readonly TimelineItem[], categories: readonly Category[], otherLabel: string, previous?: readonly Lane[]): readonly Lane[] {
  const used = new Set(items.map((item) => item.group));
  const lanes: Lane[] = [];
  categories.forEach((category, index) => {
    const id = `category-${index}`;
    if (used.has(id)) lanes.push({ id, label: category.label, order: index, className: id, content: '' });
  });
  if (used.has('category-none')) lanes.push({ id: 'category-none', label: otherLabel, order: categories.length, className: 'category-none', content: '' });
  const same = previous && previous.length === lanes.length && previous.every((lane, index) => lane.id === lanes[index]!.id && lane.label === lanes[index]!.label);
  return same ? previous : lanes;
}

/** Writes a lane's label into the element vis-timeline gives: a colour swatch and the label as text. */
export function renderLaneLabel(element: HTMLElement, lane: Lane): void {
  const existing = element.firstElementChild as HTMLElement | null;
  if (existing?.dataset['lane'] === lane.id && existing.textContent === lane.label) return;
  const body = document.createElement('span');
  body.className = 'lane-label';
  body.dataset['lane'] = lane.id;
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = 'lane-text';
  text.textContent = lane.label;
  body.append(swatch, text);
  element.replaceChildren(body);
}
