import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The files the app fetches at run time: the curated data and the territory
 * geometry. They stay separate files (not bundled) so that the page can say
 * which one is missing or broken, and so `<coop-map>` can load them from URLs
 * relative to its script.
 */
const runtimeFiles = (): { url: string; path: string }[] => [
  ...readdirSync(resolve(import.meta.dirname, 'data'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ url: `data/${name}`, path: resolve(import.meta.dirname, 'data', name) })),
  { url: 'geo/npdc.topo.json', path: resolve(import.meta.dirname, 'geo/npdc.topo.json') },
  { url: 'geo/population.json', path: resolve(import.meta.dirname, 'geo/population.json') },
  { url: 'geo/communes.index.json', path: resolve(import.meta.dirname, 'geo/communes.index.json') },
];

/** Serves the runtime files in dev and emits them as assets in the build (also used by vite.lib.config.ts). */
export function runtimeData(): Plugin {
  return {
    name: 'coopmap-runtime-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]?.replace(/^\//, '');
        const file = runtimeFiles().find((f) => f.url === url);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(file.path));
      });
    },
    generateBundle() {
      for (const file of runtimeFiles()) {
        this.emitFile({ type: 'asset', fileName: file.url, source: readFileSync(file.path) });
      }
    },
  };
}

export default defineConfig({
  // Relative base: the built site works from any sub-path of a static host.
  base: './',
  plugins: [runtimeData()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in its own chunk: it changes far less often than our code
        // (better caching), and its weight is measured apart from ours.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl/') ? 'maplibre' : undefined),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Beside the Node tests: a unit test beside each component (`src/ui/<folder>/<file>.test.ts`),
          // each naming its DOM (`// @vitest-environment happy-dom`) in its first line.
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          // The geometry checks (turf unions over 1,539 communes) take seconds on a loaded 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
