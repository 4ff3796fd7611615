/**
 * Browser measurements in headless Chromium (playwright-core): navigation →
 * `<coop-map ready>`, filter change → counts updated and next frame drawn,
 * and an optional CPU profile of either, summarised by script and function.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

export { launchChromium } from '../scripts/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

/** The prefix of the app's User Timing marks on its way to ready (`START_MARK` of `src/app/start-marks.ts`). */
const APP_MARK = 'coopmap:';

/** Milliseconds per tick of `/proc/stat` (USER_HZ, almost always 100 a second). */
const TICK_MS = (() => {
  try {
    return 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  } catch {
    return 10;
  }
})();

/**
 * The whole machine's CPU time so far, summed over its cores (ms): busy, and
 * all (busy + idle), from `/proc/stat`; null where there is none (not Linux).
 */
function machineCpu() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, v) => sum + v, 0);
    const idle = fields[3] + (fields[4] ?? 0);
    return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
  } catch {
    return null;
  }
}

/** Epoch ms with sub-millisecond precision, comparable with a page's `performance.timeOrigin + performance.now()`. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Reads the machine's CPU every 10 ms, stamped in epoch ms, until `stop()`;
 * `between(from, to)` then says how much CPU work was done between two
 * instants of the page's clock (epoch ms), whoever did it: the page,
 * MapLibre's worker, the GPU process drawing WebGL in software, the
 * compositor (and the harness, idle meanwhile). Null where not measurable.
 */
function cpuTrail() {
  const first = machineCpu();
  if (!first) return { stop() {}, between: () => null };
  const readings = [{ at: epochNow(), ...first }];
  const timer = setInterval(() => readings.push({ at: epochNow(), ...machineCpu() }), 10);
  // Linear between the two readings around an instant.
  const at = (t, key) => {
    const i = readings.findIndex((r) => r.at >= t);
    if (i <= 0) return i === 0 ? readings[0][key] : undefined;
    const [a, b] = [readings[i - 1], readings[i]];
    return a[key] + ((b[key] - a[key]) * (t - a.at)) / Math.max(1e-9, b.at - a.at);
  };
  return {
    stop() {
      clearInterval(timer);
      readings.push({ at: epochNow(), ...machineCpu() });
    },
    between(from, to) {
      const [busy0, busy1, total0, total1] = [at(from, 'busy'), at(to, 'busy'), at(from, 'total'), at(to, 'total')];
      if ([busy0, busy1, total0, total1].some((v) => v === undefined)) return null;
      return { busyMs: busy1 - busy0, utilisation: (busy1 - busy0) / Math.max(1, total1 - total0) };
    },
  };
}

/**
 * Runs in the page before any of its scripts: notes when `<coop-map>` gets
 * its `ready` attribute, in the page's clock (ms since navigation start).
 */
function recordReady() {
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialised into the page: must be self-contained
  const mark = () => {
    const el = document.querySelector('coop-map');
    if (el && el.hasAttribute('ready') && window.coopBenchReady === undefined) {
      window.coopBenchReady = performance.now();
    }
  };
  // Cumulative layout shift (shifts not caused by input), for the CLS budget.
  window.coopBenchCls = 0;
  // What moved, for a CLS miss: each shift's value and the elements it moved (tag, id, classes, size change).
  window.coopBenchShifts = [];
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialised into the page: must be self-contained
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node?.nodeName ?? '?');
    const root = node.getRootNode();
    const host = root && root.host ? `${root.host.localName} › ` : '';
    const cls = node.classList && node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `${host}${node.localName}${node.id ? `#${node.id}` : ''}${cls}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.coopBenchCls += entry.value;
        window.coopBenchShifts.push({
          at: Math.round(entry.startTime),
          value: Math.round(entry.value * 10_000) / 10_000,
          moved: (entry.sources ?? []).map((s) => ({
            node: describe(s.node),
            from: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height].map(Math.round),
            to: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height].map(Math.round),
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no layout-shift entries in this browser
  }
  new MutationObserver(mark).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['ready'],
  });
}

