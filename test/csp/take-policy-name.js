// For taken-policy-page.html: records console warnings into window.__consoleWarnings, takes the
// policy name "purge-timeline" before the bundle can (as another copy of the bundle would), and
// installs the page's own default policy, through which plain-string HTML writes then pass.
window.__consoleWarnings = [];
const originalWarn = console.warn;
console.warn = (...args) => {
  window.__consoleWarnings.push(args.map(String).join(' '));
  originalWarn.apply(console, args);
};
trustedTypes.createPolicy('purge-timeline', { createHTML: () => '' });
trustedTypes.createPolicy('default', { createHTML: (html) => html });
