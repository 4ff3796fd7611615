/**
 * Issue 12, class 7: the `npm start` server (scripts/serve.mjs) answers a
 * missing file with 404 (never index.html), sends app routes typed by hand
 * to the app, and sends the headers a careful static host would: the page's
 * own CSP as a header plus frame-ancestors (the embed stays frameable: no
 * X-Frame-Options), nosniff, and a referrer policy. Served from a small
 * temporary site, so no build is needed.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspHeaderFor, serveStatic } from '../../scripts/serve.mjs';

const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";
const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${POLICY}" /><p>app</p>`;
let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopmap-serve-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'examples'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'data/posts.json'), '{"schemes":[]}');
  writeFileSync(join(dir, 'assets/app.js'), 'export {};');
  writeFileSync(join(dir, 'examples/slides.html'), '<!doctype html><p>deck</p>');
  writeFileSync(resolve(dir, '..', 'coopmap-secret.txt'), 'secret');
  server = await serveStatic(dir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(dir, { recursive: true, force: true });
  rmSync(resolve(dir, '..', 'coopmap-secret.txt'), { force: true });
});

/** A raw request (the path sent as written, no URL normalisation). */
function get(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${origin}${path.startsWith('/') ? '' : '/'}`, { method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('missing files are 404, never the page', () => {
  for (const path of [
    '/data/figures.json',
    '/geo/npdc.topo.json',
    '/assets/maplibre-404.js',
    '/assets/maplibre-gl-worker.mjs',
    '/favicon.ico',
    '/data/posts.json.bak',
  ]) {
    test(path, async () => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(r.body).not.toContain('<');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    });
  }
});

describe('paths outside the site or malformed are refused', () => {
  const CASES: [string, number][] = [
    ['/..%2fcoopmap-secret.txt', 404],
    ['/data/..%2f..%2fcoopmap-secret.txt', 404],
    ['/%E0%A4%A', 400],
    ['/data/posts.json%00.html', 400],
  ];
  for (const [path, status] of CASES) {
    test(path, async () => {
      const r = await get(path);
      expect(r.status).toBe(status);
      expect(r.body).not.toContain('secret');
    });
  }
  test('only GET and HEAD', async () => {
    expect((await get('/data/posts.json', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });
});

describe('files and app routes', () => {
  test('a data file: 200 with its type', async () => {
    const r = await get('/data/posts.json');
    expect([r.status, r.headers['content-type'], r.body]).toEqual([200, 'application/json; charset=utf-8', '{"schemes":[]}']);
  });
  test('a script: 200 as JavaScript', async () => {
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });
  test('an app route typed by hand goes to the app, keeping its query', async () => {
    const r = await get('/carte/artois?lang=en&scheme=ccu');
    expect(r.status).toBe(302);
    expect(r.headers['location']).toBe('/?lang=en&scheme=ccu');
  });
  test('a folder without its slash is redirected to it', async () => {
    const r = await get('/examples');
    expect([r.status, r.headers['location']]).toEqual([301, '/examples/']);
  });
});

describe('caching', () => {
  test('hashed build files are kept a year; the page and the data are checked again on each use', async () => {
    expect((await get('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/data/posts.json', '/examples/slides.html'])
      expect([path, (await get(path)).headers['cache-control']]).toEqual([path, 'no-cache']);
  });
  test('an unchanged file is answered 304 to its ETag, a changed one 200 with its new bytes', async () => {
    const first = await get('/data/posts.json');
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/data/posts.json', 'GET', { 'If-None-Match': etag });
    expect([again.status, again.body]).toEqual([304, '']);
    writeFileSync(join(dir, 'data/posts.json'), '{"schemes":[1]}');
    const changed = await get('/data/posts.json', 'GET', { 'If-None-Match': etag });
    expect([changed.status, changed.body]).toEqual([200, '{"schemes":[1]}']);
    expect(changed.headers['etag']).not.toBe(etag);
    writeFileSync(join(dir, 'data/posts.json'), '{"schemes":[]}');
  });
});

describe('security headers of a careful static host', () => {
  test('the page: its own CSP as a header, plus frame-ancestors; no X-Frame-Options', async () => {
    const r = await get('/?embed=1');
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors *`);
    expect(r.headers['x-frame-options']).toBeUndefined();
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });
  test('every answer says nosniff and no-referrer', async () => {
    for (const path of ['/data/posts.json', '/assets/app.js', '/nothing.json', '/examples/slides.html']) {
      const r = await get(path);
      expect([path, r.headers['x-content-type-options'], r.headers['referrer-policy']]).toEqual([path, 'nosniff', 'no-referrer']);
    }
  });
  test('the header policy of the real index.html is its meta policy, with no inline script', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
    const header = cspHeaderFor(html);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(header).toBe(`${meta}; frame-ancestors *`);
    expect(header).toContain("script-src 'self';");
    expect(header).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
