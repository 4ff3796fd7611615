/**
 * A tiny static server on 127.0.0.1 for the built site, as a static host
 * would serve it: gzip for text (precompressed once, so the server's own CPU
 * does not count against the page), `Cache-Control: no-store`.
 *
 * `overlay` replaces runtime files: a request for `data/…` or `geo/…` is
 * answered from the overlay folder when it has that file (the synthetic
 * dataset), and from the site otherwise.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { TYPES } from '../scripts/serve.mjs';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** Resolves `urlPath` inside `root`, or undefined if it escapes it or is not a file. */
function fileIn(root, urlPath) {
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (stat.isDirectory()) return fileIn(root, join(urlPath, 'index.html'));
  return path;
}

/**
 * Starts serving `root` on a free loopback port. Returns `{url, close, requests}`;
 * `requests` lists the paths served (to check what the page loaded).
 */
export async function startServer({ root, overlay } = {}) {
  const siteRoot = resolve(root);
  const overlayRoot = overlay ? resolve(overlay) : undefined;
  const gzipCache = new Map();
  const requests = [];
  const server = createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const runtime = /^\/(data|geo)\//.test(urlPath);
    const path = (runtime && overlayRoot ? fileIn(overlayRoot, urlPath) : undefined) ?? fileIn(siteRoot, urlPath);
    requests.push({ path: urlPath, status: path ? 200 : 404 });
    if (!path) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(path);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    let body;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 6 }));
      body = gzipCache.get(path);
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = readFileSync(path);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
