/**
 * The library build: `dist/coop-map.js`, one ES module script that defines
 * `<coop-map>` for any HTML page (slide decks, CMS pages), plus what it loads
 * next to itself — `data/*.json`, `geo/npdc.topo.json`, the fonts and the
 * MapLibre worker in `assets/` — and the example pages in `dist/examples/`.
 *
 * Not Vite's `build.lib` mode on purpose: library mode inlines every asset as
 * a data: URL, which would put the 500 kB MapLibre worker and the fonts inside
 * the script (and need `blob:`/`data:` in a page's CSP). A plain build with a
 * JS entry, one chunk, and a relative base gives one script whose assets are
 * resolved from `import.meta.url`, so the folder can be copied anywhere.
 *
 * Run after the app build, into the same `dist/` (it does not empty it):
 * `vite build && vite build -c vite.lib.config.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { runtimeData } from './vite.config.ts';

const root = import.meta.dirname;

/** Copies `examples/*.html` and their scripts (`*.js`: no inline script under their CSP) to `dist/examples/` as they are. */
function examples(): Plugin {
  return {
    name: 'coopmap-examples',
    generateBundle() {
      for (const name of readdirSync(resolve(root, 'examples')).filter((n) => n.endsWith('.html') || n.endsWith('.js'))) {
        this.emitFile({ type: 'asset', fileName: `examples/${name}`, source: readFileSync(resolve(root, 'examples', name)) });
      }
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [runtimeData(), examples()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      input: resolve(root, 'src/lib.ts'),
      output: {
        format: 'es',
        entryFileNames: 'coop-map.js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: false,
      },
    },
  },
});
