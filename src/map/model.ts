/**
 * The map model: every feature the map can ever draw for one dataset and one
 * grid, built ONCE and handed to MapLibre once. A filter, focus or scheme
 * change then only changes feature-state (see `featureState.ts`), which
 * MapLibre applies on the main thread in the next frame; `setData` would send
 * the source back through the worker to be re-tiled.
 *
 * Each feature carries a stable numeric `id` (its position in its source) and
 * its string id in `properties.id`. Pure: no DOM, no MapLibre.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { Dataset, Establishment } from '../model/types.ts';
import { countsByBassin } from '../query/countsByBassin.ts';
import { DEFAULT_STATE, HUB_ID } from '../query/state.ts';
import { linkCatalogue } from '../query/visibleLinks.ts';
import type { Grid, Link, Scheme } from '../query/types.ts';
import { linkFeatures } from './arcs.ts';
import { leaderLines, placedEstablishments } from './dodge.ts';
import { countMarks, establishmentPoint, TERRITORY_MARK_PREFIX, territoryCountMarks, type CountMark } from './features.ts';
import { BASSIN_LABEL_POINTS } from './mapData.ts';
import { linkStatuses, type LinkStatus } from '../query/linkStatus.ts';
import { LINK_STYLES } from './palette.ts';
import type { SourceId } from './style.ts';
import { labelPoint, type Territories } from './territories.ts';
import { aggregateLinks, AGGREGATE_MIN_LINKS, type TerritoryAnchor } from './linkAggregates.ts';

/** The source of the aggregate link lanes: added to the map only for a model that has some (see `MapModel.aggregates`). */
export const AGGREGATE_SOURCE = 'link-aggregates';

type Props = Record<string, string | number | boolean | null>;
type Collection = FeatureCollection<Geometry, Props>;

/** Sources whose features are shown, hidden and styled by feature-state. */
export const STATEFUL_SOURCES = [
  'territories',
  'links',
  'link-arrows',
  'count-marks',
  'establishments',
  'leaders',
  AGGREGATE_SOURCE,
] as const;
export type StatefulSource = (typeof STATEFUL_SOURCES)[number];

/** Everything the map holds for a dataset and a grid. */
export interface MapModel {
  grid: Grid;
  /** Every source but `context-labels` (which follows the language). */
  sources: Record<Exclude<SourceId, 'context-labels'>, Collection>;
  /** Per stateful source: string id (as in `MapData`) → numeric feature id. */
  ids: Record<StatefulSource, ReadonlyMap<string, number>>;
  /**
   * The aggregate link lanes drawn at low zoom (`linkAggregates.ts`), null
   * for a network small enough to draw link by link.
   */
  aggregates: { source: Collection; of: ReadonlyMap<string, string> } | null;
}

/** What the model is built from: the dataset's fixed parts and the query layer's catalogues. */
export interface MapModelInputs {
  territories: Territories;
  grid: Grid;
  establishments: readonly Establishment[];
  /** Every link the dataset can draw, with fixed lanes (`linkCatalogue`). */
  catalogue: readonly Link[];
  /** The proportional marks of each scheme with no establishment filter (`countMarks` of the unfiltered counts). */
  marks: Readonly<Record<Scheme, readonly CountMark[]>>;
  /** Cooperation id → how its links are drawn (`linkStatuses`); links of other ids are `firm`. */
  statuses?: ReadonlyMap<string, LinkStatus>;
  /** Links summed into aggregate lanes from this many drawable links on (default `AGGREGATE_MIN_LINKS`). */
  aggregateFrom?: number;
}

const BASSIN_LABEL_POINTS_NONE: Readonly<Record<string, [number, number]>> = {};

/** Whether a count mark id is a territory's (rate view), keyed without a scheme. */
export const isTerritoryMark = (id: string): boolean => id.startsWith(TERRITORY_MARK_PREFIX);

/** The key of a count mark in the model: marks of both schemes live in one source. */
export const markKey = (scheme: Scheme, id: string): string => (isTerritoryMark(id) ? id : `${scheme}|${id}`);

const numbered = <G extends Geometry>(features: Feature<G, Props>[]): { fc: FeatureCollection<G, Props>; ids: Map<string, number> } => {
  const ids = new Map<string, number>();
  features.forEach((f, i) => {
    f.id = i;
    ids.set(String(f.properties['id']), i);
  });
  return { fc: { type: 'FeatureCollection', features }, ids };
};

/** The label of an establishment for a scheme, as `establishmentsGeoJSON` writes it. */
const labelFor = (e: Establishment, mark: CountMark | undefined): string =>
  mark && mark.value > 0 ? `${e.shortName} ${mark.value}${mark.inferred ? '*' : ''}` : e.shortName;

