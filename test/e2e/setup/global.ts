/**
 * Browser tests run against the built site, as users get it: build `dist/`
 * (the app, then the embeddable element and examples) once, serve it with `vite preview` on a free loopback port, and hand the
 * URL to the tests (`inject('baseUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn' });
  // The embeddable element (dist/coop-map.js) and the examples go into the same dist/.
  await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
  server = await preview({ preview: { host: '127.0.0.1', port: 0, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await new Promise<void>((done) => server?.httpServer.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
