/**
 * vis-timeline is created once the element's preview has painted (first-drawing.test.ts). When
 * the engine chunk arrives after that paint, as it does over a network, the timeline is created
 * at once, in the task the engine arrives in, not a frame later. The engine's arrival is in the
 * test's hands here (LazyTimelineController's `load`).
 */
import { LitElement, html } from 'lit';
import { expect, fixture } from '@open-wc/testing';
import { enGB } from 'date-fns/locale/en-GB';
import { LazyTimelineController } from '../../src/timeline/lazy-timeline-controller.js';
import { loadEngine, type Engine } from '../../src/timeline/load-engine.js';
import type { TimelineView } from '../../src/timeline/vis-timeline-controller.js';

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const view: TimelineView = {
  items: [
    { id: 'munich', type: 'point', start: utc('1938-09-30'), className: '', content: '' },
    { id: 'pact', type: 'point', start: utc('1939-08-23'), className: '', content: '' },
  ],
  bounds: { start: utc('1935-01-01'), end: utc('1942-01-01') },
  initialWindow: { start: utc('1938-01-01'), end: utc('1940-01-01') },
  locale: enGB,
};

/** A host with a timeline container whose engine arrives when the test calls `arrive`. */
class LateEngineHost extends LitElement {
  arrive?: (engine: Engine) => void;
  readonly timeline = new LazyTimelineController(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.timeline'),
    { renderItem: (id, element) => element.replaceChildren(id), renderCluster: () => undefined },
    () => new Promise<Engine>((resolve) => (this.arrive = resolve)),
  );

  override render() {
    return html`<div class="timeline" style="height: 200px; width: 800px"></div>`;
  }

  override updated(): void {
    // What the element does: the view of the data whose preview this update rendered.
    this.timeline.show(view);
  }
}
customElements.define('late-engine-host', LateEngineHost);

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Lets the arrival's callbacks run, with no frame in between (microtasks only). */
const settleMicrotasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const created = (host: LateEngineHost) => !!host.renderRoot.querySelector('.vis-timeline');

describe('an engine that arrives after the preview has painted', () => {
  it('creates vis-timeline in the task it arrives in', async () => {
    const engine = await loadEngine();
    const host = await fixture<LateEngineHost>(html`<late-engine-host></late-engine-host>`);
    for (let i = 0; i < 3; i++) await nextFrame(); // the preview's paint
    expect(created(host), 'nothing before the engine').to.equal(false);
    host.arrive!(engine);
    await settleMicrotasks();
    expect(created(host), 'created with no frame in between').to.equal(true);
    await host.timeline.whenDrawn();
    expect(host.renderRoot.querySelectorAll('.vis-item-content').length, 'both events drawn').to.equal(2);
  });

  it('still lets the preview paint first when it arrives before that paint', async () => {
    const engine = await loadEngine();
    const host = await fixture<LateEngineHost>(html`<late-engine-host></late-engine-host>`);
    host.arrive!(engine);
    await settleMicrotasks();
    expect(created(host), 'not in the task of the preview').to.equal(false);
    await host.timeline.whenDrawn();
    expect(created(host)).to.equal(true);
  });
});
