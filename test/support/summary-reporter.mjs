// wtr's own reporter ends with "Finished running tests in Xs, all tests passed!" and prints no
// count. CI reads a plain closing line "N passed, N failed", so this reporter adds one, after
// the default reporter has printed everything else.

/** Counts every test of every session, and a session that crashed before running as one failure. */
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

export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    start() {
      // wtr prints its own "Finished running tests…" after the reporters stop: print on exit so
      // the count is the closing line. Writes to files and pipes are synchronous on exit.
      process.once('exit', () => {
        const { passed, failed, skipped } = countResults(sessions);
        if (passed + failed === 0) process.stdout.write('\nno test ran\n');
        process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}
