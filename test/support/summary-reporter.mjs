// wtr's own reporter ends with "Finished running tests in Xs, all tests passed!" and prints no
// count. CI reads a plain closing line "N passed, N failed", so this reporter adds one, after
// the default reporter has printed everything else. The count covers every browser; a line
// before it gives the count per browser, and `notes` (e.g. "Firefox was skipped") come first.

/** Counts every test of these sessions, and a session that crashed before running as one failure. */
function countResults(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    for (const child of suite.suites) walk(child);
  };
  for (const session of sessions) {
    if (session.testResults) walk(session.testResults);
    const crashed = !session.passed && (session.errors?.length ?? 0) > 0;
    if (crashed) counts.failed += 1;
  }
  return counts;
}

const describe = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/** @param {{ notes?: string[] }} [options] lines printed just before the count */
export function summaryReporter({ notes = [] } = {}) {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    start() {
      // wtr prints its own "Finished running tests…" after the reporters stop: print on exit so
      // the count is the closing line. Writes to files and pipes are synchronous on exit.
      process.once('exit', () => {
        const total = countResults(sessions);
        const byBrowser = new Map();
        for (const session of sessions) {
          const name = session.browser?.name ?? 'browser';
          byBrowser.set(name, [...(byBrowser.get(name) ?? []), session]);
        }
        let out = '\n';
        for (const note of notes) out += `${note}\n`;
        if (total.passed + total.failed === 0) out += 'no test ran\n';
        if (byBrowser.size > 1) out += `${[...byBrowser].map(([name, list]) => `${name}: ${describe(countResults(list))}`).join('; ')}\n`;
        out += `${describe(total)}\n`;
        process.stdout.write(out);
      });
    },
  };
}
