/**
 * The element's vis-timeline (src/timeline/vis-internals.ts): it draws nothing until the element
 * asks (`redrawNow`), not even inside its constructor, and then draws at once, in the same task;
 * and it measures and restacks items whose titles were wrapped (`remeasureItems`) without
 * clustering every item again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import { drawnOnRequest, redrawNow, remeasureItems } from '../../src/timeline/vis-internals.js';
import { visTimelineStyles } from '../../src/timeline/vis-timeline.styles.js';

// vis-timeline's stylesheet: without it, it measures an unstyled page (and warns about its scale).
before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, visTimelineStyles.styleSheet!]));
after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== visTimelineStyles.styleSheet)));

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

describe('drawnOnRequest', () => {
  it('draws nothing until redrawNow, then draws its window with every item in the same task', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 300px"></div>`);
    const items = new DataSet([
      { id: 'a', content: 'Munich', start: new Date('1938-09-30') },
      { id: 'b', content: 'Anschluss', start: new Date('1938-03-12') },
    ]);
    const DrawnOnRequest = drawnOnRequest(Timeline);
    const timeline = new DrawnOnRequest(container, items, { height: '100%' });
    let drawings = 0;
    timeline.on('changed', () => drawings++);
    timeline.setWindow(new Date('1938-01-01'), new Date('1939-01-01'), { animation: false });
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(drawings, 'drawings before redrawNow').to.equal(0);
    expect(container.querySelectorAll('.vis-item-content').length, 'items before redrawNow').to.equal(0);

    redrawNow(timeline);
    expect(drawings, 'drawings right after redrawNow').to.equal(1);
    expect(container.querySelectorAll('.vis-item-content').length, 'items right after redrawNow').to.equal(2);
    const root = container.querySelector<HTMLElement>('.vis-timeline')!;
    expect(root.checkVisibility({ visibilityProperty: true }), 'shown').to.equal(true);
    // Its window is the one set, not a fit to all items.
    expect(timeline.getWindow().start.toISOString().slice(0, 10)).to.equal('1938-01-01');
    timeline.destroy();
  });

  it('created and drawn in one task, as the element does it: one drawing, none again a frame later', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 300px"></div>`);
    const items = new DataSet([{ id: 'a', content: 'Munich', start: new Date('1938-09-30') }]);
    const timeline = new (drawnOnRequest(Timeline))(container, items, { height: '100%' });
    let drawings = 0;
    timeline.on('changed', () => drawings++);
    timeline.setWindow(new Date('1938-01-01'), new Date('1939-01-01'), { animation: false });
    redrawNow(timeline);
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(drawings, 'drawings three frames later').to.equal(1);
    // Asked for after that, a drawing still comes at the next frame.
    timeline.setWindow(new Date('1938-03-01'), new Date('1938-12-01'), { animation: false });
    for (let i = 0; i < 2; i++) await nextFrame();
    expect(drawings, 'drawings after a new window').to.be.greaterThan(1);
    timeline.destroy();
  });
});

describe('remeasureItems', () => {
  it('restacks an item whose title was wrapped below the one above it, and clusters nothing again', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 400px"></div>`);
    const near = Array.from({ length: 6 }, (_, i) => ({ id: `near${i}`, type: 'point', content: `N${i}`, start: new Date(Date.UTC(1938, 10, 1 + i)) }));
    const items = new DataSet([
      { id: 'a', type: 'point', content: 'Alpha beta gamma delta epsilon', start: new Date('1938-03-01') },
      { id: 'b', type: 'point', content: 'B', start: new Date('1938-03-05') },
      ...near,
    ]);
    const timeline = new Timeline(container, items, {
      height: '100%',
      // As the element draws it: items from the top down.
      orientation: { axis: 'bottom', item: 'top' },
      start: new Date('1938-01-01'),
      end: new Date('1939-01-01'),
      cluster: { maxItems: 3, showStipes: false },
    });
    for (let i = 0; i < 3; i++) await nextFrame();
    const item = (content: string) => [...container.querySelectorAll('.vis-item.vis-point')].find((el) => el.textContent === content)!;
    const a = item('Alpha beta gamma delta epsilon');
    const b = item('B');
    expect(b.getBoundingClientRect().top, 'b stacked below a').to.be.at.least(a.getBoundingClientRect().bottom - 1);
    const itemSet = (timeline as unknown as { itemSet: { clusters: unknown[]; clusterGenerator: { setItems: (...args: unknown[]) => unknown } } }).itemSet;
    expect(itemSet.clusters.length, 'the six events in six days make a cluster').to.equal(1);
    const clustersBefore = itemSet.clusters;
    const generator = itemSet.clusterGenerator;
    const setItems = generator.setItems;
    let clusterings = 0;
    generator.setItems = function (...args) {
      clusterings++;
      return setItems.apply(this, args);
    };

    // What item-label-fit.ts does: the title wraps, and the item is taller.
    Object.assign(a.querySelector<HTMLElement>('.vis-item-content')!.style, { maxInlineSize: '40px', whiteSpace: 'normal' });
    expect(b.getBoundingClientRect().top, 'a now runs into b, until measured again').to.be.below(a.getBoundingClientRect().bottom - 1);
    remeasureItems(timeline, ['a']);
    for (let i = 0; i < 3; i++) await nextFrame();

    expect(b.getBoundingClientRect().top, 'b restacked below the wrapped a').to.be.at.least(a.getBoundingClientRect().bottom - 1);
    expect(clusterings, 'items clustered again').to.equal(0);
    expect(itemSet.clusters, 'the same clusters').to.equal(clustersBefore);

    // The way it replaces, a DataSet update of the same item, clusters every item again.
    items.update(items.get('a')!);
    expect(clusterings, 'items clustered again after a DataSet update').to.be.greaterThan(0);
    timeline.destroy();
  });
});
