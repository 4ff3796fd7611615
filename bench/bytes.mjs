/**
 * Bytes shipped: gzip size (zlib level 9) of every file of the built site,
 * classified as MapLibre's own JS, MapLibre's worker, our JS, CSS, fonts,
 * data and geometry.
 *
 * MapLibre's chunk is told apart by what it is made of (Rolldown's module
 * list: most of its rendered code comes from `node_modules/maplibre-gl`), its
 * worker by its name (`maplibre-gl-worker*`, emitted as an asset through
 * `?url`) or by MapLibre's licence banner in a worker-looking file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size at the strongest level, as a static host would precompress. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Which package a module id belongs to (`ours` for project sources). */
export function packageOf(id) {
  const clean = id.replace(/^\0/, '');
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(clean);
  if (match) return match[1].replace(/\\/g, '/');
  if (clean.startsWith('vite/') || clean.includes('vite/modulepreload')) return 'vite (runtime)';
  return 'ours';
}

/** Rendered bytes of a chunk grouped by package, largest first. */
function composition(chunk) {
  const byPackage = new Map();
  for (const [id, info] of Object.entries(chunk.modules ?? {})) {
    const name = packageOf(id);
    byPackage.set(name, (byPackage.get(name) ?? 0) + (info.renderedLength ?? 0));
  }
  const total = [...byPackage.values()].reduce((a, b) => a + b, 0) || 1;
  return [...byPackage.entries()].toSorted((a, b) => b[1] - a[1]).map(([name, rendered]) => ({ name, rendered, share: rendered / total }));
}

const MAPLIBRE_BANNER = /MapLibre GL JS/;

function classify(file, content, chunk) {
  if (file.startsWith(`data${sep}`) || file.startsWith('data/')) return file.endsWith('.json') ? 'data' : 'other';
  if (file.startsWith(`geo${sep}`) || file.startsWith('geo/')) return 'geometry';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'fonts';
  if (file.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(file)) {
    if (/maplibre-gl-worker/.test(file)) return 'maplibre-worker';
    if (chunk) {
      const maplibre = composition(chunk).find((p) => p.name === 'maplibre-gl');
      if (maplibre && maplibre.share > 0.5) return 'maplibre';
      return 'ours';
    }
    // An asset JS file (not a chunk): MapLibre's banner says whose it is.
    const head = content.subarray(0, 400).toString('utf8');
    if (MAPLIBRE_BANNER.test(head)) return /worker/i.test(file) ? 'maplibre-worker' : 'maplibre';
    return 'ours';
  }
  return 'other';
}

/**
 * Measures every file in `outDir`. `output` is the build's output list (for
 * chunk composition); files not in it (copied from public/) are classified
 * by name and content alone.
 */
export function measureBytes(outDir, output = []) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const unsorted = walk(outDir).map((path) => {
    const file = relative(outDir, path).split(sep).join('/');
    const content = readFileSync(path);
    const chunk = chunks.get(file);
    const kind = classify(file, content, chunk);
    const row = { file, kind, raw: content.length, gzip: gzipSize(content) };
    if (chunk) {
      const parts = composition(chunk);
      row.composition = parts.map((p) => ({ name: p.name, share: Math.round(p.share * 10_000) / 10_000 }));
      const maplibre = parts.find((p) => p.name === 'maplibre-gl');
      row.maplibreShare = maplibre ? maplibre.share : 0;
    }
    return row;
  });
  const files = unsorted.toSorted((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const totals = {};
  for (const row of files) {
    totals[row.kind] ??= { raw: 0, gzip: 0, files: 0 };
    totals[row.kind].raw += row.raw;
    totals[row.kind].gzip += row.gzip;
    totals[row.kind].files += 1;
  }
  /** Chunks where MapLibre is bundled together with our code (neither clearly one nor the other). */
  const mixed = files.filter((r) => r.maplibreShare > 0.02 && r.maplibreShare < 0.98);
  return { files, totals, mixed };
}

/** Build options that put MapLibre (JS and its inline CSS) in a chunk of its own, to measure our code alone. */
export const SPLIT_MAPLIBRE = {
  rolldownOptions: {
    output: {
      codeSplitting: {
        groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
      },
    },
  },
};
