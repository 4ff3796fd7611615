/**
 * The static server behind `npm start`: serves a built site (`dist/`) the way
 * a careful static host would, so that what users see under `npm start` is
 * what they see in production.
 *
 * - A file that exists: 200 with its type. A missing file: 404 (never
 *   `index.html`, which the app would read as a truncated JSON file).
 * - A path with no extension that names no file (an app route typed by
 *   hand, `/carte/artois`): a redirect to the site root with its query, since
 *   the page's relative script URLs only resolve from the root.
 * - Headers: the page's own Content-Security-Policy (read from its `<meta>`)
 *   plus `frame-ancestors *` for HTML (frame-ancestors only works as a
 *   header; the embed must stay frameable, so no X-Frame-Options),
 *   `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`
 *   (the app never needs to tell another site where it was linked from).
 * - Caching: the build's hashed files (`assets/`: scripts, the map worker,
 *   fonts) never change under their name, so they are kept for a year
 *   (`immutable`); everything else (the page, the data, the geometry) is
 *   checked again on each use (`no-cache`) against its ETag, a hash of its
 *   bytes, and answered 304 when unchanged. So a font file the page and the
 *   map both ask for is fetched once, and fresh data is never hidden by a cache.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Content types by extension; anything else is served as bytes. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Headers sent with every answer. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const META_CSP = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')/i;

/**
 * The Content-Security-Policy header for an HTML page: the policy of its
 * `<meta>` (one policy, one place), plus `frame-ancestors *`. A page without
 * a meta policy gets a strict default.
 */
export function cspHeaderFor(html) {
  const found = META_CSP.exec(html);
  const meta = (found?.[1] ?? found?.[2])?.trim().replace(/;\s*$/, '');
  const policy = meta ?? "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";
  return `${policy}; frame-ancestors *`;
}

/** Answers one request for a file below `root`. */
async function answer(root, req, res) {
  const send = (status, body, headers = {}) => {
    res.writeHead(status, { ...COMMON_HEADERS, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = () => send(404, 'Not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return send(400, 'Bad request\n', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  if (path.includes('\0')) return send(400, 'Bad request\n', { 'Content-Type': 'text/plain; charset=utf-8' });
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return send(301, '', { Location: `${url.pathname}/${url.search}` });
    file = resolve(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    // An app route typed by hand (no extension): the app, from the root. A file name: 404.
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (extname(last) === '' && path !== '/') return send(302, '', { Location: `/${url.search}` });
    return notFound();
  }
  const body = await readFile(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'Content-Type': type, ETag: etag };
  if (path.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = cspHeaderFor(body.toString('utf8'));
  if (req.headers['if-none-match'] === etag) return send(304, undefined, headers);
  send(200, body, { ...headers, 'Content-Length': String(body.length) });
}

/**
 * Starts the server for `root` on `host`:`port` (0: any free port).
 * Resolves to the node:http server once it listens.
 */
export function serveStatic(root, { host = '127.0.0.1', port = 0 } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    answer(base, req, res).catch((error) => {
      res.writeHead(500, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
