/**
 * Link aggregation for large networks: at low zoom, the links of one kind
 * between two territories (zones de proximité where the establishments have
 * one, else bassins) are drawn as one lane between the territories' label
 * points, carrying how many of its links the state shows; the individual
 * links appear from `AGGREGATE_MAX_ZOOM` on. Both are built once per dataset
 * (in the model) and filtered by feature-state: an aggregate's count is the
 * exact number of its links shown, summed from the same state that shows or
 * hides the links themselves.
 *
 * A small network is drawn link by link at every zoom: aggregation starts at
 * `AGGREGATE_MIN_LINKS` drawable links (the real dataset has about 121).
 * Links inside one territory have no lane between two territories: they are
 * drawn only from `AGGREGATE_MAX_ZOOM`, and counted in no aggregate.
 *
 * The approach is flowmap.gl's (flows summed between the clusters of a
 * zoom level, the flows themselves at the finest level), with the
 * territories as the one clustering level. Pure: no DOM, no MapLibre.
 */
import type { Feature, LineString } from 'geojson';
import { COOPERATION_KINDS, type Establishment } from '../model/types.ts';
import type { Link } from '../query/types.ts';
import { arcCoordinates } from './arcs.ts';
import { LINK_STYLES } from './palette.ts';

/** Aggregates are built for networks of at least this many drawable links. */
export const AGGREGATE_MIN_LINKS = 2000;
/** Aggregates are drawn below this zoom, individual links from it. */
export const AGGREGATE_MAX_ZOOM = 8;

type Props = Record<string, string | number | boolean | null>;

/** Where a territory's aggregate lanes end, and its name. */
export interface TerritoryAnchor {
  name: string;
  at: [number, number];
}

/** The aggregate lanes of a network, built once. */
export interface LinkAggregates {
  /** One line per territory pair and link kind; `properties.id` is `agg:<kind>:<territory>:<territory>`. */
  features: Feature<LineString, Props>[];
  /** Link id → the id of the aggregate that counts it (links inside one territory have none). */
  of: ReadonlyMap<string, string>;
}

/**
 * The territory an establishment's links are summed in: its zone when it has
 * one the anchors know, else its bassin, else none (its links stay individual).
 */
export const territoryOf = (e: Establishment, anchors: ReadonlyMap<string, TerritoryAnchor>): string | null =>
  e.zone !== undefined && anchors.has(e.zone) ? e.zone : e.bassin !== undefined && anchors.has(e.bassin) ? e.bassin : null;

/**
 * Groups `links` by unordered territory pair and kind. Lanes of one pair are
 * ordered by kind (the registry's order) and fanned out around the pair's
 * middle, as the links of one establishment pair are.
 */
export function aggregateLinks(
  links: readonly Link[],
  byId: ReadonlyMap<string, Establishment>,
  anchors: ReadonlyMap<string, TerritoryAnchor>,
): LinkAggregates {
  const of = new Map<string, string>();
  /** Pair key → its territories, and kind → total links. */
  const pairs = new Map<string, { first: string; second: string; kinds: Map<Link['kind'], number> }>();
  for (const link of links) {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b) continue;
    const ta = territoryOf(a, anchors);
    const tb = territoryOf(b, anchors);
    if (ta === null || tb === null || ta === tb) continue;
    const [first, second] = ta < tb ? [ta, tb] : [tb, ta];
    const pair = `${first}:${second}`;
    of.set(link.id, `agg:${link.kind}:${pair}`);
    let entry = pairs.get(pair);
    if (!entry) pairs.set(pair, (entry = { first, second, kinds: new Map() }));
    entry.kinds.set(link.kind, (entry.kinds.get(link.kind) ?? 0) + 1);
  }
  const features: Feature<LineString, Props>[] = [];
  for (const pair of [...pairs.keys()].toSorted()) {
    const { first, second, kinds } = pairs.get(pair)!;
    const from = anchors.get(first);
    const to = anchors.get(second);
    if (!from || !to) continue;
    const present = COOPERATION_KINDS.filter((k) => kinds.has(k));
    present.forEach((kind, i) => {
      const lane = i - (present.length - 1) / 2;
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: arcCoordinates(from.at, to.at, lane, true) },
        properties: {
          id: `agg:${kind}:${pair}`,
          kind,
          color: LINK_STYLES[kind].color,
          from: first,
          to: second,
          fromName: from.name,
          toName: to.name,
          /** Every link of the dataset in this lane (the count shown follows the filters: feature-state `n`). */
          links: kinds.get(kind) ?? 0,
        },
      });
    });
  }
  return { features, of };
}

/** An aggregate lane's width (px) for the number of links it shows: by area, as flows are, capped. */
export const aggregateWidth = (count: number): number =>
  count <= 0 ? 0 : Math.round(Math.min(14, 1.5 + Math.sqrt(count) * 0.9) * 10) / 10;
