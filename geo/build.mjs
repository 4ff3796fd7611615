// Territory geometry pipeline: IGN communes (+ context layers) → geo/npdc.topo.json.
// Run: npm run geo [-- <output path>]   (default: geo/npdc.topo.json)
// Each step is a plain function; main() chains them in order. See geo/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  area,
  bbox,
  bboxPolygon,
  booleanIntersects,
  booleanPointInPolygon,
  centerOfMass,
  difference,
  featureCollection,
  intersect,
  pointOnFeature,
  rewind,
  union,
} from '@turf/turf';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { COMMUNE_FILES, ROOT, readCsv, readSource } from './sources.mjs';

/** Context extent: the whole network, Caen (−0.37, 49.18) to Louvain-la-Neuve (4.61, 50.67), with margin. */
const CONTEXT_BBOX = [-2.5, 47.9, 8.2, 52.5];

/** Squared metres → steradians, the unit of topojson-simplify's spherical weights. */
const EARTH_RADIUS = 6371008.8;
const m2 = (squareMetres) => squareMetres / EARTH_RADIUS ** 2;

/**
 * Visvalingam thresholds (effective triangle area). 2,000 m² ≈ a 60 m offset on
 * a 65 m segment: below what a zoom-10 pixel (≈ 50 m here) lets one see on a
 * border; context layers are only seen at zoom ≤ 8, so they go coarser:
 * 300,000 m² ≈ a 550 m offset, under 3 px at zoom 8 (where they meet the
 * region, their arcs are the zones' and keep the fine tolerance).
 */
const TERRITORY_MIN_AREA = m2(2_000);
const CONTEXT_MIN_AREA = m2(300_000);
/** Context islands and holes smaller than this (≈ 1 km²) are dropped. */
const CONTEXT_MIN_RING = m2(1_000_000);
/** Quantization step in degrees: 0.0001° ≈ 7 m east-west, 11 m north-south here. */
const QUANTUM = 0.0001;
/** Margin (degrees) around the region's bounding box within which context is fitted to IGN (see fitContext). */
const FIT_MARGIN = 0.1;
/** A clipped vertex this close (degrees, ≈ 1 mm) to a line is taken to lie on it. */
const ON_EDGE = 1e-8;

/** Neighbouring French areas shown for orientation: file and code. */
const NEIGHBOURS = [
  { file: 'departements-hauts-de-france.geojson', code: '02' }, // Aisne
  { file: 'departements-hauts-de-france.geojson', code: '60' }, // Oise
  { file: 'departements-hauts-de-france.geojson', code: '80' }, // Somme (Amiens)
  { file: 'regions-avant-redecoupage-2015.geojson', code: '11' }, // Île-de-France (fills the gap south of Oise)
  { file: 'regions-avant-redecoupage-2015.geojson', code: '21' }, // Champagne-Ardenne (east of Aisne)
  { file: 'regions-avant-redecoupage-2015.geojson', code: '23' }, // Haute-Normandie (Rouen)
  { file: 'regions-avant-redecoupage-2015.geojson', code: '25' }, // Basse-Normandie (Caen)
];

/** Natural Earth countries kept as context: world-atlas id (ISO 3166 numeric), ISO alpha-2, French name. */
const COUNTRIES = [
  { id: '250', iso: 'FR', name: 'France' },
  { id: '056', iso: 'BE', name: 'Belgique' },
  { id: '528', iso: 'NL', name: 'Pays-Bas' },
  { id: '442', iso: 'LU', name: 'Luxembourg' },
  { id: '276', iso: 'DE', name: 'Allemagne' },
  { id: '826', iso: 'GB', name: 'Royaume-Uni' },
];

const DEPARTEMENTS = [
  { code: '59', name: 'Nord' },
  { code: '62', name: 'Pas-de-Calais' },
];
const REGION = { code: '31', name: 'Nord-Pas-de-Calais' };