/** A fresh context with the HTTP cache disabled, a page in it, and its CDP session. */
async function freshPage(browser, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(recordReady);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, cdp, errors };
}

/** Navigates and waits for `ready`; returns the ready time and a breakdown from the page's timeline. */
async function loadOnce(page, url, timeout) {
  const trail = cpuTrail();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForFunction(() => window.coopBenchReady !== undefined, undefined, { timeout, polling: 20 });
  } finally {
    trail.stop();
  }
  // Shifts right after ready (late panels, fonts) still count: wait a little before reading CLS.
  await page.waitForTimeout(500);
  const sample = await page.evaluate((prefix) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const runtime = resources.filter((r) => /\/(data|geo)\/[^/]+\.json/.test(r.name));
    const scripts = resources.filter((r) => /\.m?js(\?|$)/.test(r.name));
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page
    const end = (list) => (list.length ? Math.max(...list.map((r) => r.responseEnd)) : null);
    return {
      ready: window.coopBenchReady,
      timeOrigin: performance.timeOrigin,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      scriptsLoaded: end(scripts),
      runtimeFilesLoaded: end(runtime),
      runtimeFiles: runtime.length,
      // The scripts asked for before ready (paths): what the page needed to get there, lazy chunks included.
      scriptsBeforeReady: scripts.filter((r) => r.startTime < window.coopBenchReady).map((r) => new URL(r.name).pathname),
      cls: window.coopBenchCls ?? null,
      shifts: window.coopBenchShifts ?? [],
      // The app's own marks on its way to ready (src/app/start-marks.ts), ms since navigation.
      phases: Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith(prefix))
          .map((m) => [m.name.slice(prefix.length), m.startTime]),
      ),
    };
  }, APP_MARK);
  // The machine's CPU from the page's navigation to its ready, both in the page's clock.
  return { ...sample, cpu: trail.between(sample.timeOrigin, sample.timeOrigin + sample.ready) };
}

/** Per phase, the median of the samples that reached it (ms since navigation, rounded), in the order reached. */
function phaseMedians(samples) {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.phases ?? {})))];
  const out = names.map((name) => [name, Math.round(median(samples.map((s) => s.phases?.[name]).filter((v) => typeof v === 'number')))]);
  return Object.fromEntries(out.toSorted((a, b) => a[1] - b[1]));
}

/**
 * The machine's CPU from navigation to ready, medians over the loads: core-ms
 * of work, and the share of the cores busy meanwhile. Null where not measured.
 */
function cpuMedians(samples) {
  const measured = samples.map((s) => s.cpu).filter(Boolean);
  if (measured.length === 0) return null;
  return {
    cores: cpus().length,
    busyMs: Math.round(median(measured.map((c) => c.busyMs))),
    utilisation: Math.round(median(measured.map((c) => c.utilisation)) * 100) / 100,
  };
}

