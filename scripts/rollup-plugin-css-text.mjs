// Turns `import css from 'x.css'` into a module exporting the stylesheet's text, so vis-timeline's
// CSS can be adopted into the element's shadow root (Lit `unsafeCSS`) instead of the page's head.
// Used by rollup and, through @web/dev-server-rollup, by the test runner.
import { readFile } from 'node:fs/promises';

// vis-timeline ships one stylesheet for Timeline and Graph2d. The rules for Graph2d (bars, fills,
// legend, y axis, graph groups) and for the options configurator are never used by the element,
// which draws neither (scripts/rollup-plugin-slim-vis-timeline.mjs leaves their code out too).
const VIS_TIMELINE_CSS = /[\\/]node_modules[\\/]vis-timeline[\\/]styles[\\/][^\\/]+\.css$/;
const UNUSED_VIS_SELECTOR = /\.vis-(?:bar|fill|outline|icon-fill|graph-group\d|legend|y-axis|data-axis|title|config|configuration)(?![\w-])|\.vis-(?:config|configuration|legend)-/;

/**
 * `css` without the rules whose every selector matches `unused`. Only for flat stylesheets
 * (`selector{declarations}` with no at-rules or nesting), as vis-timeline's minified one is;
 * anything else is returned unchanged.
 */
export function dropRules(css, unused) {
  if (/[@]/.test(css)) return css;
  return css.replace(/([^{}]+)\{([^{}]*)\}/g, (rule, selectors, declarations) => {
    const kept = selectors.split(',').filter((selector) => !unused.test(selector));
    return kept.length ? `${kept.join(',')}{${declarations}}` : '';
  });
}

/** @param {{ include?: RegExp }} [options] which stylesheets to turn into text (default: every .css) */
export function cssText({ include = /\.css$/ } = {}) {
  return {
    name: 'css-text',
    async load(id) {
      if (!id.endsWith('.css') || !include.test(id)) return null;
      const css = await readFile(id, 'utf8');
      // Drop the source-map comment: the map is not shipped.
      let text = css.replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
      if (VIS_TIMELINE_CSS.test(id)) text = dropRules(text, UNUSED_VIS_SELECTOR);
      return { code: `export default ${JSON.stringify(text)};`, map: { mappings: '' } };
    },
  };
}