// read: load the sources once; every later step is a pure function of these.
function read() {
  return {
    communes: COMMUNE_FILES.flatMap((name) => readSource(name).features),
    neighbours: NEIGHBOURS.map(({ file, code }) => {
      const found = readSource(file).features.find((f) => f.properties.code === code);
      if (!found) throw new Error(`${file}: no feature with code ${code}`);
      return found;
    }),
    world: JSON.parse(readFileSync(resolve(ROOT, 'node_modules/world-atlas/countries-10m.json'), 'utf8')),
    zones: readCsv(resolve(ROOT, 'geo/zones.csv')),
    bassins: readCsv(resolve(ROOT, 'geo/bassins.csv')),
    table: readCsv(resolve(ROOT, 'geo/communes.csv')),
  };
}

// keepCodeName: drop every property but code and name, so the output depends only on what we use.
function keepCodeName(features) {
  return features.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.code, name: f.properties.nom },
    geometry: f.geometry,
  }));
}

// assignZones: join geo/communes.csv, the authority on zones; any commune missing from either side is an error.
function assignZones(communes, table, zones) {
  const zoneIds = new Set(zones.map((zone) => zone.id));
  const zoneByInsee = new Map();
  for (const row of table) {
    if (zoneByInsee.has(row.insee)) throw new Error(`geo/communes.csv: ${row.insee} listed twice`);
    if (!zoneIds.has(row.zone)) throw new Error(`geo/communes.csv: ${row.insee} has unknown zone ${row.zone}`);
    zoneByInsee.set(row.insee, row.zone);
  }
  const seen = new Set();
  const assigned = communes.map((commune) => {
    const zone = zoneByInsee.get(commune.properties.code);
    if (!zone) throw new Error(`geo/communes.csv: no zone for ${commune.properties.code} ${commune.properties.name}`);
    seen.add(commune.properties.code);
    return { ...commune, properties: { ...commune.properties, zone } };
  });
  const extra = [...zoneByInsee.keys()].filter((insee) => !seen.has(insee));
  if (extra.length > 0) throw new Error(`geo/communes.csv: not in the source: ${extra.join(', ')}`);
  return assigned;
}

// mergeZones: communes become one topology (neighbours share arcs), then each zone is the
// mergeArcs of its communes, so two zones meet on exactly the same line. The outline of all
// communes comes out of the same topology: it is the region the context layers are fitted to.
function mergeZones(communes, zones) {
  const topo = topology({ communes: featureCollection(communes) });
  const geometries = topo.objects.communes.geometries;
  const zoneFeatures = zones.map((zone) => {
    const members = geometries.filter((g) => g.properties.zone === zone.id);
    const departements = new Set(members.map((g) => g.properties.code.slice(0, 2)));
    if (members.length === 0) throw new Error(`zone ${zone.id} has no commune`);
    if (departements.size !== 1) throw new Error(`zone ${zone.id} spans départements ${[...departements]}`);
    return {
      type: 'Feature',
      properties: { id: zone.id, name: zone.name, bassin: zone.bassin, departement: [...departements][0] },
      geometry: feature(topo, mergeArcs(topo, members)).geometry,
    };
  });
  return {
    zones: zoneFeatures,
    outline: { type: 'Feature', properties: {}, geometry: feature(topo, mergeArcs(topo, geometries)).geometry },
  };
}

// clipContext: cut the context layers to the network's extent; nothing outside it is ever shown.
// Coordinates are rounded to 1e-9° here and after each later cut (see rounded()).
function clipContext(neighbours, world) {
  const geometries = world.objects.countries.geometries;
  return {
    neighbours: neighbours.map((f) => clipToContext(f, { code: f.properties.code, name: f.properties.name })),
    countries: COUNTRIES.map(({ id, iso, name }) => {
      const country = geometries.find((g) => g.id === id);
      if (!country) throw new Error(`world-atlas: no country ${id}`);
      return clipToContext(feature(world, country), { iso, name });
    }),
  };
}

function clipToContext(f, properties) {
  const clipped = clipToBox(rewind(f), CONTEXT_BBOX);
  if (!clipped) throw new Error(`${properties.name} lies outside the context extent`);
  return rounded({ type: 'Feature', properties, geometry: clipped.geometry });
}

