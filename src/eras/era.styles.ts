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
  /* Names sit in a strip above the items (src/eras/timeline-era-labels.ts places them); one that
     needs to may run past its band's end, so the band does not clip it. */
  .vis-background.era > .vis-item-overflow {
    overflow: visible;
  }
  /* A band lies behind the events, but Firefox may hit-test it over them: clicks and taps pass
     through to the events; only the name takes the pointer (its title shows a shortened name whole). */
  .vis-background.era,
  .vis-background.era > .vis-item-overflow {
    pointer-events: none;
  }
  .era-label {
    position: absolute;
    top: 0;
    left: 0;
    box-sizing: border-box;
    max-inline-size: none;
    padding: 0 4px;
    font-size: 0.75rem;
    font-style: italic;
    line-height: 16px; /* ERA_ROW_PX */
    color: var(--purge-timeline-muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: auto;
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
