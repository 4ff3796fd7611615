import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES, loadAll, sha256 } from './src/model/load.ts';
import * as validator from './src/model/validate.ts';
import { checkScenes } from './src/app/scenes.ts';
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

const VERIFIED = 'virtual:coopmap-verified';

/**
 * The SHA-256 of each data file that passes the full validation now, at
 * build time (`virtual:coopmap-verified`). The page compares what it fetches
 * with these and loads the validator only for a file that differs, so the
 * schema validator is not part of the start of the page.
 */
export async function verifiedHashes(): Promise<Record<string, string>> {
  return (await verifiedData()).hashes;
}

/**
 * {@link verifiedHashes}, and the ids of the scenes that pass every check
 * against that data (`scenes`, in file order; null when a data file or
 * `scenes.json` has a problem). A page whose files all match needs no scene
 * code to list the scenes: it loads it when a scene is shown.
 */
export async function verifiedData(): Promise<{ hashes: Record<string, string>; scenes: string[] | null }> {
  const root = import.meta.dirname;
  const texts = new Map<string, string>();
  const read = async (url: string) => {
    const path = url.replace(/^https:\/\/build\.invalid\//, '');
    try {
      const text = readFileSync(resolve(root, path), 'utf8');
      texts.set(path, text);
      return { ok: true, status: 200, statusText: '', text: async () => text };
    } catch {
      return { ok: false, status: 404, statusText: 'Not Found', text: async () => '' };
    }
  };
  const { dataset, issues } = await loadAll('https://build.invalid/', read, { validator: async () => validator });
  const out: Record<string, string> = {};
  for (const path of Object.values(DATA_FILES)) {
    const text = texts.get(path);
    if (text !== undefined && !issues.some((i) => i.file === path)) out[path] = await sha256(text);
  }
  const scenes = texts.get('data/scenes.json') ?? readFileSync(resolve(root, 'data/scenes.json'), 'utf8');
  const json = JSON.parse(scenes) as unknown;
  if (validator.schemaIssues('scenes', json).length === 0) out['data/scenes.json'] = await sha256(scenes);
  const vouched = [...Object.values(DATA_FILES), 'data/scenes.json'].every((path) => path in out);
  return { hashes: out, scenes: vouched ? checkScenes(json, dataset, []).scenes.map((s) => s.id) : null };
}

/** Serves the runtime files in dev and emits them as assets in the build (also used by vite.lib.config.ts). */
export function runtimeData(): Plugin {
  return {
    name: 'coopmap-runtime-data',
    resolveId(id) {
      return id === VERIFIED ? `\0${VERIFIED}` : undefined;
    },
    async load(id) {
      if (id !== `\0${VERIFIED}`) return undefined;
      const { hashes, scenes } = await verifiedData();
      return `export default ${JSON.stringify(hashes)};\nexport const passedScenes = ${JSON.stringify(scenes)};`;
    },
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

/**
 * Preloads the page's two font files (Noto Sans 400 and 700, the latin subset): the text is drawn in
 * them from the first frame rather than swapped in later (a layout shift), and the map, which asks
 * for the same files, gets them from the cache.
 */
export function preloadFonts(): Plugin {
  return {
    name: 'coopmap-preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((name) => /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/.test(name));
        return fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${name}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

type ModuleGraph = (id: string) => { importedIds: readonly string[] } | null;
/** {@link startModules} per chunking pass (the entry's module info is the same object within one pass). */
const startOfPass = new WeakMap<object, Set<string>>();

/**
 * The modules the page's entry loads before anything else: its static imports, transitively
 * (MapLibre aside, in its own chunk). They make one chunk, the entry's, rather than being cut into
 * small chunks shared with the lazy ones, each compressed apart (the page loads them all at once).
 */
function startModules(graph: ModuleGraph): Set<string> {
  const entry = resolve(import.meta.dirname, 'index.html');
  const pass = graph(entry);
  const known = pass && startOfPass.get(pass);
  if (known) return known;
  const seen = reachable(graph, [entry], new Set());
  if (pass) startOfPass.set(pass, seen);
  return seen;
}

/** The modules `from` import statically, transitively, but not those of `skip`; packages are left to the bundler, lit aside. */
function reachable(graph: ModuleGraph, from: readonly string[], skip: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    // A package's index reaches modules the page never runs.
    if (
      seen.has(id) ||
      skip.has(id) ||
      (id.includes('/node_modules/') && !/\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(id))
    )
      return;
    seen.add(id);
    for (const next of graph(id)?.importedIds ?? []) visit(next);
  };
  for (const id of from) visit(id);
  return seen;
}

/**
 * The code fetched as the page starts, beside the data (see `src/app/coop-map.ts` and
 * `map-view-controller.ts`): each part keeps a chunk of its own, so that one failing to load is
 * told apart from the others, and what they import (components, query functions, the drawing)
 * makes one chunk rather than some twenty small ones, each a request and compressed apart.
 */
const BESIDE_DATA = ['src/app/parts/panels.ts', 'src/app/parts/map-data.ts', 'src/map/map-view.ts'].map((p) =>
  resolve(import.meta.dirname, p),
);
const besideOfPass = new WeakMap<object, Set<string>>();

function besideDataModules(graph: ModuleGraph): Set<string> {
  const pass = graph(resolve(import.meta.dirname, 'index.html'));
  const known = pass && besideOfPass.get(pass);
  if (known) return known;
  const parts = new Set(BESIDE_DATA);
  const start = startModules(graph);
  const seen = reachable(
    graph,
    BESIDE_DATA.flatMap((id) => graph(id)?.importedIds ?? []),
    new Set([...start, ...parts]),
  );
  if (pass) besideOfPass.set(pass, seen);
  return seen;
}

export default defineConfig({
  // Relative base: the built site works from any sub-path of a static host.
  base: './',
  plugins: [runtimeData(), preloadFonts()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // No modulepreload polyfill: every browser of the es2022 target but Safari 16 preloads modules
    // itself, and there a missing preload only means the chunks are fetched as they are imported.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in its own chunk: it changes far less often than our code
        // (better caching), and its weight is measured apart from ours.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            {
              name: (id, ctx) => (startModules((m) => ctx.getModuleInfo(m)).has(id) ? 'index' : null),
              debugName: 'start',
              priority: 1,
            },
            {
              name: (id, ctx) => (besideDataModules((m) => ctx.getModuleInfo(m)).has(id) ? 'beside-data' : null),
              debugName: 'beside the data',
              priority: 0,
            },
          ],
        },
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
          setupFiles: ['test/setup/languages.ts'],
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
