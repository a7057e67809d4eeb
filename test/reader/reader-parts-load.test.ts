import { expect } from '@open-wc/testing';
import { whenToLoadReaderParts } from '../../src/load-reader-parts.js';

describe('whenToLoadReaderParts', () => {
  it('waits for the first drawing while nothing on screen needs the parts', () => {
    expect(whenToLoadReaderParts({ drawn: false, needed: false })).to.equal('not-yet');
  });

  it('loads them after the next paint once the timeline has drawn', () => {
    expect(whenToLoadReaderParts({ drawn: true, needed: false })).to.equal('after-paint');
  });

  it('loads them at once when the list, an open event or a problem needs them, drawn or not', () => {
    expect(whenToLoadReaderParts({ drawn: false, needed: true })).to.equal('now');
    expect(whenToLoadReaderParts({ drawn: true, needed: true })).to.equal('now');
  });
});
