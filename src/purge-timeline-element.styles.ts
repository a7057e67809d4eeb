import { css } from 'lit';

export const elementStyles = css`
  :host {
    /* The colours and their defaults: src/theme/colour-tokens.styles.ts. */
    --purge-timeline-font: inherit;

    display: block;
    font-family: var(--purge-timeline-font);
    color: var(--purge-timeline-text);
    background: var(--purge-timeline-surface);
    contain: content;
  }

  :host([hidden]) {
    display: none;
  }

  /* Printing: the list with dates and citations, not a cropped canvas. */
  @media print {
    .toolbar,
    .timeline-frame,
    purge-timeline-overview,
    .popover,
    .status {
      display: none !important;
    }
    .list {
      max-block-size: none;
      overflow: visible;
      border: 0;
    }
    .list-event {
      break-inside: avoid;
    }
    .footnote-text[open] summary,
    .footnote-text summary {
      display: none;
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
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

  /* Buttons and the search box share one look. */
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

  .timeline-frame {
    position: relative;
  }

  .popover-anchor {
    position: absolute;
    pointer-events: none;
    anchor-name: --purge-timeline-selected;
  }

  .timeline {
    position: relative;
    min-block-size: 12rem;
    border-radius: 4px;
  }

  .status {
    overflow-wrap: anywhere;
    font-size: 0.875rem;
    color: var(--purge-timeline-muted);
    margin: 0.5rem 0 0;
  }

  .message {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b3261e;
    border-radius: 4px;
    background: #fdf3f2;
    color: #5c120d;
    font-size: 0.875rem;
  }

  .message li {
    overflow-wrap: anywhere;
  }

  .message ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-block-size: 10rem;
    overflow: auto;
  }

  .message .dismiss {
    float: right;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Category colours on the items and legend. */
  .category-0 { --category-colour: var(--purge-timeline-category-0); }
  .category-1 { --category-colour: var(--purge-timeline-category-1); }
  .category-2 { --category-colour: var(--purge-timeline-category-2); }
  .category-3 { --category-colour: var(--purge-timeline-category-3); }
  .category-4 { --category-colour: var(--purge-timeline-category-4); }
  .category-5 { --category-colour: var(--purge-timeline-category-5); }
  .category-none { --category-colour: var(--purge-timeline-category-none); }

  /* vis-timeline's items, restyled. */
  .vis-timeline {
    border-color: var(--purge-timeline-border);
    font-family: var(--purge-timeline-font);
  }

  .vis-time-axis .vis-text {
    color: var(--purge-timeline-muted);
  }

  .vis-item {
    color: var(--purge-timeline-text);
    border-color: var(--category-colour);
    background-color: var(--purge-timeline-item-surface);
    font-size: 0.8125rem;
  }

  .vis-item.vis-range {
    border-width: 0 0 0 4px;
    border-radius: 2px;
    background: color-mix(in srgb, var(--category-colour) 14%, var(--purge-timeline-item-surface));
  }

  /* An end the text does not date to the day fades out: the bar does not claim a precise edge. */
  .vis-item.vis-range.uncertain-start {
    border-left-width: 0;
    background: linear-gradient(to right, transparent, color-mix(in srgb, var(--category-colour) 18%, var(--purge-timeline-item-surface)) 2.5rem);
  }
  .vis-item.vis-range.uncertain-end {
    background: linear-gradient(to left, transparent, color-mix(in srgb, var(--category-colour) 18%, var(--purge-timeline-item-surface)) 2.5rem);
  }
  .vis-item.vis-range.uncertain-start.uncertain-end {
    background: linear-gradient(to right, transparent, color-mix(in srgb, var(--category-colour) 18%, var(--purge-timeline-item-surface)) 2.5rem, color-mix(in srgb, var(--category-colour) 18%, var(--purge-timeline-item-surface)) calc(100% - 2.5rem), transparent);
  }

  .vis-item.vis-point .vis-dot {
    border-color: var(--category-colour);
    background: var(--category-colour);
  }

  /* A point for a month or part of one: hollow, since the day is not known. */
  .vis-item.vis-point.imprecise .vis-dot {
    background: var(--purge-timeline-surface);
    border-style: solid;
  }

  .vis-item.vis-point.approximate .vis-dot,
  .vis-item.vis-range.approximate {
    border-style: dashed;
  }

  .vis-item.vis-selected,
  .vis-item.vis-point.vis-selected {
    border-color: var(--purge-timeline-focus-ring);
    background-color: color-mix(in srgb, var(--purge-timeline-focus-ring) 12%, var(--purge-timeline-surface));
  }

  /* Many events too close together to draw one by one (large files only): click to zoom in. */
  .vis-item.vis-cluster {
    border-color: var(--purge-timeline-muted);
    border-style: double;
    border-width: 3px;
    background: var(--purge-timeline-item-surface);
    color: var(--purge-timeline-text);
    cursor: zoom-in;
  }

  /* The open event stands out when the timeline has keyboard focus. */
  .timeline:focus-visible .vis-item.vis-selected {
    outline: 3px solid var(--purge-timeline-focus-ring);
    outline-offset: 2px;
  }

  .vis-item .vis-item-content {
    padding: 2px 6px;
    max-inline-size: 16rem;
  }

  /* Until vis-timeline has drawn: the first events as cards over the timeline's area. */
  .preview {
    position: absolute;
    inset: 0;
    /* Opaque: vis-timeline's first drawing, before its window is set, is underneath. */
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
