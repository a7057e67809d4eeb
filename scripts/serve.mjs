// A dependency-free static server for the demo: serves the repository root and prints the URL.
// `PORT=9000 npm start` picks another port; a busy port moves on to the next free one.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function resolveFile(urlPath) {
  const path = normalize(join(ROOT, decodeURIComponent(urlPath)));
  if (!path.startsWith(ROOT)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(join(urlPath, 'index.html'));
  return info?.isFile() ? path : undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  const file = await resolveFile(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
});

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < 65535) listen(port + 1);
    else throw error;
  });
  server.listen(port, () => console.log(`purge-timeline demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`));
}

listen(Number(process.env.PORT) || 8000);
