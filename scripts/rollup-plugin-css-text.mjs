// Turns `import css from 'x.css'` into a module exporting the stylesheet's text, so vis-timeline's
// CSS can be adopted into the element's shadow root (Lit `unsafeCSS`) instead of the page's head.
// Used by rollup and, through @web/dev-server-rollup, by the test runner.
import { readFile } from 'node:fs/promises';

/** @param {{ include?: RegExp }} [options] which stylesheets to turn into text (default: every .css) */
export function cssText({ include = /\.css$/ } = {}) {
  return {
    name: 'css-text',
    async load(id) {
      if (!id.endsWith('.css') || !include.test(id)) return null;
      const css = await readFile(id, 'utf8');
      // Drop the source-map comment: the map is not shipped.
      const text = css.replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
      return { code: `export default ${JSON.stringify(text)};`, map: { mappings: '' } };
    },
  };
}
