/**
 * A hand-made map fixture: four establishments, a few links (two pairs with
 * parallel lanes, one directed weighted posts link), ATP counts with a single
 * and a group site value, and two square "bassins". Small enough to read the
 * golden files by eye.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Establishment, SiteValue, Source } from '../../../src/model/types.ts';
import type { CountCell, Link, SchemeCounts } from '../../../src/query/types.ts';

const src: Source[] = [{ seed: '000_15e9185a92ff980b.txt', quote: 'quote' }];

const est = (id: string, kind: Establishment['kind'], coordinates: [number, number], bassin?: Establishment['bassin']): Establishment => ({
  id,
  shortName: id.toUpperCase(),
  name: id,
  kind,
  country: kind === 'foreign' ? 'BE' : 'FR',
  commune: { name: id },
  ...(bassin ? { bassin } : {}),
  coordinates,
  located: 'commune',
  sources: src,
});

export const establishments: Establishment[] = [
  est('chru-lille', 'chu', [3.0327, 50.6105], 'metropole'),
  est('ch-lens', 'ch', [2.8197, 50.4319], 'artois'),
  est('ch-arras', 'ch', [2.7733, 50.2837], 'artois'),
  est('az-groeninge', 'foreign', [3.2749, 50.8146]),
];

const link = (partial: Partial<Link> & Pick<Link, 'id' | 'kind' | 'from' | 'to'>): Link => ({
  cooperationId: partial.id.split(':')[0] ?? partial.id,
  certainty: 'stated',
  directed: false,
  dated: true,
  lane: 0,
  lanes: 1,
  ...partial,
});

export const links: Link[] = [
  link({ id: 'gcs-x:chru-lille:ch-lens', kind: 'gcs', from: 'chru-lille', to: 'ch-lens', lane: -1, lanes: 3 }),
  link({ id: 'cht-y:ch-lens:chru-lille', kind: 'cht', from: 'ch-lens', to: 'chru-lille', lane: 0, lanes: 3, dated: false }),
  link({
    id: 'posts:atp:lens:chru-lille:ch-lens',
    cooperationId: 'posts:atp:lens',
    kind: 'posts',
    from: 'chru-lille',
    to: 'ch-lens',
    lane: 1,
    lanes: 3,
    directed: true,
    weight: 37,
    certainty: 'inferred',
  }),
  link({ id: 'cht-y:ch-arras:ch-lens', kind: 'cht', from: 'ch-arras', to: 'ch-lens' }),
  link({ id: 'xb:chru-lille:az-groeninge', kind: 'cross-border', from: 'chru-lille', to: 'az-groeninge' }),
];

const sv = (id: string, ids: string[], value: number, certainty: SiteValue['certainty']): SiteValue => ({
  id,
  scheme: 'atp',
  bassin: 'artois',
  establishments: ids,
  label: id,
  value,
  certainty,
  sources: src,
});

const cell = (value: number, siteValues: SiteValue[] = []): CountCell => ({
  value,
  published: value,
  sitesSum: siteValues.reduce((s, v) => s + v.value, 0),
  unattributed: 0,
  disagreement: false,
  inferred: false,
  siteValues,
  unsplittable: [],
  sources: src,
});

export const atpCounts: SchemeCounts = {
  scheme: 'atp',
  byBassin: {
    metropole: cell(36),
    littoral: cell(22),
    artois: cell(86, [sv('lens', ['ch-lens'], 37, 'deduced'), sv('arras-lens', ['ch-arras', 'ch-lens'], 9, 'stated')]),
    hainaut: cell(38),
  },
  bassinsTotal: 182,
  extras: [],
  total: 182,
  published: 182,
  publishedSources: src,
  filtered: false,
  period: { start: 2000, end: 2011, dateRelation: 'after' },
};

const square = (id: string, name: string, [x, y]: [number, number]): Feature<Polygon, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { id, name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 0.5],
        [x, y + 0.5],
        [x, y],
      ],
    ],
  },
});

export const bassins: FeatureCollection<Polygon, Record<string, unknown>> = {
  type: 'FeatureCollection',
  features: [square('metropole', 'Métropole', [2.6, 50.5]), square('artois', 'Artois', [2.3, 50.0])],
};
