// When vis-timeline cannot draw (here: its container refuses it), readers still get the whole
// chronology: the element falls back to its list view.
import { expect, fixture, html } from '@open-wc/testing';
import { PurgeTimelineElement } from '../src/element.js';
import shippedFile from '../events.json';

const shipped = shippedFile as unknown as { events: unknown[] };

class UndrawableTimeline extends PurgeTimelineElement {
  protected override firstUpdated(): void {
    // Runs after the first render, before vis-timeline (loaded asynchronously) is created.
    const container = this.renderRoot.querySelector<HTMLElement>('.timeline')!;
    container.appendChild = () => {
      throw new Error('this container cannot take vis-timeline');
    };
  }
}
customElements.define('undrawable-timeline', UndrawableTimeline);

describe('when vis-timeline cannot draw', () => {
  it('shows the list of every event instead, and nothing escapes to the page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<UndrawableTimeline>(html`<undrawable-timeline no-url-sync></undrawable-timeline>`);
      // vis-timeline loads on its own (a chunk of its own in the bundle), then fails to draw.
      await el.timelineReady;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.list-event').length).to.equal(shipped.events.length);
      expect(root.querySelector<HTMLElement>('[part="timeline"]')!.hidden).to.equal(true);
      expect(root.querySelector('[data-action="list"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
