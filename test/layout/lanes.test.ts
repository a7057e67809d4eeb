import { expect } from '@open-wc/testing';
import { lanesFor, parseLayout } from '../../src/timeline/lanes.js';
import type { TimelineItem } from '../../src/timeline/to-timeline-items.js';

const item = (id: string, group: string): TimelineItem => ({ id, type: 'point', start: new Date(0), className: group, group, content: '' });
const categories = [
  { id: 'army', label: 'Army' },
  { id: 'nkvd', label: 'Security organs' },
  { id: 'party', label: 'Party and state' },
];

describe('lanes', () => {
  it('gives a lane to each category with an event shown, in legend order, and one for unknown categories last', () => {
    const lanes = lanesFor([item('a', 'category-2'), item('b', 'category-none'), item('c', 'category-0')], categories, 'Other');
    expect(lanes.map((lane) => [lane.id, lane.label, lane.order])).to.deep.equal([
      ['category-0', 'Army', 0],
      ['category-2', 'Party and state', 2],
      ['category-none', 'Other', 3],
    ]);
  });

  it('returns the same array while the lanes are the same, a new one when a lane goes', () => {
    const first = lanesFor([item('a', 'category-0'), item('b', 'category-1')], categories, 'Other');
    expect(lanesFor([item('c', 'category-1'), item('d', 'category-0')], categories, 'Other', first)).to.equal(first);
    expect(lanesFor([item('c', 'category-1')], categories, 'Other', first)).to.not.equal(first);
  });

  it('reads the layout attribute: lanes, or one stacked band for anything else', () => {
    expect(parseLayout('lanes')).to.equal('lanes');
    expect(parseLayout(' Lanes ')).to.equal('lanes');
    expect(parseLayout('stacked')).to.equal('stacked');
    expect(parseLayout(undefined)).to.equal('stacked');
    expect(parseLayout('bogus')).to.equal('stacked');
  });
});
