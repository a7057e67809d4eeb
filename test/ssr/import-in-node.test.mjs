// Server-side rendering frameworks (SvelteKit, Nuxt, Next, Astro) import a page's modules in Node.
// Every entry of the package imports there without throwing and registers nothing; the browser
// registers the element. Imports go through the package's own name (its `exports` map, with the
// conditions Node uses), after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = ['purge-timeline', 'purge-timeline/element', 'purge-timeline/bundle', 'purge-timeline/react', 'purge-timeline/preact', 'purge-timeline/svelte', 'purge-timeline/vue'];

/** Imports `entry` in a fresh Node process (no DOM) and reports its exports and the registry's state. */
function importInNode(entry) {
  const script = `
    const module = await import(${JSON.stringify(entry)});
    const registered = globalThis.customElements?.get?.('purge-timeline') !== undefined;
    const defined = typeof module.definePurgeTimeline === 'function' ? module.definePurgeTimeline('my-timeline') : undefined;
    console.log(JSON.stringify({ exports: Object.keys(module).sort(), registered, definedIsClass: defined === module.PurgeTimelineElement, hasWindow: typeof window !== 'undefined' }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

for (const entry of ENTRIES) {
  test(`import('${entry}') works in Node and registers nothing`, () => {
    const result = importInNode(entry);
    assert.equal(result.registered, false, 'no <purge-timeline> in a server registry');
    assert.equal(result.hasWindow, false);
    if (!/react|preact|svelte|vue/.test(entry)) {
      for (const name of ['PurgeTimelineElement', 'definePurgeTimeline', 'PurgeTimelineSelectEvent', 'PurgeTimelineRangeChangeEvent', 'PurgeTimelineErrorEvent']) {
        assert.ok(result.exports.includes(name), `${entry} exports ${name}`);
      }
      assert.equal(result.definedIsClass, true, 'definePurgeTimeline() returns the class without registering');
    }
  });
}
