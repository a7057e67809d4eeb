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
// - Editing: the element never sets `editable`, `groupEditable`, `multiselect` or
//   `tooltipOnItemUpdateTime`, so the handlers that drag, add, update or reorder items and groups
//   and the drag handles, delete buttons and time tooltips of a selected item never do anything:
//   they are emptied or removed (METHOD_EDITS). Tapping, panning, pinching and the wheel are
//   vis-timeline's Range and Core, untouched.
// - The current-time and custom-time bars (`showCurrentTime` is false, `addCustomTime` is never
//   called), the item tooltip popup (`showTooltips` is false and items have no `title`), the
//   `clickToUse` overlay, box items (every item has a `type`: point, range or background) and
//   public methods the element never calls (focus, rolling mode, custom times), and the
//   `hiddenDates` machinery (never set: its updates return at once), the loading screen (the
//   element shows its own preview) and the `throttleRedraw` deprecation warning.
// - Hammer.js reads Pointer Events only, vis-util loses its own unused `clickToUse` overlay, and
//   vis-data its queues (DataSets are made without options).
// - Stylesheet: vis-timeline's rules for what the element's Timeline never draws (nested groups,
//   editing handles, delete buttons, tooltips, time bars, rolling mode, box items) are dropped
//   from the CSS text, after rollup-plugin-css-text.mjs has dropped Graph2d's and the configurator's.
// - Not for size but for the heap: clustering `delete`s `item.cluster` from every item that leaves
//   a cluster, which turns each vis-timeline item into a dictionary-mode object; setting it to
//   `undefined` instead (every reader only tests it for truth) keeps them small and fast.
// - Not for size but for speed: a lane scrolled out of view does not draw its clusters (vis-timeline
//   skips its items there, but drew, measured and hid its clusters again at every redraw), and
//   items share one copy of the options (each copied them, and vis-timeline's texts in every
//   language, which only the delete button, emptied below, read): at a new zoom level thousands of
//   clusters are made in one frame. A lane lists its items apart from its clusters again only when
//   either has changed, not at every restack (a zoom restacks at every frame).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dropRules } from './rollup-plugin-css-text.mjs';

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
    why: 'an item leaving a cluster keeps its shape (`delete` turns each into a slow dictionary object: ~7 MB of heap at 10,000 events)',
    find: `    for (let item of this.data.uiItems) {
      delete item.cluster;
    }`,
    replace: `    for (let item of this.data.uiItems) {
      item.cluster = undefined;
    }`,
  },
  {
    why: 'an item left out of every cluster keeps its shape (see above)',
    find: `          } else {
            delete item.cluster;
            i += 1;`,
    replace: `          } else {
            item.cluster = undefined;
            i += 1;`,
  },
  {
    why: 'the clusters of a lane scrolled out of view are not drawn (vis-timeline draws, measures and hides them again at every redraw, as it does not for items: at 10,000 events a forced layout per lane and frame of a zoom)',
    find: `    const visibleClusters = [];
    const visibleClustersLookup = {}; // we keep this to quickly look up if an item already exists in the list without using indexOf on visibleItems
`,
    replace: `    const visibleClusters = [];
    const visibleClustersLookup = {}; // we keep this to quickly look up if an item already exists in the list without using indexOf on visibleItems
    if (!this.isVisible && this.height !== undefined) {
      for (const cluster of oldVisibleClusters) if (cluster.displayed) cluster.hide();
      return visibleClusters;
    }
`,
  },
  {
    why: "items share one copy of the options (each made its own, of some 60 keys, and of vis-timeline's texts in every language, read only by the delete button, emptied below): no item writes to it, and a new copy is made after each setOptions, so every item still sees the options as they were when it was made",
    find: `class Item {
`,
    replace: `const itemOptionsCopies = new WeakMap();
function sharedItemOptions(options) {
  let copy = itemOptionsCopies.get(options);
  if (!copy) itemOptionsCopies.set(options, (copy = { ...options }));
  return copy;
}

class Item {
`,
  },
  {
    why: 'see above',
    find: `    this.conversion = conversion || {};
    this.defaultOptions = {
      locales,
      locale: "en",
    };
    this.options = availableUtils.extend({}, this.defaultOptions, options);
    this.options.locales = availableUtils.extend({}, locales, this.options.locales);
    const defaultLocales =
      this.defaultOptions.locales[this.defaultOptions.locale];
    Object.keys(this.options.locales).forEach((locale) => {
      this.options.locales[locale] = availableUtils.extend(
        {},
        defaultLocales,
        this.options.locales[locale],
      );
    });
`,
    replace: `    this.conversion = conversion || {};
    this.options = sharedItemOptions(options);
`,
  },
  {
    why: 'see above: the options change, so items made later get a new copy',
    find: `  setOptions(options) {
    if (options) {
      // copy all options that we know
      const fields = [
        "type",`,
    replace: `  setOptions(options) {
    itemOptionsCopies.delete(this.options);
    if (options) {
      // copy all options that we know
      const fields = [
        "type",`,
  },
  {
    why: 'the clusters of one zoom level share their options (see above; made by the thousand at the first drawing of a level, each copied them three times)',
    find: `    maxItems = maxItems || 1;
`,
    replace: `    maxItems = maxItems || 1;
    this.clusterOptions = undefined;
`,
  },
  {
    why: 'see above: the options a cluster made (the cluster options, the item set\'s, never editable) are made once per zoom level',
    find: 'const clusterOptions = Object.assign({}, options, this.itemSet.options);',
    replace: 'const clusterOptions = (this.clusterOptions ??= Object.assign({ fitOnDoubleClick: true }, options, this.itemSet.options, { editable: false }));',
  },
  {
    why: 'see above (its only caller, _getClusterForItems, gives these options)',
    find: `    const modifiedOptions = Object.assign(
      {},
      { fitOnDoubleClick: true },
      options,
      { editable: false },
    );
    super(data, conversion, modifiedOptions);`,
    replace: `    super(data, conversion, options);`,
  },
  {
    why: 'after each restack, only the items drawn in the lane are checked for having joined a cluster, not all its items (a loop over 10,000 items at every frame of a zoom)',
    find: `      if (this.itemSet.options.cluster) {
        availableUtils.forEach(this.items, (item) => {
          if (item.cluster && item.displayed) {
            item.hide();
          }
        });
      }`,
    replace: `      if (this.itemSet.options.cluster) {
        for (const element of Array.from(this.dom.foreground.children)) {
          const item = element["vis-item"];
          if (item && item.cluster && item.displayed) item.hide();
        }
      }`,
  },
  {
    why: "a lane's items outside clusters, and its clusters, are listed again only when the lane's order (a new `orderedItems` at each `order()`) or the clustering (a new `itemSet.clusters` at each change) has changed, not at every restack: a zoom restacks at every frame, and each time filtered all of a lane's items four times. Only the items outside clusters: vis-timeline's search for the visible ones walked, tested and scanned the items inside clusters too in every frame, only to skip them (a quarter of a zoom frame's script at 20,000 events)",
    find: `      const orderedItems = {
        byEnd: this.orderedItems.byEnd.filter((item) => !item.isCluster),
        byStart: this.orderedItems.byStart.filter((item) => !item.isCluster),
      };

      const orderedClusters = {`,
    replace: `      const sorted = this.orderedItems;
      const clustering = this.itemSet.clusters;
      if (this.redrawLists?.sorted !== sorted || this.redrawLists.clustering !== clustering) {
        this.redrawLists = { sorted, clustering, orderedItems: {
        byEnd: this.orderedItems.byEnd.filter((item) => !item.isCluster && !item.cluster),
        byStart: this.orderedItems.byStart.filter((item) => !item.isCluster && !item.cluster),
      }, orderedClusters: {`,
  },
  {
    why: 'see above (the end of the cached lists)',
    find: `              .filter((item) => !!item),
          ),
        ],
      };

      /**
       * Get all visible items in range`,
    replace: `              .filter((item) => !!item),
          ),
        ],
      } };
      }
      const { orderedItems, orderedClusters } = this.redrawLists;

      /**
       * Get all visible items in range`,
  },
  {
    why: "the background group (eras) takes its width from the centre panel's, measured by the timeline at the start of the redraw, instead of reading it from the page (a forced layout at every frame; it only limits how far a bar is drawn past the view)",
    find: `    // calculate actual size
    this.width = this.dom.background.offsetWidth;`,
    replace: `    // calculate actual size
    this.width = this.itemSet.body.domProps.center.width;`,
  },
  {
    why: "Timeline's options are not validated at run time (they are fixed in purge-timeline's code)",
    find: `  setOptions(options) {
    // validate options
    let errorFound = Validator.validate(options, allOptions);`,
    replace: `  setOptions(options) {
    let errorFound = false;`,
  },
  {
    why: 'no current-time bar (`showCurrentTime` is false: it would only be hidden)',
    find: `    // current time bar
    this.currentTime = new CurrentTime(this.body, this.options);
    this.components.push(this.currentTime);
`,
    replace: '',
  },
  {
    why: 'event properties: no current-time bar to be on',
    find: `    } else if (availableUtils.hasParent(element, this.currentTime.bar)) {
      what = "current-time";
`,
    replace: '',
  },
  {
    why: 'event properties: no custom-time bars (`addCustomTime` is removed)',
    find: '    const customTime = CustomTime.customTimeFromTarget(event);',
    replace: '    const customTime = null;',
  },
  {
    why: 'no `clickToUse` overlay (never set)',
    find: '            this.activator = new Activator(this.dom.root);',
    replace: '            throw new Error("purge-timeline: vis-timeline\'s `clickToUse` option is not supported");',
  },
  {
    why: 'no `clickToUse` overlay: the Activator declaration goes (REMOVED_DECLARATIONS), and its emitter mixin call with it',
    find: 'Emitter(Activator.prototype);\n',
    replace: '',
  },
  {
    why: "no `dragover` event: nothing listens for it (the drop is still accepted, as before)",
    find: '        me.emit("dragover", me.getEventProperties(event));\n',
    replace: '',
  },
  {
    why: 'no `drop` event: nothing listens for it',
    find: '      me.emit("drop", me.getEventProperties(event));\n',
    replace: '',
  },
  {
    why: '`hiddenDates` is never set (setting it now fails loudly instead of hiding dates)',
    find: `      if ("hiddenDates" in this.options) {
        convertHiddenOptions(
          this.options.moment,
          this.body,
          this.options.hiddenDates,
        );
      }
`,
    replace: `      if ("hiddenDates" in this.options) throw new Error("purge-timeline: vis-timeline's \`hiddenDates\` option is not supported");
`,
  },
  {
    why: 'no hidden dates to update at a redraw (updateHiddenDates returns at once without `hiddenDates`)',
    find: `    updateHiddenDates(
      this.options.moment,
      this.body,
      this.options.hiddenDates,
    );
`,
    replace: '',
  },
  {
    why: 'no hidden dates to update in an animated window move',
    find: `          updateHiddenDates(
            me.options.moment,
            me.body,
            me.options.hiddenDates,
          );
`,
    replace: '',
  },
  {
    why: 'no hidden dates to update in a window move',
    find: `      updateHiddenDates(
        this.options.moment,
        this.body,
        this.options.hiddenDates,
      );
`,
    replace: '',
  },
  {
    why: 'no loading screen (the `loadingScreenTemplate` option is never set; the element shows its own preview): two `innerHTML` writes fewer',
    find: "    // Prepare loading screen\n    const loadingScreenFragment = document.createElement(\"div\");\n    if (this.options.loadingScreenTemplate) {\n      const templateFunction = this.options.loadingScreenTemplate.bind(this);\n      const loadingScreen = templateFunction(this.dom.loadingScreen);\n      if (\n        loadingScreen instanceof Object &&\n        !(loadingScreen instanceof Element)\n      ) {\n        templateFunction(loadingScreenFragment);\n      } else {\n        if (loadingScreen instanceof Element) {\n          loadingScreenFragment.innerHTML = \"\";\n          loadingScreenFragment.appendChild(loadingScreen);\n        } else if (loadingScreen != undefined) {\n          loadingScreenFragment.innerHTML = availableUtils.xss(loadingScreen);\n        }\n      }\n    }\n    this.dom.loadingScreen.appendChild(loadingScreenFragment);\n",
    replace: '',
  },
  {
    why: 'no warning for the `throttleRedraw` option, which the element never sets',
    find: "    if (options && options.throttleRedraw) {\n      console.warn(\n        'Timeline option \"throttleRedraw\" is DEPRICATED and no longer supported. It will be removed in the next MAJOR release.',\n      );\n    }\n",
    replace: '',
  },
  {
    why: 'no box items: every item the element gives has its type (point, range, background); another type fails loudly ("Unknown item type")',
    find: '  box: BoxItem,\n',
    replace: '',
  },
];

