// A tiny static server for the benchmark pages, bound to 127.0.0.1 only. Everything it serves is
// registered up front and kept in memory with its gzip (-9) form, so serving costs next to
// nothing on the noisy cores the browser also needs; responses are gzip-encoded whenever the
// browser accepts it, so the transfer sizes the browser reports are realistic. `no-store`
// keeps each page's downloads honest (no cache between measurements).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function createStaticServer() {
  /** @type {Map<string, { type: string, body: Buffer, gzip: Buffer }>} */
  const files = new Map();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return {
    /** Serves `content` (string or Buffer) at `path`; the type follows the extension. */
    add(path, content, type = TYPES[extname(path)] ?? 'application/octet-stream') {
      const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
      files.set(path, { type, body, gzip: gzipSync(body, { level: 9 }) });
    },
    /** Starts listening on a free port of 127.0.0.1; resolves to the base URL. */
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
      });
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
