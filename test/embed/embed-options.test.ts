// The embed page's URL → the element's attributes (src/embed/embed-options.ts), and the messages.
import { expect } from '@open-wc/testing';
import { readEmbedOptions } from '../../src/embed/embed-options.js';
import { heightMessage, parentUrlOf } from '../../src/embed/embed-messages.js';

describe('readEmbedOptions', () => {
  it('maps every parameter to its attribute', () => {
    const options = readEmbedOptions('?src=data/my.json&event=munich-agreement&view=1937-01/1938-12-31&lang=de&theme=dark&layout=vertical');
    expect(options.attributes).to.deep.equal({ src: 'data/my.json', selected: 'munich-agreement', start: '1937-01', end: '1938-12-31', locale: 'de', layout: 'vertical' });
    expect(options.lang).to.equal('de');
    expect(options.colorScheme).to.equal('dark');
  });

  it('ignores values that make no sense, as the element ignores bad attributes', () => {
    const options = readEmbedOptions('?event=Not%20An%20Id&view=1937/&lang=<b>&theme=purple&layout=<x>');
    expect(options.attributes).to.deep.equal({});
    expect(options.lang).to.equal('en');
    expect(options.colorScheme).to.equal('light dark');
  });

  it('gives nothing for an empty query', () => {
    expect(readEmbedOptions('')).to.deep.equal({ attributes: {}, lang: 'en', colorScheme: 'light dark' });
  });
});

describe('embed messages', () => {
  it('rounds the height up to whole pixels', () => {
    expect(heightMessage(611.2)).to.deep.equal({ type: 'purge-timeline:height', height: 612 });
  });

  it('takes only http(s) addresses from a parent-URL message', () => {
    expect(parentUrlOf({ type: 'purge-timeline:parent-url', url: 'https://example.org/article?x=1' })?.href).to.equal('https://example.org/article?x=1');
    expect(parentUrlOf({ type: 'purge-timeline:parent-url', url: 'javascript:alert(1)' })).to.equal(undefined);
    expect(parentUrlOf({ type: 'purge-timeline:parent-url', url: 'not a url' })).to.equal(undefined);
    expect(parentUrlOf({ type: 'other', url: 'https://example.org/' })).to.equal(undefined);
    expect(parentUrlOf('purge-timeline:parent-url')).to.equal(undefined);
  });
});
