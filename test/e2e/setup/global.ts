/**
 * Browser tests run against the built site, as users get it: build `dist/`
 * (the app, then the embeddable element and examples) once, serve it with the `npm start` server on a free loopback port, and hand the
 * URL to the tests (`inject('baseUrl')`).
 */
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic } from '../../../scripts/serve.mjs';

let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn' });
  // The embeddable element (dist/coop-map.js) and the examples go into the same dist/.
  await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
  // Served as `npm start` serves it (scripts/serve.mjs): 404s and the security headers included.
  server = await serveStatic(resolve(import.meta.dirname, '../../../dist'));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await new Promise<void>((done) => server?.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
