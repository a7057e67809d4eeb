// Generates custom-elements.json from the JSDoc in src/ (`npm run analyze`); never edited by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