// Methods of vis-timeline's classes that the element's Timeline never runs, or runs only to find
// nothing to do: `body` replaces the method's body, `body: null` removes the method (a call then
// fails loudly). `sha` is the start of the SHA-256 of the method's text in vis-timeline 8.5.4: a
// change upstream fails the build, as a text edit that no longer matches would.
const NOT_EDITABLE = 'the element never sets `editable`: every item gets `editable` all false, so this returns at once';
const METHOD_EDITS = [
  { method: 'ItemSet._onDragStart', sha: '6eba8220fd24', body: '{}', why: NOT_EDITABLE },
  { method: 'ItemSet._onDragStartAddItem', sha: 'be832cefd32b', body: null, why: 'only called by _onDragStart for `editable.add`' },
  { method: 'ItemSet._onDrag', sha: '20507d0c7ea6', body: '{}', why: 'nothing is dragged (_onDragStart never starts a drag) and there is no tooltip popup' },
  { method: 'ItemSet._onDragEnd', sha: '25fe267c9d5f', body: '{}', why: 'nothing is dragged (_onDragStart never starts a drag)' },
  { method: 'ItemSet._cloneItemData', sha: 'c0a018294a46', body: null, why: 'only used by item dragging and adding' },
  { method: 'ItemSet._onGroupDragStart', sha: 'fa485cddc755', body: '{}', why: '`groupEditable.order` is never set: lanes are never reordered by dragging' },
  { method: 'ItemSet._onGroupDrag', sha: 'ac62aad83d91', body: '{}', why: '`groupEditable.order` is never set' },
  { method: 'ItemSet._onGroupDragEnd', sha: 'df9d1fed9ffd', body: '{}', why: '`groupEditable.order` is never set (the drag flag it resets is never set)' },
  { method: 'ItemSet.toggleGroupDragClassName', sha: '3145194fa503', body: null, why: 'only used by group dragging' },
  {
    method: 'ItemSet.toggleGroupShowNested',
    sha: '998b1e2e55e0',
    body: '{ if (group && group.nestedGroups) throw new Error("purge-timeline: nested groups are not supported"); }',
    why: 'lanes have no `nestedGroups`, so a click on a lane label returns at once',
  },
  { method: 'ItemSet._onMouseOver', sha: '079f727931f7', body: '{}', why: 'tooltips are off (`showTooltips: false`) and nothing listens for `itemover`' },
  { method: 'ItemSet._onMouseOut', sha: '10cbfa53a6a8', body: '{}', why: 'no tooltip popup; nothing listens for `itemout`' },
  { method: 'ItemSet._onMouseMove', sha: 'c0259cf88bd4', body: '{}', why: 'no tooltip popup to move' },
  { method: 'ItemSet.setPopupTimer', sha: 'b1d07cf5c4ad', body: null, why: 'no tooltip popup' },
  { method: 'ItemSet._onUpdateItem', sha: '98ce6422d718', body: null, why: "only called from a selected item's drag handle, which editable items have" },
  { method: 'ItemSet._onAddItem', sha: '9faa4eea414b', body: '{}', why: '`editable.add` is never set: a double tap or a drop adds nothing' },
  {
    method: 'ItemSet._onMultiSelectItem',
    sha: 'e3815b5a7b12',
    // With `multiselect` false, a press or a ctrl/shift-tap on an item selects it alone.
    body: '{ if (!this.options.selectable) return; const item = this.itemFromTarget(event); if (item) { this.setSelection(item.selectable ? [item.id] : []); this.body.emitter.emit("select", { items: this.getSelection(), event }); } }',
    why: '`multiselect` is never set: what remains is selecting the pressed item alone',
  },
  { method: 'ItemSet._getItemRange', sha: 'cda7254e873a', body: null, why: 'only used by multi-selection' },
  { method: 'ItemSet.getItemsAtCurrentTime', sha: 'b24a548c0556', body: null, why: 'public method the element never calls' },
  { method: 'Item._repaintDragCenter', sha: '5a66f2cef46c', body: '{}', why: 'drag handles only appear on editable items' },
  { method: 'Item._repaintDeleteButton', sha: '5db6af711d70', body: '{}', why: 'delete buttons only appear on items with `editable.remove`' },
  { method: 'Item._repaintOnItemUpdateTimeTooltip', sha: '1cf5470d7a65', body: '{}', why: '`tooltipOnItemUpdateTime` is never set (it returns at once)' },
  { method: 'RangeItem._repaintDragLeft', sha: 'b8143343a8c8', body: '{}', why: 'drag handles only appear on editable items' },
  { method: 'RangeItem._repaintDragRight', sha: '3d998c2503e9', body: '{}', why: 'drag handles only appear on editable items' },
  ...Object.entries({
    setCustomTime: '802adb441e92',
    getCustomTime: '09b69b876f1a',
    setCustomTimeMarker: 'e7c922c35e7a',
    setCustomTimeTitle: '2c2d68a99122',
    addCustomTime: 'fcfb9cf9236c',
    removeCustomTime: 'a53527777127',
  }).map(([name, sha]) => ({ method: `Core.${name}`, sha, body: null, why: 'custom-time bars are never added' })),
  { method: 'Core.setCurrentTime', sha: '46bdad172410', body: null, why: 'no current-time bar' },
  { method: 'Core.getCurrentTime', sha: 'cdeebef4d3ec', body: null, why: 'no current-time bar' },
  { method: 'Core.getItemsAtCurrentTime', sha: '8daedbc62b41', body: null, why: 'public method the element never calls' },
  { method: 'Core.fit', sha: '8fc224ba19a7', body: null, why: "Timeline's own fit overrides it" },
  {
    method: 'Core._startAutoResize',
    sha: '6e4639c3a607',
    body: '{ throw new Error("purge-timeline: vis-timeline\'s `autoResize` is off (the element follows its container with a ResizeObserver)"); }',
    why: '`autoResize` is always false',
  },
  {
    method: 'Range.startRolling',
    sha: '23a10424b679',
    body: '{ throw new Error("purge-timeline: vis-timeline\'s rolling mode is not supported"); }',
    why: 'rolling mode is never set (its button stays hidden)',
  },
  { method: 'Core.getVisibleItems', sha: '2dc9619e8363', body: null, why: 'public method the element never calls' },
  { method: 'ItemSet.getVisibleItems', sha: '5be3c3263ad2', body: null, why: 'only used by Core.getVisibleItems' },
  { method: 'Core.getVisibleGroups', sha: 'cf8f8e9fe8ce', body: null, why: 'public method the element never calls' },
  { method: 'ItemSet.getVisibleGroups', sha: '68ac12496c39', body: null, why: 'only used by Core.getVisibleGroups' },
  {
    method: 'Timeline.getEventProperties',
    sha: '877869584f57',
    body: '{ throw new Error("purge-timeline: vis-timeline\'s mouse, drag and drop events are not supported"); }',
    why: "only computed for vis-timeline's mouse events when something listens (nothing does) and for its dragover/drop events (no longer emitted, above)",
  },
  { method: 'Timeline.focus', sha: 'f943eac6723e', body: null, why: 'public method the element never calls (it reveals items with setWindow)' },
  { method: 'Timeline.toggleRollingMode', sha: '1ac2a74a73a5', body: null, why: 'rolling mode is never used' },
];

