import { css } from 'lit';

/**
 * Titles fitted to the view's right edge (item-label-fit.ts): wrapped in the room left, as wide
 * as their words need up to the width set on them. One with too little room even so moves left,
 * whole and in front, while hovered, selected or walked to by key.
 */
export const itemLabelStyles = css`
  .vis-item .item-title.item-title-fitted {
    white-space: normal;
    inline-size: max-content;
    /* A word wider than the room left is broken rather than cut off at the view's edge; where the
       browser can hyphenate the title's language, with a hyphen ("spend-ing"). */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .vis-item:hover .item-body,
  .vis-item.vis-selected .item-body {
    translate: var(--item-label-shift, 0px) 0;
  }
  .vis-item:hover .item-body.with-fitted-title,
  .vis-item.vis-selected .item-body.with-fitted-title {
    background: var(--purge-timeline-item-surface);
  }
`;
