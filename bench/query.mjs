/**
 * The pure query functions of `src/query/`, timed in Node.
 *
 * The TypeScript is bundled with Vite's build API in library mode (one ES
 * module in a temporary folder, no minification) and imported from there: no
 * loader, no global tool, the same transform as the app build.
 *
 * The selectors memoize their last call, so each timed call uses a state
 * different from the previous one: every timed call recomputes. The
 * per-dataset index (`datasetIndex`, built once per dataset object) is built
 * before timing and reported apart as `index build`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Bundles every module of `src/query` into `outDir/query.mjs` and imports it. */
export async function loadQueryModules(root, outDir) {
  const dir = join(root, 'src', 'query');
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.includes('.test.') && name !== 'types.ts')
    .toSorted();
  const entry = join(outDir, 'query-entry.ts');
  const lines = names.map((name, i) => `import * as m${i} from ${JSON.stringify(join(dir, name))};`);
  lines.push(`export const modules = { ${names.map((name, i) => `${JSON.stringify(name.replace(/\.ts$/, ''))}: m${i}`).join(', ')} };`);
  writeFileSync(entry, `${lines.join('\n')}\n`);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: join(outDir, 'query-dist'),
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['es'] },
      // One output file per source file, so that profiles name `visibleLinks.mjs`, not one bundle.
      rolldownOptions: {
        output: {
          preserveModules: true,
          preserveModulesRoot: root,
          entryFileNames: (chunk) => (chunk.isEntry ? 'query-entry.mjs' : '[name].mjs'),
        },
      },
    },
  });
  const { modules } = await import(pathToFileURL(join(outDir, 'query-dist', 'query-entry.mjs')).href);
  return modules;
}

/** The dataset as `src/model` types it, read from a folder laid out like dist (`data/*.json`). */
export function readDataset(siteDir) {
  const read = (name) => JSON.parse(readFileSync(join(siteDir, 'data', name), 'utf8'));
  return {
    establishments: read('establishments.json'),
    cooperations: read('cooperations.json'),
    posts: read('posts.json'),
    keyFigures: read('figures.json'),
  };
}

/** The zones table (`{id, name, bassin}`) from the territory TopoJSON. */
export function readZones(siteDir) {
  const topo = JSON.parse(readFileSync(join(siteDir, 'geo', 'npdc.topo.json'), 'utf8'));
  return (topo.objects?.zones?.geometries ?? []).map((g) => ({
    id: g.properties?.id ?? g.id,
    name: g.properties?.name,
    bassin: g.properties?.bassin,
  }));
}

const ALL_LINKS = ['gcs', 'cht', 'ght', 'convention', 'cross-border', 'posts'];
const ALL_KINDS = ['chu', 'ch', 'cancer-centre', 'psychiatric', 'private', 'espic', 'foreign', 'university'];

/**
 * Four filter states that differ in every memo key: the default view, a
 * CCU view of a few link kinds at an earlier date, a kind filter, and a kind
 * plus CHT/GHT membership filter (the heaviest path).
 */
function filterVariants(member) {
  return [
    { scheme: 'atp', links: ALL_LINKS, date: '2017-12-31', kinds: ALL_KINDS, member: null },
    { scheme: 'ccu', links: ['gcs', 'cht', 'posts'], date: '2010-06-01', kinds: ALL_KINDS, member: null },
    { scheme: 'atp', links: ALL_LINKS, date: '2012-01-01', kinds: ['chu', 'ch'], member: null },
    {
      scheme: 'ccu',
      links: ['ght', 'convention', 'cross-border', 'posts'],
      date: '2016-03-01',
      kinds: ['chu', 'ch', 'psychiatric', 'private'],
      member,
    },
  ];
}