const median = (values) => {
  const sorted = [...values].toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Navigation → `<coop-map ready>`, `runs` times (after `warmup` discarded
 * loads), each in a fresh browser context with the cache disabled. Stops
 * early, after at least one counted run, once `maxTotalMs` have passed (for
 * loads that take minutes); the result says how many runs were counted.
 */
export async function measureReady(browser, url, { runs = 7, warmup = 1, timeout = 60_000, maxTotalMs = Infinity } = {}) {
  const samples = [];
  const errors = [];
  const start = performance.now();
  for (let i = 0; i < runs + warmup; i += 1) {
    if (samples.length > 0 && performance.now() - start > maxTotalMs) break;
    const fresh = await freshPage(browser);
    let failed = false;
    try {
      const sample = await loadOnce(fresh.page, url, timeout);
      if (i >= warmup) samples.push(sample);
    } catch (error) {
      errors.push(`run ${i}: ${String(error.message ?? error).split('\n')[0]}`);
      failed = true;
    } finally {
      errors.push(...fresh.errors.slice(0, 3).map((e) => `page: ${e}`));
      await fresh.context.close().catch(() => {});
    }
    // A first load that fails will fail again: do not spend the other runs' timeouts.
    if (failed && samples.length === 0) break;
  }
  if (samples.length === 0) return { ok: false, errors };
  const pick = (key) => {
    const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number');
    return values.length ? median(values) : null;
  };
  return {
    ok: true,
    runs: samples.length,
    median: pick('ready'),
    min: Math.min(...samples.map((s) => s.ready)),
    max: Math.max(...samples.map((s) => s.ready)),
    breakdown: {
      domContentLoaded: pick('domContentLoaded'),
      scriptsLoaded: pick('scriptsLoaded'),
      runtimeFilesLoaded: pick('runtimeFilesLoaded'),
      phases: phaseMedians(samples),
    },
    cpu: cpuMedians(samples),
    samples: samples.map((s) => Math.round(s.ready)),
    errors: [...new Set(errors)],
  };
}

/**
 * The filter changes: alternate the scheme, toggle link kinds, move the date
 * and restrict establishment kinds, in turn. Each list starts away from the
 * default state and has distinct entries, so every change changes the state.
 * Each entry is a patch of `filters`.
 */
export function filterChanges(count = 50) {
  const linkSets = [
    ['gcs', 'cht'],
    ['posts'],
    ['ght', 'convention', 'cross-border'],
    ['gcs', 'cht', 'ght', 'convention', 'cross-border', 'posts'],
    ['cht', 'ght', 'posts'],
  ];
  const dates = ['2003-06-15', '2009-01-01', '2012-03-01', '2017-12-31', '2000-01-01', '2015-07-14'];
  const kindSets = [
    ['ch', 'chu'],
    ['private', 'espic', 'cancer-centre'],
    ['chu', 'ch', 'cancer-centre', 'psychiatric', 'private', 'espic', 'foreign', 'university'],
    ['chu', 'ch', 'psychiatric', 'foreign'],
  ];
  const changes = [];
  for (let i = 0; i < count; i += 1) {
    const round = Math.floor(i / 4);
    switch (i % 4) {
      case 0:
        changes.push({ scheme: round % 2 === 0 ? 'ccu' : 'atp' });
        break;
      case 1:
        changes.push({ links: linkSets[round % linkSets.length] });
        break;
      case 2:
        changes.push({ date: dates[round % dates.length] });
        break;
      default:
        changes.push({ kinds: kindSets[round % kindSets.length] });
    }
  }
  return changes;
}

/**
 * In the page: applies each filter patch through `el.setState`, and times
 * from the call until (1) `coop-map-change` has fired, (2) `el.counts` is
 * readable and lit has finished updating (`updateComplete`), and (3) the map
 * has drawn the new data — the first MapLibre `render` with everything
 * loaded when the element exposes its map (see `mapDrawn`), otherwise two
 * `requestAnimationFrame`s (the frame after the one the change was rendered in).
 */
/* oxlint-disable unicorn/consistent-function-scoping -- serialised into the page: helpers must live inside */
async function runChanges({ changes, warmup, timeout, maxTotalMs = Infinity }) {
  const el = document.querySelector('coop-map');
  if (!el || typeof el.setState !== 'function') return { error: '<coop-map> has no setState()' };
  /** A MapLibre Map the element exposes, if any: a public field, or one of its shadow children's. */
  const isMap = (v) => v && typeof v === 'object' && typeof v.triggerRepaint === 'function' && typeof v.once === 'function';
  /** The map itself, or a wrapper holding it as `.map` (e.g. a MapView instance field). */
  const mapIn = (value) => {
    if (isMap(value)) return value;
    if (value && typeof value === 'object' && !(value instanceof Node) && isMap(value.map)) return value.map;
    return undefined;
  };
  const findMap = () => {
    const hosts = [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])];
    for (const host of hosts) {
      for (const key of new Set(['map', 'mapView', 'view', ...Object.keys(host)])) {
        try {
          const found = mapIn(host[key]);
          if (found) return found;
        } catch {
          // a throwing getter: not the map
        }
      }
    }
    return undefined;
  };
  const map = findMap();
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const withTimeout = (promise, ms, what) =>
    Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms))]);
  /**
   * Resolves at the first frame MapLibre draws with everything loaded (style
   * and every source, i.e. the new GeoJSON parsed by the worker and its tiles
   * rebuilt): a `render` event while `map.loaded()`. If after two frames
   * nothing was drawn and the map is loaded, the change drew nothing new.
   */
  const mapDrawn = () =>
    new Promise((done) => {
      let rendered = false;
      let finished = false;
      let frames = 0;
      const finish = () => {
        if (finished) return;
        finished = true;
        map.off('render', onRender);
        done();
      };
      const onRender = () => {
        rendered = true;
        if (map.loaded()) finish();
      };
      map.on('render', onRender);
      const tick = () => {
        if (finished) return;
        frames += 1;
        if ((!rendered && frames >= 2 && map.loaded()) || frames > 1200) finish();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const apply = async (patch) => {
    const filters = { ...el.state.filters, ...patch };
    // A patch that changes nothing fires no event: not a filter change, not timed.
    if (JSON.stringify(filters) === JSON.stringify(el.state.filters)) return null;
    const changed = new Promise((done) => el.addEventListener('coop-map-change', () => done(), { once: true }));
    const t0 = performance.now();
    el.setState({ filters });
    await withTimeout(changed, timeout, 'coop-map-change');
    void el.counts;
    if (el.updateComplete) await withTimeout(el.updateComplete, timeout, 'updateComplete');
    const counted = performance.now() - t0;
    if (map) await withTimeout(mapDrawn(), timeout, 'the map to draw');
    else {
      await frame();
      await frame();
    }
    return { drawn: performance.now() - t0, counted };
  };
  /** Median time between frames when the static map is asked to repaint: the cost of one frame. */
  const frameCost = async () => {
    if (!map) return null;
    const stamps = [];
    const onRender = () => stamps.push(performance.now());
    map.on('render', onRender);
    for (let i = 0; i < 6; i += 1) {
      map.triggerRepaint();
      await frame();
    }
    await new Promise((done) => setTimeout(done, 500));
    map.off('render', onRender);
    const gaps = stamps
      .slice(1)
      .map((t, i) => t - stamps[i])
      .toSorted((a, b) => a - b);
    return gaps.length ? gaps[Math.floor(gaps.length / 2)] : null;
  };
  const times = [];
  const countedTimes = [];
  const kinds = [];
  let skipped = 0;
  try {
    // The first `warmup` changes warm the JIT and caches; the rest are timed.
    const start = performance.now();
    for (const [i, patch] of changes.entries()) {
      if (times.length > 0 && performance.now() - start > maxTotalMs) break;
      const time = await apply(patch);
      if (time === null) skipped += 1;
      else if (i >= warmup) {
        times.push(time.drawn);
        countedTimes.push(time.counted);
        kinds.push(Object.keys(patch).join('+'));
      }
    }
  } catch (error) {
    return { error: String(error.message ?? error), times };
  }
  return {
    times,
    countedTimes,
    kinds,
    skipped,
    frameMs: await frameCost(),
    frameSignal: map ? 'first MapLibre render with map.loaded()' : 'two requestAnimationFrames',
  };
}
/* oxlint-enable unicorn/consistent-function-scoping */

const percentile = (values, p) => {
  const sorted = [...values].toSorted((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
};

/** The drawn times per kind of change (scheme, links, date, kinds): p50 and p95 of each, to tell which change misses. */
function byKind(times, kinds) {
  const groups = new Map();
  times.forEach((time, i) => groups.set(kinds[i], [...(groups.get(kinds[i]) ?? []), time]));
  return Object.fromEntries(
    [...groups].map(([kind, values]) => [
      kind,
      { n: values.length, p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)) },
    ]),
  );
}

/** Opens the app once and times `count` filter changes. */
export async function measureFilterChanges(
  browser,
  url,
  { count = 50, warmup = 4, timeout = 30_000, loadTimeout = 60_000, maxTotalMs = Infinity } = {},
) {
  const fresh = await freshPage(browser);
  try {
    await loadOnce(fresh.page, url, loadTimeout);
    const changes = filterChanges(count + warmup);
    const result = await fresh.page.evaluate(runChanges, { changes, warmup, timeout, maxTotalMs });
    if (result.error) return { ok: false, errors: [result.error, ...fresh.errors.slice(0, 3)] };
    return {
      ok: true,
      changes: result.times.length,
      p50: percentile(result.times, 50),
      p95: percentile(result.times, 95),
      max: Math.max(...result.times),
      counted: { p50: percentile(result.countedTimes, 50), p95: percentile(result.countedTimes, 95) },
      byKind: byKind(result.times, result.kinds),
      // Each change's time and kind, in order: where an outlier the p95 picks up came from.
      samples: result.times.map((t, i) => [result.kinds[i], Math.round(t)]),
      frameMs: result.frameMs,
      frameSignal: result.frameSignal,
      skipped: result.skipped,
      errors: fresh.errors.slice(0, 3),
    };
  } catch (error) {
    return { ok: false, errors: [String(error.message ?? error).split('\n')[0], ...fresh.errors.slice(0, 3)] };
  } finally {
    await fresh.context.close().catch(() => {});
  }
}

/**
 * Self time per script and per function from a CDP CPU profile (main thread).
 * Scripts are named by file; `(program)`, `(garbage collector)` and `(idle)` kept apart.
 */
export function summariseProfile(cpu, top = 12) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const self = new Map();
  cpu.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000);
  });
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const frame = byId.get(id).callFrame;
    const script = frame.url ? frame.url.replace(/^.*\//, '').replace(/\?.*$/, '') : frame.functionName || '(native)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} @ ${script}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  // `(program)` is native time outside JS (here mostly waiting for the GPU process): kept per script, not per function.
  const sorted = (map) =>
    [...map.entries()]
      .filter(([name]) => !name.startsWith('(idle)') && !(map === byFunction && name.startsWith('(program)')))
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  return { byScript: sorted(byScript), byFunction: sorted(byFunction) };
}

