/**
 * What the reader has filtered by: the search words, the hidden categories and "stated only".
 * Typing waits for a pause (every change redraws the timeline); every change is reported to the
 * element, which recomputes what is shown, writes the URL and says how many events remain.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventFilter } from './filter-events.js';

const SEARCH_DELAY_MS = 250;

/** Which control changed the filter (for the sentence the live region says). */
export type FilterChange = { readonly kind: 'category'; readonly label: string; readonly shown: boolean } | { readonly kind: 'stated' } | { readonly kind: 'search' } | { readonly kind: 'link' };

/** The filter as the URL keeps it: only what differs from "everything shown". */
export interface FilterUrlState {
  readonly query?: string;
  readonly hidden?: readonly string[];
  readonly stated?: boolean;
}

export class FilterController implements ReactiveController, EventFilter {
  query = '';
  hiddenCategories: ReadonlySet<string> = new Set();
  statedOnly = false;
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: (change: FilterChange) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }

  /** Shows or hides a category's events; `label` names it in what the live region says. */
  toggleCategory(id: string, label: string): void {
    const hidden = new Set(this.hiddenCategories);
    const shown = hidden.delete(id);
    if (!shown) hidden.add(id);
    this.hiddenCategories = hidden;
    this.report({ kind: 'category', label, shown });
  }

  toggleStatedOnly(): void {
    this.statedOnly = !this.statedOnly;
    this.report({ kind: 'stated' });
  }

  /** The search box's text, applied after a pause in typing. */
  search(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.query = value;
      this.report({ kind: 'search' });
    }, SEARCH_DELAY_MS);
  }

  /** The filter a link names; reported only when it differs from the current one. */
  applyLink(link: FilterUrlState): void {
    const query = link.query ?? '';
    const hidden = new Set(link.hidden ?? []);
    if (query === this.query && [...hidden].join() === [...this.hiddenCategories].join() && !!link.stated === this.statedOnly) return;
    this.query = query;
    this.hiddenCategories = hidden;
    this.statedOnly = !!link.stated;
    this.report({ kind: 'link' });
  }

  get urlState(): FilterUrlState {
    return {
      ...(this.query && { query: this.query }),
      ...(this.hiddenCategories.size && { hidden: [...this.hiddenCategories] }),
      ...(this.statedOnly && { stated: true }),
    };
  }

  private report(change: FilterChange): void {
    this.changed(change);
    this.host.requestUpdate();
  }
}
