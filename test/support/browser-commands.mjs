// Server-side commands the browser tests call through executeServerCommand: real input and
// emulation that the page itself cannot do. @web/test-runner-commands has no wheel command.
// All of them work in Chromium (CDP) and in Firefox (WebDriver BiDi: input.performActions for the
// mouse and wheel, emulation.setTimezoneOverride for the time zone), through puppeteer-core.

const cdpSessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserCommandsPlugin() {
  return {
    name: 'purge-timeline-commands',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.getPage?.(session.id);
      if (!page) return undefined;
      switch (command) {
        case 'wheel': {
          const { x, y, deltaY, deltaX = 0, steps = 1 } = payload;
          await page.mouse.move(x, y);
          for (let i = 0; i < steps; i += 1) await page.mouse.wheel({ deltaX, deltaY });
          return true;
        }
        // Media features puppeteer's emulateMediaFeatures refuses (forced-colors): raw CDP, Chromium only.
        // The session is kept: emulation set through a session ends when it detaches.
        case 'emulate-media-features': {
          if (page.browser().protocol !== 'cdp') {
            const error = new Error('Media feature emulation needs CDP (Chromium); Firefox over WebDriver BiDi has none.');
            error.stack = error.message;
            throw error;
          }
          if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
          await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
          return true;
        }
        case 'emulate-timezone':
          await page.emulateTimezone(payload.timezone ?? undefined);
          return true;
        case 'drag': {
          const { from, to, steps = 10 } = payload;
          await page.mouse.move(from.x, from.y);
          await page.mouse.down();
          await page.mouse.move(to.x, to.y, { steps });
          await page.mouse.up();
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
