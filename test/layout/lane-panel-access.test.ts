import { expect } from '@open-wc/testing';
import { laneScrollFor } from '../../src/layout/lane-panel-access.js';

describe('laneScrollFor', () => {
  it('moves by a line, a page, or to either end, never past them', () => {
    expect(laneScrollFor('ArrowDown', 0, 200, 1000)).to.equal(40);
    expect(laneScrollFor('ArrowUp', 20, 200, 1000)).to.equal(0);
    expect(laneScrollFor('PageDown', 0, 200, 1000)).to.equal(160);
    expect(laneScrollFor('PageUp', 700, 200, 1000)).to.equal(540);
    expect(laneScrollFor('End', 0, 200, 1000)).to.equal(800);
    expect(laneScrollFor('Home', 500, 200, 1000)).to.equal(0);
    expect(laneScrollFor('PageDown', 790, 200, 1000)).to.equal(800);
  });
  it('leaves other keys alone', () => {
    expect(laneScrollFor('ArrowRight', 0, 200, 1000)).to.equal(undefined);
    expect(laneScrollFor('Enter', 0, 200, 1000)).to.equal(undefined);
  });
});