/** CPU profile of one load (navigation → ready), or of the filter changes after a load. */
export async function profile(browser, url, what = 'load', { count = 50, timeout = 60_000 } = {}) {
  const fresh = await freshPage(browser);
  try {
    await fresh.cdp.send('Profiler.enable');
    await fresh.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (what === 'load') {
      await fresh.cdp.send('Profiler.start');
      await loadOnce(fresh.page, url, timeout);
    } else {
      await loadOnce(fresh.page, url, timeout);
      await fresh.cdp.send('Profiler.start');
      await fresh.page.evaluate(runChanges, { changes: filterChanges(count), warmup: 0, timeout });
    }
    const { profile: cpu } = await fresh.cdp.send('Profiler.stop');
    return summariseProfile(cpu);
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await fresh.context.close().catch(() => {});
  }
}

/** Main-thread trace events worth naming, with what they mean here. */
const TRACE_EVENTS = [
  ['GLES2::ReadPixels', 'waiting for the GPU process to draw WebGL (SwiftShader, software) and read the frame back'],
  ['FireAnimationFrame', 'requestAnimationFrame callbacks (MapLibre render loop: JS + WebGL calls)'],
  ['v8.evaluateModule', 'evaluating the page scripts (parse, compile, run)'],
  ['v8.compile', 'compiling scripts'],
  ['RunMicrotasks', 'promise continuations (loading, validation, query layer, lit updates)'],
  ['UpdateLayoutTree', 'style recalculation'],
  ['Layout', 'layout'],
  ['Paint', 'paint (DOM)'],
];

