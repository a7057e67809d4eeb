import { css } from 'lit';

/** Eras: bands behind the timeline's lanes, and their section in the list view. */
export const eraStyles = css`
  .vis-item.vis-background.era {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 9%, transparent);
    border-inline: 1px dashed color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 45%, transparent);
  }

  .vis-item.vis-background.era.era-tint-1 {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 16%, transparent);
  }

  .era-label {
    display: block;
    padding: 1px 6px;
    font-size: 0.75rem;
    font-style: italic;
    color: var(--purge-timeline-muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .eras {
    padding: 0.4rem 0.9rem 0.6rem;
    border-block-end: 2px solid var(--purge-timeline-border);
    font-size: 0.875rem;
  }

  .eras-heading {
    margin: 0.2rem 0 0.4rem;
    font-size: 1rem;
  }

  .era-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .era-entry {
    padding: 0.4rem 0.6rem;
    margin-block-end: 0.4rem;
    border-inline-start: 4px dashed color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 60%, transparent);
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 7%, transparent);
  }

  .era-title {
    margin: 0;
    font-size: 0.95rem;
  }
`;
