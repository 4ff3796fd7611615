#!/usr/bin/env node
/**
 * `npm run bench`: the performance benchmark of issue 6. Builds the site
 * (Vite JS API, into a temporary folder), then measures
 *   1. bytes shipped (gzip -9) by kind,
 *   2. navigation → `<coop-map ready>` in headless Chromium,
 *   3. filter change → counts updated and the next map frame drawn,
 *   4. the pure query functions in Node on the real data,
 *   5. the same on a synthetic national-scale dataset served in place of the real one,
 * prints a table against the budgets and writes `bench/results.json`.
 * A benchmark, not a test: it exits 0 whatever the figures.
 *
 * Options: `--runs N` (page loads per median, default 7, at least 7 counted
 * in the README figures), `--quick` (3 loads, 20 changes: to try the harness),
 * `--no-browser`, `--no-scale`, `--no-profile`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  launchChromium,
  measureCls,
  measureFilterChanges,
  measurePngExport,
  measureReady,
  measureReadyInterleaved,
  profile,
  traceBreakdown,
} from './browser.mjs';
import { buildBare, buildSite } from './build.mjs';
import { measureBytes, SPLIT_MAPLIBRE } from './bytes.mjs';
import { loadQueryModules, measureQueries, profileQuery, readDataset, readZones } from './query.mjs';
import { startServer } from './server.mjs';
import { writeSynthetic } from './synthetic.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const QUICK = flag('quick');
const RUNS = Math.max(1, option('runs', QUICK ? 3 : 7));
const CHANGES = QUICK ? 20 : 50;

/**
 * Budgets of issue 6 (absolute) and issue 10 (ratios to a bare MapLibre page
 * and to the map's own static repaint, measured in the same run).
 */
const BUDGET = {
  ourJsKb: 60,
  startJsKb: 45,
  dataGeoKb: 60,
  readyMs: 1500,
  readyRatio: 1.5,
  filterP95Ms: 50,
  filterRatio: 1.5,
  cls: 0.02,
  pngMs: 5000,
  queryMs: 1,
  scaleReadyMs: 10_000,
  scaleFilterP95Ms: 200,
  scaleFilterRatio: 3,
  scaleQueryMs: 20,
};

const figures = [];
const details = {};
const missing = [];

/** Records one figure; `budget` undefined = reported without a budget. */
function figure(id, label, value, unit, budget, extra = {}) {
  const pass = budget === undefined || value === null ? null : value <= budget;
  const row = { id, label, value: value === null ? null : round(value), unit, budget: budget ?? null, pass, ...extra };
  if (pass === false) {
    row.over = round(value - budget);
    row.overPercent = Math.round(((value - budget) / budget) * 100);
  }
  figures.push(row);
  return row;
}

function round(value) {
  if (typeof value !== 'number') return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  if (Math.abs(value) >= 1) return Math.round(value * 10) / 10;
  return Math.round(value * 1000) / 1000;
}

const kb = (bytes) => bytes / 1024;
const VIEWPORT_LABEL = '1280 × 800';
const log = (message) => console.log(`· ${message}`);

/** Writes `bench/results.json` as measured so far (after each section too, so a run cut short still leaves its figures). */
function writeResults(partial = false) {
  const results = {
    date: new Date().toISOString(),
    commit: gitDescribe(),
    ...(partial ? { partial: 'written after a section; the run had not finished' } : {}),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: details.chromium ?? null },
    options: { runs: RUNS, filterChanges: CHANGES, quick: QUICK },
    budgets: BUDGET,
    figures,
    missing,
    details,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

/** Runs one section; an error is recorded as "not measured", never fatal. */
async function section(name, body) {
  const t0 = performance.now();
  log(`${name}…`);
  try {
    await body();
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0];
    missing.push(`${name}: ${reason}`);
    console.log(`  ✘ ${name} not measured: ${reason}`);
  }
  log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  writeResults(true);
}

