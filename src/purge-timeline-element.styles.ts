import { css } from 'lit';
import { OVERVIEW_HOST_PX } from './overview/overview-size.js';
import { visuallyHidden } from './theme/visually-hidden.styles.js';

/*
 * The element's own rules. CSS comments would ship in the bundle (Lit's css`` is not minified),
 * so the reasons are here:
 * - Category colours, in legend order; override any of them on the element.
 * - The whole element, toolbar to status line; the timeline takes what the rest leaves. The small
 *   viewport height does not change as a phone's address bar comes and goes.
 * - A fixed height from the first paint: zooming, filtering, popovers and new data never move what
 *   is below the element. The host's own height (or block-size) wins when a page sets it.
 * - Colours (light and dark, derived from what a page sets) are src/theme/colour-tokens.styles.ts.
 * - Printing: src/list/print.styles.ts, adopted after these with the list (reader-parts.ts).
 * - Wide: everything in view, the "More" button unused.
 * - Narrow (a phone): symbols for the zoom and walk buttons, and the search and legend behind
 *   "More", opening over the timeline (so nothing below moves). One or two rows in all.
 * - An article column or narrower: search and legend behind "More".
 * - Buttons and the search box share one look.
 * - A row of its own, there before the categories arrive: the timeline below does not move.
 * - The overview band's place is held before the overview is defined (it comes with the engine),
 *   so the timeline above it does not shrink when the band arrives.
 * - The timeline (or the list) takes the height the other rows leave.
 * - vis-timeline's first drawings, under the preview: hidden, so their moves are no layout shift.
 * - Important: vis-timeline sets its root's visibility inline once it has a window.
 * - "Ctrl + scroll to zoom": a moment over the timeline after a plain wheel scrolled the page.
 * - Problems and notices arrive with the data: they lie over the top of the timeline, where they
 *   appear (absolute with no block offset keeps that place), and move nothing.
 * - Category colours on the items and legend.
 * - vis-timeline's axis, items and lanes: src/timeline/timeline-item.styles.ts, adopted with vis-timeline's own sheet.
 * - Until vis-timeline has drawn: the first events as cards over the timeline's area.
 * - Opaque: vis-timeline's first drawing, before its window is set, is underneath.
 */