/** The part of `f` inside `box`; polygons wholly inside or outside skip the (slow) exact clip. */
function clipToBox(f, box) {
  const [x0, y0, x1, y1] = box;
  const kept = [];
  for (const polygon of polygonsOf(f)) {
    const [a0, b0, a1, b1] = bbox(polygon);
    if (a0 >= x0 && a1 <= x1 && b0 >= y0 && b1 <= y1) kept.push(polygon);
    else if (a0 < x1 && a1 > x0 && b0 < y1 && b1 > y0) kept.push(...polygonsOf(intersect(featureCollection([polygon, bboxPolygon(box)]))));
  }
  if (kept.length === 0) return null;
  return {
    type: 'Feature',
    properties: f.properties,
    geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.geometry.coordinates) },
  };
}

// fitContext: Natural Earth's Franco-Belgian border and coast stray up to ~1 km from IGN's
// near Lille, and the IGN département file differs from the communes by metres. Around the
// region, IGN's communes win: context layers stop exactly on the region's outline (the lines
// become shared arcs); IGN neighbours are stretched over the metre-wide gaps between them and
// the region; land that Natural Earth calls French but that lies outside both the region and
// the IGN neighbours goes to Belgium where it touches Belgium (the border strip), and to
// nobody where it touches only the region (Natural Earth's coast beyond IGN's).
function fitContext({ neighbours, countries }, outline) {
  const [x0, y0, x1, y1] = bbox(outline);
  const near = bboxPolygon([x0 - FIT_MARGIN, y0 - FIT_MARGIN, x1 + FIT_MARGIN, y1 + FIT_MARGIN]);
  const fitted = (f, geometry) => ({
    type: 'Feature',
    properties: f.properties,
    geometry: dropCrossings(geometry.geometry, outline.geometry),
  });
  const france = countries.find((c) => c.properties.iso === 'FR');
  const belgium = countries.find((c) => c.properties.iso === 'BE');

  const fittedNeighbours = neighbours.map((n) =>
    touching(n, outline) ? fitted(n, minus(withoutHoles(union(featureCollection([n, outline]))), outline)) : n,
  );
  const stray = polygonsOf(rounded(minus(clipToBox(france, bbox(near)), outline, ...fittedNeighbours.filter((n) => boxesMeet(n, near)))));
  const toBelgium = stray.filter((part) => touching(part, belgium));
  const offshore = stray.filter((part) => !toBelgium.includes(part) && touching(part, outline));
  return {
    neighbours: fittedNeighbours,
    countries: countries.map((c) => {
      if (c === france) return fitted(c, minus(c, ...toBelgium, ...offshore, outline));
      if (c === belgium) return fitted(c, union(featureCollection([rounded(minus(c, outline)), ...toBelgium])));
      return c;
    }),
  };
}

// dropCrossings (part of fitContext): clipping inserts vertices wherever a context line crosses
// the outline. They lie on an outline edge; dropping them lets both lines share one arc.
function dropCrossings(geometry, outline) {
  const position = new Map();
  const outlineRings = outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat();
  outlineRings.forEach((ring, r) => ring.slice(0, -1).forEach((p, i) => position.set(`${p[0]},${p[1]}`, { r, i, n: ring.length - 1 })));
  const at = (p) => position.get(`${p[0]},${p[1]}`);
  const clean = (ring) => {
    const points = ring.slice(0, -1);
    const anchors = points.flatMap((p, i) => (at(p) ? [i] : []));
    if (anchors.length < 2) return ring;
    const drop = new Set();
    anchors.forEach((from, k) => {
      const to = anchors[(k + 1) % anchors.length];
      const run = [];
      for (let i = (from + 1) % points.length; i !== to; i = (i + 1) % points.length) run.push(i);
      if (run.length === 0 || !adjacentOnOutline(at(points[from]), at(points[to]))) return;
      if (run.every((i) => distanceToSegment(points[i], points[from], points[to]) < ON_EDGE)) run.forEach((i) => drop.add(i));
    });
    const kept = points.filter((_, i) => !drop.has(i));
    return [...kept, kept[0]];
  };
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(clean) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(clean)) };
}

/** Whether two outline positions ({r: ring, i: index, n: ring size}) are neighbours on their ring. */
function adjacentOnOutline(a, b) {
  return a.r === b.r && (Math.abs(a.i - b.i) === 1 || Math.abs(a.i - b.i) === a.n - 1);
}

