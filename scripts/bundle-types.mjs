// The package's types: tsc's declarations (.scratch/types, `tsc -p tsconfig.build.json`) bundled by
// rollup-plugin-dts into dist/lib/index.d.ts and dist/lib/element.d.ts (with one shared file), so
// the public types are self-contained: internal modules' types (and the date-fns and vis-timeline
// types they mention, which a consumer does not install) are left out unless the API reaches them.
import { rmSync } from 'node:fs';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const bundle = await rollup({
  input: { index: '.scratch/types/index.d.ts', element: '.scratch/types/element.d.ts' },
  plugins: [dts()],
  // Lit's types stay imports: lit is the package's one dependency.
  external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id),
});
await bundle.write({ dir: 'dist/lib', format: 'es', chunkFileNames: '[name]-[hash].d.ts' });
await bundle.close();
rmSync('.scratch/types', { recursive: true, force: true });
