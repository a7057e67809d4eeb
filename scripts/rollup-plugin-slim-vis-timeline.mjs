// Leaves out of the bundle (dist/purge-timeline*.js) the parts of vis-timeline's `esnext` module that a Timeline
// configured by purge-timeline never runs. The module is one file holding Timeline *and* Graph2d;
// rollup keeps Graph2d (line graphs, bar charts, their axes and legend: ~17 KB gzip) because the
// module exports it and builds a `timeline` namespace object of every component, and it keeps the
// options configurator (a GUI with a colour picker: ~9 KB) and the options validator because
// Timeline's methods reference them.
//
// Each edit is an exact text replacement that must match exactly once: a vis-timeline upgrade that
// changes any of them fails the build (re-read the new code, then update the edit).
//
// - Exports: only `Timeline` (we import nothing else); Graph2d, the namespace object and every
//   component only they reach fall away by tree-shaking.
// - `configure` option: never set by the element, so Timeline's configurator factory throws
//   instead of building one.
// - vis-util: only the helpers the module uses, not its whole namespace.
// - Options validation: the element's options are fixed in code and covered by its tests;
//   vis-timeline validates them against a 5 KB table on every `setOptions`, only to log.
import { createRequire } from 'node:module';

const requireFromCommonjs = createRequire(createRequire(import.meta.url).resolve('@rollup/plugin-commonjs'));
const MagicString = requireFromCommonjs('magic-string');

const EDITS = [
  {
    why: 'export Timeline only',
    find: 'export { Graph2d, Timeline, timeline };',
    replace: 'export { Timeline };',
  },
  {
    why: 'no options configurator (the `configure` option is never set)',
    find: 'return new Configurator(this, this.dom.container, configureOptions);',
    replace: 'throw new Error("purge-timeline: vis-timeline\'s `configure` option is not supported");',
  },
  {
    why: "Timeline's options are not validated at run time (they are fixed in purge-timeline's code)",
    find: `  setOptions(options) {
    // validate options
    let errorFound = Validator.validate(options, allOptions);`,
    replace: `  setOptions(options) {
    let errorFound = false;`,
  },
];

// Rollup keeps every `X.prototype = …` assignment, even of an unused function (and Graph2d, its
// line graph and its legend inherit that way), so these declarations are removed from the module
// together with every top-level statement that assigns to them; what only they used then falls
// away by tree-shaking. `timeline` is the namespace object listing every component.
const REMOVED_DECLARATIONS = ['Graph2d', 'LineGraph', 'Legend', 'timeline'];

/** The identifier a top-level statement declares, or the root object it assigns to (`X.a.b = …`). */
function subjectOf(statement) {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') return statement.id?.name;
  if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) return statement.declarations[0].id.name;
  if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
    let target = statement.expression.left;
    while (target.type === 'MemberExpression') target = target.object;
    return target.type === 'Identifier' ? target.name : undefined;
  }
  return undefined;
}

/** @param {{ include: RegExp }} options which module to edit (vis-timeline's esnext build) */
export function slimVisTimeline({ include }) {
  let edited = false;
  return {
    name: 'slim-vis-timeline',
    buildStart() {
      edited = false;
    },
    transform(code, id) {
      if (!include.test(id)) return null;
      const text = new MagicString(code);
      for (const edit of EDITS) {
        const at = code.indexOf(edit.find);
        const again = at < 0 ? -1 : code.indexOf(edit.find, at + 1);
        if (at < 0 || again >= 0) {
          this.error(
            `slim-vis-timeline: "${edit.why}" expects its text exactly once in ${id}, found it ${at < 0 ? 'nowhere' : 'more than once'}. ` +
              'vis-timeline changed: re-read its code and update scripts/rollup-plugin-slim-vis-timeline.mjs.',
          );
        }
        text.overwrite(at, at + edit.find.length, edit.replace);
      }
      // `availableUtils = { ...util, … }` spreads vis-util's namespace, which keeps all of vis-util
      // (its own configurator, colour picker and validator: ~8 KB gzip). Only the members the
      // module reads are listed instead.
      const spread = '  ...util,\n';
      const spreadAt = code.indexOf(spread);
      if (spreadAt < 0 || code.indexOf(spread, spreadAt + 1) >= 0) this.error(`slim-vis-timeline: expected one "...util," in ${id}; vis-timeline changed: update the plugin.`);
      const members = new Set([...code.matchAll(/\bavailableUtils\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1]));
      for (const local of ['convert', 'setupXSSProtection', 'xss']) members.delete(local);
      text.overwrite(spreadAt, spreadAt + spread.length, [...members].map((name) => `  ${name}: util.${name},\n`).join(''));

      const removed = new Map(REMOVED_DECLARATIONS.map((name) => [name, 0]));
      for (const statement of this.parse(code).body) {
        const name = subjectOf(statement);
        if (!removed.has(name)) continue;
        text.remove(statement.start, statement.end);
        removed.set(name, removed.get(name) + 1);
      }
      const missing = [...removed].filter(([, count]) => count === 0).map(([name]) => name);
      if (missing.length) this.error(`slim-vis-timeline: no top-level ${missing.join(', ')} in ${id}; vis-timeline changed: update the plugin.`);
      edited = true;
      return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
    },
    buildEnd(error) {
      if (!error && !edited) this.error(`slim-vis-timeline: no module matched ${include}; is vis-timeline's esnext build still bundled?`);
    },
  };
}