/** Builds the model: run once per dataset and grid. */
export function buildMapModel(input: MapModelInputs): MapModel {
  // Co-located establishments are drawn apart (`dodge.ts`): links and labels start from where they are drawn.
  const placed = placedEstablishments(input.establishments);
  const byId = new Map(placed.map((e) => [e.id, e]));
  const zones = input.grid === 'zones';
  const areas = zones ? input.territories.zones : input.territories.bassins;

  const territoryFeatures: Feature<Geometry, Props>[] = [];
  const labelFeatures: Feature<Point, Props>[] = [];
  for (const f of areas.features) {
    const id = String(f.properties['id'] ?? '');
    const name = String(f.properties['name'] ?? id);
    const bassin = typeof f.properties['bassin'] === 'string' ? f.properties['bassin'] : id;
    territoryFeatures.push({ type: 'Feature', geometry: f.geometry, properties: { id, name, bassin } });
    const at = (zones ? undefined : BASSIN_LABEL_POINTS[id]) ?? labelPoint(f);
    labelFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { id, name, bassin, size: zones ? 11 : 13 },
    });
  }

  // The links that can be drawn (both ends placed), numbered heaviest first so thin ones stay visible on
  // top of them (as `linksGeoJSON` orders them); their arrows (directed links) in catalogue order. The
  // features are built when the sources are first read: a model with lanes hands its links over only at
  // the zoom they show, and at national scale building 100,000 features nobody may ask for was a second
  // of the load (and its garbage). Feature-state needs only the ids.
  const drawable = input.catalogue.filter((link) => byId.has(link.from) && byId.has(link.to));
  const lineOrder = drawable.toSorted((x, y) => (y.weight ?? 0) - (x.weight ?? 0) || x.id.localeCompare(y.id));
  const arrowOrder = drawable.filter((link) => link.directed);
  let linkSources: { links: FeatureCollection<LineString, Props>; arrows: FeatureCollection<Point, Props> } | null = null;
  const builtLinks = (): NonNullable<typeof linkSources> => {
    if (linkSources) return linkSources;
    const built = new Map<string, NonNullable<ReturnType<typeof linkFeatures>>>();
    for (const link of drawable) {
      const properties: Props = {
        id: link.id,
        cooperationId: link.cooperationId,
        kind: link.kind,
        color: LINK_STYLES[link.kind].color,
        status: input.statuses?.get(link.cooperationId) ?? 'firm',
        weight: link.weight ?? null,
        directed: link.directed,
        dated: link.dated,
        inferred: link.certainty === 'inferred',
      };
      // Each arc is still computed when its geometry is first read. (Both ends are placed: never null.)
      built.set(link.id, linkFeatures(link, byId, properties)!);
    }
    linkSources = {
      links: numbered(lineOrder.map((link) => built.get(link.id)!.line)).fc,
      arrows: numbered(arrowOrder.map((link) => built.get(link.id)!.arrow!)).fc,
    };
    return linkSources;
  };
  const linkIds = new Map(lineOrder.map((link, i) => [link.id, i]));
  const arrowIds = new Map(arrowOrder.map((link, i) => [link.id, i]));

  const markFeatures: Feature<Point, Props>[] = [];
  const singleMark: Record<Scheme, Map<string, CountMark>> = { atp: new Map(), ccu: new Map() };
  for (const scheme of ['atp', 'ccu'] as const) {
    for (const m of input.marks[scheme]) {
      if (m.establishments.length === 1) singleMark[scheme].set(m.id, m);
      if (m.value <= 0) continue;
      markFeatures.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: m.coordinates },
        properties: {
          id: markKey(scheme, m.id),
          value: m.value,
          inferred: m.inferred,
          group: m.establishments.length > 1,
          label: m.establishments.length > 1 ? `${m.value}${m.inferred ? '*' : ''}` : '',
        },
      });
    }
  }

  // The rate view's circles: one per territory (its count follows the filters, so its radius and label are set by the view).
  const labelAt = zones ? BASSIN_LABEL_POINTS_NONE : BASSIN_LABEL_POINTS;
  const everyTerritory = new Map(areas.features.map((f) => [String(f.properties['id'] ?? ''), 1]));
  for (const m of territoryCountMarks(areas, everyTerritory, labelAt)) {
    markFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: m.coordinates },
      properties: { id: m.id, value: 0, inferred: false, group: true, label: '' },
    });
  }

  const sites = placed.map((e): Feature<Point, Props> => {
    const hub = e.id === HUB_ID;
    const atp = singleMark.atp.get(e.id);
    const ccu = singleMark.ccu.get(e.id);
    const base = establishmentPoint(e);
    return {
      ...base,
      properties: {
        ...base.properties,
        // The rate view's label: the circles are the territories', so sites carry no count.
        name: e.shortName,
        label_atp: labelFor(e, atp),
        label_ccu: labelFor(e, ccu),
        // Label placement priority (lower first): the hub, then by count.
        sortKey_atp: hub ? 0 : 100 - Math.min(90, atp?.value ?? 0),
        sortKey_ccu: hub ? 0 : 100 - Math.min(90, ccu?.value ?? 0),
      },
    };
  });

  // Large networks: links summed per territory pair and kind at low zoom (counted on the lines actually built).
  let aggregates: MapModel['aggregates'] = null;
  let aggregateIds = new Map<string, number>();
  if (lineOrder.length >= (input.aggregateFrom ?? AGGREGATE_MIN_LINKS)) {
    const anchors = new Map<string, TerritoryAnchor>();
    for (const f of [...input.territories.bassins.features, ...input.territories.zones.features]) {
      const id = String(f.properties['id'] ?? '');
      anchors.set(id, { name: String(f.properties['name'] ?? id), at: BASSIN_LABEL_POINTS[id] ?? labelPoint(f) });
    }
    const built = aggregateLinks(drawable, byId, anchors);
    const numberedAggregates = numbered(built.features);
    aggregates = { source: numberedAggregates.fc, of: built.of };
    aggregateIds = numberedAggregates.ids;
  }

  const territories = numbered(territoryFeatures);
  const labels = numbered(labelFeatures);
  const marks = numbered(markFeatures);
  const establishments = numbered(sites);
  const leaders = numbered(leaderLines(input.establishments).features as Feature<LineString, Props>[]);
  return {
    grid: input.grid,
    sources: {
      countries: input.territories.countries,
      'country-borders': input.territories.countryBorders,
      neighbours: input.territories.neighbours,
      territories: territories.fc,
      'territory-labels': labels.fc,
      bassins: zones ? input.territories.bassins : { type: 'FeatureCollection', features: [] },
      departements: input.territories.departements,
      region: input.territories.region,
      get links() {
        return builtLinks().links;
      },
      get 'link-arrows'() {
        return builtLinks().arrows;
      },
      'count-marks': marks.fc,
      establishments: establishments.fc,
      leaders: leaders.fc,
    } as MapModel['sources'],
    ids: {
      territories: territories.ids,
      links: linkIds,
      'link-arrows': arrowIds,
      'count-marks': marks.ids,
      establishments: establishments.ids,
      leaders: leaders.ids,
      [AGGREGATE_SOURCE]: aggregateIds,
    },
    aggregates,
  };
}

