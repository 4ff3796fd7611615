#!/usr/bin/env node
/**
 * `npm run data:check -- FILE…`: bundles scripts/data-check-cli.ts (which
 * imports the browser's src/import code) with Vite's SSR build into
 * node_modules/.cache, then runs it. One code path for the dialog and the
 * check, no TypeScript loader needed. See data-check-cli.ts for options.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'node_modules/.cache/coopmap-data-check');
await build({
  configFile: false,
  root,
  logLevel: 'silent',
  build: {
    ssr: resolve(root, 'scripts/data-check-cli.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'data-check.mjs' } },
  },
  ssr: { noExternal: true },
});
const { loadStrings, main } = await import(pathToFileURL(resolve(outDir, 'data-check.mjs')).href);
await loadStrings();
// File names are relative to where npm was run (npm itself runs scripts from the package root).
process.exitCode = main(process.argv.slice(2), root, process.env.INIT_CWD ?? process.cwd());
