// Smaller stand-ins for what the element's dependencies import but never need from it. Used by
// the bundle (rollup.config.js) and by the test runner (web-test-runner.config.mjs), so the tests
// run the code that ships.
//
// - vis-timeline's `moment` → src/timeline/moment-lite.ts: the UTC date arithmetic vis-timeline
//   calls, without moment's parser, locales and formatter (19 KB gzip; vis-timeline's own
//   request to drop moment is its upstream issue 672).
// - vis-timeline's `xss` → src/timeline/escape-html-filter.ts: escapes instead of sanitising;
//   the element gives vis-timeline no HTML at all (docs/security.md).
// - vis-timeline's and vis-data's `uuid` → src/timeline/uuid-v4.ts: they only call `v4()`, which
//   the platform's crypto does (the package's own random-number and formatting modules: ~300 B gzip).
// - date-fns locales' parsing (`match`) and relative-time tables (`formatDistance`,
//   `formatRelative`) → stubs that throw: the element only calls `format`, which reads a locale's
//   `localize`, `formatLong` and `options`.
//
// Only imports made *by* those packages are redirected: a page or a test that imports moment
// itself still gets the real one.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

const FROM_VIS_TIMELINE = /[\\/]node_modules[\\/]vis-timeline[\\/]/;
const VIS_TIMELINE_SUBSTITUTES = {
  moment: `${root}src/timeline/moment-lite.ts`,
  xss: `${root}src/timeline/escape-html-filter.ts`,
  uuid: `${root}src/timeline/uuid-v4.ts`,
};
const FROM_VIS_DATA = /[\\/]node_modules[\\/]vis-data[\\/]/;

const FROM_DATE_FNS_LOCALE = /[\\/]node_modules[\\/]date-fns[\\/]locale[\\/][^\\/]+\.js$/;
const UNUSED_LOCALE_PART = /^\.\/[\w-]+\/_lib\/(match|formatDistance|formatRelative)\.js$/;
const STUB_PREFIX = '\0date-fns-locale-unused:';

export function vendorSubstitutes() {
  return {
    name: 'vendor-substitutes',
    resolveId(source, importer) {
      if (!importer) return null;
      if (FROM_VIS_TIMELINE.test(importer) && Object.hasOwn(VIS_TIMELINE_SUBSTITUTES, source)) return VIS_TIMELINE_SUBSTITUTES[source];
      if (FROM_VIS_DATA.test(importer) && source === 'uuid') return VIS_TIMELINE_SUBSTITUTES.uuid;
      const unused = FROM_DATE_FNS_LOCALE.test(importer) && UNUSED_LOCALE_PART.exec(source);
      return unused ? `${STUB_PREFIX}${unused[1]}` : null;
    },
    load(id) {
      if (!id.startsWith(STUB_PREFIX)) return null;
      const name = id.slice(STUB_PREFIX.length);
      const message = JSON.stringify(`purge-timeline bundles date-fns locales for format() only; ${name} is left out`);
      // `match` is read as an object of functions, the other two are called.
      return name === 'match'
        ? `export const match = new Proxy({}, { get() { throw new Error(${message}); } });`
        : `export function ${name}() { throw new Error(${message}); }`;
    },
  };
}
