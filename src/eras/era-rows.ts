/**
 * Where each era's name goes in a strip of a few rows, so that names of eras that overlap in
 * time never draw over each other. Pure: pixels in, pixels out; the timeline and the overview
 * band measure their eras and apply the result (src/eras/place-era-labels.ts).
 *
 * A name starts inside its era (at the era's start when it can: later only where an earlier
 * name in the same row is still running), may run past the era's end when the row is free,
 * and is shortened (with an ellipsis) only when no choice of rows fits every name whole; even
 * then its first word stays whole wherever the strip has room for it.
 */

/** One era's name to place, in pixels along the strip. */
export interface EraLabelBox {
  /** Where the era starts and ends on the strip (either may lie outside it). */
  readonly start: number;
  readonly end: number;
  /** The name's whole width, padding included. */
  readonly natural: number;
  /** Its first word and an ellipsis, padding included: narrower than this, the name is unreadable. */
  readonly min: number;
}

export interface EraStrip {
  /** The strip's visible extent, in the same pixels. */
  readonly left: number;
  readonly right: number;
  /** How many rows the names may use. */
  readonly rows: number;
  /** Space kept between two names in a row. */
  readonly gap?: number;
}

/** Where a name goes: its row, left edge and width (shorter than `natural` means it shows an ellipsis). */
export interface EraLabelPlace {
  readonly row: number;
  readonly left: number;
  readonly width: number;
}

/** Above this many row assignments the rows are chosen one name at a time instead of all at once. */
const EXHAUSTIVE_LIMIT = 4096;

interface Visible {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly natural: number;
  readonly min: number;
}

interface RowFit {
  readonly places: Map<number, EraLabelPlace>;
  /** Names that could not get even their first word. */
  readonly cramped: number;
  /** Pixels of names hidden behind an ellipsis. */
  readonly cut: number;
  /** Pixels names start after their era. */
  readonly shift: number;
}

/**
 * @example
 * // Two eras from the same year: one name per row, both whole.
 * eraRows([{ start: 0, end: 100, natural: 80, min: 30 }, { start: 0, end: 300, natural: 90, min: 25 }], { left: 0, right: 300, rows: 2 })
 * //=> [{ row: 0, left: 0, width: 80 }, { row: 1, left: 0, width: 90 }]
 *
 * An era entirely outside the strip gets `undefined` (nothing to name there).
 */
export function eraRows(labels: readonly EraLabelBox[], strip: EraStrip): (EraLabelPlace | undefined)[] {
  const rows = Math.max(1, Math.floor(strip.rows));
  const visible: Visible[] = [];
  labels.forEach((label, index) => {
    const start = Math.max(label.start, strip.left);
    const end = Math.min(label.end, strip.right);
    if (end - start >= 1) visible.push({ index, start, end, natural: label.natural, min: Math.min(label.min, label.natural) });
  });
  // Earlier eras first; of two starting together, the shorter (it has less room to move).
  visible.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);

  const assignment = rows ** visible.length <= EXHAUSTIVE_LIMIT ? bestAssignment(visible, rows, strip) : greedyAssignment(visible, rows, strip);
  const places = fitRows(visible, assignment, rows, strip).places;
  return labels.map((_, index) => places.get(index));
}

/** Tries every way of putting the names in rows; the fewest cramped, then least cut, then least moved wins. */
function bestAssignment(visible: readonly Visible[], rows: number, strip: EraStrip): number[] {
  let best: { assignment: number[]; fit: RowFit } | undefined;
  const assignment = new Array<number>(visible.length).fill(0);
  const total = rows ** visible.length;
  for (let n = 0; n < total; n++) {
    let rest = n;
    // The last name's row changes fastest: of equally good choices, earlier eras keep the upper rows.
    for (let i = visible.length - 1; i >= 0; i--) {
      assignment[i] = rest % rows;
      rest = Math.floor(rest / rows);
    }
    const fit = fitRows(visible, assignment, rows, strip);
    if (!best || better(fit, best.fit)) best = { assignment: [...assignment], fit };
  }
  return best?.assignment ?? [];
}

/** Many eras: each name in turn takes the row that suits it best given those already placed. */
function greedyAssignment(visible: readonly Visible[], rows: number, strip: EraStrip): number[] {
  const assignment: number[] = [];
  for (let i = 0; i < visible.length; i++) {
    let bestRow = 0;
    let bestFit: RowFit | undefined;
    for (let row = 0; row < rows; row++) {
      const fit = fitRows(visible.slice(0, i + 1), [...assignment, row], rows, strip);
      if (!bestFit || better(fit, bestFit)) {
        bestFit = fit;
        bestRow = row;
      }
    }
    assignment.push(bestRow);
  }
  return assignment;
}

function better(a: RowFit, b: RowFit): boolean {
  return a.cramped !== b.cramped ? a.cramped < b.cramped : a.cut !== b.cut ? a.cut < b.cut - 0.5 : a.shift < b.shift - 0.5;
}

/** Places the names of each row left to right, each as wide as it can be without crowding out those after it. */
function fitRows(visible: readonly Visible[], assignment: readonly number[], rows: number, strip: EraStrip): RowFit {
  const gap = strip.gap ?? 4;
  const places = new Map<number, EraLabelPlace>();
  let cramped = 0;
  let cut = 0;
  let shift = 0;
  for (let row = 0; row < rows; row++) {
    const inRow = visible.filter((_, i) => assignment[i] === row);
    // The latest each name may start so that it and every later one still get their first word.
    const latest = new Array<number>(inRow.length);
    let next = Infinity;
    for (let i = inRow.length - 1; i >= 0; i--) {
      const label = inRow[i]!;
      // Its first word at least half inside its own era (a narrow era's name may run on past its end), and inside the strip.
      const ownEnd = Math.max(label.start, label.end - label.min / 2);
      latest[i] = Math.min(ownEnd, strip.right - label.min, next - gap - label.min);
      next = latest[i]!;
    }
    let end = -Infinity;
    inRow.forEach((label, i) => {
      const left = Math.max(label.start, end + gap);
      const roomTo = Math.min(strip.right, i + 1 < inRow.length ? latest[i + 1]! - gap : Infinity);
      let width = Math.min(label.natural, roomTo - left);
      if (left > latest[i]! + 0.5 || width < label.min - 0.5) {
        cramped += 1;
        width = Math.max(0, Math.min(label.natural, strip.right - left));
      }
      places.set(label.index, { row, left, width });
      cut += label.natural - width;
      shift += left - label.start;
      end = left + width;
    });
  }
  return { places, cramped, cut, shift };
}

/**
 * How many rows eras whose spans overlap need, at most `cap`: the most eras in force at one time.
 * The strip for their names is reserved at this height, whatever the zoom.
 *
 * @example
 * eraRowCount([{ start: 1937, end: 1939 }, { start: 1937, end: 1942 }, { start: 1938.7, end: 1942 }], 2) //=> 2
 * eraRowCount([], 2) //=> 0
 */
export function eraRowCount(spans: readonly { readonly start: number; readonly end: number }[], cap: number): number {
  const edges = spans.flatMap((span) => [
    { at: span.start, step: 1 },
    { at: span.end, step: -1 },
  ]);
  // An era ending where another starts does not overlap it.
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let most = 0;
  for (const edge of edges) {
    now += edge.step;
    most = Math.max(most, now);
  }
  return Math.min(cap, most);
}
