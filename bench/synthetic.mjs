/**
 * A deterministic synthetic national-scale dataset for the scale benchmark:
 * 10,000 establishments, 100,000 drawable links (25,000 cooperations with a
 * hub and 4–5 members, plus 12,500 site-value → establishment links) and 100
 * territories, in exactly the shapes of `data/*.json` and
 * `geo/npdc.topo.json`, so the app loads it through its normal code path.
 *
 * Everything comes from one seeded PRNG: the same seed gives byte-identical
 * files. Nothing here is real; ids, names and figures are made up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { topology } from 'topojson-server';
import { merge, mergeArcs } from 'topojson-client';

/** The bassin ids are fixed by the schema: keep the four real ones. */
const BASSINS = [
  { id: 'littoral', name: 'Littoral' },
  { id: 'metropole', name: 'Métropole' },
  { id: 'artois', name: 'Artois' },
  { id: 'hainaut', name: 'Hainaut' },
];

/** A source that does occur in a real seed, so quote checks can pass. */
const SOURCE = { seed: '000_15e9185a92ff980b.txt', quote: 'Lits et places installés' };

/** Default sizes: the "national scale" of issue 6. */
export const DEFAULT_SIZES = Object.freeze({
  establishments: 10_000,
  cooperations: 25_000,
  /** Cooperations with 5 members (the others have 4): each hub cooperation gives members − 1 links. */
  fiveMemberCooperations: 12_500,
  /** Site values of one establishment … */
  singleSiteValues: 12_000,
  /** … and of a group of two (a group value is drawn to each of its sites). */
  groupSiteValues: 250,
  /** Territory grid: columns × rows zones. */
  columns: 10,
  rows: 10,
});

/** Area covered by the grid: roughly metropolitan France, west to east, south to north. */
const BBOX = { west: -4.8, south: 42.4, east: 8.2, north: 51.1 };

const ESTABLISHMENT_KIND_WEIGHTS = [
  ['chu', 1],
  ['ch', 40],
  ['cancer-centre', 3],
  ['psychiatric', 10],
  ['private', 30],
  ['espic', 10],
  ['foreign', 4],
  ['university', 2],
];

const COOPERATION_KIND_WEIGHTS = [
  ['gcs', 15],
  ['cht', 20],
  ['ght', 15],
  ['convention', 35],
  ['cross-border', 5],
  ['posts', 10],
];

const STATUS_WEIGHTS = [
  ['constituted', 50],
  ['signed', 25],
  ['project', 15],
  ['listed', 10],
];

const TOPICS = [
  'cardiologie',
  'neurochirurgie',
  'cancérologie',
  'urgences',
  'pédiatrie',
  'gériatrie',
  'imagerie',
  'biologie',
  'psychiatrie',
  'chirurgie',
];

/** mulberry32: a tiny, well-known 32-bit seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers drawing from one PRNG. */
function randomTools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  /** Fisher–Yates, in place. */
  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  return { int, pick, weighted, shuffle };
}

const pad = (n, width) => String(n).padStart(width, '0');
/** Six decimals (≈ 0.1 m) keep the files stable and realistic. */
const round6 = (x) => Math.round(x * 1e6) / 1e6;

