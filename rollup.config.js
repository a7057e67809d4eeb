// Two builds:
// 1. dist/purge-timeline.js — the minified ES module a page loads with one <script type="module">,
//    with everything inside (lit, vis-timeline and its peers, date-fns, the CSS, the shipped
//    events) split into files it fetches itself, next to it: the entry paints titles; the
//    vis-timeline engine chunk (vis-timeline, its CSS, the overview band) and the shipped events
//    come by dynamic import. vis-timeline's `esnext` build is used here: it carries no core-js
//    polyfills (NOTES.md: ~65 KB gzip smaller than `peer`); the sources import `peer`, which is
//    correctly typed and loads unbundled in the test runner. What the element never runs is left
//    out (rollup-plugin-slim-vis-timeline.mjs, rollup-plugin-vendor-substitutes.mjs).
// 2. dist/lib/ — the library for bundler users: one ES module per source module, unminified, with
//    .d.ts types (emitted by tsc in `npm run build`). Lit and date-fns stay external (a page that
//    uses them too gets one copy); vis-timeline comes pre-slimmed, exactly as in the bundle (esnext
//    build, the same substitutes, the same Trusted Types rewrite), as modules under dist/lib/vendor/,
//    so a bundler never resolves vis-timeline's heavy `peer` build with moment, core-js and js-xss
//    (which is why vis-timeline, vis-data and moment are devDependencies).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cssText } from './scripts/rollup-plugin-css-text.mjs';
import { minifyCssLiterals } from './scripts/rollup-plugin-minify-css-literals.mjs';
import { trustedTypes } from './scripts/rollup-plugin-trusted-types.mjs';
import { slimVisTimeline } from './scripts/rollup-plugin-slim-vis-timeline.mjs';
import { vendorSubstitutes } from './scripts/rollup-plugin-vendor-substitutes.mjs';
import { thirdPartyNotices } from './scripts/rollup-plugin-third-party-notices.mjs';
import { readFile } from 'node:fs/promises';
import pkg from './package.json' with { type: 'json' };

/** Swaps the typed `peer` builds for the leaner `esnext` ones in the single-file bundle. */
function useEsnextBuilds() {
  const swaps = { 'vis-timeline/peer': 'vis-timeline/esnext', 'vis-data/peer': 'vis-data/esnext' };
  return {
    name: 'use-esnext-builds',
    resolveId(source, importer) {
      const swapped = swaps[source];
      return swapped ? this.resolve(swapped, importer, { skipSelf: true }) : null;
    },
  };
}

const VIS_TIMELINE_ESNEXT = /node_modules\/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

const typescriptPlugin = ({ sourceMap }) =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: undefined, rootDir: undefined, noEmit: false, sourceMap });

/** The plugins that turn vis-timeline into the slim, Trusted-Types-safe engine, shared by both builds. */
const slimEngine = () => [
  useEsnextBuilds(),
  vendorSubstitutes(),
  // moment's ES build is behind `jsnext:main`; without it the browser gets CommonJS.
  nodeResolve({ browser: true, mainFields: ['jsnext:main', 'module', 'browser', 'main'] }),
  commonjs(),
];

/** The Trusted Types rewrite and audit (docs/security.md), after the transforms that make JS of TS, CommonJS, JSON and CSS. */
const trustedTypesPlugin = (allowedSinks) =>
  trustedTypes({
    policyName: 'purge-timeline',
    include: VIS_TIMELINE_ESNEXT,
    // vis-timeline 8.5.4's esnext build: 35 `innerHTML =` writes (literals, "" or js-xss-filtered),
    // one of them in Graph2d code that slim-vis-timeline removes first.
    // A different count fails the build: audit the new writes, then update it.
    expectedRewrites: 31, // and three that slim-vis-timeline removes: the drag-time tooltip of editable items, the loading screen's two
    allowedSinks,
  });

/** Copies the embed page, its stylesheet and the optional parent-page script (src/embed/) next to the bundle. */
function embedPage() {
  return {
    name: 'embed-page',
    async generateBundle() {
      for (const file of ['embed.html', 'embed.css', 'embed-parent.js']) {
        this.emitFile({ type: 'asset', fileName: file, source: await readFile(`src/embed/${file}`, 'utf8') });
      }
    },
  };
}

