/**
 * Checks a parsed TopoJSON topology before any topojson-client call: a file
 * can parse and still be unusable (an arc cut short, an arc index out of
 * range, a coordinate that is not a finite number), and topojson-client or
 * MapLibre would then throw far from the cause. Pure: no DOM, no library.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A decoded position is a longitude and a latitude. */
const inRange = (x: number, y: number): boolean => Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90;

/** One thing wrong with the geometry: where (`arcs[3]`, `objects.zones.geometries[2]`) and what. */
export interface TopologyProblem {
  where: string;
  /** Plain English, e.g. `arc has 1 point, at least 2 needed`. */
  what: string;
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_TOPOLOGY_PROBLEMS = 5;

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * Every problem that would stop the topology from being converted and drawn
 * (`[]` when it can be): `arcs` a list of arcs of at least two positions of
 * finite numbers, lying within longitude/latitude once decoded (delta-encoded
 * and scaled when there is a `transform`, whose scale and translate must be
 * pairs of finite numbers, the scale not zero); every object a known geometry
 * type whose arc indexes are integers naming an existing arc (`~i` for arc i
 * reversed), with non-empty rings and lines. Assumes `type: "Topology"` and
 * `objects` were checked by the caller.
 */
export function topologyProblems(topology: Record<string, unknown>): TopologyProblem[] {
  const problems: TopologyProblem[] = [];
  const add = (where: string, what: string): void => {
    problems.push({ where, what });
  };
  const arcs = topology['arcs'];
  if (!Array.isArray(arcs)) {
    add('arcs', 'must be a list of arcs');
    return problems;
  }
  let scale: [number, number] | null = null;
  let translate: [number, number] = [0, 0];
  const transform = topology['transform'];
  if (transform !== undefined) {
    const s = isObject(transform) ? transform['scale'] : undefined;
    const t = isObject(transform) ? transform['translate'] : undefined;
    const pair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every(finite);
    if (!pair(s) || !pair(t) || s[0] === 0 || s[1] === 0) {
      add('transform', 'must have a scale and a translate of two finite numbers each, the scale not zero');
      return problems;
    }
    scale = s;
    translate = t;
  }

  arcs.forEach((arc, i) => {
    const where = `arcs[${i}]`;
    if (!Array.isArray(arc)) return add(where, 'must be a list of positions');
    if (arc.length < 2) return add(where, `arc has ${arc.length} point${arc.length === 1 ? '' : 's'}, at least 2 needed`);
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const p: unknown = arc[j];
      if (!Array.isArray(p) || p.length < 2 || !finite(p[0]) || !finite(p[1]))
        return add(`${where}[${j}]`, 'position is not two finite numbers');
      if (scale) {
        x += p[0];
        y += p[1];
        if (!inRange(x * scale[0] + translate[0], y * scale[1] + translate[1]))
          return add(`${where}[${j}]`, 'position lies outside longitude −180…180, latitude −90…90');
      } else if (!inRange(p[0], p[1])) return add(`${where}[${j}]`, 'position lies outside longitude −180…180, latitude −90…90');
    }
  });

  const arcIndex = (where: string, v: unknown): void => {
    if (typeof v !== 'number' || !Number.isInteger(v))
      return add(where, `arc index must be an integer, got ${JSON.stringify(v)?.slice(0, 40)}`);
    const n = v < 0 ? ~v : v;
    if (n >= arcs.length) add(where, `refers to arc ${n}, but the file has ${arcs.length} arc${arcs.length === 1 ? '' : 's'}`);
  };
  const line = (where: string, v: unknown): void => {
    if (!Array.isArray(v) || v.length === 0) return add(where, 'must be a non-empty list of arc indexes');
    v.forEach((a, k) => arcIndex(`${where}[${k}]`, a));
  };
  const lines = (where: string, v: unknown): void => {
    if (!Array.isArray(v)) return add(where, 'must be a list of lines or rings');
    v.forEach((l, k) => line(`${where}[${k}]`, l));
  };
  const position = (where: string, v: unknown): void => {
    if (!Array.isArray(v) || v.length < 2 || !finite(v[0]) || !finite(v[1])) add(where, 'position is not two finite numbers');
  };
  const geometry = (where: string, g: unknown, depth: number): void => {
    if (!isObject(g)) return add(where, 'must be a geometry object');
    const type = g['type'];
    if (type === null) return;
    if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type))
      return add(where, `unknown geometry type ${JSON.stringify(type)?.slice(0, 40)}`);
    switch (type) {
      case 'GeometryCollection': {
        const list = g['geometries'];
        if (!Array.isArray(list)) return add(where, 'a GeometryCollection must have a list of geometries');
        if (depth > 8) return add(where, 'geometry collections nested too deep');
        list.forEach((child, k) => geometry(`${where}.geometries[${k}]`, child, depth + 1));
        return;
      }
      case 'Point':
        return position(`${where}.coordinates`, g['coordinates']);
      case 'MultiPoint': {
        const list = g['coordinates'];
        if (!Array.isArray(list)) return add(`${where}.coordinates`, 'must be a list of positions');
        list.forEach((p, k) => position(`${where}.coordinates[${k}]`, p));
        return;
      }
      case 'LineString':
        return line(`${where}.arcs`, g['arcs']);
      case 'MultiLineString':
      case 'Polygon':
        return lines(`${where}.arcs`, g['arcs']);
      case 'MultiPolygon': {
        const list = g['arcs'];
        if (!Array.isArray(list)) return add(`${where}.arcs`, 'must be a list of polygons');
        list.forEach((polygon, k) => lines(`${where}.arcs[${k}]`, polygon));
        return;
      }
    }
  };
  const objects = topology['objects'];
  if (isObject(objects)) for (const [name, object] of Object.entries(objects)) geometry(`objects.${name}`, object, 0);
  return problems;
}