function minus(...features) {
  return difference(featureCollection(features));
}

/** Whether a and b touch or overlap, allowing for rounding (see ON_EDGE). */
function touching(a, b) {
  return boxesMeet(a, b) && (booleanIntersects(a, b) || comesWithin(a, b, ON_EDGE));
}

/** Whether a vertex of `a` lies within `distance` (degrees) of the boundary of `b`: touching up to rounding. */
function comesWithin(a, b, distance) {
  const segments = ringsOf(b).flatMap((ring) => ring.slice(1).map((p, i) => [ring[i], p]));
  return ringsOf(a).some((ring) => ring.some((p) => segments.some(([s0, s1]) => distanceToSegment(p, s0, s1) < distance)));
}

function ringsOf(f) {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Planar distance (degrees) from p to segment ab. */
function distanceToSegment(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

// buildTopology: zones and context in one topology, so every line drawn twice (zone/zone,
// region/Belgium, region/Somme…) is one arc; bassins, départements and the region are
// merged from the zones on those same arcs, so their borders match the zones' exactly.
function buildTopology(zoneFeatures, context, bassins) {
  const topo = topology({
    zones: wound(zoneFeatures),
    neighbours: wound(context.neighbours),
    countries: wound(context.countries),
  });
  const zoneGeometries = topo.objects.zones.geometries;
  const merged = (geometries, properties) => ({ ...mergeArcs(topo, geometries), properties });
  topo.objects = {
    zones: collection(
      zoneGeometries.map((g) => ({ ...g, properties: { id: g.properties.id, name: g.properties.name, bassin: g.properties.bassin } })),
    ),
    bassins: collection(
      bassins.map((b) =>
        merged(
          zoneGeometries.filter((g) => g.properties.bassin === b.id),
          { id: b.id, name: b.name },
        ),
      ),
    ),
    departements: collection(
      DEPARTEMENTS.map((d) =>
        merged(
          zoneGeometries.filter((g) => g.properties.departement === d.code),
          { code: d.code, name: d.name },
        ),
      ),
    ),
    region: collection([merged(zoneGeometries, { code: REGION.code, name: REGION.name })]),
    neighbours: topo.objects.neighbours,
    countries: topo.objects.countries,
  };
  return topo;
}

// simplifyTopology: Visvalingam on arcs (presimplify + simplify), so a shared border is
// simplified once and stays shared. Arcs the zones use keep the fine tolerance (their
// weights are scaled up before the one cut); context-only arcs go coarser and lose rings
// under CONTEXT_MIN_RING (zone rings always stay).
function simplifyTopology(topo) {
  const territoryArcs = new Set();
  for (const g of topo.objects.zones.geometries) {
    const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
    for (const ring of rings) for (const arc of ring) territoryArcs.add(arc < 0 ? ~arc : arc);
  }
  const weighted = presimplify(topo, sphericalTriangleArea);
  const scale = CONTEXT_MIN_AREA / TERRITORY_MIN_AREA;
  weighted.arcs.forEach((arc, i) => {
    if (territoryArcs.has(i)) for (const point of arc) point[2] *= scale;
  });
  const simplified = simplify(weighted, CONTEXT_MIN_AREA);
  const bigEnough = filterWeight(simplified, CONTEXT_MIN_RING, ringArea);
  return filter(simplified, (ring, interior) => ring.every((arc) => territoryArcs.has(arc < 0 ? ~arc : arc)) || bigEnough(ring, interior));
}

// quantizeTopology: integer, delta-encoded coordinates on a round 0.0001° grid: small file, exact shared vertices.
function quantizeTopology(topo) {
  const extent = arcsBbox(topo.arcs);
  const snap = (value) => Number((Math.floor(value / QUANTUM + 1e-6) * QUANTUM).toFixed(6));
  return quantize({ ...topo, bbox: extent }, { scale: [QUANTUM, QUANTUM], translate: [snap(extent[0]), snap(extent[1])] });
}

const round5 = (v) => Math.round(v * 1e5) / 1e5 + 0;

// withLabelPoints: each zone and bassin gets `label: [lon, lat]`, where the app hangs its name and
// count: the centre of mass of its largest part when that falls inside it, otherwise a point surely
// on it. Computed here, on the geometry as shipped, so the app needs no geometry library at run time.
function withLabelPoints(topo) {
  for (const name of ['zones', 'bassins']) {
    for (const g of topo.objects[name].geometries) {
      const f = feature(topo, g);
      const parts =
        f.geometry.type === 'Polygon' ? [f.geometry] : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
      const largest = parts.reduce((best, p) => (area(p) > area(best) ? p : best), parts[0]);
      const centre = centerOfMass(largest);
      const point = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
      const [lon, lat] = point.geometry.coordinates;
      g.properties = { ...g.properties, label: [round5(lon), round5(lat)] };
    }
  }
  return topo;
}

// serialize: fixed key order, features in table order, no whitespace: rebuilding gives the same bytes.
function serialize(topo) {
  const objects = {};
  for (const name of ['zones', 'bassins', 'departements', 'region', 'neighbours', 'countries']) {
    const geometries = topo.objects[name].geometries.map((g) => ({ type: g.type, arcs: g.arcs, properties: g.properties }));
    const empty = geometries.find((g) => !g.type || !g.arcs || g.arcs.length === 0);
    if (empty) throw new Error(`${name}: ${JSON.stringify(empty.properties)} has no geometry left`);
    objects[name] = collection(geometries);
  }
  const output = {
    type: 'Topology',
    bbox: topo.bbox.map((v) => Number(v.toFixed(5))),
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects,
    arcs: topo.arcs,
  };
  return JSON.stringify(output) + '\n';
}

/**
 * The feature with coordinates rounded to 1e-9° (IGN's 5-decimal vertices are unchanged), so that
 * a crossing computed twice, once from each side of a shared line, comes out as one point.
 */
function rounded(f) {
  const g = f.geometry;
  const coordinates = g.type === 'Polygon' ? g.coordinates.map(roundRing) : g.coordinates.map((polygon) => polygon.map(roundRing));
  return { type: 'Feature', properties: f.properties, geometry: { type: g.type, coordinates } };
}

function roundRing(ring) {
  return ring.map(([x, y]) => [Math.round(x * 1e9) / 1e9, Math.round(y * 1e9) / 1e9]);
}

/** RFC 7946 winding (exteriors counter-clockwise) for every polygon, whatever its source used. */
function wound(features) {
  return featureCollection(features.map((f) => rewind(f)));
}

/**
 * Area of a ring in steradians, whichever way it turns: sphericalRingArea assumes clockwise
 * exteriors (d3's convention) and ours are counter-clockwise (RFC 7946), so take the smaller side.
 */
function ringArea(ring, interior) {
  const size = sphericalRingArea(ring, interior);
  return Math.min(size, 4 * Math.PI - size);
}

function boxesMeet(a, b) {
  const [a0, a1, a2, a3] = bbox(a);
  const [b0, b1, b2, b3] = bbox(b);
  return a0 <= b2 && b0 <= a2 && a1 <= b3 && b1 <= a3;
}

function withoutHoles(f) {
  const polygons = polygonsOf(f).map((p) => [p.geometry.coordinates[0]]);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

function polygonsOf(f) {
  if (!f) return [];
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
}

function collection(geometries) {
  return { type: 'GeometryCollection', geometries };
}

function arcsBbox(arcs) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of arcs) {
    for (const [x, y] of arc) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

function main() {
  const output = resolve(process.argv[2] ?? resolve(ROOT, 'geo/npdc.topo.json'));
  const sources = read();
  const communes = assignZones(keepCodeName(sources.communes), sources.table, sources.zones);
  const { zones, outline } = mergeZones(communes, sources.zones);
  const context = fitContext(clipContext(keepCodeName(sources.neighbours), sources.world), outline);
  const simplified = simplifyTopology(buildTopology(zones, context, sources.bassins));
  const text = serialize(withLabelPoints(quantizeTopology(simplified)));
  writeFileSync(output, text);
  const points = simplified.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(`${output}: ${Buffer.byteLength(text)} bytes, ${simplified.arcs.length} arcs, ${points} points`);
}

main();