// Hammer.js (vis-timeline's touch and pointer gestures): it reads Pointer Events wherever the
// browser has them, which every browser that runs the element has (custom elements, adopted
// stylesheets), so its touch-event and mouse-event readers never run there.
const HAMMER = /[\\/]node_modules[\\/]@egjs[\\/]hammerjs[\\/]dist[\\/]hammer\.esm\.js$/;
const HAMMER_EDITS = [
  {
    why: 'Hammer reads Pointer Events (the touch and mouse readers are for browsers without them)',
    find: `  } else if (SUPPORT_POINTER_EVENTS) {
    Type = PointerEventInput;
  } else if (SUPPORT_ONLY_TOUCH) {
    Type = TouchInput;
  } else if (!SUPPORT_TOUCH) {
    Type = MouseInput;
  } else {
    Type = TouchMouseInput;
  }`,
    replace: `  } else {
    Type = PointerEventInput;
  }`,
  },
  { why: 'no touch or mouse readers on the Hammer namespace', find: '  Hammer.TouchInput = TouchInput;\n  Hammer.MouseInput = MouseInput;\n', replace: '' },
  { why: 'no touch or mouse readers on the Hammer namespace', find: '  Hammer.TouchMouseInput = TouchMouseInput;\n  Hammer.SingleTouchInput = SingleTouchInput;\n', replace: '' },
  { why: 'no touch or mouse readers exported', find: ' TouchInput, MouseInput, PointerEventInput, TouchMouseInput, SingleTouchInput,', replace: ' PointerEventInput,' },
];

