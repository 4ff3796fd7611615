/**
 * Great-circle distances between establishments, computed once per dataset
 * and origin with d3-geo's `geoDistance` (on the sphere of mean radius), for
 * the cards, the list, the "within N km" filter and the bassin comparison.
 */
import { geoDistance } from 'd3-geo';
import type { Dataset, Establishment } from '../model/types.ts';
import { memoizeByObject, memoizeLast } from './memoizeLast.ts';

/** Mean Earth radius in km (IUGG), the sphere `geoDistance`'s radians are measured on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}

/** Distances rounded to 0.1 km, as shown: more digits would claim a precision the site coordinates do not have. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/**
 * The distance in km from establishment `originId` to every establishment of
 * the dataset (0 for the origin itself), or null when there is no such
 * establishment. Memoized per dataset for the last origin asked (48 distances: recomputing for another is cheap).
 */
export function distancesFrom(dataset: Pick<Dataset, 'establishments'>, originId: string): ReadonlyMap<string, number> | null {
  return perDataset(dataset)(originId);
}

const perDataset = memoizeByObject((dataset: Pick<Dataset, 'establishments'>) =>
  memoizeLast((originId: string): ReadonlyMap<string, number> | null => {
    const origin = dataset.establishments.find((e) => e.id === originId);
    if (!origin) return null;
    return new Map(dataset.establishments.map((e) => [e.id, e.id === originId ? 0 : distanceKm(origin.coordinates, e.coordinates)]));
  }),
);

/**
 * The ids of the establishments within `km` km (inclusive) of `originId`,
 * the origin included; empty when the origin is unknown.
 */
export function withinKm(dataset: Pick<Dataset, 'establishments'>, originId: string, km: number): ReadonlySet<string> {
  const distances = distancesFrom(dataset, originId);
  if (!distances) return new Set();
  return new Set([...distances].filter(([, d]) => d <= km).map(([id]) => id));
}

/** The establishments sorted by distance from `originId` (ties by id), with their distance; [] when unknown. */
export function byDistance(dataset: Pick<Dataset, 'establishments'>, originId: string): { establishment: Establishment; km: number }[] {
  const distances = distancesFrom(dataset, originId);
  if (!distances) return [];
  return dataset.establishments
    .map((establishment) => ({ establishment, km: distances.get(establishment.id) as number }))
    .toSorted((a, b) => a.km - b.km || (a.establishment.id < b.establishment.id ? -1 : 1));
}
