/**
 * Test helpers: mount a `<purge-timeline>`, wait until vis-timeline has drawn, and read what a
 * user sees. Queries throw a descriptive error instead of returning null (material-web style).
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PurgeTimelineElement } from '../../src/purge-timeline-element.js';
import type { EventsFile } from '../../src/types.js';
import { settledWindow } from './settled-window.js';

export interface MountOptions {
  events?: unknown;
  src?: string;
  attributes?: Record<string, string>;
  width?: number;
}

/** Mounts the element and waits for its first drawing. */
export async function mountTimeline(options: MountOptions = {}): Promise<PurgeTimelineElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px"></div>`);
  const el = document.createElement('purge-timeline');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.src) el.src = options.src;
  if (options.events) el.events = options.events as EventsFile;
  wrapper.append(el);
  await el.timelineReady;
  return el;
}

export function shadow(el: PurgeTimelineElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<purge-timeline> has no shadow root');
  return el.shadowRoot;
}

export function query<T extends Element = HTMLElement>(el: PurgeTimelineElement, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`No "${selector}" in <purge-timeline>'s shadow root`);
  return found;
}

/** The titles of the items vis-timeline has put in the DOM. */
export function itemTitles(el: PurgeTimelineElement): string[] {
  return [...shadow(el).querySelectorAll('.vis-item-content .item-title')].map((node) => node.textContent ?? '');
}

/** The date label of the item with this title. */
export function itemDateLabel(el: PurgeTimelineElement, title: string): string {
  const content = [...shadow(el).querySelectorAll('.vis-item-content')].find((node) => node.querySelector('.item-title')?.textContent === title);
  if (!content) throw new Error(`No item titled "${title}" on the timeline; items: ${itemTitles(el).join(', ')}`);
  return content.querySelector('.item-date')?.textContent ?? '';
}

/** Waits until the visible window stops moving (animations, throttled redraws). */
export async function windowSettled(el: PurgeTimelineElement): Promise<{ start: Date; end: Date }> {
  const { start, end } = await settledWindow(el);
  return { start: new Date(start), end: new Date(end) };
}

export const DAY_MS = 86_400_000;

/** The vis-timeline element drawn for an event, found through the id our item template writes. */
export function itemElement(el: PurgeTimelineElement, id: string): HTMLElement {
  const body = shadow(el).querySelector(`[data-event-id="${CSS.escape(id)}"]`);
  const item = body?.closest<HTMLElement>('.vis-item');
  if (!item) throw new Error(`The event "${id}" is not drawn on the timeline`);
  return item;
}

/** Where a person clicks an event: the middle of its title on the timeline. */
export function itemTitleElement(el: PurgeTimelineElement, id: string): HTMLElement {
  const title = itemElement(el, id).querySelector<HTMLElement>('.item-title');
  if (!title) throw new Error(`The event "${id}" has no title on the timeline`);
  return title;
}

/**
 * The centre of an element in viewport coordinates, for real mouse input; scrolls the page
 * (only the page: vis-timeline's own panels must not scroll) so the element is on screen.
 */
export function centreOf(element: Element): [number, number] {
  const before = element.getBoundingClientRect();
  if (before.top < 0 || before.bottom > window.innerHeight) window.scrollBy(0, before.top - window.innerHeight / 2);
  const box = element.getBoundingClientRect();
  // Only the part on screen: a title near the edge may run past it.
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, document.documentElement.clientWidth);
  return [Math.round((left + right) / 2), Math.round(box.y + box.height / 2)];
}

export function popover(el: PurgeTimelineElement): HTMLElement {
  return query(el, '[part="popover"]');
}

export function isPopoverOpen(el: PurgeTimelineElement): boolean {
  return popover(el).matches(':popover-open');
}

/** The element that has focus, looking through the shadow root. */
export function focused(el: PurgeTimelineElement): Element | null {
  return shadow(el).activeElement;
}
