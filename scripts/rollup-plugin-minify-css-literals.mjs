// Minifies the CSS in the element's Lit `css` templates at build time. Lit ships a stylesheet's
// text as written, so without this every page downloads our indentation and line breaks. Only
// `css` tags are touched (Lightning CSS, through minify-literals); `html` templates stay as
// written, because white space between inline elements can be meaningful there.
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE = /[\\/]src[\\/].+\.ts$/;

// Lightning CSS rewrites syntax only where every target reads the result (for example
// `max-width: 30rem` as `width <= 30rem`). The element already needs CSS `light-dark()`, so these
// are the first versions with it: nothing it writes is newer than what the element needs anyway.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const TARGETS = { chrome: version(123), firefox: version(120), safari: version(17, 5) };

/** @param {{ sourceMap?: boolean }} [options] */
export function minifyCssLiterals({ sourceMap = true } = {}) {
  return {
    name: 'minify-css-literals',
    async transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('css`')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false, cssTags: ['css'], css: { targets: TARGETS }, sourceMap });
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}
