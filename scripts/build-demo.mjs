// Builds the React demo: demo/react/app.jsx → demo/react/app.js, one ES module with React 19 in it
// (React ships CommonJS only, so the page cannot import it directly). The element is not bundled:
// app.js imports the page's own ../../dist/purge-timeline.js at run time, so the page has exactly
// one registration of <purge-timeline>. Run `npm run build` too (for dist/), then open
// http://localhost:8000/demo/react.html (`npm start`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Keeps imports of the element's bundle as they are written: loaded by the browser, not inlined. */
const elementBundleExternal = {
  name: 'purge-timeline-bundle-external',
  setup(builder) {
    builder.onResolve({ filter: /\/dist\/purge-timeline\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** The authoring page's script: the authoring modules, Papa Parse, jsonc-parser and the template sheets, in one file. */
const authoringPage = {
  absWorkingDir: root,
  entryPoints: ['demo/author/app.ts'],
  outfile: 'demo/author/app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  loader: { '.csv': 'text' },
  minify: true,
  legalComments: 'eof',
  banner: { js: '// Built by scripts/build-demo.mjs from demo/author/app.ts; do not edit.' },
  logLevel: 'warning',
  metafile: true,
};

try {
  const authoring = await build(authoringPage);
  const authoringBytes = Object.values(authoring.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`demo/author/app.js (${(authoringBytes / 1024).toFixed(0)} kB)`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['demo/react/app.jsx'],
    outfile: 'demo/react/app.js',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    legalComments: 'eof',
    banner: { js: '// Built by scripts/build-demo.mjs from demo/react/app.jsx; do not edit.' },
    plugins: [elementBundleExternal],
    logLevel: 'warning',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`demo/react/app.js (${(bytes / 1024).toFixed(0)} kB)`);
} catch {
  // esbuild has already printed what went wrong, with file and line.
  process.exitCode = 1;
}
