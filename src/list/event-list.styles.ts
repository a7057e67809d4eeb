import { css } from 'lit';

/** The list view: every event in date order, also what prints. */
export const eventListStyles = css`
  /* The list view. */
  .list {
    max-block-size: 40rem;
    overflow: auto;
    border: 1px solid var(--purge-timeline-border);
    border-radius: 4px;
  }

  .event-list {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .list-event {
    padding: 0.6rem 0.9rem;
    border-inline-start: 4px solid var(--category-colour);
    border-block-end: 1px solid var(--purge-timeline-border);
  }

  .list-event[aria-current='true'] {
    background: color-mix(in srgb, var(--purge-timeline-focus-ring) 8%, var(--purge-timeline-surface));
  }

  .list-title {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }

  .list-title button {
    text-align: start;
  }

  /* How precisely the chapter dates it: a quiet line right under the date (popover and list). */
  .precision {
    margin: 0 0 0.35rem;
    color: var(--purge-timeline-muted);
  }

  .list-export {
    padding: 0.2rem 0.9rem 0.5rem;
    border-block-end: 1px solid var(--purge-timeline-border);
    font-size: 0.875rem;
  }

  /* The export buttons do nothing on paper. */
  @media print {
    .list-export {
      display: none;
    }
  }
`;
