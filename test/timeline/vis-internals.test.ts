/**
 * The element's vis-timeline (src/timeline/vis-internals.ts): it draws nothing until the element
 * asks (`redrawNow`), not even inside its constructor, and then draws at once, in the same task.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import { drawnOnRequest, redrawNow } from '../../src/timeline/vis-internals.js';
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
