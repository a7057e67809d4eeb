// What `npx purge-timeline` needs is published: the bin, its Node modules, the built authoring
// library and the templates (`npm pack --dry-run`, without the build: npm test has built).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './run-bin.mjs';

test('the package names the bin and publishes it with cli/, dist/lib/authoring.js and templates/', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.bin['purge-timeline'], 'bin/purge-timeline.mjs');
  assert.match(readFileSync(new URL('../../bin/purge-timeline.mjs', import.meta.url), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set(info.files.map((file) => file.path));
  for (const expected of ['bin/purge-timeline.mjs', 'cli/main.mjs', 'cli/check-command.mjs', 'cli/import-command.mjs', 'cli/export-command.mjs', 'dist/lib/authoring.js', 'dist/lib/data/parse-events.js', 'templates/events.csv', 'templates/empty/events.csv']) {
    assert.ok(files.has(expected), `the tarball has ${expected}`);
  }
  // The command's own dependencies are the package's, so an install brings them.
  for (const dependency of ['papaparse', 'jsonc-parser']) assert.ok(pkg.dependencies[dependency], `${dependency} is a dependency`);
});