/**
 * A Chromium trace of one load (navigation → ready) or of `count` filter
 * changes after a load, summarised: busy time per thread (renderer main, GPU
 * process main, MapLibre's workers) and the main thread's time in the events
 * of TRACE_EVENTS (they may nest: a share, not a partition).
 */
export async function traceBreakdown(browser, url, what = 'load', { count = 10, timeout = 60_000, save, viewport = VIEWPORT } = {}) {
  const fresh = await freshPage(browser, viewport);
  try {
    // blink.user_timing: the app's marks, so a load's figures stop where its `ready` was marked.
    const categories = ['devtools.timeline', 'gpu', 'toplevel', 'v8.execute', 'v8', 'blink.user_timing'];
    let wall;
    if (what === 'load') {
      await browser.startTracing(fresh.page, { categories });
      const t0 = performance.now();
      await loadOnce(fresh.page, url, timeout);
      wall = performance.now() - t0;
    } else if (what === 'png') {
      await loadOnce(fresh.page, url, timeout);
      await browser.startTracing(fresh.page, { categories });
      const t0 = performance.now();
      await fresh.page.evaluate(() =>
        document.querySelector('coop-map').presentation.exportFile({ format: 'png', scale: 2, frame: 'view' }),
      );
      wall = performance.now() - t0;
    } else {
      await loadOnce(fresh.page, url, timeout);
      await browser.startTracing(fresh.page, { categories });
      const t0 = performance.now();
      await fresh.page.evaluate(runChanges, { changes: filterChanges(count), warmup: 0, timeout });
      wall = performance.now() - t0;
    }
    const buffer = await browser.stopTracing();
    // The raw trace, gzipped, for DevTools' Performance panel (it opens .json.gz).
    if (save) {
      mkdirSync(dirname(save), { recursive: true });
      writeFileSync(save, gzipSync(buffer));
    }
    const parsed = JSON.parse(buffer.toString('utf8'));
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const threadName = new Map();
    for (const e of events) if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    // A load is traced until the page is seen ready and CLS is read (500 ms on): what counts
    // towards ready is what ran before the app marked it (the first drawing is composited after).
    const readyMark = what === 'load' ? events.find((e) => e.name === `${APP_MARK}ready`) : undefined;
    const cut = readyMark?.ts ?? Infinity;
    const busy = new Map();
    const named = new Map(TRACE_EVENTS.map(([name]) => [name, 0]));
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || e.ts >= cut) continue;
      const thread = threadName.get(`${e.pid}:${e.tid}`) ?? '?';
      const ms = (Math.min(e.ts + e.dur, cut) - e.ts) / 1000;
      // Tasks nest (RunTask ⊃ ThreadControllerImpl::RunTask) and which one a build emits varies: keep each sum, report the larger.
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
        const key = `${thread}\u0000${e.name}`;
        busy.set(key, (busy.get(key) ?? 0) + ms);
      }
      if (thread === 'CrRendererMain' && named.has(e.name)) named.set(e.name, named.get(e.name) + ms);
    }
    const pickThreads = ['CrRendererMain', 'CrGpuMain', 'DedicatedWorker thread', 'VizCompositorThread', 'Compositor'];
    return {
      what,
      ...(save ? { file: save } : {}),
      wallMs: Math.round(wall),
      ...(readyMark ? { until: `ready (${APP_MARK}ready mark)` } : {}),
      busyMs: Object.fromEntries(
        pickThreads
          .map((t) => [t, Math.max(busy.get(`${t}\u0000RunTask`) ?? 0, busy.get(`${t}\u0000ThreadControllerImpl::RunTask`) ?? 0)])
          .filter(([, ms]) => ms > 0)
          .map(([t, ms]) => [t, Math.round(ms)]),
      ),
      mainThread: TRACE_EVENTS.map(([name, meaning]) => ({ name, meaning, ms: Math.round(named.get(name)) })).filter((row) => row.ms > 0),
    };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await fresh.context.close().catch(() => {});
  }
}

