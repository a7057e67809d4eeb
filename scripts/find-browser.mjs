// Finds the browsers for the tests without downloading one: the closed networks this project is
// built on reach only npm and Debian's apt, so puppeteer's own downloads fail.
//
// - Chromium (required): $CHROME_PATH, then the usual install paths.
// - Firefox (Debian's firefox-esr; optional): $FIREFOX_PATH, then the usual install paths. Without
//   it the browser tests run in Chromium only and say so, with the command to install it.
//
// `TEST_BROWSERS=chromium` (or `firefox`, or `chromium,firefox`, the default) picks the browsers.
// Run as a script (`npm test` does), it installs the missing ones with apt-get when it can (root,
// Debian/Ubuntu) and otherwise says exactly what to do. It never prints a stack trace.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Flags for Debian's Chromium as root on a closed network (see ../shared/NOTES.md): without the
 * networking ones it tries Google's hosts at every start and fails. Shared by the test runner,
 * the benchmark, the package test and the screenshot script.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox/firefox',
  '/opt/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const KNOWN_BROWSERS = ['chromium', 'firefox'];

/**
 * The browsers the tests should run in, from `$TEST_BROWSERS` (default: both).
 * @returns {{ browsers: string[], explicit: boolean, error?: string }}
 */
export function requestedBrowsers(env = process.env) {
  const raw = env.TEST_BROWSERS?.trim();
  if (!raw) return { browsers: [...KNOWN_BROWSERS], explicit: false };
  const browsers = raw.split(/[\s,]+/).filter(Boolean).map((name) => name.toLowerCase());
  const unknown = browsers.filter((name) => !KNOWN_BROWSERS.includes(name));
  if (unknown.length > 0 || browsers.length === 0) {
    return { browsers: [], explicit: true, error: `TEST_BROWSERS=${raw}: use ${KNOWN_BROWSERS.join(', ')} or both, comma-separated.` };
  }
  return { browsers: [...new Set(browsers)], explicit: true };
}

function fromEnvOrPaths(env, names, paths, label) {
  for (const name of names) {
    const fromEnv = env[name];
    if (!fromEnv) continue;
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`[purge-timeline] ${name}=${fromEnv} does not exist; looking for ${label} in the usual places.`);
  }
  return paths.find((path) => existsSync(path));
}

/** @returns {string | undefined} the path of a Chromium-family browser, if one is installed */
export function findBrowser(env = process.env) {
  return fromEnvOrPaths(env, ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'], CHROMIUM_PATHS, 'Chromium');
}

/** Whether `path --version` runs: /usr/bin/firefox is often a wrapper script or a snap stub. */
function runs(path) {
  try {
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 15000 });
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a Firefox (ESR or release) that runs, if one is installed */
export function findFirefox(env = process.env) {
  const candidates = [env.FIREFOX_PATH, ...FIREFOX_PATHS].filter((path) => path && existsSync(path));
  if (env.FIREFOX_PATH && !existsSync(env.FIREFOX_PATH)) {
    console.warn(`[purge-timeline] FIREFOX_PATH=${env.FIREFOX_PATH} does not exist; looking for Firefox in the usual places.`);
  }
  for (const path of new Set(candidates)) {
    if (runs(path)) return path;
    console.warn(`[purge-timeline] ${path} is there but \`${path} --version\` fails; skipping it.`);
  }
  return undefined;
}

export const HOW_TO_INSTALL_CHROMIUM = `No Chromium-family browser was found for the tests.
Install one of these, or point CHROME_PATH at one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
  any system:     CHROME_PATH=/path/to/chrome npm test`;

export const HOW_TO_INSTALL_FIREFOX =
  'To test in Firefox too: sudo apt-get install -y firefox-esr (Debian/Ubuntu), or FIREFOX_PATH=/path/to/firefox. TEST_BROWSERS=chromium skips Firefox without this notice.';

/** Printed before the run when Firefox is missing, and (past tense) by the test runner's summary. */
export const FIREFOX_WILL_BE_SKIPPED = `Firefox not found: the browser tests will run in Chromium only. ${HOW_TO_INSTALL_FIREFOX}`;
export const FIREFOX_SKIPPED = `Firefox was skipped (not found): these results are Chromium's only. ${HOW_TO_INSTALL_FIREFOX}`;

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let aptUpdated = false;

/** Installs one Debian package; true when apt-get succeeded. */
function aptInstall(pkg) {
  try {
    const update = aptUpdated ? '' : 'apt-get update -qq && ';
    execFileSync('sh', ['-c', `${update}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], { stdio: 'inherit' });
    aptUpdated = true;
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the requested browsers, installing missing ones with apt-get when it can. Exits with a
 * clear message when Chromium (or an explicitly requested Firefox) is missing; a missing Firefox
 * that was only wanted by default is reported and skipped.
 * @returns {{ chromium?: string, firefox?: string }}
 */
export function ensureBrowsers() {
  const { browsers, explicit, error } = requestedBrowsers();
  if (error) {
    console.error(`[purge-timeline] ${error}`);
    process.exit(1);
  }
  const found = {};
  const apt = canInstallWithApt();

  if (browsers.includes('chromium')) {
    found.chromium = findBrowser();
    if (!found.chromium && apt) {
      console.log("[purge-timeline] No Chromium found; installing Debian's chromium with apt-get (root)…");
      if (aptInstall('chromium')) found.chromium = findBrowser();
      else console.error('[purge-timeline] apt-get could not install chromium.');
    }
    if (!found.chromium) {
      console.error(`[purge-timeline] ${HOW_TO_INSTALL_CHROMIUM}`);
      process.exit(1);
    }
  }

  if (browsers.includes('firefox')) {
    found.firefox = findFirefox();
    if (!found.firefox && apt) {
      console.log("[purge-timeline] No Firefox found; installing Debian's firefox-esr with apt-get (root)…");
      if (aptInstall('firefox-esr')) found.firefox = findFirefox();
      else console.error('[purge-timeline] apt-get could not install firefox-esr.');
    }
    if (!found.firefox) {
      if (explicit) {
        console.error(`[purge-timeline] No Firefox found for TEST_BROWSERS=${process.env.TEST_BROWSERS}. ${HOW_TO_INSTALL_FIREFOX}`);
        process.exit(1);
      }
      console.warn(`[purge-timeline] ${FIREFOX_WILL_BE_SKIPPED}`);
    }
  }
  return found;
}

/** Kept for callers of the Chromium-only version. */
export function ensureBrowser() {
  return ensureBrowsers().chromium;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = ensureBrowsers();
  if (found.chromium) console.log(`[purge-timeline] Chromium: ${found.chromium}`);
  if (found.firefox) console.log(`[purge-timeline] Firefox: ${found.firefox}`);
}
