// Trusted Types for the bundle (dist/purge-timeline.js and its chunks).
//
// vis-timeline writes item contents, axis labels, tooltips and frames with `innerHTML`, after
// passing dynamic strings through its js-xss filter (`availableUtils.xss(…)`). On a page that
// enforces Trusted Types (`require-trusted-types-for 'script'`) every such write of a plain string
// throws, and the timeline stays blank. This plugin:
//
// 1. rewrites, in vis-timeline's `esnext` module only, every `X.innerHTML = expr` into
//    `X.innerHTML = __purgeTimelineTrustedHTML(expr)`. The helper, injected once at the top of
//    that module, hands `expr` unchanged to a Trusted Types policy named `purge-timeline` (created
//    lazily, once) when the browser has Trusted Types, and returns the plain string otherwise.
//    vis-timeline's own XSS filter still runs first: the rewrite wraps the filtered value, it
//    never replaces the filter, and the policy stays private to the module (a policy reachable
//    from the page would let any script mint TrustedHTML);
// 2. fails the build when the number of rewrites differs from `expectedRewrites`, so a
//    vis-timeline upgrade cannot add or move raw writes unnoticed (re-audit, then update the count);
// 3. audits every module of the bundle, and the rendered chunk, for the other Trusted Types and
//    `unsafe-eval` sinks (outerHTML, insertAdjacentHTML, document.write, srcdoc,
//    createContextualFragment, parseFromString, setHTMLUnsafe, eval, Function, string timers,
//    script elements, workers) and fails the build on any sink not listed in `allowedSinks`
//    (Lit's one template `innerHTML`, which goes through Lit's own `lit-html` policy).
//
// `TRUSTED_TYPES_REPORT=1 npx rollup -c` prints the counts (rewritten, left after tree-shaking, raw).
import { createRequire } from 'node:module';

// magic-string (for the source map of the rewritten module) comes with @rollup/plugin-commonjs;
// resolving it from there keeps it out of package.json and independent of npm's hoisting.
const requireFromCommonjs = createRequire(createRequire(import.meta.url).resolve('@rollup/plugin-commonjs'));
const MagicString = requireFromCommonjs('magic-string');

const HELPER = '__purgeTimelineTrustedHTML';

/** The code put at the top of vis-timeline's module. `policyName` is JSON-quoted. */
function helperSource(policyName) {
  const name = JSON.stringify(policyName);
  return `// Added by purge-timeline (scripts/rollup-plugin-trusted-types.mjs): vis-timeline's innerHTML
// writes, already filtered by its js-xss filter, go through the Trusted Types policy ${name}.
let __purgeTimelinePolicy;
function ${HELPER}(html) {
  const trustedTypes = globalThis.trustedTypes;
  if (!trustedTypes || typeof trustedTypes.createPolicy !== "function") return html;
  if (__purgeTimelinePolicy === undefined) {
    try {
      __purgeTimelinePolicy = trustedTypes.createPolicy(${name}, { createHTML: (s) => s });
    } catch (error) {
      // The page's CSP does not allow the name, or another copy of purge-timeline already
      // created it without 'allow-duplicates'. Plain strings still work where Trusted Types
      // are not enforced, or through the page's default policy where it has one.
      __purgeTimelinePolicy = null;
      console.warn("[purge-timeline] Could not create the Trusted Types policy " + ${name} + " (" + (error && error.message) + "). The timeline's HTML is now written as plain strings: a page that enforces Trusted Types must then have a default policy, or allow " + ${name} + " in its trusted-types directive (adding 'allow-duplicates' when two copies of purge-timeline are on the page). See purge-timeline's docs/security.md.");
    }
  }
  // innerHTML treats null as "" (the policy would stringify it to "null").
  return __purgeTimelinePolicy ? __purgeTimelinePolicy.createHTML(html === null ? "" : html) : html;
}
`;
}

/** Calls `visit(node, parent)` for every ESTree node under `node`. */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node);
    } else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** The static name of a member expression's property (`a.b`, `a["b"]`), if it has one. */
