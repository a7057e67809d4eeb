// Records every Content-Security-Policy violation of this page into window.__cspViolations, for
// strict-csp.test.ts to read from the parent page. A classic (not module) script in <head>, so it
// is listening before the module bundle runs. Capturing on window sees violations dispatched at
// the document and at elements, including those inside shadow roots (the event is composed).
window.__cspViolations = [];
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      effectiveDirective: event.effectiveDirective,
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      columnNumber: event.columnNumber,
    });
  },
  true,
);