/**
 * Navigation → ready of two pages, interleaved (A, B, A, B, …) in fresh
 * contexts so that machine load hits both alike: `runs` counted loads each
 * after `warmup` discarded ones. Returns the median of each.
 */
export async function measureReadyInterleaved(browser, urls, { runs = 7, warmup = 1, timeout = 60_000 } = {}) {
  const samples = urls.map(() => []);
  const loads = urls.map(() => []);
  const cls = urls.map(() => []);
  const scripts = urls.map(() => new Set());
  const errors = [];
  for (let i = 0; i < runs + warmup; i += 1) {
    for (const [k, url] of urls.entries()) {
      const fresh = await freshPage(browser);
      try {
        const sample = await loadOnce(fresh.page, url, timeout);
        if (i >= warmup) {
          samples[k].push(sample.ready);
          loads[k].push(sample);
          if (typeof sample.cls === 'number') cls[k].push(sample.cls);
          for (const path of sample.scriptsBeforeReady) scripts[k].add(path);
        }
      } catch (error) {
        errors.push(`${url} run ${i}: ${String(error.message ?? error).split('\n')[0]}`);
      } finally {
        errors.push(...fresh.errors.slice(0, 3).map((e) => `page: ${e}`));
        await fresh.context.close().catch(() => {});
      }
    }
  }
  return urls.map((url, k) => ({
    url,
    ok: samples[k].length > 0,
    runs: samples[k].length,
    median: samples[k].length ? median(samples[k]) : null,
    samples: samples[k].map((v) => Math.round(v)),
    // The page's marks on its way to ready, medians (the app's; none for the bare page).
    phases: phaseMedians(loads[k]),
    cpu: cpuMedians(loads[k]),
    clsMax: cls[k].length ? Math.max(...cls[k]) : null,
    scriptsBeforeReady: [...scripts[k]],
    errors: [...new Set(errors)],
  }));
}

