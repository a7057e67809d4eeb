// The two benchmark pages. Both start fetching their data from a classic script at the top of
// <head> (in parallel with their code), create the timeline from a module script once both are
// there, and use the same window, bounds and zoom limits. `?n=N` picks the dataset;
// `?mode=cycles` loads everything but creates nothing (the runner calls __bench.cycle()).
import { readFileSync } from 'node:fs';
import { WINDOW } from './dataset.mjs';

const probe = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

const WEEK = 7 * 24 * 60 * 60 * 1000;

const head = (kind, title) => `<!doctype html>
<html lang="en" data-kind="${kind}">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>html, body { margin: 0; font-family: system-ui, sans-serif; }</style>
<script>${probe}</script>
<script>
  // ?tall=1: a page taller than the viewport, so a plain wheel over the timeline can scroll it.
  if (new URLSearchParams(location.search).get('tall')) document.documentElement.style.paddingBottom = '200vh';
</script>`;

const fetchData = (prefix) => `<script>
  window.__n = Number(new URLSearchParams(location.search).get('n'));
  window.__data = fetch('/data/${prefix}-' + window.__n + '.json').then((response) => response.json());
</script>`;

/** Our element from the bundle's entry (which loads its chunks from /dist/ itself), given the dataset through its `events` property. */
export const oursPage = `${head('ours', 'bench: <purge-timeline>')}
${fetchData('events')}
<script type="module" src="/dist/purge-timeline.js"></script>
<script type="module">
  const data = await window.__data;
  window.__bench.create = async () => {
    const scope = document.createElement('div');
    const element = document.createElement('purge-timeline');
    // The same window and bounds as the raw page: 1935-01-01 – 1942-01-01.
    element.setAttribute('min', '1935-01-01');
    element.setAttribute('max', '1941-12-31');
    element.setAttribute('start', '1935-01-01');
    element.setAttribute('end', '1941-12-31');
    // ?layout=lanes: a lane per category (the gestures measure both layouts).
    const layout = new URLSearchParams(location.search).get('layout');
    if (layout) element.setAttribute('layout', layout);
    element.events = data;
    scope.append(element);
    document.body.append(scope);
    return { scope, remove: () => scope.remove() };
  };
  if (new URLSearchParams(location.search).get('mode') !== 'cycles') await window.__bench.create();
</script>
</head>
<body></body>
</html>
`;

/** Raw vis-timeline from its own standalone build and stylesheet, the same items as plain text. */
export const rawPage = `${head('raw', 'bench: raw vis-timeline')}
${fetchData('raw')}
<link rel="stylesheet" href="/vis/vis-timeline-graph2d.min.css">
<script defer src="/vis/vis-timeline-graph2d.min.js"></script>
<script type="module">
  const items = await window.__data;
  const min = new Date('${WINDOW.start}');
  const max = new Date('${WINDOW.end}');
  const options = {
    // No start/end: with them, vis-timeline 8.5.4 keeps its root hidden (loading screen) until
    // some later range change (its 1 s autoResize poll), since the window already equals them.
    // The window is set after the first draw instead, exactly as our element does.
    min,
    max,
    zoomMin: ${WEEK},
    zoomMax: max.getTime() - min.getTime(),
    // UTC arithmetic, as our element does.
    moment: (date) => vis.moment(date).utc(),
    showCurrentTime: false,
    showTooltips: false,
    selectable: true,
    stack: true,
    orientation: { axis: 'bottom', item: 'bottom' },
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  };
  window.__bench.create = async () => {
    const scope = document.createElement('div');
    document.body.append(scope);
    const timeline = new vis.Timeline(scope, items, options);
    timeline.once('changed', () => timeline.setWindow(min, max, { animation: false }));
    window.__bench.timeline = timeline;
    return { scope, remove: () => { timeline.destroy(); scope.remove(); window.__bench.timeline = undefined; } };
  };
  if (new URLSearchParams(location.search).get('mode') !== 'cycles') await window.__bench.create();
</script>
</head>
<body></body>
</html>
`;
