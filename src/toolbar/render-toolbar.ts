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

export function renderToolbar(context: ToolbarContext) {
  const { messages, showingList } = context;
  return html`<div class="toolbar" part="toolbar">
    <div class="controls">
      <div class="button-group" role="group" aria-label=${messages.zoomGroup}>
        <button type="button" data-action="zoom-in" ?disabled=${showingList} @click=${context.onZoomIn}>${messages.zoomIn}</button>
        <button type="button" data-action="zoom-out" ?disabled=${showingList} @click=${context.onZoomOut}>${messages.zoomOut}</button>
        <button type="button" data-action="show-all" ?disabled=${showingList} @click=${context.onShowAll}>${messages.showAll}</button>
      </div>
      <div class="button-group">
        <button type="button" data-action="previous" @click=${context.onPrevious}>‹ ${messages.previousEvent}</button>
        <button type="button" data-action="next" @click=${context.onNext}>${messages.nextEvent} ›</button>
      </div>
      <button type="button" data-action="list" aria-pressed=${showingList ? 'true' : 'false'} ?disabled=${context.listOnly} @click=${context.onToggleList}>
        ${messages.listView}
      </button>
    </div>
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
  </div>`;
}
