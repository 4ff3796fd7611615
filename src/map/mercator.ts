/**
 * Web Mercator maths, once: the map's arcs and label anchors, the SVG
 * export's camera and the static fallback all project with these. Pure and
 * small, so the code that only needs a projection (the territories, read at
 * start) does not carry the arcs' curve code with it.
 */

/** Degrees → radians. */
export const RAD = Math.PI / 180;

/** Latitude (degrees) → Mercator y (radians). */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** Mercator y (radians) → latitude (degrees). */
export const latitudeOf = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** A point in the Mercator plane, in degree units (x = lon, y = Mercator y × 180/π). */
export type PlanePoint = [number, number];

/** lon/lat → Mercator plane (degree units). */
export function toPlane([lon, lat]: readonly [number, number]): PlanePoint {
  return [lon, mercatorY(lat) / RAD];
}

/** Mercator plane (degree units) → lon/lat. */
export function fromPlane([x, y]: readonly [number, number]): [number, number] {
  return [x, latitudeOf(y * RAD)];
}

/** Rounds to 5 decimals (≈ 1 m): stable golden files, small payloads. */
export const round5 = (v: number): number => Math.round(v * 1e5) / 1e5 + 0;
