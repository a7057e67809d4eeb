import { expect } from '@open-wc/testing';
import { eraRows, eraRowCount, type EraLabelBox, type EraLabelPlace } from '../../src/eras/era-rows.js';

const box = (start: number, end: number, natural: number, min = Math.min(natural, 30)): EraLabelBox => ({ start, end, natural, min });

/** Two placed names in the same row share no pixel (gap included). */
function overlaps(a: EraLabelPlace, b: EraLabelPlace): boolean {
  return a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width;
}

function expectNoOverlap(places: readonly (EraLabelPlace | undefined)[]): void {
  const shown = places.filter((place): place is EraLabelPlace => place !== undefined);
  for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(overlaps(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).to.equal(false);
}

describe('eraRows', () => {
  it('two eras starting together: one name per row, each at its era’s start, both whole', () => {
    const places = eraRows([box(0, 100, 80), box(0, 300, 90)], { left: 0, right: 300, rows: 2 });
    expect(places).to.deep.equal([
      { row: 0, left: 0, width: 80 },
      { row: 1, left: 0, width: 90 },
    ]);
  });

  it('eras that follow each other share a row', () => {
    const places = eraRows([box(0, 100, 80), box(100, 300, 90)], { left: 0, right: 300, rows: 2 });
    expect(places.map((place) => place?.row)).to.deep.equal([0, 0]);
    expect(places[1]!.left).to.be.at.least(100);
  });

  it('the shipped eras at 1280 px on the timeline: all three whole, none over another', () => {
    // The terror of 1937–38 (1937–1938), On the brink of war (1937–1941), The terror eased (late 1938 – 1941).
    const places = eraRows([box(328, 648, 143, 40), box(328, 1120, 128, 30), box(594, 1120, 112, 40)], { left: 0, right: 1120, rows: 2 });
    expectNoOverlap(places);
    expect(places.map((place) => place!.width)).to.deep.equal([143, 128, 112]);
    expect(places.map((place) => place!.left)).to.deep.equal([328, 328, 594]);
  });

  it('the shipped eras on a 65 px stretch of the overview at 360 px: every first word whole, none over another', () => {
    const labels = [box(0, 26, 109, 30), box(0, 65, 97, 22), box(22, 65, 83, 30)];
    const places = eraRows(labels, { left: 0, right: 65, rows: 2 });
    expectNoOverlap(places);
    places.forEach((place, index) => {
      expect(place!.width, `name ${index}`).to.be.at.least(labels[index]!.min);
      expect(place!.left + place!.width).to.be.at.most(65);
      // Each name starts inside its own era.
      expect(place!.left).to.be.within(labels[index]!.start, labels[index]!.end);
    });
  });

  it('a name shortened only when no choice of rows fits all whole', () => {
    const whole = eraRows([box(0, 200, 100), box(0, 200, 100)], { left: 0, right: 200, rows: 2 });
    expect(whole.map((place) => place!.width)).to.deep.equal([100, 100]);
    const squeezed = eraRows([box(0, 200, 100), box(0, 200, 100), box(0, 200, 100)], { left: 0, right: 200, rows: 2 });
    expectNoOverlap(squeezed);
    expect(squeezed.filter((place) => place!.width < 100)).to.have.length.greaterThan(0);
    for (const place of squeezed) expect(place!.width).to.be.at.least(30);
  });

  it('a name stays in the visible part of its era when the era starts out of view', () => {
    const [place] = eraRows([box(-500, 400, 120)], { left: 0, right: 800, rows: 1 });
    expect(place).to.deep.equal({ row: 0, left: 0, width: 120 });
  });

  it('an era out of view gets no place', () => {
    expect(eraRows([box(900, 1200, 80)], { left: 0, right: 800, rows: 2 })).to.deep.equal([undefined]);
  });

  it('many eras (more than are tried exhaustively) still never overlap', () => {
    const labels = Array.from({ length: 16 }, (_, i) => box(i * 50, i * 50 + 150, 90, 30));
    const places = eraRows(labels, { left: 0, right: 950, rows: 2 });
    expectNoOverlap(places);
  });
});

describe('eraRowCount', () => {
  it('the most eras in force at once, capped', () => {
    expect(eraRowCount([{ start: 1937, end: 1939 }, { start: 1937, end: 1942 }, { start: 1938.7, end: 1942 }], 2)).to.equal(2);
    expect(eraRowCount([{ start: 1937, end: 1939 }, { start: 1937, end: 1942 }, { start: 1938.7, end: 1942 }], 5)).to.equal(3);
  });

  it('eras that meet end to start need one row; none need none', () => {
    expect(eraRowCount([{ start: 1, end: 2 }, { start: 2, end: 3 }], 2)).to.equal(1);
    expect(eraRowCount([], 2)).to.equal(0);
  });
});
