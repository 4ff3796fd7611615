/**
 * Establishments that share a point — the commune centre, when the site is
 * not known precisely — are dodged: placed on a small circle around it, in
 * id order, each with a leader line back to the true point, so that no two
 * symbols are ever stacked. Computed once per establishment list (the whole
 * dataset, so a filter never moves a symbol); links, count marks and labels
 * all start from the dodged positions, in MapLibre and in the exports alike.
 * Pure.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Establishment } from '../model/types.ts';
import { fromPlane, round5, toPlane } from './mercator.ts';

/**
 * Radius of the dodge circle, in Mercator-degree units: ≈ 11 px at the
 * default zoom (≈ 0.0036 per pixel), enough for two or three 12 px symbols
 * side by side. It is a distance on the map: zooming in spreads them further.
 */
export const DODGE_RADIUS = 0.04;

/** A dodged establishment: where it is drawn, and the shared point it stands for. */
export interface DodgedPosition {
  at: [number, number];
  origin: [number, number];
}

/**
 * The drawn position of every establishment that shares its point with
 * another (id → position and origin); the others are drawn where they are.
 * Around each shared point, `n` sites sit at angles π + 2πi/n (two side by
 * side, left then right; three in a triangle), in id order.
 */
export function dodgePositions(establishments: readonly Establishment[], radius = DODGE_RADIUS): Map<string, DodgedPosition> {
  const groups = new Map<string, Establishment[]>();
  for (const e of establishments) {
    const key = `${round5(e.coordinates[0])},${round5(e.coordinates[1])}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const out = new Map<string, DodgedPosition>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = group.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const origin: [number, number] = [round5(sorted[0]!.coordinates[0]), round5(sorted[0]!.coordinates[1])];
    const [x, y] = toPlane(origin);
    sorted.forEach((e, i) => {
      const angle = Math.PI + (2 * Math.PI * i) / sorted.length;
      const [lon, lat] = fromPlane([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
      out.set(e.id, { at: [round5(lon), round5(lat)], origin });
    });
  }
  return out;
}

const dodgedMemo = new WeakMap<readonly Establishment[], Map<string, DodgedPosition>>();
const placedMemo = new WeakMap<readonly Establishment[], readonly Establishment[]>();

/**
 * The establishments as the map places them: co-located ones at their dodged
 * position (new objects), the others unchanged. Once per list.
 */
export function placedEstablishments(establishments: readonly Establishment[]): readonly Establishment[] {
  let known = placedMemo.get(establishments);
  if (!known) {
    let dodged = dodgedMemo.get(establishments);
    if (!dodged) dodgedMemo.set(establishments, (dodged = dodgePositions(establishments)));
    known = establishments.map((e) => {
      const d = dodged.get(e.id);
      return d ? { ...e, coordinates: d.at } : e;
    });
    placedMemo.set(establishments, known);
  }
  return known;
}

/** The leader lines of the dodged establishments of `all` that are among `shown` (ids as the establishments'). */
export function leaderLines(
  all: readonly Establishment[],
  shown: readonly Pick<Establishment, 'id'>[] = all,
): FeatureCollection<LineString, Record<string, string>> {
  let dodged = dodgedMemo.get(all);
  if (!dodged) dodgedMemo.set(all, (dodged = dodgePositions(all)));
  const features: Feature<LineString, Record<string, string>>[] = [];
  for (const e of shown) {
    const d = dodged.get(e.id);
    if (d) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [d.origin, d.at] }, properties: { id: e.id } });
  }
  return { type: 'FeatureCollection', features };
}
