import { css } from 'lit';
import { visuallyHidden } from '../theme/visually-hidden.styles.js';

/*
 * How the element restyles what vis-timeline draws: its axis, items and lanes. Needed only once
 * vis-timeline has drawn, so these rules come with the engine chunk and are adopted together with
 * vis-timeline's own sheet, after it (vis-timeline.styles.ts), and before the element's other
 * rules, which never style the same things with the same specificity. CSS comments would ship in
 * the bundle (Lit's css`` is not minified), so the reasons are here:
 * - Whole titles in little width: they wrap rather than run past the view's edge.
 * - Whole years on the axis: vis-timeline spaces labels by the width it measures for a digit.
 * - vis-timeline's items, restyled.
 * - An end the text does not date to the day fades out: the bar does not claim a precise edge.
 * - A point for a month or part of one: hollow, since the day is not known.
 * - Many events too close together to draw one by one (large files only): click to zoom in.
 * - The open event stands out when the timeline has keyboard focus.
 * - Whole titles, on one line: a title is never cut (up to 30rem, beyond any real title: a
 *   100,000-character one must not make an item as wide as a city), and runs on past a bar too short for it
 *   (vis-timeline then counts its width when stacking, so it overlaps nothing). The date is on the
 *   axis; the item shows it under the title when hovered or selected, without growing (which would
 *   stack everything again).
 * - Hovered, selected or pointed at by the keyboard: the item comes to the front, whole.
 * - Lane labels: the category's colour and name.
 * - Narrow: a lane's swatch only (the legend names the colours), so the time axis keeps the width.
 */
export const timelineItemStyles = css`
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

  .vis-item.vis-cluster {
    border-color: var(--purge-timeline-muted);
    border-style: double;
    border-width: 3px;
    background: var(--purge-timeline-item-surface);
    color: var(--purge-timeline-text);
    cursor: zoom-in;
  }

  .timeline:focus-visible .vis-item.vis-selected {
    outline: 3px solid var(--purge-timeline-focus-ring);
    outline-offset: 2px;
  }

  .vis-item .vis-item-content {
    padding: 1px 6px;
  }

  .vis-item .item-title {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-inline-size: 30rem;
    line-height: 1.25;
  }

  .vis-item .item-body {
    display: block;
    position: relative;
  }

  .vis-item .item-date {
    display: none;
  }

  .vis-item:hover .item-date,
  .vis-item.vis-selected .item-date,
  .vis-item .cluster-body .item-date {
    display: block;
  }

  .vis-item:hover .item-body:not(.cluster-body) .item-date,
  .vis-item.vis-selected .item-body:not(.cluster-body) .item-date {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: -6px;
    padding: 0 6px 2px;
    white-space: nowrap;
    background: var(--purge-timeline-item-surface);
  }

  .vis-item.vis-range .vis-item-overflow {
    overflow: visible;
  }

  .vis-item:hover,
  .vis-item.vis-selected {
    z-index: 3;
  }

  .vis-labelset .vis-label {
    color: var(--purge-timeline-text);
    border-color: var(--purge-timeline-border);
  }

  .vis-foreground .vis-group,
  .vis-labelset .vis-label {
    border-block-end-color: var(--purge-timeline-border);
  }

  .lane-label {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    max-inline-size: 7rem;
    padding: 0.25rem 0.5rem;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.2;
  }

  .vis-panel.vis-left:focus-visible {
    outline: 2px solid var(--purge-timeline-focus-ring);
    outline-offset: -2px;
  }

  @container (max-width: 40rem) {
    .lane-label {
      padding-inline: 0.25rem;
    }
    .lane-text {
      ${visuallyHidden}
    }
  }

  @container (max-width: 40rem) {
    :host .vis-item .item-title {
      white-space: normal;
      inline-size: max-content;
      max-inline-size: 7.5rem;
    }
    .vis-time-axis .vis-text.vis-measure {
      font-size: 0.5rem;
    }
    .vis-time-axis .vis-text {
      font-size: 0.75rem;
    }
  }
`;
