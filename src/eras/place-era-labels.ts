/**
 * Measures era names and moves them where `eraRows` puts them: shared by the timeline (names at
 * the top of the item area, laid out again after every redraw, so after every zoom and pan) and
 * the overview band (laid out again when the band's width changes). Only positions and widths
 * change: the strip's height is reserved beforehand, so nothing else moves.
 */
import { eraRows, type EraLabelBox } from './era-rows.js';
import { fontOf, textWidth } from '../timeline/measure-text.js';

export interface LabelWidths {
  readonly natural: number;
  readonly min: number;
}

const measured = new Map<string, LabelWidths>();

/** A name's whole width and that of its first word with an ellipsis, padding and borders included. */
export function measureEraLabel(label: HTMLElement): LabelWidths {
  const style = getComputedStyle(label);
  const font = fontOf(style);
  const text = (label.textContent ?? '').trim();
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const extra = edges.reduce((sum, edge) => sum + (parseFloat(style[edge]) || 0), 0);
  const key = `${font}|${extra}|${text}`;
  let widths = measured.get(key);
  if (!widths) {
    // A pixel of slack each: canvas and layout round text differently, and italics overhang.
    const natural = Math.ceil(textWidth(text, font) + extra) + 2;
    const words = text.split(/\s+/);
    const min = words.length > 1 ? Math.min(natural, Math.ceil(textWidth(`${words[0]}…`, font) + extra) + 2) : natural;
    widths = { natural, min };
    if (measured.size > 200) measured.clear();
    measured.set(key, widths);
  }
  return widths;
}

export interface EraLabelTarget {
  readonly label: HTMLElement;
  /** The era's extent on the strip, in viewport pixels. */
  readonly start: number;
  readonly end: number;
  /** The viewport x of the label's containing block (its `left: 0`). */
  readonly origin: number;
}

export interface EraLabelStrip {
  /** The visible extent, in viewport pixels. */
  readonly left: number;
  readonly right: number;
  readonly rows: number;
  readonly rowHeight: number;
  /** `top` of the first row in the label's containing block. */
  readonly top?: number;
}

/** Moves each name to its row and place; one left outside the strip is hidden; a shortened one gets its full name as a tooltip. */
export function placeEraLabels(targets: readonly EraLabelTarget[], strip: EraLabelStrip): void {
  const boxes: EraLabelBox[] = targets.map((target) => ({ start: target.start, end: target.end, ...measureEraLabel(target.label) }));
  const places = eraRows(boxes, { left: strip.left, right: strip.right, rows: strip.rows });
  targets.forEach(({ label, origin }, index) => {
    const place = places[index];
    const box = boxes[index]!;
    if (!place || place.width < 1) {
      label.style.visibility = 'hidden';
      return;
    }
    label.style.visibility = '';
    label.style.left = `${place.left - origin}px`;
    label.style.top = `${(strip.top ?? 0) + place.row * strip.rowHeight}px`;
    label.style.width = `${place.width}px`;
    label.dataset['row'] = String(place.row);
    // The full name only where the ellipsis hides part of it (screen readers have the eras' list).
    if (place.width < box.natural - 0.5) label.title = label.textContent ?? '';
    else label.removeAttribute('title');
  });
}
