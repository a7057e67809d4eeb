// What npm publishes: `npm pack` (after `npm run build`, which `npm test` runs first), the files
// the tarball holds, and the bundle (its entry and chunks) from inside it loaded into a plain page with
// nothing else on it, in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'purge-timeline-pack-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

function pack() {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const [info] = JSON.parse(output);
  return info;
}

test('the tarball holds the bundle, the library with types, the manifest and the data, and nothing else', () => {
  const info = pack();
  const files = info.files.map((file) => file.path);
  for (const expected of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/purge-timeline.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/element.js', 'dist/lib/element.d.ts', 'dist/embed.html', 'dist/embed-parent.js', 'custom-elements.json', 'events.json', 'events.schema.json']) {
    assert.ok(files.includes(expected), `the tarball has ${expected}`);
  }
  for (const file of files) assert.doesNotMatch(file, /^(src|test|bench|node_modules|demo|scripts)\//, `no ${file}`);
  // No source maps: the library is unminified, and the bundle's maps would double the package.
  assert.deepEqual(files.filter((file) => file.endsWith('.map')), []);
  // Nothing in the package names a map or a source file that is not in it.
  for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
    assert.doesNotMatch(readFileSync(join(root, file), 'utf8'), /sourceMappingURL=/, `${file} names no source map`);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const target of Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `the export ${target} is in the tarball`);
  }
  for (const target of [manifest['web-types'], manifest.customElements, ...Object.values(manifest.typesVersions['*']).flat()]) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `${target}, named in package.json, is in the tarball`);
  }
});

test("every link and image in the README to a file of the package is this version's file on jsDelivr, and in the tarball", () => {
  // npm's package page resolves relative links only through `repository`, which this package does not
  // have yet: the README links its shipped files absolutely (scripts/pin-readme-links.mjs re-pins them).
  const files = new Set(pack().files.map((file) => file.path));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/```[\s\S]*?```/g, '');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^#/.test(target));
  const relative = targets.filter((target) => !/^(https?:|mailto:)/.test(target));
  assert.deepEqual(relative, [], 'no relative links: they break on the package page');
  const prefix = `https://cdn.jsdelivr.net/npm/purge-timeline@${version}/`;
  const ownFiles = targets.filter((target) => target.includes('cdn.jsdelivr.net/npm/purge-timeline'));
  assert.ok(ownFiles.length >= 4, 'the README links its docs and its screenshot');
  for (const target of ownFiles) {
    assert.ok(target.startsWith(prefix), `${target} names version ${version} (run node scripts/pin-readme-links.mjs)`);
    const path = target.slice(prefix.length).replace(/#.*$/, '');
    assert.ok(files.has(path), `README links ${path}, which is in the tarball`);
  }
});

test('the bundle from the tarball draws the chronology on a plain page', async () => {
  const info = pack();
  execFileSync('tar', ['-xzf', join(work, info.filename), '-C', work]);
  const packageDir = join(work, 'package');
  writeFileSync(join(packageDir, 'plain.html'), '<!doctype html><html lang="en"><title>plain</title><script type="module" src="./dist/purge-timeline.js"></script><purge-timeline></purge-timeline></html>');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
  const server = createServer((request, response) => {
    try {
      const path = join(packageDir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/plain.html`);
    const count = await page.waitForFunction(() => document.querySelector('purge-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length, { timeout: 15000 });
    assert.ok((await count.jsonValue()) > 10, 'events are drawn');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
