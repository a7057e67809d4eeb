import { css } from 'lit';

import { BAND_MARGIN_PX, BAND_PX } from './overview-size.js';

export const overviewStyles = css`
  :host {
    display: block;
    /* Year labels thin out on narrow bands (container queries below). */
    container-type: inline-size;
    /* Room for the window's focus ring at the band's ends. */
    padding: ${BAND_MARGIN_PX}px 8px;
    /* The band's height, held before its first render (which waits for a paint). */
    min-block-size: ${BAND_PX}px;
    color: var(--purge-timeline-text, #1d1d1f);
    font-size: 0.75rem;
    line-height: 1rem;
  }

  :host([hidden]) {
    display: none;
  }

  .band {
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: ${BAND_PX}px;
    background: var(--purge-timeline-surface, #ffffff);
    border: 1px solid var(--purge-timeline-border, #c9c9cf);
    border-radius: 4px;
    cursor: pointer;
    user-select: none;
    -webkit-user-select: none;
    /* Horizontal drags are the band's; vertical swipes still scroll the page. */
    touch-action: pan-y;
  }

  .tick {
    position: absolute;
    inset-block: 0;
    inline-size: 0;
    border-inline-start: 1px solid var(--purge-timeline-border, #c9c9cf);
  }

  .year {
    position: absolute;
    inset-block-start: 2px;
    text-align: center;
    color: var(--purge-timeline-muted, #595959);
    white-space: nowrap;
    /* A label wider than its year spills evenly over the (unlabelled) neighbours: never "193". */
    display: flex;
    justify-content: center;
  }

  /* A year label needs about 2.2rem: on a narrow band show every other one, then every fourth. */
  @container (max-width: 560px) {
    .year.odd {
      visibility: hidden;
    }
  }
  @container (max-width: 300px) {
    .year.even {
      visibility: hidden;
    }
  }

  .bar {
    position: absolute;
    inset-block-end: 0;
    background: var(--purge-timeline-muted, #595959);
    opacity: 0.7; /* ≥ 3:1 against the surface */
    border-radius: 1px 1px 0 0;
  }

  .window {
    position: absolute;
    inset-block: -1px;
    box-sizing: border-box;
    border: 2px solid var(--purge-timeline-focus-ring, #0b57d0);
    border-radius: 3px;
    background: color-mix(in srgb, var(--purge-timeline-focus-ring, #0b57d0) 12%, transparent);
    cursor: grab;
    transition:
      left 120ms ease-out,
      width 120ms ease-out;
  }

  .window:focus {
    outline: none;
  }

  .window:focus-visible {
    outline: 3px solid var(--purge-timeline-focus-ring, #0b57d0);
    outline-offset: 2px;
  }

  .handle {
    position: absolute;
    inset-block-start: 50%;
    inline-size: 6px;
    block-size: 24px;
    translate: -50% -50%;
    box-sizing: border-box;
    background: var(--purge-timeline-surface, #ffffff);
    border: 2px solid var(--purge-timeline-text, #1d1d1f);
    border-radius: 3px;
    cursor: ew-resize;
  }

  /* A wider target than the grip, for fingers. */
  .handle::before {
    content: '';
    position: absolute;
    inset: -8px -6px;
  }

  /* Physical left: time runs left to right in every writing direction. Centred on the border. */
  .handle[data-edge='start'] {
    left: -1px;
  }

  .handle[data-edge='end'] {
    left: calc(100% + 1px);
  }

  .dragging,
  .dragging .window {
    cursor: grabbing;
  }

  .dragging .window {
    transition: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .window {
      transition: none;
    }
  }

  /* Forced colours drop background colours: the density bars and the window keep system colours. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: CanvasText;
      opacity: 0.6;
    }
    .window {
      border-color: Highlight;
      background: transparent;
    }
    .handle {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