/**
 * A manual chunk takes in every module it imports that no other manual chunk holds, even one the
 * entry needs too, which the entry would then import from it. The entry (`index`:
 * src/purge-timeline-bundle.ts, src/index.ts) named as a manual chunk of its own keeps what is its
 * own. Lit's directive base (231 B), which the engine and the reader parts share, goes there too:
 * as a chunk of its own it was found only once the engine had arrived, a round trip more before
 * the timeline could draw.
 *
 * The data's parser and the dates (date-fns with English's dates) are in the entry file, imported
 * statically (src/data/bundle-parser.ts): the first titles need both. As chunks of their own they
 * kept the entry file smaller, but the browser asked for them only once it had read the entry,
 * 30–60 ms after it had arrived (bench/README.md). The engine, the other languages
 * and the reader parts import the dates from the entry.
 */
const ENTRY_MODULES = [/\/src\/(index|purge-timeline-bundle|data\/bundle-parser)\.ts$/, /\/node_modules\/lit-html\/directive\.js$/];
const entryChunk = (id) => (ENTRY_MODULES.some((pattern) => pattern.test(id)) ? 'index' : undefined);

const bundle = {
  // src/index.ts, with the parser and the dates imported statically (src/purge-timeline-bundle.ts).
  input: { index: 'src/purge-timeline-bundle.ts' },
  // Source maps are written (bench/bundle-map.mjs reads them) but not named in the files ('hidden'):
  // the package does not ship them (package.json "files"), so no file points at a missing map.
  // The entry, plus the chunks it imports when needed (vis-timeline, the shipped events), next to
  // it under fixed names: one <script type="module"> still loads everything.
  // The entry may export more than src/index.ts does, so shared code stays in it (no facade file).
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist', entryFileNames: 'purge-timeline.js', chunkFileNames: 'purge-timeline-[name].js', format: 'es', sourcemap: 'hidden', manualChunks: entryChunk },
  plugins: [
    ...slimEngine(),
    json({ preferConst: true, compact: true }),
    cssText(),
    typescriptPlugin({ sourceMap: true }),
    minifyCssLiterals(),
    slimVisTimeline({ include: VIS_TIMELINE_ESNEXT }),
    // Before terser: it checks the chunk while the helper still has its name.
    trustedTypesPlugin([
      { module: /node_modules\/lit-html\/lit-html\.js$/, kind: 'innerHTML =', count: 1, why: "Lit's <template> HTML, through Lit's own `lit-html` policy" },
    ]),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    thirdPartyNotices({ fileName: 'THIRD-PARTY-NOTICES.md' }),
  ],
};

// 3. dist/purge-timeline-embed.js — the embed page's script (src/embed/, docs/embed.md), next to
//    dist/embed.html: it imports the bundle's entry (./purge-timeline.js) for the element, so the
//    page loads the same files as any other page with the bundle.
const embed = {
  input: 'src/embed/embed-page.ts',
  output: { file: 'dist/purge-timeline-embed.js', format: 'es', sourcemap: 'hidden' },
  plugins: [
    {
      name: 'bundle-entry-as-external',
      resolveId: (source, importer) => (source === '../index.js' && importer?.includes('/src/embed/') ? { id: './purge-timeline.js', external: true } : null),
    },
    typescriptPlugin({ sourceMap: true }),
    terser({ format: { comments: false } }),
    embedPage(),
  ],
};

// Only the runtime dependencies (lit, date-fns) stay imports; everything else is in dist/lib.
const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** dist/lib/vendor/… for the modules that come from node_modules (npm never packs a folder named node_modules). */
const libraryFileName = (chunk) => `${chunk.name.replace(/^.*?node_modules\//, 'vendor/')}.js`;

const library = {
  // authoring/: the checker and the spreadsheet import the `purge-timeline` command (bin/) runs in Node.
  input: { index: 'src/index.ts', element: 'src/element.ts', authoring: 'src/authoring/index.ts' },
  external: (id) => isExternal(id) && !id.endsWith('.css'),
  // No source maps: they would point at src/, which is not shipped; the modules are unminified.
  output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: libraryFileName },
  plugins: [
    ...slimEngine(),
    json({ preferConst: true }),
    cssText(),
    typescriptPlugin({ sourceMap: false }),
    minifyCssLiterals({ sourceMap: false }),
    slimVisTimeline({ include: VIS_TIMELINE_ESNEXT }),
    trustedTypesPlugin([]),
    thirdPartyNotices({ fileName: 'vendor/THIRD-PARTY-NOTICES.md' }),
  ],
};

export default [bundle, embed, library];
