#!/usr/bin/env node
/**
 * `npm start`: build the site if it is missing or older than its sources,
 * then serve `dist/` on http://127.0.0.1:4173/ (PORT overrides) with `scripts/serve.mjs`
 * and print the URL.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { serveStatic } from './serve.mjs';

const sources = [
  'src',
  'data',
  'geo/npdc.topo.json',
  'geo/population.json',
  'index.html',
  'public',
  'examples',
  'vite.config.ts',
  'vite.lib.config.ts',
  'package-lock.json',
];

/** Newest modification time below a file or folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('Building the site…');
  await build({ logLevel: 'warn' });
  // The library build (dist/coop-map.js and dist/examples/) goes into the same dist/.
  await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
}

const port = Number(process.env.PORT ?? 4173);
// Our own static server (scripts/serve.mjs): 404 for missing files, and the headers a careful host sends.
const server = await serveStatic('dist', { port });
console.log(`\ncoopmap is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
process.on('SIGINT', () => server.close(() => process.exit(0)));
