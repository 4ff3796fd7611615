/**
 * A static server for the built site (`dist/`) whose files the tests can
 * replace on the fly: a data file missing, truncated or failing its schema,
 * a dataset with hostile names, a page with another Content-Security-Policy.
 * node:http on 127.0.0.1, port 0; nothing is cached (`no-store`) so a retry
 * after `restore()` fetches the fixed file. It records every request path.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** What the server answers for one path instead of the file in `dist/`. */
export interface Override {
  status?: number;
  body?: string | Uint8Array;
  /** Defaults to the type of the path's extension. */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  /** Base URL of the site, ending with `/`. */
  url: string;
  /** Serves `override` (or its result, for a function of the original body) for `path` (e.g. `data/posts.json`). */
  set(path: string, override: Override | ((original: string) => Override)): void;
  /** Back to the real file for `path`, or for every path when none is given. */
  restore(path?: string): void;
  /** Request paths served so far (with their query strings), in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

export const DIST = resolve(import.meta.dirname, '../../../dist');

/** Starts a server for `root` (the built site by default). */
export async function startFixtureServer(root: string = DIST): Promise<FixtureServer> {
  const overrides = new Map<string, Override | ((original: string) => Override)>();
  const requests: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    requests.push(`${url.pathname}${url.search}`);
    let path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = resolve(root, path);
    const inside = file.startsWith(root + sep);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const base = { 'Cache-Control': 'no-store' };
    const override = overrides.get(path);
    if (override) {
      let o: Override;
      if (typeof override === 'function') {
        const original = inside ? await readFile(file, 'utf8').catch(() => '') : '';
        o = override(original);
      } else o = override;
      res.writeHead(o.status ?? 200, { ...base, 'Content-Type': o.contentType ?? type, ...o.headers });
      res.end(o.body ?? '');
      return;
    }
    const info = inside ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404, { ...base, 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...base, 'Content-Type': type });
    res.end(await readFile(file));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    set: (path, override) => void overrides.set(path, override),
    restore: (path) => (path === undefined ? overrides.clear() : void overrides.delete(path)),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
