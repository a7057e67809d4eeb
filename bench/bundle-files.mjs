// The files that make up "the bundle": the entry (dist/purge-timeline.js, what a page loads with one
// <script type="module">) plus every file reachable from it through relative imports of the built
// code — static `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`, and dynamic
// `import("./x.js")` — discovered by reading the files, not from a list (chunk names may come and go:
// per-language chunks, …). Shared by run.mjs, harness.mjs, check-size.mjs and profile.mjs.
//
// The specifiers are found with regular expressions over rollup's (minified) output. They only
// look at relative specifiers ending in .js/.mjs in the syntax above; a string in the data that
// happened to read `import("./x.js")` would be taken for one (it would show as a missing file).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative, sep } from 'node:path';

const SPECIFIER = String.raw`(["'\x60])(\.{1,2}\/[^"'\x60\s]+?\.m?js)(?:\?[^"'\x60]*)?\1`;
const PATTERNS = [
  // import{a as b}from"./x.js" · export{a}from"./x.js" · export*from"./x.js"
  { how: 'static', re: new RegExp(String.raw`\bfrom\s*${SPECIFIER}`, 'g') },
  // import"./x.js" (side effects only)
  { how: 'static', re: new RegExp(String.raw`\bimport\s*${SPECIFIER}`, 'g') },
  // import("./x.js")
  { how: 'dynamic', re: new RegExp(String.raw`\bimport\s*\(\s*${SPECIFIER}\s*[,)]`, 'g') },
];

/** The relative specifiers a piece of built code imports: [{ specifier, how: 'static'|'dynamic' }]. */
export function importsOf(code) {
  const found = new Map();
  for (const { how, re } of PATTERNS) {
    for (const match of code.matchAll(re)) {
      const specifier = match[2];
      // Static wins over dynamic when a file is imported both ways.
      if (!found.has(specifier) || how === 'static') found.set(specifier, how);
    }
  }
  return [...found].map(([specifier, how]) => ({ specifier, how }));
}

/** The source map of a built file: its `sourceMappingURL` comment (relative), else `<file>.map`; undefined when there is none. */
function mapOf(path, code) {
  const comment = /\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/.exec(code);
  if (comment && !comment[1].startsWith('data:')) {
    const fromComment = resolve(dirname(path), decodeURIComponent(comment[1]));
    if (existsSync(fromComment)) return fromComment;
  }
  return existsSync(`${path}.map`) ? `${path}.map` : undefined;
}

/**
 * Every file of the bundle whose entry is `entryPath`, the entry first, then the chunks in the
 * order they were found (breadth first).
 * @param {string} entryPath path of the entry file (absolute, or relative to the working directory)
 * @returns {{ path: string, name: string, role: 'entry' | 'chunk', map?: string, missing?: boolean,
 *   importedBy: { name: string, how: 'static' | 'dynamic' }[] }[]}
 *   `name`: the path relative to the entry's folder, with `/` (what a page requests next to the
 *   entry, e.g. `purge-timeline-vis-timeline-engine.js`); `missing`: imported but not on disk (only
 *   the entry's absence throws).
 */
export function bundleFiles(entryPath) {
  const entry = resolve(entryPath);
  if (!existsSync(entry)) throw Object.assign(new Error(`${entryPath} is missing`), { code: 'ENOENT' });
  const root = dirname(entry);
  const nameOf = (path) => relative(root, path).split(sep).join('/');
  const files = new Map([[entry, { path: entry, name: nameOf(entry), role: 'entry', importedBy: [] }]]);
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift();
    const file = files.get(path);
    if (!existsSync(path)) {
      file.missing = true;
      continue;
    }
    const code = readFileSync(path, 'utf8');
    const map = mapOf(path, code);
    if (map) file.map = map;
    for (const { specifier, how } of importsOf(code)) {
      const target = resolve(dirname(path), specifier);
      let imported = files.get(target);
      if (!imported) {
        imported = { path: target, name: nameOf(target), role: 'chunk', importedBy: [] };
        files.set(target, imported);
        queue.push(target);
      }
      if (target !== path) imported.importedBy.push({ name: file.name, how });
    }
  }
  return [...files.values()];
}

/** A short label for tables: `entry` for the entry, else the chunk's name without `purge-timeline-` and `.js`. */
export function shortName(file) {
  if (file.role === 'entry') return 'entry';
  return file.name.replace(/^purge-timeline-/, '').replace(/\.m?js$/, '');
}
