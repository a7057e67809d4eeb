// The Custom Elements Manifest (custom-elements.json, `npm run analyze`) against the schema of the
// `custom-elements-manifest` package, plus what the schema cannot say: only public modules, at
// paths the package ships, with typed events, and no internal element. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import Ajv from 'ajv';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const manifest = read('custom-elements.json');
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

test('the manifest is valid against the custom-elements-manifest schema', () => {
  const schema = read('node_modules/custom-elements-manifest/schema.json');
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(manifest.schemaVersion, read('node_modules/custom-elements-manifest/package.json').version);
});

test('it lists the public modules only, at paths the package ships', () => {
  const paths = manifest.modules.map((module) => module.path).sort();
  assert.deepEqual(paths, ['dist/lib/element.js', 'dist/lib/events.js', 'dist/lib/index.js', 'dist/lib/purge-timeline-define.js', 'dist/lib/purge-timeline-element.js']);
  const referenced = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]+"/g).map((entry) => entry.split('"')[3]);
  const files = read('package.json').files;
  for (const path of new Set(referenced)) {
    assert.ok(existsSync(new URL(path, root)), `${path} exists after the build`);
    assert.ok(files.some((pattern) => path.startsWith(pattern.replace(/\/$/, ''))), `${path} is in package.json's files`);
  }
});

test('one public tag, registered by the main entry; the overview band is not in it', () => {
  const tags = declarations.filter((d) => d.tagName).map((d) => d.tagName);
  assert.deepEqual(tags, ['purge-timeline']);
  assert.doesNotMatch(JSON.stringify(manifest), /purge-timeline-overview/);
  const definition = manifest.modules.find((m) => m.path === 'dist/lib/index.js').exports.find((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definition, { kind: 'custom-element-definition', name: 'purge-timeline', declaration: { name: 'PurgeTimelineElement', module: 'dist/lib/purge-timeline-element.js' } });
});

test('every event has the type of its exported class', () => {
  const element = declarations.find((d) => d.tagName === 'purge-timeline');
  const classes = manifest.modules.find((m) => m.path === 'dist/lib/index.js').exports.map((e) => e.name);
  assert.ok(element.events.length >= 3);
  for (const event of element.events) {
    assert.ok(event.type?.text, `${event.name} has a type`);
    assert.ok(classes.includes(event.type.text), `${event.type.text} is exported from the main entry`);
  }
});
