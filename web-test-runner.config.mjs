import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import rollupJson from '@rollup/plugin-json';
import { CHROMIUM_ARGS, findBrowser, findFirefox, requestedBrowsers, FIREFOX_SKIPPED, HOW_TO_INSTALL_FIREFOX } from './scripts/find-browser.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { browserCommandsPlugin } from './test/support/browser-commands.mjs';
import { parseCitationsPlugin } from './test/citation/parse-citations-plugin.mjs';
import { cssText } from './scripts/rollup-plugin-css-text.mjs';
import { vendorSubstitutes } from './scripts/rollup-plugin-vendor-substitutes.mjs';

const json = fromRollup(rollupJson);
const css = fromRollup(cssText);
const substitutes = fromRollup(vendorSubstitutes);

// Pinned so date labels never depend on the machine: UTC−10 catches any date that slips to the
// previous day; the time-zone test switches to UTC+14 on top of it.
const TIME_ZONE = 'Pacific/Honolulu';
const LOCALE = 'en-GB';
const BROWSER_ENV = { ...process.env, TZ: TIME_ZONE, LANG: `${LOCALE.replace('-', '_')}.UTF-8` };

// The header test/csp/strict-page.html is served with (test/csp/strict-csp.test.ts checks it):
// no inline script or style, and Trusted Types enforced with only Lit's and the element's policy.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html purge-timeline";
/** Pages under /test/csp/ get STRICT_CSP unless listed here. */
const CSP_BY_PAGE = {
  // The fallback when the policy name is taken (e.g. by a second copy of the bundle): the page's default policy.
  '/test/csp/taken-policy-page.html': `${STRICT_CSP} default`,
};

const CHROMIUM_LAUNCH_ARGS = [...CHROMIUM_ARGS, `--lang=${LOCALE}`];

// Firefox through puppeteer-core and WebDriver BiDi (no download: Debian's firefox-esr). The
// locale comes from prefs, the time zone from TZ; puppeteer's own prefs already turn off updates,
// telemetry and the other background traffic.
const FIREFOX_PREFS = {
  'intl.locale.requested': LOCALE,
  'intl.accept_languages': LOCALE,
};

const { browsers: wanted, explicit, error } = requestedBrowsers();
if (error) {
  console.error(`[purge-timeline] ${error}`);
  process.exit(1);
}
const chromiumPath = wanted.includes('chromium') ? findBrowser() : undefined;
if (wanted.includes('chromium') && !chromiumPath) {
  console.error('[purge-timeline] No Chromium found: run `node scripts/find-browser.mjs` (npm test does) for what to install.');
  process.exit(1);
}
const firefoxPath = wanted.includes('firefox') ? findFirefox() : undefined;
const notes = [];
if (wanted.includes('firefox') && !firefoxPath) {
  if (explicit) {
    console.error(`[purge-timeline] No Firefox found for TEST_BROWSERS=${process.env.TEST_BROWSERS}. ${HOW_TO_INSTALL_FIREFOX}`);
    process.exit(1);
  }
  // Said again as the summary's closing note, next to the counts.
  notes.push(FIREFOX_SKIPPED);
}

const browsers = [];
if (chromiumPath) {
  browsers.push(
    chromeLauncher({
      // Given puppeteer-core explicitly, the launcher names this browser "Chromium" (not "Chrome").
      puppeteer,
      launchOptions: { executablePath: chromiumPath, headless: true, args: CHROMIUM_LAUNCH_ARGS, env: BROWSER_ENV },
    }),
  );
}
/**
 * puppeteer's media emulation needs CDP, which Firefox over WebDriver BiDi lacks: without this,
 * `emulateMedia()` fails with a long stack trace in the runner's log. With it, the test gets a
 * one-line error it can catch (and fall back on, as the overview's reduced-motion test does).
 */
function withoutCdpOnlyEmulation(page) {
  const unsupported = (what) => async () => {
    const error = new Error(`${what} is not available in Firefox: WebDriver BiDi has no media emulation (puppeteer needs CDP for it).`);
    error.stack = error.message;
    throw error;
  };
  page.emulateMediaFeatures = unsupported('emulateMedia()');
  page.emulateMediaType = unsupported('emulateMedia({ media })');
  return page;
}

if (firefoxPath) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, env: BROWSER_ENV, extraPrefsFirefox: FIREFOX_PREFS },
      createPage: async ({ context }) => withoutCdpOnlyEmulation(await context.newPage()),
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  // moment's ES build is behind `jsnext:main`; 'production' keeps Lit's dev-mode warnings out of the logs.
  nodeResolve: { mainFields: ['browser', 'jsnext:main', 'module', 'main'], exportConditions: ['production'] },
  // Only the stylesheets the element imports (vis-timeline's) become modules; pages' own CSS stays CSS.
  mimeTypes: { 'events.json': 'js', 'node_modules/**/*.css': 'js' },
  // One page at a time per browser: a page in the background gets no animation frames, and
  // vis-timeline draws in animation frames, so parallel pages stall each other's timelines.
  // Chromium and Firefox are separate processes, each with its one foreground page: they run side
  // by side (wtr's concurrentBrowsers defaults to 2).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  middleware: [
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', CSP_BY_PAGE[context.path] ?? STRICT_CSP);
      }
      return next();
    },
  ],
  plugins: [
    // Only the shipped chronology is imported as a module; test fixtures are fetched as JSON.
    json({ include: ['events.json'], preferConst: true }),
    css({ include: /\/node_modules\// }),
    // The same stand-ins for moment, js-xss and date-fns' parsing tables as the bundle.
    substitutes(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    browserCommandsPlugin(),
    parseCitationsPlugin(),
  ],
  browsers,
  reporters: [defaultReporter(), summaryReporter({ notes })],
};
