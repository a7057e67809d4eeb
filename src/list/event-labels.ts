/**
 * What the element writes for an event wherever it shows one (preview, timeline, popover, list,
 * live region): its date in the element's language, kept per event (the timeline asks for every
 * item on every update) until the language changes, and the class that gives it its category's
 * colour, from the file's category order, never from the data's text.
 */
import type { TimelineEvent } from '../types.js';
import type { Language } from '../i18n/language.js';

export class EventLabels {
  private dates = new WeakMap<TimelineEvent, string>();
  private categoryIndex = new Map<string, number>();

  constructor(private readonly language: () => Language) {}

  /** The file's categories, in legend order (new data). */
  setCategories(categories: readonly { readonly id: string }[]): void {
    this.categoryIndex = new Map(categories.map((category, index) => [category.id, index]));
  }

  /** The language changed: dates are written again. */
  clearDates(): void {
    this.dates = new WeakMap();
  }

  /** "29 September 1938", "mid-1938 – 1939": the event's dates at their precision. */
  date(event: TimelineEvent): string {
    let label = this.dates.get(event);
    if (label === undefined) {
      label = this.language().dateRange(event.date, event.end);
      this.dates.set(event, label);
    }
    return label;
  }

  /** The position of the event's category in the legend, or -1 when the file does not define it. */
  categoryIndexOf(event: TimelineEvent): number {
    return this.categoryIndex.get(event.category.id) ?? -1;
  }

  /** `category-0` … or `category-none`. */
  categoryClass(event: TimelineEvent): string {
    const index = this.categoryIndexOf(event);
    return `category-${index >= 0 ? index : 'none'}`;
  }
}
