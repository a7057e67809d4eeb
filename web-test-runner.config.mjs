import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import rollupJson from '@rollup/plugin-json';
import { findBrowser } from './scripts/find-browser.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { browserCommandsPlugin } from './test/support/browser-commands.mjs';
import { cssText } from './scripts/rollup-plugin-css-text.mjs';

const json = fromRollup(rollupJson);
const css = fromRollup(cssText);

// Pinned so date labels never depend on the machine: UTC−10 catches any date that slips to the
// previous day; the time-zone test switches to UTC+14 on top of it.
const TIME_ZONE = 'Pacific/Honolulu';
const LOCALE = 'en-GB';

// As root on a closed network Chromium needs these (see ../shared/NOTES.md).
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  `--lang=${LOCALE}`,
];

const executablePath = findBrowser();
if (!executablePath) {
  console.error('No browser found: run `node scripts/find-browser.mjs` (npm test does) for what to install.');
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  // moment's ES build is behind `jsnext:main`; 'production' keeps Lit's dev-mode warnings out of the logs.
  nodeResolve: { mainFields: ['browser', 'jsnext:main', 'module', 'main'], exportConditions: ['production'] },
  mimeTypes: { 'events.json': 'js', '**/*.css': 'js' },
  // One page at a time: a page in the background gets no animation frames, and vis-timeline
  // draws in animation frames, so parallel pages stall each other's timelines.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  plugins: [
    // Only the shipped chronology is imported as a module; test fixtures are fetched as JSON.
    json({ include: ['events.json'], preferConst: true }),
    css(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    browserCommandsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, TZ: TIME_ZONE, LANG: `${LOCALE.replace('-', '_')}.UTF-8` },
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
