/** The toolbar: zoom, previous/next, list view, search and the legend's category toggles. */
import { html, nothing } from 'lit';
import type { Category } from '../types.js';
import type { Messages } from '../i18n/messages.js';

export interface ToolbarContext {
  readonly messages: Messages;
  readonly categories: readonly Category[];
  readonly hiddenCategories: ReadonlySet<string>;
  readonly query: string;
  /** The list replaces the timeline: zooming makes no sense then. */
  readonly showingList: boolean;
  /** vis-timeline could not draw: the list is all there is. */
  readonly listOnly: boolean;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onShowAll: () => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onToggleList: () => void;
  readonly onSearchInput: (event: InputEvent) => void;
  readonly onToggleCategory: (category: Category) => void;
  /** More filters beside the search: the "firmly stated only" toggle (src/filter/render-certainty-filter.ts). */
  readonly moreFilters?: unknown;
}

/** A button's words, and the symbol that stands for them on a narrow toolbar (the words stay its name). */
function label(words: string, symbol: string) {
  return html`<span class="wide-label">${words}</span><span class="narrow-label" aria-hidden="true">${symbol}</span>`;
}

/**
 * On a narrow element (a phone) the "More" button opens the search and legend over the timeline,
 * so the toolbar keeps to one or two rows. Kept in the DOM (not in the element's state): the
 * toolbar is re-rendered without touching it.
 */
function toggleMore(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  setMoreOpen(button, button.getAttribute('aria-expanded') !== 'true');
}

function setMoreOpen(button: HTMLButtonElement, open: boolean): void {
  const toolbar = button.closest('.toolbar');
  button.setAttribute('aria-expanded', String(open));
  toolbar?.toggleAttribute('data-more-open', open);
  if (open) toolbar?.querySelector<HTMLElement>('.search')?.focus();
}

function closeMoreOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const button = (event.currentTarget as HTMLElement).closest('.toolbar')?.querySelector<HTMLButtonElement>('.more-toggle');
  if (!button || button.getAttribute('aria-expanded') !== 'true') return;
  event.stopPropagation();
  setMoreOpen(button, false);
  button.focus();
}

export function renderToolbar(context: ToolbarContext) {
  const { messages, showingList } = context;
  return html`<div class="toolbar" part="toolbar">
    <div class="controls">
      <div class="button-group" role="group" aria-label=${messages.zoomGroup}>
        <button type="button" data-action="zoom-in" aria-label=${messages.zoomIn} ?disabled=${showingList} @click=${context.onZoomIn}>${label(messages.zoomIn, '+')}</button>
        <button type="button" data-action="zoom-out" aria-label=${messages.zoomOut} ?disabled=${showingList} @click=${context.onZoomOut}>${label(messages.zoomOut, '−')}</button>
        <button type="button" data-action="show-all" aria-label=${messages.showAll} ?disabled=${showingList} @click=${context.onShowAll}>${label(messages.showAll, '↔')}</button>
      </div>
      <div class="button-group">
        <button type="button" data-action="previous" aria-label=${messages.previousEvent} @click=${context.onPrevious}>${label(`‹ ${messages.previousEvent}`, '‹')}</button>
        <button type="button" data-action="next" aria-label=${messages.nextEvent} @click=${context.onNext}>${label(`${messages.nextEvent} ›`, '›')}</button>
      </div>
      <button type="button" data-action="list" aria-pressed=${showingList ? 'true' : 'false'} ?disabled=${context.listOnly} @click=${context.onToggleList}>
        ${messages.listView}
      </button>
      <button type="button" class="more-toggle" data-action="more" aria-expanded="false" aria-controls="toolbar-more" @click=${toggleMore}>
        ${messages.moreControls}
      </button>
    </div>
    <div class="more" id="toolbar-more" @keydown=${closeMoreOnEscape}>
    <input
      class="search"
      part="search"
      type="search"
      .value=${context.query}
      aria-label=${messages.findLabel}
      placeholder=${messages.findPlaceholder}
      @input=${context.onSearchInput}
    />
    ${context.moreFilters ?? nothing}
    <ul class="legend" part="legend" aria-label=${messages.categories} aria-describedby="legend-hint">
      ${context.categories.map(
        (category, index) =>
          html`<li class="category-${index}">
            <button
              type="button"
              class="legend-toggle"
              data-category=${category.id}
              aria-pressed=${context.hiddenCategories.has(category.id) ? 'false' : 'true'}
              @click=${() => context.onToggleCategory(category)}
            ><span class="swatch" aria-hidden="true"></span>${category.label}</button>
          </li>`,
      )}
    </ul>
    <p id="legend-hint" class="visually-hidden">${messages.categoryToggleHint}</p>
    </div>
  </div>`;
}
