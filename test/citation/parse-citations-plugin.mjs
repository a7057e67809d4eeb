// A server command for the citation tests: parses exported RIS and BibTeX (and checks CSL-JSON)
// with Citation.js, a well-kept parser, in Node (its packages are CommonJS, which the test
// server does not serve to the browser). Returns the CSL-JSON items Citation.js reads.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FORCE_TYPE = { ris: '@ris/file', bibtex: '@biblatex/text', 'csl-json': '@csl/list+object' };

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function parseCitationsPlugin() {
  return {
    name: 'purge-timeline-parse-citations',
    async executeCommand({ command, payload }) {
      if (command !== 'parse-citations') return undefined;
      const { plugins } = require('@citation-js/core');
      require('@citation-js/plugin-ris');
      require('@citation-js/plugin-bibtex');
      const input = payload.format === 'csl-json' ? JSON.parse(payload.text) : payload.text;
      return plugins.input.chain(input, { generateGraph: false, forceType: FORCE_TYPE[payload.format] });
    },
  };
}
