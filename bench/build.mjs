/**
 * Builds the site with Vite's JS API, into a temporary folder so that the
 * benchmark never races with other builds of `dist/` (tests, `npm start`).
 * Same config as `npm run build` (vite.config.ts), only `outDir` differs.
 */
import { build } from 'vite';

/** Flattens what `build()` returns (one output, or one per environment) into output files. */
function outputFiles(result) {
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((r) => (r && 'output' in r ? r.output : []));
}

/**
 * Builds the app into `outDir`. Returns the output files with Rolldown's
 * per-chunk module list (used to tell MapLibre's code from ours).
 * `extra` is merged into the build options (e.g. a chunking override).
 */
export async function buildSite(root, outDir, extra = {}) {
  const result = await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, ...extra },
  });
  return outputFiles(result);
}

/**
 * Builds the reference page (bench/bare: the same maplibre-gl, a
 * background-only style) into `outDir`, to be served beside the app.
 */
export async function buildBare(root, outDir) {
  await build({
    root: `${root}/bench/bare`,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
}
