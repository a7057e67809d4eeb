// "Where the bytes go": attributes every byte of the minified bundle to the source it came from,
// by walking the source map's mappings (VLQ decoded here, no dependency), then groups sources
// by package. The bundle is several files (the entry and its chunks, bench/bundle-files.mjs), each
// with its own map: attributeBundle() does one file, attributeBundleFiles() all of them, summed per
// package with each file's share. Two kinds of bytes carry no mapping of their own (their rollup plugins emit none),
// so the map credits them to the module that imports them; they are found by content instead:
// - the CSS: vis-timeline's stylesheet (a string literal, scripts/rollup-plugin-css-text.mjs)
//   and our element's own css`…` template (our `*.styles.ts` modules count as CSS anyway);
// - events.json (@rollup/plugin-json, or a module that holds it, like the default-events chunk's):
//   the object literal that starts with its `$schema` key.
// Whatever is left unmapped (terser's glue between modules) is reported as "(unmapped)".
// Text before a line's first mapping continues the mapping before it (multi-line templates).
//
// gzip share: each group's bytes are concatenated and gzipped (-9) on their own; those sizes are
// scaled so that they add up to the gzip size of the whole file. It is an estimate: gzip's
// back-references across groups are lost, so small groups read a little large.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment ("AAgBC") into its numbers (base64 VLQ, sign in the lowest bit). */
export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each generated line: segments in column order, each
 * [column, sourceIndex | -1, originalLine, originalColumn, nameIndex | -1] (0-based). Columns are
 * UTF-16 code units, as the source map spec says.
 */
export function decodeMappings(mappings) {
  const lines = [];
  let sourceIndex = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let nameIndex = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeVlq(segment);
      column += values[0];
      if (values.length >= 4) {
        sourceIndex += values[1];
        originalLine += values[2];
        originalColumn += values[3];
        let name = -1;
        if (values.length >= 5) {
          nameIndex += values[4];
          name = nameIndex;
        }
        segments.push([column, sourceIndex, originalLine, originalColumn, name]);
      } else {
        segments.push([column, -1, -1, -1, -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The segment that covers (line, column) of the generated file (0-based), or undefined. */
export function segmentAt(lines, line, column) {
  const segments = lines[line];
  if (!segments || segments.length === 0) return undefined;
  let low = 0;
  let high = segments.length - 1;
  if (segments[0][0] > column) return undefined;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle][0] <= column) low = middle;
    else high = middle - 1;
  }
  return segments[low];
}

/** The package (or our own group) a source path belongs to. */
export function groupOf(source) {
  const path = source.replace(/\\/g, '/');
  // Stylesheets, and our modules that hold nothing but Lit css`…` templates.
  if (path.endsWith('.css') || /\.styles\.[jt]s$/.test(path)) return 'CSS';
  if (/(^|\/)events\.json$/.test(path)) return 'events.json';
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name)) return 'lit';
    if (['@egjs/hammerjs', 'propagating-hammerjs', 'hammerjs'].includes(name)) return 'hammer';
    if (['xss', 'cssfilter'].includes(name)) return 'xss';
    if (name === 'vis-timeline' && path.endsWith('.css')) return 'CSS';
    return name;
  }
  if (/(^|\/)src\//.test(path)) return 'our src';
  return `other (${path})`;
}

/** End (exclusive) of the string literal whose opening quote is at `open`, honouring escapes. */
function literalEnd(code, open) {
  const quote = code[open];
  for (let i = open + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i + 1;
  }
  return undefined;
}

