/**
 * Registers the element's private resolved colours (`--_pt-*`, see colour-tokens.styles.ts) as
 * `<color>` properties, once per document.
 *
 * Why: an unregistered custom property is a token stream, substituted wherever it is used. The
 * resolved colours are long expressions (the page's value, or one derived by CSS relative colour
 * syntax from its surface), so every item, label and button that used a colour re-parsed and
 * re-computed them on every style recalculation: vis-timeline forces one on each redraw, and with
 * 100 events that cost about 200 ms per redraw. Registered as `<color>`, each resolves once, on
 * the host, to a plain colour that the shadow tree inherits.
 *
 * `@property` is ignored inside shadow roots, hence `CSS.registerProperty`. Like the tag itself,
 * the registration stays with the document (it cannot be undone); the names are the element's own
 * private ones, and a page that registered them first (a second copy of the element) is left alone.
 */
import { COLOUR_TOKENS, SURFACE } from './colour-tokens.styles.js';

let registered = false;

export function registerColourTokens(): void {
  if (registered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  registered = true;
  // The light default is also what an invalid page value (`--purge-timeline-text: banana`) falls back to.
  const tokens: [string, string][] = [['surface', SURFACE.light], ...COLOUR_TOKENS.map(([name, light]) => [name, light] as [string, string])];
  for (const [name, light] of tokens) {
    try {
      CSS.registerProperty({ name: `--_pt-${name}`, syntax: '<color>', inherits: true, initialValue: light });
    } catch {
      // Registered already: by another copy of this element on the page.
    }
  }
}