const median = (values) => {
  const sorted = [...values].toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/**
 * Times `call(i)` for i = 0, 1, 2, … (the caller cycles its states by i),
 * one call at a time: at least `minCalls`, until `budgetMs` of wall time has
 * passed, at most `maxCalls`. Returns per-call median/p95/max in ms.
 */
function timeCalls(call, { minCalls = 28, maxCalls = 5000, budgetMs = 400 } = {}) {
  for (let i = 0; i < 8; i += 1) call(i); // warm up the JIT
  const times = [];
  const start = performance.now();
  for (let i = 0; i < maxCalls; i += 1) {
    const t0 = process.hrtime.bigint();
    call(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (times.length >= minCalls && performance.now() - start > budgetMs) break;
  }
  return { calls: times.length, median: median(times), p95: percentile(times, 95), max: Math.max(...times) };
}

/**
 * Times every query function we know the arguments of; lists the other
 * exported functions as not measured. `modules` is what `loadQueryModules` returns.
 */
export function measureQueries(modules, dataset, zones) {
  const q = Object.assign({}, ...Object.values(modules));
  const results = [];
  const notes = [];
  const has = (name) => typeof q[name] === 'function';

  // Work done once per dataset object (memoized by object): timed on first use, apart.
  const once = (name, fn) => {
    const t0 = performance.now();
    const value = fn();
    results.push({ name: `${name} (once per dataset)`, calls: 1, median: performance.now() - t0, once: true });
    return value;
  };
  if (has('datasetIndex')) once('datasetIndex', () => q.datasetIndex(dataset));
  const member = has('memberFilterOptions') ? (once('memberFilterOptions', () => q.memberFilterOptions(dataset))[0]?.id ?? null) : null;
  const variants = filterVariants(member);
  const pick = (i) => variants[i % variants.length];
  const states = variants.map((filters) => ({
    lang: 'fr',
    filters,
    view: { grid: 'bassins' },
    selection: { focus: null },
  }));
  // Inputs derived from each variant, computed once (fresh arrays per variant).
  const linksOf = has('visibleLinks') ? variants.map((f) => [...q.visibleLinks(dataset, f)]) : [];
  const countsOf = has('countsByBassin') ? variants.map((f) => q.countsByBassin(dataset, f)) : [];
  const someEstablishments = [
    'chru-lille',
    dataset.establishments[Math.floor(dataset.establishments.length / 2)]?.id,
    dataset.establishments[dataset.establishments.length - 1]?.id,
  ].filter(Boolean);
  const focuses = [someEstablishments[0], 'artois', someEstablishments[1], 'metropole'];
  const searches = ['lille', 'ch ', 'bethune', 'hop', 'centre hosp', 'a'];
  const bassins = ['metropole', 'littoral', 'artois', 'hainaut'];

  /** name → call(i). The first argument list of each is what the view passes. */
  const cases = {
    countsByBassin: (i) => q.countsByBassin(dataset, pick(i)),
    visibleLinks: (i) => q.visibleLinks(dataset, pick(i)),
    visibleEstablishments: (i) => q.visibleEstablishments(dataset, pick(i)),
    visibleEstablishmentIds: (i) => q.visibleEstablishmentIds(dataset, pick(i)),
    matchingEstablishmentIds: (i) => q.matchingEstablishmentIds(dataset, pick(i)),
    cooperationsInForce: (i) => q.cooperationsInForce(dataset, pick(i).date),
    linkCountsByKind: (i) => q.linkCountsByKind(linksOf[i % linksOf.length]),
    focusSelection: (i) => q.focusSelection(dataset, linksOf[i % linksOf.length], focuses[i % focuses.length]),
    countsByZone: (i) => q.countsByZone(dataset, pick(i)),
    unzonedTotal: (i) => q.unzonedTotal(dataset, pick(i)),
    searchEstablishments: (i) => q.searchEstablishments(dataset, searches[i % searches.length], 'fr'),
    viewSummary: (i) => q.viewSummary(dataset, states[i % states.length], countsOf[i % countsOf.length], linksOf[i % linksOf.length], 'fr'),
    establishmentCard: (i) =>
      q.establishmentCard(dataset, someEstablishments[i % someEstablishments.length], countsOf[i % countsOf.length]),
    bassinCard: (i) => q.bassinCard(dataset, bassins[i % bassins.length], countsOf[i % countsOf.length], zones),
  };
  /** Functions that need inputs derived by another selector. */
  const needs = {
    linkCountsByKind: linksOf.length > 0,
    focusSelection: linksOf.length > 0,
    viewSummary: linksOf.length > 0 && countsOf.length > 0,
    establishmentCard: countsOf.length > 0,
    bassinCard: countsOf.length > 0,
  };
  for (const [name, call] of Object.entries(cases)) {
    if (!has(name)) continue;
    if (needs[name] === false) {
      notes.push(`${name}: its inputs could not be derived`);
      continue;
    }
    try {
      results.push({ name, ...timeCalls(call) });
    } catch (error) {
      notes.push(`${name}: threw ${String(error.message ?? error).split('\n')[0]}`);
    }
  }
  // Everything the view derives on one filter change, in sequence.
  const aggregateCall = (i) => {
    const filters = pick(i);
    const counts = q.countsByBassin(dataset, filters);
    const links = q.visibleLinks(dataset, filters);
    if (has('visibleEstablishments')) q.visibleEstablishments(dataset, filters);
    if (has('linkCountsByKind')) q.linkCountsByKind(links);
    if (has('viewSummary')) q.viewSummary(dataset, states[i % states.length], counts, links, 'fr');
  };
  if (has('countsByBassin') && has('visibleLinks')) {
    results.push({
      name: 'one filter change',
      detail: 'counts + links + establishments + link counts + summary, as the view derives them',
      aggregate: true,
      ...timeCalls(aggregateCall),
    });
  }
  const known = new Set([...Object.keys(cases), 'datasetIndex', 'memberFilterOptions']);
  const helpers = new Set(['memoizeLast', 'memoizeByObject', 'schemeBassinKey', 'isInForce', 'isEstablishmentFilterActive']);
  for (const [moduleName, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && !known.has(name) && !helpers.has(name)) {
        notes.push(`${moduleName}.${name}: not timed (a helper, or arguments unknown to the bench)`);
      }
    }
  }
  const linkCount = linksOf[0]?.length;
  return { results, notes, visibleLinksDefault: linkCount, cases: { ...cases, 'one filter change': aggregateCall } };
}

/**
 * CPU profile (V8 sampling, through node:inspector) of `calls` calls of one
 * case, summarised as self time per function of the bundled query code.
 */
export async function profileQuery(call, { calls = 40 } = {}) {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < calls; i += 1) call(i);
    const { profile } = await session.post('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id).callFrame;
      const where = frame.url ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'}${where ? ` @ ${where}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    return [...self.entries()]
      .filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(program)'))
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10, share: Math.round((ms / total) * 1000) / 1000 }));
  } finally {
    session.disconnect();
  }
}