/** ISO date between 2000-01-01 and 2017-12-31. */
function isoDate(tools) {
  const year = tools.int(2000, 2017);
  const month = tools.int(1, 12);
  const day = tools.int(1, 28);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The bassin of grid cell (column, row): four quadrants, rows counted from the north. */
function bassinOfCell(column, row, sizes) {
  const east = column >= sizes.columns / 2;
  const south = row >= sizes.rows / 2;
  return BASSINS[(south ? 2 : 0) + (east ? 1 : 0)].id;
}

/** A closed rectangle ring, counter-clockwise (RFC 7946 exterior). */
function rectangle(west, south, east, north) {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return ring.map(([x, y]) => [round6(x), round6(y)]);
}

/** The territory grid: zone cells, with departement and neighbour/country context around it. */
function buildGeometry(sizes) {
  const cellWidth = (BBOX.east - BBOX.west) / sizes.columns;
  const cellHeight = (BBOX.north - BBOX.south) / sizes.rows;
  const zones = [];
  for (let row = 0; row < sizes.rows; row += 1) {
    for (let column = 0; column < sizes.columns; column += 1) {
      const index = row * sizes.columns + column;
      const west = BBOX.west + column * cellWidth;
      const north = BBOX.north - row * cellHeight;
      zones.push({
        id: `z${pad(index + 1, 3)}`,
        name: `Zone synthétique ${index + 1}`,
        bassin: bassinOfCell(column, row, sizes),
        // Two-column-wide, half-height blocks make the synthetic départements.
        departement: `d${pad(Math.floor(column / 2) + 1 + (row >= sizes.rows / 2 ? sizes.columns / 2 : 0), 2)}`,
        column,
        row,
        box: { west, south: north - cellHeight, east: west + cellWidth, north },
      });
    }
  }
  const zoneFeatures = zones.map((zone) => ({
    type: 'Feature',
    properties: { id: zone.id, name: zone.name, bassin: zone.bassin },
    geometry: {
      type: 'Polygon',
      coordinates: [rectangle(zone.box.west, zone.box.south, zone.box.east, zone.box.north)],
    },
  }));
  // Context: four strips around the grid (neighbours) and a "country" to the north-east.
  const margin = 0.6;
  const { west, south, east, north } = BBOX;
  const strips = [
    ['n-west', 'Voisin ouest', rectangle(west - margin, south, west, north)],
    ['n-south', 'Voisin sud', rectangle(west - margin, south - margin, east + margin, south)],
    ['n-east', 'Voisin est', rectangle(east, south, east + margin, north)],
  ];
  const neighbourFeatures = strips.map(([id, name, ring]) => ({
    type: 'Feature',
    properties: { id, name },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }));
  const countryFeatures = [
    {
      type: 'Feature',
      properties: { id: 'BE', name: 'Belgique' },
      geometry: {
        type: 'Polygon',
        coordinates: [rectangle(west - margin, north, east + margin, north + 0.8)],
      },
    },
  ];
  const topo = topology(
    {
      zones: { type: 'FeatureCollection', features: zoneFeatures },
      neighbours: { type: 'FeatureCollection', features: neighbourFeatures },
      countries: { type: 'FeatureCollection', features: countryFeatures },
    },
    1e5,
  );
  const zoneGeometries = topo.objects.zones.geometries;
  const mergedBy = (key, ids, props) =>
    ids.map((id) => ({
      ...mergeArcs(
        topo,
        zoneGeometries.filter((_g, i) => key(zones[i]) === id),
      ),
      properties: props(id),
    }));
  const bassinGeometries = mergedBy(
    (zone) => zone.bassin,
    BASSINS.map((b) => b.id),
    (id) => ({ id, name: BASSINS.find((b) => b.id === id).name }),
  );
  const departementIds = [...new Set(zones.map((zone) => zone.departement))].toSorted();
  const departementGeometries = mergedBy(
    (zone) => zone.departement,
    departementIds,
    (id) => ({ id, name: `Département synthétique ${id.slice(1)}` }),
  );
  const regionGeometry = {
    ...mergeArcs(topo, zoneGeometries),
    properties: { id: 'region', name: 'Région synthétique' },
  };
  const objects = {
    zones: topo.objects.zones,
    bassins: { type: 'GeometryCollection', geometries: bassinGeometries },
    departements: { type: 'GeometryCollection', geometries: departementGeometries },
    region: { type: 'GeometryCollection', geometries: [regionGeometry] },
    neighbours: topo.objects.neighbours,
    countries: topo.objects.countries,
  };
  // Sanity: the merge must give one feature per bassin covering its zones.
  for (const bassin of BASSINS) {
    const merged = merge(
      topo,
      zoneGeometries.filter((_g, i) => zones[i].bassin === bassin.id),
    );
    if (merged.coordinates.length === 0) throw new Error(`synthetic: bassin ${bassin.id} is empty`);
  }
  return { zones, topo: { ...topo, objects } };
}

/** A point inside a box, away from its edges. */
function pointIn(box, random) {
  const x = box.west + (0.05 + 0.9 * random()) * (box.east - box.west);
  const y = box.south + (0.05 + 0.9 * random()) * (box.north - box.south);
  return [round6(x), round6(y)];
}

function buildEstablishments(zones, sizes, tools, random) {
  const establishments = [];
  const metropoleZones = zones.filter((zone) => zone.bassin === 'metropole');
  // The CHRU first: it is the hub of many cooperations and the source of post links.
  const chruZone = metropoleZones[0];
  establishments.push({
    id: 'chru-lille',
    shortName: 'CHRU',
    name: 'CHRU synthétique',
    kind: 'chu',
    country: 'FR',
    commune: { name: 'Commune 00001', insee: '59001' },
    zone: chruZone.id,
    bassin: chruZone.bassin,
    coordinates: pointIn(chruZone.box, random),
    located: 'site',
    sources: [SOURCE],
  });
  // North of the grid, below 52° N (the schema's bound that catches swapped axes).
  const belgium = { west: BBOX.west, south: BBOX.north, east: BBOX.east, north: BBOX.north + 0.8 };
  for (let i = 2; i <= sizes.establishments; i += 1) {
    const kind = tools.weighted(ESTABLISHMENT_KIND_WEIGHTS);
    const number = pad(i, 5);
    const base = {
      id: `e-${number}`,
      shortName: `Étab. ${number}`,
      name: `Établissement synthétique ${number}`,
      kind,
    };
    if (kind === 'foreign') {
      establishments.push({
        ...base,
        country: 'BE',
        commune: { name: `Gemeente ${number}` },
        coordinates: pointIn(belgium, random),
        located: 'commune',
        sources: [SOURCE],
      });
      continue;
    }
    const zone = tools.pick(zones);
    const located = random() < 0.85 ? 'site' : 'commune';
    establishments.push({
      ...base,
      country: 'FR',
      commune: { name: `Commune ${number}`, insee: `${random() < 0.5 ? '59' : '62'}${pad(i % 1000, 3)}` },
      zone: zone.id,
      bassin: zone.bassin,
      coordinates: pointIn(zone.box, random),
      located,
      ...(located === 'commune' ? { note: 'Site non connu : centre de la commune.' } : {}),
      sources: [SOURCE],
    });
  }
  return establishments;
}

/** Establishment indexes by zone, to draw partners near a hub (the network is mostly local). */
function indexByZone(establishments) {
  const byZone = new Map();
  establishments.forEach((establishment, index) => {
    const key = establishment.zone ?? 'abroad';
    if (!byZone.has(key)) byZone.set(key, []);
    byZone.get(key).push(index);
  });
  return byZone;
}

function buildCooperations(establishments, zones, sizes, tools, random) {
  const byZone = indexByZone(establishments);
  const zoneById = new Map(zones.map((zone) => [zone.id, zone]));
  const zoneAt = new Map(zones.map((zone) => [`${zone.column},${zone.row}`, zone]));
  /** Candidate partners: the hub's zone and its 8 neighbours (abroad: the whole pool). */
  const nearby = (hub) => {
    const zone = hub.zone ? zoneById.get(hub.zone) : undefined;
    if (!zone) return byZone.get('abroad').concat(byZone.get(zones[0].id) ?? []);
    const out = [];
    for (let dc = -1; dc <= 1; dc += 1) {
      for (let dr = -1; dr <= 1; dr += 1) {
        const neighbour = zoneAt.get(`${zone.column + dc},${zone.row + dr}`);
        if (neighbour) out.push(...(byZone.get(neighbour.id) ?? []));
      }
    }
    return out;
  };
  const fiveMember = new Set(tools.shuffle([...Array(sizes.cooperations).keys()]).slice(0, sizes.fiveMemberCooperations));
  const cooperations = [];
  for (let i = 0; i < sizes.cooperations; i += 1) {
    const size = fiveMember.has(i) ? 5 : 4;
    // One in ten cooperations radiates from the CHRU, as in the real network.
    const hubIndex = random() < 0.1 ? 0 : tools.int(1, establishments.length - 1);
    const hub = establishments[hubIndex];
    const pool = nearby(hub);
    const members = [hub.id];
    const chosen = new Set([hubIndex]);
    for (let guard = 0; members.length < size && guard < 1000; guard += 1) {
      const candidate = pool.length > size * 2 ? tools.pick(pool) : tools.int(0, establishments.length - 1);
      if (chosen.has(candidate)) continue;
      chosen.add(candidate);
      members.push(establishments[candidate].id);
    }
    const kind = tools.weighted(COOPERATION_KIND_WEIGHTS);
    const status = tools.weighted(STATUS_WEIGHTS);
    const number = pad(i + 1, 5);
    // Projects and listed cooperations carry no date, as in the seeds.
    const dated = (status === 'constituted' || status === 'signed') && random() < 0.9;
    const topics = tools.shuffle([...TOPICS]).slice(0, tools.int(0, 3));
    cooperations.push({
      id: `${kind}-${number}`,
      kind,
      name: `Coopération synthétique ${number}`,
      status,
      members,
      hub: hub.id,
      ...(dated ? { date: isoDate(tools), datePrecision: 'day' } : {}),
      topics,
      sources: [SOURCE],
    });
  }
  return cooperations;
}

function buildPosts(establishments, sizes, tools, random) {
  const french = establishments.filter((e, index) => index > 0 && e.bassin);
  const order = tools.shuffle(french.map((_e, index) => index));
  const siteValues = [];
  let next = 0;
  const take = () => french[order[next++ % order.length]];
  const total = sizes.singleSiteValues + sizes.groupSiteValues;
  for (let i = 0; i < total; i += 1) {
    // Two thirds ATP, one third CCU-Région, as the real figures are weighted.
    const scheme = i % 3 === 2 ? 'ccu' : 'atp';
    const group = i >= sizes.singleSiteValues;
    const first = take();
    const members = [first];
    if (group) {
      // A group value: two sites of the same bassin whose split is unknown.
      for (let guard = 0; members.length < 2 && guard < 1000; guard += 1) {
        const candidate = take();
        if (candidate.bassin === first.bassin && candidate.id !== first.id) members.push(candidate);
      }
    }
    const value = tools.int(1, 12);
    const certainty = random() < 0.9 ? 'stated' : 'deduced';
    siteValues.push({
      id: `sv-${scheme}-${pad(i + 1, 5)}`,
      scheme,
      bassin: first.bassin,
      establishments: members.map((e) => e.id),
      label: `${members.map((e) => e.shortName.toUpperCase()).join(' / ')} : ${value}`,
      value,
      certainty,
      ...(certainty === 'deduced' ? { note: 'Valeur déduite (synthétique).' } : {}),
      sources: [SOURCE],
    });
  }
  const bassinTotals = [];
  const grandTotals = [];
  const extras = [{ id: 'ccu-general-medicine', scheme: 'ccu', label: 'CCU-Région médecine générale', value: 2, sources: [SOURCE] }];
  for (const scheme of ['atp', 'ccu']) {
    let grand = 0;
    for (const [index, bassin] of BASSINS.entries()) {
      const sum = siteValues.filter((v) => v.scheme === scheme && v.bassin === bassin.id).reduce((acc, v) => acc + v.value, 0);
      // Mostly some unattributed posts; one bassin where the breakdown exceeds the total.
      const value = index === 3 ? sum - tools.int(1, 10) : sum + tools.int(0, 40);
      grand += value;
      bassinTotals.push({ scheme, bassin: bassin.id, value, sources: [SOURCE] });
    }
    grand += extras.filter((e) => e.scheme === scheme).reduce((acc, e) => acc + e.value, 0);
    grandTotals.push({ scheme, value: grand, sources: [SOURCE] });
  }
  return {
    schemes: [
      {
        id: 'atp',
        name: 'Assistants à temps partagé',
        nameEn: 'Shared assistants',
        period: { start: 2000, end: 2011 },
        rate: { min: 25, max: 25, text: 'environ 25 postes par an' },
        since: 2000,
        sources: [SOURCE],
      },
      {
        id: 'ccu',
        name: 'Chefs de clinique régionaux',
        nameEn: 'Regional clinic chiefs',
        period: { start: 2009, end: 2011 },
        rate: { min: 7, max: 8, text: '7 à 8 postes par an' },
        since: 2009,
        sources: [SOURCE],
      },
      {
        id: 'asc',
        name: 'Assistants spécialistes en commun',
        nameEn: 'Jointly appointed specialist assistants',
        rate: { min: 28, max: 37, text: '28 à 37 postes par an' },
        sources: [SOURCE],
      },
    ],
    bassinTotals,
    grandTotals,
    siteValues,
    extras,
    figures: [{ id: 'deficit', label: 'Déficit de postes', labelEn: 'Post deficit', value: 172, sources: [SOURCE] }],
  };
}

/**
 * Builds the synthetic dataset in memory. Returns the runtime files keyed by
 * their URL path relative to the page (`data/*.json`, `geo/npdc.topo.json`),
 * plus a summary of what was generated.
 */
export function generateSynthetic({ seed = 20_170_101, sizes: overrides = {} } = {}) {
  const sizes = { ...DEFAULT_SIZES, ...overrides };
  const random = mulberry32(seed);
  const tools = randomTools(random);
  const { zones, topo } = buildGeometry(sizes);
  const establishments = buildEstablishments(zones, sizes, tools, random);
  const cooperations = buildCooperations(establishments, zones, sizes, tools, random);
  const posts = buildPosts(establishments, sizes, tools, random);
  const keyFigures = {
    figures: [
      { id: 'staff', label: 'Professionnels', labelEn: 'Staff', value: 14000, sources: [SOURCE] },
      { id: 'beds', label: 'Lits et places', labelEn: 'Beds and places', value: 3053, sources: [SOURCE] },
    ],
  };
  const hubLinks = cooperations.reduce((sum, c) => sum + c.members.length - 1, 0);
  const siteLinks = posts.siteValues.reduce((sum, v) => sum + v.establishments.length, 0);
  return {
    files: {
      'data/establishments.json': establishments,
      'data/cooperations.json': cooperations,
      'data/posts.json': posts,
      'data/figures.json': keyFigures,
      'geo/npdc.topo.json': topo,
    },
    summary: {
      seed,
      establishments: establishments.length,
      cooperations: cooperations.length,
      siteValues: posts.siteValues.length,
      territories: zones.length,
      /** Links implied by the data: hub → member per cooperation, plus one per site value and site. */
      links: hubLinks + siteLinks,
    },
  };
}

/** Serialises a file: two-space JSON with a trailing newline, or compact JSON as a generated export would be. */
export function serialise(value, { compact = false } = {}) {
  return `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes the synthetic runtime files under `dir`, laid out like dist's
 * (`dir/data/*.json`, `dir/geo/npdc.topo.json`). Returns the summary.
 * `compact` writes minified JSON (what the benchmark serves).
 */
export function writeSynthetic(dir, { compact = false, ...options } = {}) {
  const { files, summary } = generateSynthetic(options);
  for (const [path, value] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, serialise(value, { compact }));
  }
  return summary;
}
