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

try {
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
