import { css } from 'lit';

/** The mark on hedged and disputed items, its block in the popover and list, and the filter toggle. */
export const certaintyStyles = css`
  .item-certainty {
    display: inline-block;
    min-inline-size: 1.1em;
    padding: 0 0.25em;
    border: 1px dashed currentColor;
    border-radius: 0.6em;
    font-size: 0.7rem;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    color: var(--purge-timeline-text);
  }

  .item-certainty.certainty-disputed {
    border-style: solid;
  }

  .event-certainty {
    margin: 0.35rem 0;
    padding: 0.3rem 0.5rem;
    border-inline-start: 3px dashed var(--purge-timeline-border);
  }

  .event-certainty p {
    margin: 0.15rem 0;
    overflow-wrap: anywhere;
  }

  .certainty-heading {
    font-weight: 600;
  }

  .no-footnote {
    margin: 0.5rem 0 0;
    padding-block-start: 0.4rem;
    border-block-start: 1px solid var(--purge-timeline-border);
    color: var(--purge-timeline-muted);
    font-style: italic;
  }

  .citation-export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-block-start: 0.5rem;
  }

  .citation-export-label {
    color: var(--purge-timeline-muted);
  }

  .certainty-filter[aria-pressed='true'] {
    font-weight: 600;
  }
`;
