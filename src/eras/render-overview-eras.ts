/**
 * Eras in the overview band: their spans as tints and their names in up to two rows between the
 * year labels and the density strip, inside the band's fixed height (nothing moves when they
 * arrive). Names of eras that overlap go in different rows or one after the other
 * (`eraRows`, placed by `layoutOverviewEras` whenever the band is drawn or resized). Seen only:
 * the band is a slider, and screen readers get the eras with their dates from the region beside
 * the timeline.
 */
import { css, html, nothing } from 'lit';
import { cssomStyle } from '../overview/cssom-style.js';
import { fractionOf, type OverviewWindow } from '../overview/overview-geometry.js';
import { eraRowCount } from './era-rows.js';
import { placeEraLabels } from './place-era-labels.js';
import type { Era } from './era.js';

export interface OverviewEra {
  readonly label: string;
  readonly start: Date;
  readonly end: Date;
}

/** Height of a row of names in the band (`.era-name`'s line box). */
const ROW_PX = 11;
/** Top of the first row: just under the year labels. */
const ROWS_TOP_PX = 15;
const MAX_ROWS = 2;

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

/** Rows of names the band gives these eras: as many as overlap at once, at most two. */
export function overviewEraRows(eras: readonly OverviewEra[]): number {
  return eraRowCount(
    eras.map((era) => ({ start: era.start.getTime(), end: era.end.getTime() })),
    MAX_ROWS,
  );
}

/** How far below the band's top the rows of names end (where the density strip may begin). */
export function overviewErasBottom(eras: readonly OverviewEra[]): number {
  const rows = overviewEraRows(eras);
  return rows === 0 ? 0 : ROWS_TOP_PX + rows * ROW_PX;
}

const percent = (fraction: number) => `${fraction * 100}%`;

/** The band's eras within `bounds`: tints, and names placed by `layoutOverviewEras`; nothing without eras. */
export function renderOverviewEras(eras: readonly OverviewEra[], bounds: OverviewWindow) {
  if (eras.length === 0) return nothing;
  const rows = overviewEraRows(eras);
  const spans = eras.map((era) => {
    const left = fractionOf(era.start, bounds);
    return { left, width: fractionOf(era.end, bounds) - left };
  });
  return html`<div class="eras" aria-hidden="true" data-rows=${rows} ${cssomStyle({ 'block-size': `${rows * ROW_PX}px` })}>
    ${eras.map(({ label }, index) => {
      const { left, width } = spans[index]!;
      if (width <= 0) return nothing;
      return html`<span class="era era-tint-${index % 2}" ${cssomStyle({ left: percent(left), width: percent(width) })}></span
        ><span class="era-name" data-start=${left} data-end=${left + width}>${label}</span>`;
    })}
  </div>`;
}

/** Places the names in `root`'s row of eras for the band's current width. */
export function layoutOverviewEras(root: ParentNode): void {
  const strip = root.querySelector<HTMLElement>('.eras');
  if (!strip) return;
  const box = strip.getBoundingClientRect();
  if (box.width <= 0) return;
  const names = [...strip.querySelectorAll<HTMLElement>('.era-name')];
  const at = (fraction: string | undefined) => box.left + Number(fraction) * box.width;
  placeEraLabels(
    names.map((label) => ({ label, start: at(label.dataset['start']), end: at(label.dataset['end']), origin: box.left })),
    { left: box.left, right: box.right, rows: Number(strip.dataset['rows']) || 1, rowHeight: ROW_PX },
  );
}

export const overviewEraStyles = css`
  .eras {
    position: absolute;
    inset: ${ROWS_TOP_PX}px 0 auto;
    pointer-events: none;
  }
  .era {
    position: absolute;
    box-sizing: border-box;
    block-size: 100%;
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 10%, transparent);
    border-inline-start: 1px dashed var(--purge-timeline-era, #8a6d3b);
  }
  .era-tint-1 {
    background: color-mix(in srgb, var(--purge-timeline-era, #8a6d3b) 16%, transparent);
  }
  .era-name {
    position: absolute;
    top: 0;
    left: 0;
    box-sizing: border-box;
    padding-inline: 2px;
    font-size: 0.625rem;
    font-style: italic;
    line-height: ${ROW_PX}px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
`;
