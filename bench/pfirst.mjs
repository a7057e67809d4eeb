// Where does a page spend its time up to "all items of the initial view in the DOM"? A CPU profile
// (CDP Profiler) of one page load, with minified functions mapped back to their sources through
// the source maps, plus Chromium's own script / style / layout totals (CDP Performance.getMetrics).
//
//   node bench/profile.mjs [--n 1000] [--kind ours|raw] [--during load|interaction|zoom|drag|scroll] [--layout lanes] [--top 25] [--timeout 300]
//
// `--during interaction` profiles the wheel-and-drag interaction of bench/interaction.mjs instead
// of the load. Prints self and total time by package and the top functions by self and by total time.
import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer, readBundle, launchBrowser, freshPage, withTimeout, FILES } from './harness.mjs';
import { decodeMappings, segmentAt, groupOf } from './bundle-map.mjs';
import { interact } from './interaction.mjs';
import { gestures } from './gestures.mjs';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    kind: { type: 'string', default: 'ours' },
    top: { type: 'string', default: '25' },
    timeout: { type: 'string', default: '300' },
    interval: { type: 'string', default: '250' },
    during: { type: 'string', default: 'load' },
    layout: { type: 'string' },
  },
});
const n = Number(args.n);
const kind = args.kind;
const top = Number(args.top);

function parseMap(text) {
  const map = JSON.parse(text);
  return { map, lines: decodeMappings(map.mappings) };
}
function loadMap(jsPath) {
  const mapPath = `${jsPath}.map`;
  return existsSync(mapPath) ? parseMap(readFileSync(mapPath, 'utf8')) : undefined;
}
// Every file of our bundle (the entry and its chunks), read once: the server serves these bytes,
// and each is mapped back with its own source map, keyed by the path the page requests it at.
const bundle = await readBundle();
const maps = {
  ...Object.fromEntries(bundle.filter((file) => file.mapBody).map((file) => [file.url, parseMap(String(file.mapBody))])),
  '/vis/vis-timeline-graph2d.min.js': loadMap(FILES.visJs),
};

/** "where" a profile call frame is: package, source file:line and a readable name. */
function locate(callFrame) {
  const { url, functionName, lineNumber, columnNumber } = callFrame;
  if (!url) return { group: functionName || '(anonymous)', label: functionName || '(anonymous)' };
  const pathname = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  const mapped = maps[pathname];
  const segment = mapped && segmentAt(mapped.lines, lineNumber, columnNumber);
  if (!segment || segment[1] < 0) return { group: pathname, label: `${functionName || '(anonymous)'} ${pathname}:${lineNumber + 1}:${columnNumber + 1}` };
  const source = mapped.map.sources[segment[1]].replace(/^(\.\.\/)+/, '').replace(/^webpack:\/\/\/?/, '');
  const name = segment[4] >= 0 ? mapped.map.names[segment[4]] : functionName || '(anonymous)';
  // The standalone build's map names vis-timeline's own files without node_modules/.
  const group = groupOf(source).startsWith('other (') && pathname.startsWith('/vis/') ? 'vis-timeline' : groupOf(source);
  return { group, label: `${name} (${source}:${segment[2] + 1})` };
}