function propertyName(member) {
  if (member.type !== 'MemberExpression') return undefined;
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  return propertyName(callee);
}

const isStringy = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral' || (node.type === 'BinaryExpression' && node.operator === '+');

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'parseFromString', 'setHTMLUnsafe', 'parseHTMLUnsafe']);

/**
 * Every sink in `ast`: `{ kind, start, wrapped }`. `wrapped` is true for an HTML property
 * assignment whose value is a call of the helper.
 */
function findSinks(ast) {
  const sinks = [];
  walk(ast, (node) => {
    if (node.type === 'AssignmentExpression') {
      const name = propertyName(node.left);
      if (name && HTML_PROPERTIES.has(name)) {
        const wrapped = node.operator === '=' && node.right.type === 'CallExpression' && node.right.callee.type === 'Identifier' && node.right.callee.name === HELPER;
        sinks.push({ kind: `${name} ${node.operator}`, start: node.start, wrapped });
      }
      return;
    }
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return;
    const name = calleeName(node.callee);
    if (!name) return;
    if (HTML_METHODS.has(name)) sinks.push({ kind: `${name}()`, start: node.start });
    else if ((name === 'write' || name === 'writeln') && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'document')
      sinks.push({ kind: `document.${name}()`, start: node.start });
    else if (name === 'eval' && node.callee.type === 'Identifier') sinks.push({ kind: 'eval()', start: node.start });
    else if (name === 'Function' && node.callee.type === 'Identifier') sinks.push({ kind: `${node.type === 'NewExpression' ? 'new ' : ''}Function()`, start: node.start });
    else if ((name === 'setTimeout' || name === 'setInterval') && node.arguments[0] && isStringy(node.arguments[0]))
      sinks.push({ kind: `${name}(string)`, start: node.start });
    else if (name === 'createElement' && node.arguments[0]?.type === 'Literal' && /^script$/i.test(String(node.arguments[0].value)))
      sinks.push({ kind: 'createElement("script")', start: node.start });
    else if ((name === 'Worker' || name === 'SharedWorker') && node.type === 'NewExpression') sinks.push({ kind: `new ${name}()`, start: node.start });
    else if (name === 'importScripts') sinks.push({ kind: 'importScripts()', start: node.start });
  });
  return sinks;
}

function lineOf(code, offset) {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (code.charCodeAt(i) === 10) line += 1;
  return line;
}

/** `…/node_modules/lit-html/lit-html.js` → `lit-html/lit-html.js`; our own files relative to the cwd. */
function shortId(id) {
  const index = id.lastIndexOf('node_modules/');
  if (index >= 0) return id.slice(index + 'node_modules/'.length);
  return id.startsWith(process.cwd()) ? id.slice(process.cwd().length + 1) : id;
}

/**
 * @param {object} options
 * @param {string} options.policyName  the Trusted Types policy name (`purge-timeline`)
 * @param {RegExp} options.include  the module whose innerHTML writes are rewritten (vis-timeline's esnext build)
 * @param {number} options.expectedRewrites  how many `innerHTML =` writes that module has; the build fails otherwise
 * @param {{ module: RegExp, kind: string, count: number, why: string }[]} [options.allowedSinks]
 *   sinks left as they are, per module, with the reason (e.g. Lit's template, through its own policy)
 */
