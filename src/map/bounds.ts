/**
 * The extent of GeoJSON, in lon/lat: what the map frames (the region, the
 * network). Small and without dependencies, so the map's controller, which
 * ships with the page, does not carry the geometry reader with it.
 */
import type { FeatureCollection } from 'geojson';

/** [west, south, east, north] of a collection, or null when it is empty. */
export function boundsOf(fc: FeatureCollection): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