// vis-util: its own `clickToUse` overlay (Activator), kept by its emitter mixin call although
// nothing uses it (vis-timeline has its own, removed above).
const VIS_UTIL = /[\\/]node_modules[\\/]vis-util[\\/]esnext[\\/]esm[\\/]vis-util\.mjs$/;
const VIS_UTIL_EDITS = [
  { why: "no vis-util Activator: its emitter mixin call", find: 'Emitter(Activator$1.prototype);\n', replace: '' },
  { why: 'no vis-util Activator exported', find: 'export { Activator, Alea,', replace: 'export { Alea,' },
];

/** Removes the top-level statements that declare or assign to each of `names` (each must have one). */
function removeDeclarations(context, program, text, names, id) {
  const removed = new Map(names.map((name) => [name, 0]));
  for (const statement of program.body) {
    const name = subjectOf(statement);
    if (!removed.has(name)) continue;
    text.remove(statement.start, statement.end);
    removed.set(name, removed.get(name) + 1);
  }
  const missing = [...removed].filter(([, count]) => count === 0).map(([name]) => name);
  if (missing.length) context.error(`slim-vis-timeline: no top-level ${missing.join(', ')} in ${id}; the package changed: update the plugin.`);
}

/** Applies `edits` to `text` (a MagicString of `code`), each of which must match exactly once. */
function applyEdits(context, code, text, edits, id) {
  for (const edit of edits) {
    const at = code.indexOf(edit.find);
    const again = at < 0 ? -1 : code.indexOf(edit.find, at + 1);
    if (at < 0 || again >= 0) {
      context.error(
        `slim-vis-timeline: "${edit.why}" expects its text exactly once in ${id}, found it ${at < 0 ? 'nowhere' : 'more than once'}. ` +
          'The package changed: re-read its code and update scripts/rollup-plugin-slim-vis-timeline.mjs.',
      );
    }
    text.overwrite(at, at + edit.find.length, edit.replace);
  }
}

