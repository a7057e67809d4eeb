// Generates custom-elements.json from the JSDoc in src/ (`npm run analyze`); never edited by hand.
// Only the public modules are analysed: the entry points, the element, its registration and its
// events (the overview band and everything else under src/ are internal). The manifest then says
// where each module ships (dist/lib/*.js, not src/*.ts, which is not in the package) and gives
// every event its class, from src/events.ts. test/package/manifest.test.mjs validates the result
// against the custom-elements-manifest schema; scripts/generate-editor-data.mjs turns it into
// editor data and framework typings.
import { readFileSync } from 'node:fs';

const SCHEMA_VERSION = JSON.parse(readFileSync(new URL('./node_modules/custom-elements-manifest/package.json', import.meta.url), 'utf8')).version;
const PUBLIC_MODULES = ['src/index.ts', 'src/element.ts', 'src/purge-timeline-element.ts', 'src/purge-timeline-define.ts', 'src/events.ts'];

/** `purge-timeline-select` → `PurgeTimelineSelectEvent`, read from the classes' `super('…')` calls. */
function eventClasses() {
  const source = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');
  const classes = new Map();
  for (const match of source.matchAll(/export class (\w+) extends CustomEvent[\s\S]*?super\('([\w-]+)'/g)) classes.set(match[2], match[1]);
  return classes;
}

/** `src/a/b.ts` → `dist/lib/a/b.js` (what the package ships); `./b.js` from `src/a.ts` → `dist/lib/b.js`. */
function shippedPath(path, from) {
  const resolved = path.startsWith('.') && from ? new URL(path, `file:///${from}`).pathname.slice(1) : path;
  return resolved.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');
}

function shippedPathsAndEventTypes() {
  const classes = eventClasses();
  const rewrite = (node, from) => {
    if (Array.isArray(node)) return node.forEach((child) => rewrite(child, from));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value, from);
      else rewrite(value, from);
    }
  };
  return {
    name: 'purge-timeline-shipped-paths-and-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = classes.get(event.name);
            if (!type) throw new Error(`custom-elements-manifest: no class in src/events.ts for the event "${event.name}"`);
            event.type = { text: type };
          }
        }
      }
      // The schema version the manifest is validated against (the analyzer writes 1.0.0).
      customElementsManifest.schemaVersion = SCHEMA_VERSION;
      const modules = customElementsManifest.modules;
      for (const module of modules) rewrite(module, module.path);
      // Re-exports of what is not a declaration of a public module (types, interfaces, internal
      // modules) are left out: the manifest describes the JavaScript API.
      const declared = new Set(modules.flatMap((module) => (module.declarations ?? []).map((d) => `${module.path}#${d.name}`)));
      for (const module of modules) {
        module.exports = (module.exports ?? []).filter((entry) => declared.has(`${entry.declaration.module}#${entry.declaration.name}`));
      }
      // Importing the package's main entry registers the element under this tag.
      const element = modules.flatMap((module) => (module.declarations ?? []).map((d) => ({ module, d }))).find(({ d }) => d.tagName);
      modules
        .find((module) => module.path === 'dist/lib/index.js')
        ?.exports.push({ kind: 'custom-element-definition', name: element.d.tagName, declaration: { name: element.d.name, module: element.module.path } });
    },
  };
}

export default {
  globs: PUBLIC_MODULES,
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [shippedPathsAndEventTypes()],
};
