import { css } from 'lit';

/**
 * Printing: the list with dates and citations, not a cropped canvas. It comes with the list (the
 * reader parts), adopted after the element's own rules, which these override.
 */
export const printStyles = css`
  @media print {
    :host {
      display: block;
      block-size: auto !important;
    }
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
`;