export function trustedTypes({ policyName, include, expectedRewrites, allowedSinks = [] }) {
  let rewrites = 0;
  let rewrittenModule;
  const unexpected = [];
  const allowedSeen = new Map();

  /** Sinks not explained by the allow list, as "module:line kind" strings. */
  function checkSinks(sinks, id, code) {
    const counts = new Map();
    for (const sink of sinks) counts.set(sink.kind, [...(counts.get(sink.kind) ?? []), sink]);
    for (const [kind, list] of counts) {
      const allowed = allowedSinks.find((entry) => entry.kind === kind && entry.module.test(id));
      if (allowed && list.length === allowed.count) {
        allowedSeen.set(allowed, (allowedSeen.get(allowed) ?? 0) + list.length);
        continue;
      }
      const note = allowed ? ` (${list.length} found, ${allowed.count} allowed)` : '';
      for (const sink of list) unexpected.push(`${shortId(id)}:${lineOf(code, sink.start)} ${kind}${note}`);
    }
  }

  return {
    name: 'trusted-types',

    buildStart() {
      rewrites = 0;
      rewrittenModule = undefined;
      unexpected.length = 0;
      allowedSeen.clear();
    },

    transform(code, id) {
      if (id.startsWith('\0') || !/\.(m|c)?[jt]sx?$|\.json$|\.css$/.test(id)) return null;
      const ast = this.parse(code);
      const sinks = findSinks(ast);
      if (!include.test(id)) {
        checkSinks(sinks, id, code);
        return null;
      }

      rewrittenModule = shortId(id);
      const magic = new MagicString(code);
      const rest = [];
      walk(ast, (node) => {
        if (node.type !== 'AssignmentExpression' || propertyName(node.left) !== 'innerHTML') return;
        if (node.operator !== '=') {
          unexpected.push(`${shortId(id)}:${lineOf(code, node.start)} innerHTML ${node.operator} (only plain assignments can be wrapped)`);
          return;
        }
        magic.appendLeft(node.right.start, `${HELPER}(`);
        magic.prependRight(node.right.end, ')');
        rewrites += 1;
      });
      for (const sink of sinks) if (!sink.kind.startsWith('innerHTML')) rest.push(sink);
      checkSinks(rest, id, code);
      magic.prepend(helperSource(policyName));
      return { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }) };
    },

    buildEnd(error) {
      if (error) return;
      const problems = [];
      if (!rewrittenModule) problems.push(`no module matched ${include}; is vis-timeline's esnext build still used?`);
      else if (rewrites !== expectedRewrites) {
        problems.push(
          `${rewrites} innerHTML writes rewritten in ${rewrittenModule}, expected ${expectedRewrites}. ` +
            'vis-timeline changed: audit the new writes (each must be a literal or go through its xss filter), then update expectedRewrites in rollup.config.js.',
        );
      }
      if (unexpected.length > 0) {
        problems.push(`HTML/script sinks that bypass Trusted Types:\n  ${unexpected.join('\n  ')}\nRoute them through a policy, or list them in allowedSinks with the reason.`);
      }
      if (problems.length > 0) this.error(`trusted-types: ${problems.join('\n')}`);
      for (const entry of allowedSinks) {
        if (!allowedSeen.has(entry)) this.warn(`trusted-types: the allowed sink "${entry.kind}" in ${entry.module} was not found; remove it from allowedSinks.`);
      }
    },

    // Runs before terser (listed before it): the helper still has its name. Whatever survived
    // tree-shaking must be either a wrapped write or an allowed sink.
    renderChunk(code, chunk) {
      const sinks = findSinks(this.parse(code));
      const wrapped = sinks.filter((sink) => sink.wrapped).length;
      const raw = sinks.filter((sink) => !sink.wrapped);
      const allowedTotal = new Map();
      for (const entry of allowedSinks) allowedTotal.set(entry.kind, (allowedTotal.get(entry.kind) ?? 0) + entry.count);
      const byKind = new Map();
      for (const sink of raw) byKind.set(sink.kind, (byKind.get(sink.kind) ?? 0) + 1);
      const excess = [...byKind].filter(([kind, count]) => count > (allowedTotal.get(kind) ?? 0));
      if (excess.length > 0) {
        this.error(`trusted-types: ${chunk.fileName} has raw sinks beyond the allowed ones: ${excess.map(([kind, count]) => `${count}× ${kind}`).join(', ')}`);
      }
      if (process.env.TRUSTED_TYPES_REPORT) {
        console.log(`trusted-types: ${rewrites} innerHTML writes rewritten in ${rewrittenModule}; ${wrapped} remain in ${chunk.fileName} after tree-shaking; raw: ${[...byKind].map(([k, c]) => `${c}× ${k}`).join(', ') || 'none'}`);
      }
      return null;
    },
  };
}
