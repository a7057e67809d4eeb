import { css } from 'lit';

/** Eras: bands behind the timeline's lanes, and their section in the list view. */
export const eraStyles = css`
  .vis-background.era,
  .era-entry {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 9%, transparent);
    border-inline-start: 1px dashed var(--purge-timeline-era, #8a6d3b);
  }
  .vis-background.era-tint-1 {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 16%, transparent);
  }
  .era-label {
    display: block;
    padding: 1px 6px;
    font-size: 0.75rem;
    font-style: italic;
    color: var(--purge-timeline-muted);
    white-space: nowrap;
  }
  .eras {
    padding: 0.4rem 0.9rem;
    border-block-end: 2px solid var(--purge-timeline-border);
  }
  .era-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .era-entry {
    padding: 0.4rem 0.6rem;
    margin-block-end: 0.4rem;
    border-inline-start-width: 4px;
  }
  .eras-heading,
  .era-title {
    margin: 0.2rem 0;
    font-size: 1rem;
  }
`;
