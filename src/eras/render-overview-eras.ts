/**
 * Eras in the overview band: a row of named spans between the year labels and the density strip,
 * inside the band's fixed height (nothing moves when they arrive). Seen only: the band is a
 * slider, and screen readers get the eras with their dates from the region beside the timeline.
 */
import { css, html, nothing } from 'lit';
import { cssomStyle } from '../overview/cssom-style.js';
import { fractionOf, type OverviewWindow } from '../overview/overview-geometry.js';
import type { Era } from './era.js';

export interface OverviewEra {
  readonly label: string;
  readonly start: Date;
  readonly end: Date;
}

const cache = new WeakMap<readonly Era[], readonly OverviewEra[]>();

/** The eras' labels and whole spans; the same array for the same eras, so the band need not redraw. */
export function toOverviewEras(eras: readonly Era[]): readonly OverviewEra[] {
  let spans = cache.get(eras);
  if (!spans) {
    spans = eras.map((era) => ({ label: era.label, start: era.date.start, end: era.end.end }));
    cache.set(eras, spans);
  }
  return spans;
}

const percent = (fraction: number) => `${fraction * 100}%`;

/** The band's row of eras within `bounds`; nothing without eras. */
export function renderOverviewEras(eras: readonly OverviewEra[], bounds: OverviewWindow) {
  if (eras.length === 0) return nothing;
  return html`<div class="eras" aria-hidden="true">
    ${eras.map((era, index) => {
      const left = fractionOf(era.start, bounds);
      const width = fractionOf(era.end, bounds) - left;
      if (width <= 0) return nothing;
      return html`<span class="era era-tint-${index % 2}" title=${era.label} ${cssomStyle({ left: percent(left), width: percent(width) })}>${era.label}</span>`;
    })}
  </div>`;
}

export const overviewEraStyles = css`
  .eras {
    position: absolute;
    inset: 15px 0 auto;
    block-size: 13px;
    pointer-events: none;
  }
  .era {
    position: absolute;
    box-sizing: border-box;
    block-size: 100%;
    padding-inline: 3px;
    font-size: 0.625rem;
    font-style: italic;
    line-height: 13px;
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 14%, transparent);
    border-inline-start: 1px dashed var(--purge-timeline-era, #8a6d3b);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .era-tint-1 {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 24%, transparent);
  }
`;