// Class names of vis-timeline's stylesheet for what a purge-timeline Timeline never draws; a rule
// goes when every one of its selectors names one (not inside `:not(…)`, which styles plain lanes).
// Each must be in the stylesheet: an upgrade that renames one fails the build.
const NEVER_DRAWN_CLASSES = [
  'nested-group', 'nesting-group', 'group-level-unknown-but-gte1', 'group-is-dragging', // nested or dragged groups
  'delete', 'delete-rtl', 'drag-left', 'drag-right', 'drag-center', 'editable', 'onUpdateTime-tooltip', // editing
  'tooltip', 'custom-time', 'custom-time-marker', 'current-time', 'rolling-mode-btn', 'overlay', 'active', 'box', // 'active', 'overlay': clickToUse
];
const NEVER_DRAWN = new RegExp(`(?<!\\()\\.vis-(?:${NEVER_DRAWN_CLASSES.join('|')}|group-level-\\d+)(?![\\w-])|^\\.vis \\.overlay$`);
const VIS_TIMELINE_CSS = /[\\/]node_modules[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d\.min\.css$/;

/** The CSS module (`export default "…"`, from rollup-plugin-css-text.mjs) without the rules for what is never drawn. */
function slimStylesheet(context, code, id) {
  const literal = /^export default (".*");$/s.exec(code);
  if (!literal) context.error(`slim-vis-timeline: ${id} is not the CSS text module rollup-plugin-css-text.mjs makes; update the plugin.`);
  const css = JSON.parse(literal[1]);
  const absent = NEVER_DRAWN_CLASSES.filter((name) => !new RegExp(`\\.vis-${name}(?![\\w-])`).test(css));
  if (absent.length) context.error(`slim-vis-timeline: no .vis-${absent.join(', .vis-')} in ${id}; vis-timeline changed: update NEVER_DRAWN_CLASSES.`);
  return { code: `export default ${JSON.stringify(dropRules(css, NEVER_DRAWN))};`, map: { mappings: '' } };
}

const shaOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Replaces or removes the methods `edits` name, each of which must have the text its `sha` says. */
function editMethods(context, code, program, text, edits, id) {
  const methods = methodsOf(program);
  for (const edit of edits) {
    const method = methods.get(edit.method);
    const sha = method && shaOf(code.slice(method.start, method.end));
    if (!method || sha !== edit.sha) {
      context.error(
        `slim-vis-timeline: "${edit.why}" expects one method ${edit.method} with text ${edit.sha} in ${id}, found ${method ? `text ${sha}` : method === null ? 'several' : 'none'}. ` +
          'The package changed: re-read its code and update scripts/rollup-plugin-slim-vis-timeline.mjs.',
      );
    }
    if (edit.body === null) text.remove(method.start, method.end);
    else text.overwrite(method.value.body.start, method.value.body.end, edit.body);
  }
}

// vis-data: the element's DataSets are made without options. (Their `stream` methods stay: vis-data
// recognises a DataSet or DataView by them.)
const VIS_DATA = /[\\/]node_modules[\\/]vis-data[\\/]esnext[\\/]esm[\\/]vis-data\.mjs$/;
const VIS_DATA_METHOD_EDITS = [
  {
    method: 'DataSet.setOptions',
    sha: '117bca66711e',
    body: '{ if (options && options.queue !== undefined) throw new Error("purge-timeline: the DataSet `queue` option is not supported"); }',
    why: 'no DataSet is given a `queue` (the element makes them without options; vis-timeline neither)',
  },
];

/** The class methods of the module's top level (exported or not), by `Class.method`. */
function methodsOf(program) {
  const methods = new Map();
  for (const node of program.body) {
    const statement = node.type === 'ExportNamedDeclaration' && node.declaration ? node.declaration : node;
    if (statement.type !== 'ClassDeclaration') continue;
    for (const member of statement.body.body) {
      if (member.type !== 'MethodDefinition' || member.key.type !== 'Identifier') continue;
      const key = `${statement.id.name}.${member.key.name}`;
      methods.set(key, methods.has(key) ? null : member);
    }
  }
  return methods;
}

// Rollup keeps every `X.prototype = …` assignment, even of an unused function (and Graph2d, its
// line graph and its legend inherit that way), so these declarations are removed from the module
// together with every top-level statement that assigns to them; what only they used then falls
// away by tree-shaking. `timeline` is the namespace object listing every component.
// `Activator` is the `clickToUse` overlay (a function with prototype methods).
const REMOVED_DECLARATIONS = ['Graph2d', 'LineGraph', 'Legend', 'timeline', 'Activator'];

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
  let stylesheetEdited = false;
  let hammerEdited = false;
  let visUtilEdited = false;
  let visDataEdited = false;
  return {
    name: 'slim-vis-timeline',
    buildStart() {
      edited = false;
      stylesheetEdited = false;
      hammerEdited = false;
      visUtilEdited = false;
      visDataEdited = false;
    },
    transform(code, id) {
      if (VIS_TIMELINE_CSS.test(id)) {
        stylesheetEdited = true;
        return slimStylesheet(this, code, id);
      }
      if (HAMMER.test(id)) {
        hammerEdited = true;
        const text = new MagicString(code);
        applyEdits(this, code, text, HAMMER_EDITS, id);
        return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
      }
      if (VIS_DATA.test(id)) {
        visDataEdited = true;
        const text = new MagicString(code);
        editMethods(this, code, this.parse(code), text, VIS_DATA_METHOD_EDITS, id);
        return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
      }
      if (VIS_UTIL.test(id)) {
        visUtilEdited = true;
        const text = new MagicString(code);
        applyEdits(this, code, text, VIS_UTIL_EDITS, id);
        removeDeclarations(this, this.parse(code), text, ['Activator$1', 'Activator'], id);
        return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
      }
      if (!include.test(id)) return null;
      const text = new MagicString(code);
      applyEdits(this, code, text, EDITS, id);
      // `availableUtils = { ...util, … }` spreads vis-util's namespace, which keeps all of vis-util
      // (its own configurator, colour picker and validator: ~8 KB gzip). Only the members the
      // module reads are listed instead.
      const spread = '  ...util,\n';
      const spreadAt = code.indexOf(spread);
      if (spreadAt < 0 || code.indexOf(spread, spreadAt + 1) >= 0) this.error(`slim-vis-timeline: expected one "...util," in ${id}; vis-timeline changed: update the plugin.`);

      const program = this.parse(code);
      editMethods(this, code, program, text, METHOD_EDITS, id);

      removeDeclarations(this, program, text, REMOVED_DECLARATIONS, id);
      // The members read by what is left (after the removals above, so not those only removed code read).
      const members = new Set([...text.toString().matchAll(/\bavailableUtils\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1]));
      for (const local of ['convert', 'setupXSSProtection', 'xss']) members.delete(local);
      text.overwrite(spreadAt, spreadAt + spread.length, [...members].map((name) => `  ${name}: util.${name},\n`).join(''));
      edited = true;
      return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
    },
    buildEnd(error) {
      if (!error && edited && !visDataEdited) this.error(`slim-vis-timeline: vis-data was not bundled as ${VIS_DATA}; update the plugin.`);
      if (!error && edited && !visUtilEdited) this.error(`slim-vis-timeline: vis-util was not bundled as ${VIS_UTIL}; update the plugin.`);
      if (!error && edited && !hammerEdited) this.error(`slim-vis-timeline: Hammer.js was not bundled as ${HAMMER}; update the plugin.`);
      if (!error && edited && !stylesheetEdited) this.error(`slim-vis-timeline: vis-timeline's stylesheet was not bundled (${VIS_TIMELINE_CSS}); update the plugin.`);
      if (!error && !edited) this.error(`slim-vis-timeline: no module matched ${include}; is vis-timeline's esnext build still bundled?`);
    },
  };
}
