// A bundler consumer of the package: a Vite production build of a page whose script is
// `import 'purge-timeline'` (what the README tells bundler users to write). Used by the size check
// (bench/check-size.mjs --consumer) and by test/package/consumers.test.mjs, which builds it from the
// packed tarball. Nothing is downloaded: Vite and lit come from this repository's node_modules.
import { mkdirSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repoModules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/** The package's runtime dependencies (and their own), linked from this repository's node_modules. */
export const RUNTIME_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];

/** Links `names` from this repository's node_modules into `dir`/node_modules (scoped names too). */
export function linkPackages(dir, names) {
  for (const name of names) {
    const from = join(repoModules, name);
    if (!existsSync(from)) continue;
    const to = join(dir, 'node_modules', name);
    mkdirSync(join(to, '..'), { recursive: true });
    if (!existsSync(to)) symlinkSync(from, to, 'dir');
  }
}

/**
 * Writes a Vite app into `dir` (index.html + src/main.ts, `script`), with `purge-timeline` already
 * in `dir`/node_modules, and builds it for production.
 * @returns {Promise<{ outDir: string, files: { name: string, gzip: number, raw: number }[], totalGzip: number, warnings: string[], modules: string[] }>}
 */
export async function buildConsumer(dir, script = "import 'purge-timeline';\n") {
  const { build, createLogger } = await import('vite');
  linkPackages(dir, RUNTIME_PACKAGES);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A Vite app</title><script type="module" src="/src/main.ts"></script></head>\n<body><purge-timeline></purge-timeline></body>\n</html>\n',
  );
  writeFileSync(join(dir, 'src/main.ts'), script);
  const warnings = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    warnings.push(message);
    warn(message, options);
  };
  logger.warnOnce = logger.warn;
  const outDir = join(dir, 'dist');
  const output = await build({ root: dir, configFile: false, logLevel: 'warn', customLogger: logger, build: { outDir, emptyOutDir: true } });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((file) => file.type === 'chunk');
  const files = chunks.map((chunk) => {
    const bytes = readFileSync(join(outDir, chunk.fileName));
    return { name: chunk.fileName, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const modules = [...new Set(chunks.flatMap((chunk) => Object.keys(chunk.modules)))];
  return { outDir, files, totalGzip: files.reduce((sum, file) => sum + file.gzip, 0), warnings, modules };
}