function gitDescribe() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // The results file itself is written as the run goes: it does not make the code measured a local change.
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench/results.json'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}+local changes` : commit;
  } catch {
    return 'unknown';
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'coopmap-bench-'));
const site = join(tmp, 'site');
const synthetic = join(tmp, 'synthetic');
let output = [];
let splitOutputChunks = [];
let queryModules;
let browser;
const servers = [];

try {
  await section('build (vite build → temporary folder)', async () => {
    output = await buildSite(ROOT, site);
  });

  await section('bytes', async () => {
    const bytes = measureBytes(site, output);
    details.bytes = bytes;
    const total = (kind) => bytes.totals[kind]?.gzip ?? 0;
    // MapLibre vs our JS: from the shipped chunks when MapLibre has a chunk of its own;
    // when it is bundled with our code, from a build that splits maplibre-gl out (same code, one more chunk).
    let split = bytes;
    details.bytesMethod = 'shipped chunks';
    if (bytes.mixed.length > 0) {
      const splitOutput = await buildSite(ROOT, join(tmp, 'site-split'), SPLIT_MAPLIBRE);
      splitOutputChunks = splitOutput;
      split = measureBytes(join(tmp, 'site-split'), splitOutput);
      details.bytesMethod = `MapLibre is bundled with our code in ${bytes.mixed.map((r) => r.file).join(', ')}: MapLibre and our JS measured in a build that puts maplibre-gl in a chunk of its own`;
      details.bytesSplit = split;
    }
    const splitTotal = (kind) => split.totals[kind]?.gzip ?? 0;
    // What our JS is made of: each chunk's gzip size shared out by its modules' rendered size (an estimate).
    const byPackage = new Map();
    for (const row of split.files.filter((r) => r.kind === 'ours')) {
      for (const part of row.composition ?? []) {
        byPackage.set(part.name, (byPackage.get(part.name) ?? 0) + row.gzip * part.share);
      }
    }
    details.ourJsByPackage = [...byPackage.entries()]
      .toSorted((a, b) => b[1] - a[1])
      .map(([name, gzip]) => ({ name, gzipKb: round(kb(gzip)) }));
    figure('bytes.maplibre', 'MapLibre JS (gzip)', kb(splitTotal('maplibre')), 'KB');
    figure('bytes.maplibreWorker', 'MapLibre worker (gzip)', kb(splitTotal('maplibre-worker')), 'KB');
    figure('bytes.ourJs', 'our JS, all chunks (gzip)', kb(splitTotal('ours')), 'KB', BUDGET.ourJsKb, {
      byPackage: details.ourJsByPackage.slice(0, 10),
    });
    // Start JS: our chunks the entry loads before anything else (its static imports, transitively); lazy chunks excluded.
    const splitChunks = new Map(
      (details.bytesSplit ? splitOutputChunks : output).filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]),
    );
    const start = new Set();
    const visit = (file) => {
      if (start.has(file) || !splitChunks.has(file)) return;
      start.add(file);
      for (const next of splitChunks.get(file).imports ?? []) visit(next);
    };
    for (const chunk of splitChunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    const startRows = split.files.filter((r) => r.kind === 'ours' && start.has(r.file));
    details.ourChunks = split === bytes ? split.files.filter((r) => r.kind === 'ours') : null;
    details.startJs = startRows.map((r) => ({ file: r.file, gzipKb: round(kb(r.gzip)) }));
    figure(
      'bytes.startJs',
      'our JS at start, MapLibre and its worker excluded (gzip)',
      kb(startRows.reduce((sum, r) => sum + r.gzip, 0)),
      'KB',
      BUDGET.startJsKb,
      {
        files: details.startJs,
      },
    );
    figure('bytes.css', 'CSS (gzip)', kb(total('css')), 'KB');
    figure('bytes.fonts', 'fonts (gzip)', kb(total('fonts')), 'KB');
    figure('bytes.data', 'data/*.json (gzip)', kb(total('data')), 'KB');
    figure('bytes.geometry', 'geometry (gzip)', kb(total('geometry')), 'KB');
    // Every file, those fetched on demand included (the commune list on first search, the populations for the
    // rate view, the scenes in scene mode); the budget applies to what the page fetches (see the browser section).
    figure('bytes.dataGeometry', 'data + geometry, every file (gzip)', kb(total('data') + total('geometry')), 'KB');
    if (total('other') > 0) figure('bytes.other', 'other files (gzip)', kb(total('other')), 'KB');
  });

  await section('synthetic dataset', async () => {
    details.synthetic = writeSynthetic(synthetic, { compact: true });
    const size = measureBytes(synthetic).totals;
    details.synthetic.gzipKb = round(kb((size.data?.gzip ?? 0) + (size.geometry?.gzip ?? 0)));
    details.synthetic.rawKb = round(kb((size.data?.raw ?? 0) + (size.geometry?.raw ?? 0)));
  });

  await section('query functions (Node)', async () => {
    queryModules = await loadQueryModules(ROOT, tmp);
    for (const [scope, dir, budget] of [
      ['query', site, BUDGET.queryMs],
      ['scale.query', synthetic, BUDGET.scaleQueryMs],
    ]) {
      let dataset;
      try {
        dataset = readDataset(dir);
      } catch (error) {
        missing.push(`${scope}: dataset not readable (${String(error.message).split('\n')[0]})`);
        continue;
      }
      const measured = measureQueries(queryModules, dataset, readZones(dir));
      details[scope] = { results: measured.results, notes: measured.notes, visibleLinksDefault: measured.visibleLinksDefault };
      for (const r of measured.results) {
        const label = `${scope === 'query' ? 'real' : 'synthetic'}: ${r.name}${r.once ? '' : ' (median per call)'}`;
        const row = figure(`${scope}.${r.name}`, label, r.median, 'ms', r.once || r.aggregate ? undefined : budget, {
          p95: round(r.p95),
          calls: r.calls,
        });
        if (row.pass === false && !QUICK && !flag('no-profile')) {
          row.profile = await profileQuery(measured.cases[r.name]);
        }
      }
    }
  });

  if (!flag('no-browser')) {
    await section('browser: real data', async () => {
      // The reference page, served beside the app at /bare/ (built after the bytes are counted: not ours).
      await buildBare(ROOT, join(site, 'bare'));
      browser = await launchChromium();
      details.chromium = browser.version();
      const server = await startServer({ root: site });
      servers.push(server);
      await browserFigures('', server.url, BUDGET.readyMs, BUDGET.filterP95Ms);
      // The data and geometry files the page fetched in those runs (loads, filter changes, CLS, export).
      const fetched = new Set(server.requests.filter((r) => /^\/(data|geo)\//.test(r.path)).map((r) => r.path.slice(1)));
      const rows = (details.bytes?.files ?? []).filter((r) => fetched.has(r.file));
      figure(
        'bytes.dataGeometryFetched',
        'data + geometry the page fetches (gzip; files fetched on demand apart)',
        kb(rows.reduce((sum, r) => sum + r.gzip, 0)),
        'KB',
        BUDGET.dataGeoKb,
        { files: rows.map((r) => ({ file: r.file, gzipKb: round(kb(r.gzip)) })) },
      );
    });
    if (!flag('no-scale')) {
      await section('browser: synthetic national-scale data', async () => {
        browser ??= await launchChromium();
        const server = await startServer({ root: site, overlay: synthetic });
        servers.push(server);
        await browserFigures('scale.', server.url, BUDGET.scaleReadyMs, BUDGET.scaleFilterP95Ms);
        const kept = [...new Set(server.requests.filter((r) => /^\/(data|geo)\//.test(r.path)).map((r) => r.path))];
        details.scaleRuntimeRequests = kept;
      });
    }
  }
} finally {
  await browser?.close().catch(() => {});
  for (const server of servers) await server.close();
  rmSync(tmp, { recursive: true, force: true });
}

/** Ready and filter-change figures for one served site; traces whatever misses its budget. */
async function browserFigures(prefix, url, readyBudget, filterBudget) {
  const scale = prefix !== '';
  const scope = scale ? 'synthetic' : 'real';
  const profiling = !flag('no-profile');
  // At national scale a load takes minutes under software WebGL: bound the total time, skip the warm-up.
  const readyOptions = scale
    ? { runs: RUNS, warmup: 0, timeout: 600_000, maxTotalMs: 6 * 60_000 }
    : { runs: RUNS, warmup: 1, timeout: 60_000 };
  let ready;
  if (scale) ready = await measureReady(browser, url, readyOptions);
  else {
    // The app and the bare MapLibre page, loaded in turn, so the machine's load weighs on both alike.
    const [app, bare] = await measureReadyInterleaved(browser, [url, `${url}bare/`], { runs: RUNS, warmup: 1, timeout: 60_000 });
    ready = { ...app, min: Math.min(...app.samples), max: Math.max(...app.samples), breakdown: { phases: app.phases } };
    details.bare = bare;
    // Beside start JS (the entry and its static imports), every chunk of ours the page asked for before
    // ready, those fetched beside the data included: what a first visit downloads to see the map.
    if (app.ok && details.ourChunks) {
      const asked = new Set(app.scriptsBeforeReady.map((path) => path.replace(/^\//, '')));
      const rows = details.ourChunks.filter((r) => asked.has(r.file));
      figure(
        'bytes.jsBeforeReady',
        'our JS fetched before ready, MapLibre and its worker excluded (gzip)',
        kb(rows.reduce((sum, r) => sum + r.gzip, 0)),
        'KB',
        undefined,
        {
          files: rows.map((r) => ({ file: r.file, gzipKb: round(kb(r.gzip)) })),
        },
      );
    }
    if (bare.ok) {
      figure('bare.idle', `bare MapLibre page: navigation → idle (median of ${bare.runs}, interleaved)`, bare.median, 'ms');
      if (app.ok) {
        // Beside the time, the CPU work each load took (the whole machine's, both cores): what no reordering can hide.
        const cpu =
          app.cpu && bare.cpu ? { app: app.cpu, bare: bare.cpu, ratio: round(app.cpu.busyMs / Math.max(1, bare.cpu.busyMs)) } : null;
        figure('ready.ratio', 'real: navigation → ready ÷ bare navigation → idle', app.median / bare.median, '×', BUDGET.readyRatio, {
          app: round(app.median),
          bare: round(bare.median),
          cpu,
        });
      }
    } else missing.push(`bare page: ${bare.errors.join(' | ')}`);
    // A CLS miss: one more load at that viewport says which elements moved, and a trace of it is kept.
    const clsFigure = async (id, label, value, viewport) => {
      const row = figure(id, label, value, '', BUDGET.cls);
      if (row.pass === false) {
        const detail = await measureCls(browser, url, viewport).catch(() => null);
        row.shifts = (detail?.shifts ?? []).toSorted((a, b) => b.value - a.value).slice(0, 5);
        if (profiling) {
          row.trace = await traceBreakdown(browser, url, 'load', { viewport, save: join(ROOT, 'bench', 'traces', `${id}.json.gz`) });
        }
      }
    };
    if (app.clsMax !== null) {
      await clsFigure('cls.desktop', `real: cumulative layout shift, desktop ${VIEWPORT_LABEL} (worst of ${app.runs} loads)`, app.clsMax, {
        width: 1280,
        height: 800,
      });
    }
    const phoneViewport = { width: 390, height: 844 };
    const phone = await measureCls(browser, url, phoneViewport).catch(() => null);
    if (typeof phone?.cls === 'number')
      await clsFigure('cls.phone', 'real: cumulative layout shift, phone 390 × 844', phone.cls, phoneViewport);
    const png = await measurePngExport(browser, url);
    details.png = png;
    if (png.ok) {
      const row = figure('png.ms', 'real: PNG export, 1920 × 1080 at 2× (median of 3)', png.median, 'ms', BUDGET.pngMs, {
        samples: png.samples,
      });
      if (row.pass === false && profiling) {
        row.trace = await traceBreakdown(browser, url, 'png', {
          viewport: { width: 1920, height: 1080 },
          save: join(ROOT, 'bench', 'traces', 'png.json.gz'),
        });
      }
    } else missing.push(`png export: ${png.errors.join(' | ')}`);
  }
  details[`${prefix}ready`] = ready;
  if (!ready.ok) {
    missing.push(`${prefix}ready: ${ready.errors.join(' | ')}`);
    figure(`${prefix}ready`, `${scope}: navigation → <coop-map ready>`, null, 'ms', readyBudget);
  } else {
    const row = figure(
      `${prefix}ready`,
      `${scope}: navigation → <coop-map ready> (median of ${ready.runs})`,
      ready.median,
      'ms',
      readyBudget,
      { runs: ready.runs, min: round(ready.min), max: round(ready.max), breakdown: ready.breakdown },
    );
    if ((row.pass === false || scale) && profiling) {
      row.trace = await traceBreakdown(browser, url, 'load', {
        timeout: readyOptions.timeout,
        save: join(ROOT, 'bench', 'traces', `${prefix}ready.json.gz`),
      });
    }
  }
  const changeOptions = scale
    ? { count: CHANGES, warmup: 1, timeout: 180_000, loadTimeout: 600_000, maxTotalMs: 5 * 60_000 }
    : { count: CHANGES, warmup: 4, timeout: 30_000 };
  const changes = await measureFilterChanges(browser, url, changeOptions);
  details[`${prefix}filter`] = changes;
  if (!changes.ok) {
    missing.push(`${prefix}filter change: ${changes.errors.join(' | ')}`);
    figure(`${prefix}filter.p95`, `${scope}: filter change → next frame drawn, p95`, null, 'ms', filterBudget);
    return;
  }
  const n = changes.changes;
  figure(`${prefix}filter.counted.p50`, `${scope}: filter change → counts updated (lit done), p50 of ${n}`, changes.counted.p50, 'ms');
  figure(`${prefix}filter.counted.p95`, `${scope}: filter change → counts updated (lit done), p95 of ${n}`, changes.counted.p95, 'ms');
  figure(`${prefix}filter.p50`, `${scope}: filter change → next frame drawn, p50 of ${n}`, changes.p50, 'ms');
  const row = figure(`${prefix}filter.p95`, `${scope}: filter change → next frame drawn, p95 of ${n}`, changes.p95, 'ms', filterBudget, {
    frameSignal: changes.frameSignal,
    max: round(changes.max),
    byKind: changes.byKind,
  });
  if (changes.frameMs !== null) {
    figure(`${prefix}frame`, `${scope}: one repaint of the static map (software WebGL)`, changes.frameMs, 'ms');
    figure(
      `${prefix}filter.ratio`,
      `${scope}: filter change p95 ÷ one static repaint`,
      changes.p95 / changes.frameMs,
      '×',
      scale ? BUDGET.scaleFilterRatio : BUDGET.filterRatio,
      { p95: round(changes.p95), frame: round(changes.frameMs) },
    );
  }
  if (row.pass === false && profiling) {
    row.trace = await traceBreakdown(browser, url, 'filter', {
      count: scale ? 3 : 10,
      timeout: changeOptions.loadTimeout ?? 60_000,
      save: join(ROOT, 'bench', 'traces', `${prefix}filter.json.gz`),
    });
    if (!scale) row.profile = await profile(browser, url, 'filter', { count: 10 });
  }
}

// ---- report ----

const pad = (text, width) => String(text).padEnd(width);
const show = (row) => (row.value === null ? 'not measured' : `${row.value} ${row.unit}`);
console.log('');
console.log(`${pad('figure', 72)} ${pad('measured', 14)} ${pad('budget', 10)} result`);
console.log('-'.repeat(110));
for (const row of figures) {
  const budget = row.budget === null ? '—' : `≤ ${row.budget} ${row.unit}`;
  const result =
    row.pass === null
      ? row.value === null
        ? 'MISSING'
        : ''
      : row.pass
        ? 'pass'
        : `MISS by ${row.over} ${row.unit} (+${row.overPercent}%)`;
  console.log(`${pad(row.label, 72)} ${pad(show(row), 14)} ${pad(budget, 10)} ${result}`);
}
const misses = figures.filter((row) => row.pass === false);
for (const row of misses.filter((r) => r.byPackage)) {
  console.log(`\nWhat ${row.label} is made of (estimated gzip KB by package):`);
  console.log(`  ${row.byPackage.map((p) => `${p.name} ${p.gzipKb}`).join(' · ')}`);
}
for (const row of figures.filter((r) => r.trace && !r.trace.error)) {
  const t = row.trace;
  console.log(
    `\nWhere the time goes — ${row.label} (Chromium trace of one ${t.what === 'load' ? 'load' : t.what === 'png' ? 'PNG export' : 'series of changes'}, ${t.wallMs} ms wall${t.until ? `; figures until ${t.until}` : ''}):`,
  );
  console.log(
    `  busy: ${Object.entries(t.busyMs)
      .map(([thread, ms]) => `${thread} ${ms} ms`)
      .join(' · ')}`,
  );
  for (const e of t.mainThread) console.log(`  ${String(e.ms).padStart(7)} ms  ${e.name}: ${e.meaning}`);
}
const cpuLoad = (c) => `${c.busyMs} core-ms (${Math.round(c.utilisation * 100)} % of ${c.cores} cores busy)`;
for (const row of figures.filter((r) => r.cpu)) {
  const { app, bare, ratio } = row.cpu;
  console.log(`\nCPU work — ${row.label} (the whole machine's CPU from navigation to ready, medians of the same loads):`);
  console.log(`  app ${cpuLoad(app)} · bare page ${cpuLoad(bare)} · the app's load takes ${ratio} × the bare page's CPU`);
}
for (const row of figures.filter((r) => Object.keys(r.breakdown?.phases ?? {}).length)) {
  // Each phase with the time since the one before: where a load spends its way to ready.
  let last = 0;
  const steps = Object.entries(row.breakdown.phases).map(([name, at]) => {
    const step = `${name} ${at} ms (+${at - last})`;
    last = at;
    return step;
  });
  console.log(`\nOn the way — ${row.label} (the app's marks, medians, ms since navigation):`);
  console.log(`  ${steps.join(' → ')}`);
}
for (const row of misses.filter((r) => r.shifts?.length)) {
  console.log(`\nWhat moved — ${row.label} (largest shifts of one more load):`);
  for (const shift of row.shifts) {
    console.log(
      `  ${shift.value} at ${shift.at} ms: ${shift.moved.map((m) => `${m.node} ${m.from.join(',')} → ${m.to.join(',')}`).join(' · ')}`,
    );
  }
}
for (const row of misses.filter((r) => r.profile)) {
  const top = Array.isArray(row.profile) ? row.profile : row.profile.byFunction;
  if (!top) continue;
  console.log(`\nWhere the time goes — ${row.label} (self time, CPU profile):`);
  if (!Array.isArray(row.profile) && row.profile.byScript) {
    console.log(
      `  by script: ${row.profile.byScript
        .slice(0, 6)
        .map((s) => `${s.name} ${s.ms} ms`)
        .join(' · ')}`,
    );
  }
  for (const fn of top.slice(0, 6)) console.log(`  ${fn.ms} ms  ${fn.name}`);
}
if (missing.length) {
  console.log('\nNot measured:');
  for (const line of missing) console.log(`  - ${line}`);
}
console.log(
  `\n${figures.filter((r) => r.pass === true).length} within budget, ${misses.length} over budget, ${missing.length} not measured`,
);

writeResults();
console.log('Wrote bench/results.json');
process.exit(0);
