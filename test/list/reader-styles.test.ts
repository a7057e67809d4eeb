// The reader parts' styles (popover, list, eras, problem list, print) arrive after the first
// paint; they are adopted where they would be in one list, so the cascade is what it was.
import { expect } from '@open-wc/testing';
import { mountTimeline } from '../support/timeline-fixture.js';
import { elementStyles } from '../../src/purge-timeline-element.styles.js';
import { colourTokenStyles } from '../../src/theme/colour-tokens.styles.js';
import { certaintyStyles } from '../../src/filter/certainty.styles.js';
import { citationPopoverStyles } from '../../src/popover/citation-popover.styles.js';
import { eventListStyles } from '../../src/list/event-list.styles.js';
import { eraStyles } from '../../src/eras/era.styles.js';
import { problemMessageStyles } from '../../src/status/problem-message.styles.js';
import { printStyles } from '../../src/list/print.styles.js';
import { visTimelineStyles } from '../../src/timeline/vis-timeline.styles.js';

describe('the reader parts’ styles', () => {
  it('are adopted in cascade order: vis-timeline, popover, list, certainty, eras, problems, element, print, colours', async () => {
    const el = await mountTimeline();
    await el.timelineReady;
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const order = [visTimelineStyles, citationPopoverStyles, eventListStyles, certaintyStyles, eraStyles, problemMessageStyles, elementStyles, printStyles, colourTokenStyles].map((styles) => sheets.indexOf(styles.styleSheet!));
    expect(order.every((index) => index >= 0), `all adopted: ${order}`).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(sheets.length, 'each once').to.equal(order.length);
    expect(printStyles.cssText).to.include('@media print');
  });
});