export const elementStyles = css`
  :host {
    /* The colours and their defaults: src/theme/colour-tokens.styles.ts. */
    --purge-timeline-font: inherit;
    --purge-timeline-height: clamp(24rem, 85svh, 44rem);

    display: flex;
    flex-direction: column;
    block-size: var(--purge-timeline-height);
    container-type: inline-size;
    font-family: var(--purge-timeline-font);
    color: var(--purge-timeline-text);
    background: var(--purge-timeline-surface);
    contain: content;
  }

  :host([hidden]) {
    display: none;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
  }

  .toolbar {
    position: relative;
  }

  .more {
    display: contents;
  }

  .more-toggle,
  .narrow-label {
    display: none;
  }

  @container (max-width: 30rem) {
    .wide-label {
      display: none;
    }
    .narrow-label {
      display: inline;
    }
    .controls button {
      min-inline-size: 2.5rem;
      min-block-size: 2.25rem;
      padding-inline: 0.5rem;
    }
  }

  @container (max-width: 48rem) {
    .toolbar {
      gap: 0.25rem;
      padding-block: 0.25rem;
    }
    .controls {
      gap: 0.25rem 0.5rem;
    }
    .more-toggle {
      display: inline-block;
    }
    .more-toggle::after {
      content: ' ▾';
    }
    .more {
      display: none;
      position: absolute;
      inset-inline: 0;
      inset-block-start: 100%;
      z-index: 4;
      flex-direction: column;
      align-items: stretch;
      gap: 0.5rem;
      padding: 0.5rem;
      background: var(--purge-timeline-surface);
      border: 1px solid var(--purge-timeline-border);
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
    }
    .toolbar[data-more-open] .more {
      display: flex;
    }
    .search {
      min-inline-size: 0;
    }
    .more .legend {
      flex-basis: auto;
    }
  }

  .controls,
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  .controls {
    gap: 0.5rem 1rem;
  }

  button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--purge-timeline-focus-ring) 14%, var(--purge-timeline-surface));
    border-color: var(--purge-timeline-focus-ring);
  }

  button:disabled {
    opacity: 0.55;
    cursor: default;
  }

  .link-button {
    border: 0;
    padding: 0;
    background: none;
    font: inherit;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .notice {
    margin: 0.5rem 0;
    padding: 0.4rem 0.75rem;
    border-inline-start: 4px solid var(--purge-timeline-focus-ring);
    background: var(--purge-timeline-item-surface);
    font-size: 0.875rem;
  }

  [hidden] {
    display: none !important;
  }

  button,
  .search {
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    background: var(--purge-timeline-surface);
    border: 1px solid var(--purge-timeline-border);
    border-radius: 4px;
    padding: 0.25rem 0.6rem;
  }

  button {
    cursor: pointer;
  }

  button:hover {
    background: var(--purge-timeline-item-surface);
  }

  :focus-visible {
    outline: 3px solid var(--purge-timeline-focus-ring);
    outline-offset: 2px;
  }

  .legend {
    flex-basis: 100%;
    min-block-size: 1.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .legend li {
    display: flex;
    min-inline-size: 0;
  }

  .legend-toggle {
    display: flex;
    min-inline-size: 0;
    text-align: start;
    overflow-wrap: anywhere;
    align-items: center;
    gap: 0.35rem;
    border-color: transparent;
    padding: 0.15rem 0.4rem;
  }

  .legend-toggle[aria-pressed='true'] {
    background: none;
    border-color: transparent;
  }

  .legend-toggle[aria-pressed='false'] {
    color: var(--purge-timeline-muted);
    text-decoration: line-through;
  }

  .legend-toggle[aria-pressed='false'] .swatch {
    background: transparent;
    outline: 2px solid var(--category-colour);
    outline-offset: -2px;
  }

  .search {
    padding-inline: 0.5rem;
    min-inline-size: 14rem;
  }

  .swatch {
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 2px;
    background: var(--category-colour);
  }

  .toolbar,
  .message,
  .notice,
  purge-timeline-overview,
  .status {
    flex: none;
  }

  purge-timeline-overview:not(:defined) {
    display: block;
    block-size: ${OVERVIEW_HOST_PX}px;
  }

  .timeline-frame {
    position: relative;
    flex: 1 1 0;
    min-block-size: 8rem;
    display: flex;
    flex-direction: column;
  }

  .timeline.drawing,
  .timeline.drawing > .vis-timeline {
    visibility: hidden !important;
  }

  .timeline-frame:has(> .timeline[hidden]) {
    display: none;
  }

  .list {
    flex: 1 1 0;
    min-block-size: 0;
    max-block-size: none;
  }

  .wheel-hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    translate: -50% -50%;
    z-index: 3;
    padding: 0.4rem 0.8rem;
    border-radius: 4px;
    background: color-mix(in srgb, var(--purge-timeline-text) 82%, transparent);
    color: var(--purge-timeline-surface);
    font-size: 0.875rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }

  .wheel-hint[data-visible] {
    opacity: 1;
  }

  .popover-anchor {
    position: absolute;
    pointer-events: none;
    anchor-name: --purge-timeline-selected;
  }

  .timeline {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
    border-radius: 4px;
  }

  .status {
    overflow-wrap: anywhere;
    font-size: 0.875rem;
    color: var(--purge-timeline-muted);
    margin: 0.5rem 0 0;
  }

  .notice {
    position: absolute;
    inset-inline: 0;
    z-index: 5;
    box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
  }

  .visually-hidden {
    ${visuallyHidden}
  }

  .category-0 { --category-colour: var(--purge-timeline-category-0); }
  .category-1 { --category-colour: var(--purge-timeline-category-1); }
  .category-2 { --category-colour: var(--purge-timeline-category-2); }
  .category-3 { --category-colour: var(--purge-timeline-category-3); }
  .category-4 { --category-colour: var(--purge-timeline-category-4); }
  .category-5 { --category-colour: var(--purge-timeline-category-5); }
  .category-none { --category-colour: var(--purge-timeline-category-none); }

  .preview {
    position: absolute;
    inset: 0;
    background: var(--purge-timeline-surface);
    margin: 0;
    padding: 0.5rem;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 0.5rem;
    overflow: hidden;
  }

  .preview-event {
    padding: 2px 6px;
    border-inline-start: 3px solid var(--category-colour);
    background: var(--purge-timeline-item-surface);
  }

  .item-title {
    display: block;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-inline-size: 16rem;
  }

  .item-date {
    display: block;
    font-size: 0.75rem;
    color: var(--purge-timeline-muted);
  }
`;
