import { css } from 'lit';

/** The citation popover and the event details it shares with the list view. */
export const citationPopoverStyles = css`
  /* The citation popover: in the top layer, anchored to its item where CSS anchor positioning exists. */
  .popover {
    box-sizing: border-box;
    inline-size: min(24rem, calc(100vw - 1rem));
    max-block-size: min(32rem, calc(100vh - 1rem));
    overflow: auto;
    margin: 0;
    padding: 0.75rem 1rem 0.85rem;
    color: var(--purge-timeline-text);
    background: var(--purge-timeline-surface);
    border: 1px solid var(--purge-timeline-border);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
    font-family: var(--purge-timeline-font);
    font-size: 0.875rem;
    line-height: 1.45;
    position: fixed;
  }

  .popover.anchored {
    /* The UA's popover style sets inset: 0, which would stretch it over the whole area. */
    inset: auto;
    position-anchor: --purge-timeline-selected;
    position-area: block-end span-inline-end;
    /* Below and to the right of the item, else whichever side fits; 100% is the room on that
       side, so a tall popover scrolls instead of running off screen. */
    position-try-fallbacks: block-end span-inline-start, block-start span-inline-end, block-start span-inline-start, block-end center;
    max-block-size: min(32rem, 100%);
    margin: 6px;
  }

  /* Narrow screens: a sheet along the bottom instead of a bubble next to the item. */
  @media (max-width: 480px) {
    .popover,
    .popover.anchored {
      position-area: none;
      inset: auto 0 0 0;
      inline-size: 100%;
      max-block-size: 70vh;
      margin: 0;
      border-radius: 12px 12px 0 0;
    }
  }

  .popover-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .popover-title {
    margin: 0;
    font-size: 1.05rem;
    line-height: 1.3;
    border-inline-start: 4px solid var(--category-colour);
    padding-inline-start: 0.5rem;
    overflow-wrap: anywhere;
  }

  .close {
    font-size: 1.1rem;
    line-height: 1;
    padding: 0.15rem 0.45rem;
  }

  .event-date {
    margin: 0.4rem 0 0.25rem;
    font-weight: 600;
  }

  .precision,
  .label {
    color: var(--purge-timeline-muted);
    font-weight: normal;
  }

  .event-summary,
  .event-category,
  .event-note {
    margin: 0.35rem 0;
    overflow-wrap: anywhere;
  }

  .event-note {
    padding: 0.3rem 0.5rem;
    background: var(--purge-timeline-item-surface);
    border-radius: 4px;
  }

  .footnotes {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    border-block-start: 1px solid var(--purge-timeline-border);
  }

  .footnote {
    padding-block: 0.4rem;
  }

  .footnote-number {
    font-weight: 600;
  }

  .sources {
    margin: 0.15rem 0 0;
    padding-inline-start: 1.1rem;
    overflow-wrap: anywhere;
  }

  .no-source {
    margin: 0.15rem 0 0;
    color: var(--purge-timeline-muted);
  }

  .footnote-text summary {
    cursor: pointer;
    color: var(--purge-timeline-muted);
    margin-block-start: 0.2rem;
  }

  .footnote-text blockquote {
    margin: 0.25rem 0 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 2px solid var(--purge-timeline-border);
    overflow-wrap: anywhere;
  }

  .popover-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-block-start: 0.6rem;
  }

  .copy-feedback {
    color: var(--purge-timeline-muted);
  }
`;
