import { css } from 'lit';

/** The mark on hedged and disputed items, its block in the popover and list, and the filter toggle. */
export const certaintyStyles = css`
  .item-certainty {
    display: inline-block;
    padding: 0 0.3em;
    border: 1px dashed;
    border-radius: 0.6em;
    font-size: 0.7rem;
    font-weight: 700;
    line-height: 1.2;
    color: var(--purge-timeline-text);
  }
  /* On the timeline the mark follows the title on its line (the date shows only on hover). */
  .vis-item .item-body.with-certainty {
    display: flex;
    align-items: baseline;
    column-gap: 0.3em;
  }
  .vis-item .item-body > .item-certainty {
    flex: none;
  }
  .item-certainty.certainty-disputed {
    border-style: solid;
  }
  .event-certainty {
    margin: 0.35rem 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px dashed var(--purge-timeline-border);
  }
  .event-certainty p {
    margin: 0.15rem 0;
  }
  .certainty-heading,
  .certainty-filter[aria-pressed='true'] {
    font-weight: 600;
  }
  .no-footnote {
    margin: 0.5rem 0 0;
    padding-block-start: 0.4rem;
    border-block-start: 1px solid var(--purge-timeline-border);
    font-style: italic;
  }
  .citation-export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-block-start: 0.5rem;
  }
`;