const models = new WeakMap<Dataset, WeakMap<Territories, Partial<Record<Grid, MapModel>>>>();

/**
 * The model of a dataset, its territories and a grid, built on first use and
 * kept while they live: the marks are those of the unfiltered counts (a
 * filter only ever shows a subset of them, with the same values).
 */
export function modelOf(dataset: Dataset, territories: Territories, grid: Grid): MapModel {
  let byTerritories = models.get(dataset);
  if (!byTerritories) models.set(dataset, (byTerritories = new WeakMap()));
  let byGrid = byTerritories.get(territories);
  if (!byGrid) byTerritories.set(territories, (byGrid = {}));
  const known = byGrid[grid];
  if (known) return known;
  const byId = new Map(placedEstablishments(dataset.establishments).map((e) => [e.id, e]));
  // Without usable post data (posts.json missing or broken) the map still draws, with no count marks.
  let counts: ReturnType<typeof countsByBassin> | null = null;
  try {
    counts = countsByBassin(dataset, DEFAULT_STATE.filters);
  } catch {
    counts = null;
  }
  const model = buildMapModel({
    territories,
    grid,
    establishments: dataset.establishments,
    catalogue: linkCatalogue(dataset),
    statuses: linkStatuses(dataset),
    marks: { atp: counts?.atp ? countMarks(counts.atp, byId) : [], ccu: counts?.ccu ? countMarks(counts.ccu, byId) : [] },
  });
  byGrid[grid] = model;
  return model;
}

const catalogues = new WeakMap<Dataset, ReadonlyMap<string, Link>>();

/** The link catalogue of a dataset by id (for `buildMapData`'s fixed lanes). */
export function catalogueOf(dataset: Dataset): ReadonlyMap<string, Link> {
  let known = catalogues.get(dataset);
  if (!known) catalogues.set(dataset, (known = new Map(linkCatalogue(dataset).map((l) => [l.id, l]))));
  return known;
}