/** CLS of one load at a viewport (e.g. a phone), read 500 ms after ready, with the shifts that make it up. */
export async function measureCls(browser, url, viewport, { timeout = 60_000 } = {}) {
  const fresh = await freshPage(browser, viewport);
  try {
    const sample = await loadOnce(fresh.page, url, timeout);
    return { cls: sample.cls, shifts: sample.shifts };
  } finally {
    await fresh.context.close().catch(() => {});
  }
}

/**
 * Time of a PNG export of the current view at `scale`, the page sized
 * `viewport` (1920 × 1080 at 2× for the budget): median of `runs` exports,
 * through the element's public `presentation.exportFile`.
 */
export async function measurePngExport(
  browser,
  url,
  { viewport = { width: 1920, height: 1080 }, scale = 2, runs = 3, timeout = 60_000 } = {},
) {
  const fresh = await freshPage(browser, viewport);
  try {
    await loadOnce(fresh.page, url, timeout);
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await fresh.page.evaluate(async (s) => {
        const el = document.querySelector('coop-map');
        const t0 = performance.now();
        const { blob } = await el.presentation.exportFile({ format: 'png', scale: s, frame: 'view' });
        const ms = performance.now() - t0;
        const bitmap = await createImageBitmap(blob);
        return { ms, width: bitmap.width, height: bitmap.height, bytes: blob.size };
      }, scale);
      times.push(result);
    }
    const sorted = times.map((t) => t.ms).toSorted((a, b) => a - b);
    return { ok: true, median: sorted[Math.floor(sorted.length / 2)], samples: times };
  } catch (error) {
    return { ok: false, errors: [String(error.message ?? error).split('\n')[0], ...fresh.errors.slice(0, 3)] };
  } finally {
    await fresh.context.close().catch(() => {});
  }
}