/** Index of the bracket closing the one at `open`, skipping string literals. */
function matchingBracket(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const char = code[i];
    if (char === '"' || char === "'" || char === '`') {
      i = (literalEnd(code, i) ?? code.length) - 1;
      continue;
    }
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/**
 * Byte ranges found by content:
 * - vis-timeline's stylesheet: the string literal that starts with the stylesheet's first characters;
 * - our own `css` template: the template literal around `--purge-timeline-category-0:`;
 * - events.json: the object literal that starts just before `$schema:"./events.schema.json"`.
 */
function rangesByContent(code, visCss) {
  const ranges = [];
  const head = visCss.slice(0, 40);
  const visAt = code.indexOf(head);
  if (visAt > 0 && '"\'`'.includes(code[visAt - 1])) {
    const end = literalEnd(code, visAt - 1);
    if (end) ranges.push({ name: 'CSS', start: visAt - 1, end, what: "vis-timeline's stylesheet (string literal)" });
  }
  const oursAt = code.indexOf('--purge-timeline-category-0:');
  if (oursAt > 0) {
    const open = code.lastIndexOf('`', oursAt);
    const end = open >= 0 ? literalEnd(code, open) : undefined;
    if (end && end > oursAt) ranges.push({ name: 'CSS', start: open, end, what: 'our element styles (css`…` template)' });
  }
  const schemaAt = code.search(/["']?\$schema["']?:\s*["']\.\/events\.schema\.json/);
  if (schemaAt > 0) {
    const open = code.lastIndexOf('{', schemaAt);
    const end = open >= 0 ? matchingBracket(code, open) : undefined;
    if (end) ranges.push({ name: 'events.json', start: open, end, what: 'the shipped events.json (object literal)' });
  }
  return ranges;
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * @param {string} jsPath the minified bundle file
 * @param {string | undefined} mapPath its source map (without one, all is "(unmapped)" but what is found by content)
 * @param {string} visCss the text of vis-timeline's stylesheet, to find it in the bundle
 * @returns {{ total: { raw: number, gzip: number }, groups: { name: string, raw: number, gzip: number, sources: string[] }[], method: string }}
 */
export function attributeBundle(jsPath, mapPath, visCss = '') {
  return attributeCode(readFileSync(jsPath, 'utf8'), mapPath ? readFileSync(mapPath, 'utf8') : undefined, visCss);
}

/**
 * attributeBundle() on a file's text and its map's text (or undefined).
 * @param {string} code
 * @param {string | undefined} mapText
 * @param {string} visCss
 */
export function attributeCode(code, mapText, visCss = '') {
  const map = mapText ? JSON.parse(mapText) : { sources: [], mappings: '' };
  const mapDir = map.sourceRoot ?? '';
  const sources = map.sources.map((source) => `${mapDir}${source}`);
  const lines = decodeMappings(map.mappings);

  // owner[i] = group name of the UTF-16 code unit i of the file.
  const owner = new Array(code.length).fill('(unmapped)');
  // sourceOf[i] = index of the source of code unit i (-1: unmapped, -2: CSS, -3: events.json).
  const sourceOf = new Int32Array(code.length).fill(-1);
  let lineStart = 0;
  const codeLines = code.split('\n');
  // A segment runs to the next one; text before a line's first segment (and a line without any,
  // and the newline) continues the last segment of the lines above: that is how multi-line
  // template literals (Lit's css`…` and html`…`) come out of terser, with no mapping per line.
  let carried = -1;
  const give = (index, sourceIndex) => {
    owner[index] = sourceIndex >= 0 ? groupOf(sources[sourceIndex]) : '(unmapped)';
    sourceOf[index] = sourceIndex;
  };
  codeLines.forEach((text, lineIndex) => {
    const segments = lines[lineIndex] ?? [];
    const first = segments.length ? Math.min(segments[0][0], text.length) : text.length;
    for (let c = 0; c < first; c++) give(lineStart + c, carried);
    for (let s = 0; s < segments.length; s++) {
      const [column, sourceIndex] = segments[s];
      const next = s + 1 < segments.length ? segments[s + 1][0] : text.length;
      for (let c = column; c < next && c < text.length; c++) give(lineStart + c, sourceIndex);
      carried = sourceIndex;
    }
    if (lineStart + text.length < code.length) give(lineStart + text.length, carried);
    lineStart += text.length + 1;
  });

  const found = [];
  for (const range of rangesByContent(code, visCss)) {
    for (let i = range.start; i < range.end; i++) {
      owner[i] = range.name;
      sourceOf[i] = range.name === 'CSS' ? -2 : -3;
    }
    found.push(`${range.name}: ${range.what}, ${range.end - range.start} chars`);
  }

  const chunks = new Map();
  for (let i = 0; i < code.length; i++) {
    const name = owner[i];
    let chunk = chunks.get(name);
    if (!chunk) chunks.set(name, (chunk = []));
    chunk.push(code[i]);
  }
  // Bytes per source file (UTF-8), for the largest ones.
  const perSource = new Map();
  for (let i = 0; i < code.length; i++) {
    const index = sourceOf[i];
    const key = index >= 0 ? sources[index].replace(/^(\.\.\/)+/, '') : index === -2 ? '(CSS text)' : index === -3 ? '(events.json)' : '(unmapped)';
    const unit = code.charCodeAt(i);
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xdc00 ? 4 : unit >= 0xdc00 && unit < 0xe000 ? 0 : 3;
    perSource.set(key, (perSource.get(key) ?? 0) + size);
  }
  const largestSources = [...perSource].map(([source, raw]) => ({ source, raw })).sort((a, b) => b.raw - a.raw);

  const sourcesByGroup = new Map();
  for (const source of sources) {
    const name = groupOf(source);
    if (!sourcesByGroup.has(name)) sourcesByGroup.set(name, []);
    sourcesByGroup.get(name).push(source.replace(/^(\.\.\/)+/, ''));
  }

  const totalRaw = Buffer.byteLength(code);
  const totalGzip = gzip(code);
  const separate = [...chunks].map(([name, chars]) => {
    const text = chars.join('');
    return { name, raw: Buffer.byteLength(text), separateGzip: gzip(text) };
  });
  const separateSum = separate.reduce((sum, group) => sum + group.separateGzip, 0);
  const groups = separate
    .map((group) => ({
      name: group.name,
      raw: group.raw,
      gzip: Math.round((group.separateGzip / separateSum) * totalGzip),
      separateGzip: group.separateGzip,
      sources: sourcesByGroup.get(group.name) ?? [],
    }))
    .sort((a, b) => b.raw - a.raw);

  return {
    total: { raw: totalRaw, gzip: totalGzip },
    groups,
    largestSources,
    found,
    method:
      'raw: minified bytes attributed to sources by walking the source map (each segment to the next; unmapped text continues the segment before it, as multi-line templates do); CSS and events.json, which carry no mapping of their own, found by content. ' +
      'gzip: each group gzipped (-9) alone, scaled so the groups add up to the whole file\'s gzip size (an estimate).',
  };
}


/**
 * attributeCode() on every file of the bundle, then the groups summed over the files, each with
 * its bytes per file, and the largest sources over all files.
 * @param {{ name: string, role: string, body: Buffer | string, mapBody?: Buffer | string }[]} files
 *   the entry and its chunks, as harness.mjs's readBundle() gives them
 * @param {string} visCss
 */
export function attributeBundleFiles(files, visCss = '') {
  const perFile = files.map((file) => ({
    name: file.name,
    role: file.role,
    ...attributeCode(String(file.body), file.mapBody === undefined ? undefined : String(file.mapBody), visCss),
  }));
  const groups = new Map();
  const sources = new Map();
  for (const file of perFile) {
    for (const group of file.groups) {
      let sum = groups.get(group.name);
      if (!sum) groups.set(group.name, (sum = { name: group.name, raw: 0, gzip: 0, sources: new Set(), files: {} }));
      sum.raw += group.raw;
      sum.gzip += group.gzip;
      for (const source of group.sources) sum.sources.add(source);
      sum.files[file.name] = { raw: group.raw, gzip: group.gzip };
    }
    for (const { source, raw } of file.largestSources) {
      let sum = sources.get(source);
      if (!sum) sources.set(source, (sum = { source, raw: 0, files: [] }));
      sum.raw += raw;
      sum.files.push(file.name);
    }
  }
  return {
    total: { raw: perFile.reduce((sum, f) => sum + f.total.raw, 0), gzip: perFile.reduce((sum, f) => sum + f.total.gzip, 0) },
    files: perFile.map(({ name, role, total, groups: fileGroups, found }) => ({ name, role, total, groups: fileGroups.map(({ name: group, raw, gzip: gz }) => ({ name: group, raw, gzip: gz })), found })),
    groups: [...groups.values()].map((g) => ({ ...g, sources: [...g.sources] })).sort((a, b) => b.raw - a.raw),
    largestSources: [...sources.values()].sort((a, b) => b.raw - a.raw),
    found: perFile.flatMap((file) => file.found.map((what) => `${file.name}: ${what}`)),
    method:
      (perFile[0]?.method ?? '') +
      ' Each file of the bundle is attributed with its own source map; a group\'s figures are the sums over the files (gzip: of each file\'s estimate, so the total is the sum of the files\' real gzip sizes).',
  };
}
