// What fills the JS heap of one page after load: a heap snapshot (CDP HeapProfiler), its objects'
// own sizes summed by constructor / kind, largest first.
//
//   node bench/heap-snapshot.mjs [--n 10000] [--kind ours|raw] [--layout lanes] [--top 30]
import { parseArgs } from 'node:util';
import { startServer, readBundle, launchBrowser, freshPage, withTimeout } from './harness.mjs';

const { values: args } = parseArgs({ options: { n: { type: 'string', default: '10000' }, kind: { type: 'string', default: 'ours' }, layout: { type: 'string' }, top: { type: 'string', default: '30' } } });
const n = Number(args.n);
const bundle = await readBundle();
const server = await startServer([n], { bundle });
const { browser, close } = await launchBrowser();
try {
  const { page, cdp, dispose } = await freshPage(browser);
  await page.goto(`${server.base}/${args.kind}.html?n=${n}${args.layout ? `&layout=${args.layout}` : ''}`, { waitUntil: 'domcontentloaded' });
  await withTimeout(page.evaluate(() => window.__bench.ready), 120_000, 'load');
  await new Promise((r) => setTimeout(r, 1000));
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = JSON.parse(chunks.join(''));
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const totals = new Map();
  let all = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + iType]];
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + iName]] : type;
    const key = `${type}: ${name}`.slice(0, 90);
    const size = snapshot.nodes[i + iSize];
    all += size;
    const t = totals.get(key) ?? { size: 0, count: 0 };
    t.size += size;
    t.count++;
    totals.set(key, t);
  }
  console.log(`${args.kind} N=${n}: ${(all / 1024).toFixed(0)} KB in the snapshot`);
  // The largest single nodes, with the edge names and owners that point at them (what holds them).
  const { edge_fields: edgeFields, edge_types: [edgeTypes] } = snapshot.snapshot.meta;
  const ew = edgeFields.length;
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
  const iEdges = fields.indexOf('edge_count');
  const owners = new Map();
  for (let i = 0, e = 0; i < snapshot.nodes.length; i += width) {
    const count = snapshot.nodes[i + iEdges];
    for (let k = 0; k < count; k++, e += ew) {
      const to = snapshot.edges[e + eTo];
      if (snapshot.nodes[to + iSize] < 2000 && types[snapshot.nodes[to + iType]] !== 'array') continue;
      const type = edgeTypes[snapshot.edges[e + eType]];
      const name = type === 'element' || type === 'hidden' ? `[${snapshot.edges[e + eName]}]` : snapshot.strings[snapshot.edges[e + eName]];
      const key = `${types[snapshot.nodes[i + iType]]}:${snapshot.strings[snapshot.nodes[i + iName]].slice(0, 30)} .${String(name).slice(0, 20)}`;
      if (!owners.has(to)) owners.set(to, key);
    }
  }
  const arrays = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    if (types[snapshot.nodes[i + iType]] !== 'array') continue;
    const key = owners.get(i) ?? '?';
    const t = arrays.get(key) ?? { size: 0, count: 0 };
    t.size += snapshot.nodes[i + iSize];
    t.count++;
    arrays.set(key, t);
  }
  console.log('internal arrays by what holds them:');
  for (const [key, t] of [...arrays].sort((a, b) => b[1].size - a[1].size).slice(0, 25)) console.log(`${(t.size / 1024).toFixed(0).padStart(8)} KB ${String(t.count).padStart(8)}  ${key}`);
  for (const [key, t] of [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, Number(args.top))) console.log(`${(t.size / 1024).toFixed(0).padStart(8)} KB ${String(t.count).padStart(8)}  ${key}`);
  await dispose();
} finally {
  await close();
  await server.close();
}
