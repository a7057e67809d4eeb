// Finds a Chromium-family browser for the tests without downloading one: the closed networks
// this project is built on reach only npm and Debian's apt, so puppeteer's own download fails.
// Order: $CHROME_PATH, then the usual install paths. Run as a script (`--ensure`), it installs
// Debian's `chromium` when it can (root with apt-get) and otherwise says exactly what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} the path of a Chromium-family browser, if one is installed */
export function findBrowser(env = process.env) {
  const fromEnv = env.CHROME_PATH || env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`[purge-timeline] CHROME_PATH=${fromEnv} does not exist; looking in the usual places.`);
  }
  return USUAL_PATHS.find((path) => existsSync(path));
}

const HOW_TO_INSTALL = `No Chromium-family browser was found for the tests.
Install one of these, or point CHROME_PATH at one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
  any system:     CHROME_PATH=/path/to/chrome npm test`;

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Finds the browser or installs Debian's chromium; exits with a clear message otherwise. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('[purge-timeline] No browser found; installing Debian\'s chromium with apt-get (root)…');
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    } catch {
      console.error(`[purge-timeline] apt-get could not install chromium.\n${HOW_TO_INSTALL}`);
      process.exit(1);
    }
    const installed = findBrowser();
    if (installed) return installed;
  }
  console.error(`[purge-timeline] ${HOW_TO_INSTALL}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`[purge-timeline] browser: ${ensureBrowser()}`);
}
