import { expect } from '@open-wc/testing';
import { viewIncluding } from '../../src/url/view-including.js';
import { viewForUrl, formatView } from '../../src/url/deep-link.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (window: { start: Date; end: Date }) => formatView(window);
const VIEW = { start: day('1937-03-01'), end: day('1938-04-01') };

describe('viewIncluding (pure)', () => {
  it('a view that holds the event is kept as it is', () => {
    expect(viewIncluding(VIEW, { start: day('1937-06-11') })).to.equal(VIEW);
  });
  it('an event after the view widens its end, with room after the event', () => {
    const widened = viewIncluding(VIEW, { start: day('1938-09-30') });
    expect(widened.start.getTime()).to.equal(VIEW.start.getTime());
    expect(widened.end.getTime()).to.be.above(day('1938-09-30').getTime());
    expect(days(widened)).to.equal('1937-03-01/1938-10-27');
  });
  it('an event before the view widens its start', () => {
    const widened = viewIncluding(VIEW, { start: day('1936-08-19'), end: day('1936-08-25') });
    expect(days(widened)).to.equal('1936-07-20/1938-03-31');
  });
  it('a range longer than the view: the view grows on both sides', () => {
    const widened = viewIncluding(VIEW, { start: day('1936-01-01'), end: day('1939-01-01') });
    expect(widened.start.getTime()).to.be.below(day('1936-01-01').getTime());
    expect(widened.end.getTime()).to.be.above(day('1939-01-01').getTime());
  });
});

describe('viewForUrl (pure)', () => {
  const first = { start: day('1935-01-01'), end: day('1942-01-01') };
  it('nothing open and the first view: no view in the URL', () => expect(viewForUrl(first, first, undefined)).to.equal(undefined));
  it('nothing open and moved: the view', () => expect(viewForUrl(VIEW, first, undefined)).to.equal(VIEW));
  it('an event open on the first view: the view all the same', () => expect(viewForUrl(first, first, 'munich-agreement')).to.equal(first));
  it('not drawn yet: nothing', () => expect(viewForUrl(undefined, first, undefined)).to.equal(undefined));
});
