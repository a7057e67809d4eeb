/**
 * The authoring modules and the element's parser, from the built library (dist/lib), so the
 * command checks with exactly the code the published element runs.
 */

/** The module, or `undefined` after saying on `stderr` why it is missing. */
export async function loadAuthoring(stderr) {
  try {
    return await import('../dist/lib/authoring.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    stderr.write('purge-timeline: dist/lib/authoring.js is missing: run `npm run build` first (the published package has it).\n');
    return undefined;
  }
}