const server = await startServer([n], { bundle });
const { browser, close } = await launchBrowser({ protocolTimeout: Number(args.timeout) * 1000 + 60_000 });
try {
  const { page, cdp, errors, dispose } = await freshPage(browser);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(args.interval) });
  const duringLoad = args.during === 'load';
  const gesture = ['zoom', 'drag', 'scroll'].includes(args.during) ? args.during : undefined;
  if (duringLoad) await cdp.send('Profiler.start');
  await page.goto(`${server.base}/${kind}.html?n=${n}${gesture ? '&tall=1' : ''}${args.layout ? `&layout=${args.layout}` : ''}`, { waitUntil: 'domcontentloaded' });
  const ready = await withTimeout(
    page.evaluate(() => window.__bench.ready),
    Number(args.timeout) * 1000,
    `${kind} N=${n}`,
  );
  let frames;
  const metricsBefore = duringLoad ? [] : (await cdp.send('Performance.getMetrics')).metrics;
  if (!duringLoad) {
    await cdp.send('Profiler.start');
    if (gesture) {
      const result = await gestures(page, { kind, which: [gesture] });
      const g = result[gesture];
      frames = { frames: g.frames, median: g.p95, p95: g.p95, max: g.max, over50: g.over50, dragged: `${gesture}; ${g.handled}/${g.sent} inputs handled` };
    } else frames = await interact(page);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const { metrics: metricsAfter } = await cdp.send('Performance.getMetrics');
  // During the interaction: what it added to Chromium's totals.
  const metrics = metricsAfter.map((m) => ({ name: m.name, value: m.value - (metricsBefore.find((b) => b.name === m.name)?.value ?? 0) }));
  await dispose();

  // Self time per node, from samples and their time deltas (µs).
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const groupSelf = new Map();
  const groupTotal = new Map();
  const located = new Map();
  const where = (id) => {
    if (!located.has(id)) located.set(id, locate(nodes.get(id).callFrame));
    return located.get(id);
  };
  let sampled = 0;
  let clock = 0;
  const cutoff = Number(process.env.CUT ?? 1e9) === 1e9 ? ready.firstContent + Number(process.env.SLACK ?? 0) : Number(process.env.CUT);
  profile.samples.forEach((id, index) => {
    clock += (profile.timeDeltas[index] ?? 0) / 1000;
    if (clock > cutoff) return;
    const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    sampled += dt;
    const here = where(id);
    self.set(here.label, (self.get(here.label) ?? 0) + dt);
    groupSelf.set(here.group, (groupSelf.get(here.group) ?? 0) + dt);
    // Total time: every distinct function and package on the stack gets the sample once.
    const seen = new Set();
    const seenGroups = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const at = where(node);
      if (!seen.has(at.label)) {
        seen.add(at.label);
        total.set(at.label, (total.get(at.label) ?? 0) + dt);
      }
      if (!seenGroups.has(at.group)) {
        seenGroups.add(at.group);
        groupTotal.set(at.group, (groupTotal.get(at.group) ?? 0) + dt);
      }
    }
  });

  const ms = (value) => `${value.toFixed(1).padStart(9)} ms`;
  console.log(`${kind} N=${n}: first readable content ${ready.firstContent.toFixed(0)} ms (${ready.firstContentKind}), all ${ready.count} items ${ready.allItems.toFixed(0)} ms after navigation start`);
  if (frames) console.log(`interaction: ${frames.frames} frames, median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, longest ${frames.max.toFixed(0)} ms, ${frames.over50} over 50 ms (dragged the ${frames.dragged})`);
  if (errors.length) console.log(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  console.log(
    `Chromium's totals (main thread${duringLoad ? '' : ', during the interaction'}): task ${(metric('TaskDuration') * 1000).toFixed(0)} ms, script ${(metric('ScriptDuration') * 1000).toFixed(0)} ms, ` +
      `style ${(metric('RecalcStyleDuration') * 1000).toFixed(0)} ms (${metric('RecalcStyleCount')}×), layout ${(metric('LayoutDuration') * 1000).toFixed(0)} ms (${metric('LayoutCount')}×), ` +
      `DOM nodes ${metric('Nodes')}, JS heap ${(metric('JSHeapUsedSize') / 1024 / 1024).toFixed(1)} MB`,
  );
  console.log(`\nCPU profile: ${sampled.toFixed(0)} ms sampled. By package (self | total):`);
  for (const [group, value] of [...groupSelf].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${group.padEnd(44)} ${ms(value)} | ${ms(groupTotal.get(group) ?? 0)}`);
  console.log(`\nTop ${top} functions by self time:`);
  for (const [label, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(value)}  ${label}`);
  console.log(`\nTop ${top} functions by total time (incl. callees):`);
  for (const [label, value] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(value)}  ${label}`);
} finally {
  await close();
  await server.close();
}
