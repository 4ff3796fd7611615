/**
 * Everything the map draws for one state, assembled from query results:
 * one pure function, so the view only hands the result to MapLibre.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import {
  COOPERATION_KINDS,
  ESTABLISHMENT_KINDS,
  type CooperationKind,
  type Establishment,
  type EstablishmentKind,
} from '../model/types.ts';
import { HUB_ID } from '../query/state.ts';
import type { Grid, Lang, Link, SchemeCounts } from '../query/types.ts';
import { contextLabelsGeoJSON } from './context.ts';
import {
  choroplethGeoJSON,
  countMarks,
  countMarksGeoJSON,
  drawnLinks,
  drawnLinksGeoJSON,
  establishmentsGeoJSON,
  heaviestWeight,
  territoryCountMarks,
  type DrawnLink,
  type Highlight,
  type LinkFeatures,
} from './features.ts';
import type { ClassMethod } from '../query/classes.ts';
import { rateScale, type ChoroplethClass } from './scales.ts';
import type { SourceId } from './style.ts';
import { leaderLines, placedEstablishments } from './dodge.ts';
import { LINK_STATUSES, type LinkStatus } from '../query/linkStatus.ts';
import type { Territories } from './territories.ts';

/** Inputs of `buildMapData`: query results for the current state. */
export interface MapInputs {
  territories: Territories;
  grid: Grid;
  lang: Lang;
  /** Territory id (bassin or zone, following `grid`) → value; `null` = no value. */
  territoryValues: ReadonlyMap<string, number | null>;
  /** The focused bassin, if the focus is a bassin (outlined on the map). */
  focusedTerritory: string | null;
  highlight: Highlight;
  /** Establishments drawn (after the kind and membership filters). */
  establishments: readonly Establishment[];
  /** All establishments, to place link ends and count marks. */
  allEstablishments: readonly Establishment[];
  links: readonly Link[];
  /** Counts of the selected scheme (drives the proportional circles). */
  counts: SchemeCounts;
  /**
   * The rate view: `territoryValues` are then rates per 100,000 inhabitants,
   * coloured in classes cut by `method` and written with `format`; the
   * circles are the territories' own counts (`counts`, id → posts) instead
   * of the sites'.
   */
  rate?: {
    counts: ReadonlyMap<string, number>;
    method: ClassMethod;
    format: (value: number, fractionDigits: number) => string;
    year: number;
  };
  /** Every link with its fixed lane (`linkCatalogue`), by id: links are drawn in their fixed lane, as the map model draws them. */
  catalogue?: ReadonlyMap<string, Link>;
  /** Cooperation id → how its links are drawn (`linkStatuses`); links of other ids are `firm`. */
  statuses?: ReadonlyMap<string, LinkStatus>;
}

/** Source id → GeoJSON, plus the choropleth classes the legend shows. */
export interface MapData {
  /**
   * What each source draws. The links' two (`links`, `link-arrows`) are
   * built when first read: the map reads `drawnLinks` instead, and only the
   * exports and the static map need the arcs.
   */
  sources: Record<SourceId, FeatureCollection<Geometry | null, Record<string, unknown> | null>>;
  /** The links drawn, without geometry: what their feature-state and the lanes' counts need. */
  drawnLinks: readonly DrawnLink[];
  classes: ChoroplethClass[];
  /** The largest proportional mark of the view, for the legend. */
  maxMark: number;
  /** The largest link weight of the view, for the legend. */
  maxWeight: number;
  /** The link statuses drawn, in legend order (the legend explains only these). */
  statuses: LinkStatus[];
  /** The cooperation kinds drawn, in registry order (the legend lists only these). */
  linkKinds: CooperationKind[];
  /** The establishment kinds drawn besides the hub, in registry order (the legend lists only these). */
  establishmentKinds: EstablishmentKind[];
  /** Whether the hub (the CHRU de Lille, its own symbol) is drawn. */
  hub: boolean;
  /** Rate view: the population year the rates divide by (absent in the count view). */
  rateYear?: number;
}

/**
 * Bassin labels placed by hand where the centre of mass would sit on a dense
 * cluster of sites: the Métropole's centre is Lille itself, the Artois's is
 * Lens–Arras; both go to an empty part of their bassin. The Littoral's
 * moves inland so that the coastal towns keep their labels.
 */
export const BASSIN_LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  metropole: [2.72, 50.86],
  artois: [2.36, 50.37],
  littoral: [2.05, 50.58],
};

export function buildMapData(input: MapInputs): MapData {
  // Co-located establishments are drawn apart, as the map model places them (`dodge.ts`).
  const byId = new Map(placedEstablishments(input.allEstablishments).map((e) => [e.id, e]));
  const shown = input.establishments.map((e) => byId.get(e.id) ?? e);
  const areas = input.grid === 'zones' ? input.territories.zones : input.territories.bassins;
  const zones = input.grid === 'zones';
  const labelAt = zones ? {} : BASSIN_LABEL_POINTS;
  const rate = input.rate;
  let options: Parameters<typeof choroplethGeoJSON>[5] = {};
  if (rate) {
    const scale = rateScale(
      [...input.territoryValues.values()].filter((v): v is number => v !== null),
      rate.method,
      rate.format,
    );
    // The territory label writes the rate with the legend's decimals.
    options = { scale, valueText: (v) => rate.format(v, scale.fractionDigits) };
  }
  const choropleth = choroplethGeoJSON(areas, input.territoryValues, input.focusedTerritory, labelAt, zones ? 11 : 13, options);
  const marks = rate ? territoryCountMarks(areas, rate.counts, labelAt) : countMarks(input.counts, byId);
  const drawn = drawnLinks(input.links, byId, input.highlight, input.statuses);
  // At national scale a state draws 90,000 links: their arcs are built only if a reader asks.
  let arcs: LinkFeatures | null = null;
  const links = (): LinkFeatures => (arcs ??= drawnLinksGeoJSON(drawn, byId, input.catalogue));
  const drawnStatuses = new Set(drawn.map((d) => d.status));
  const drawnKinds = new Set(drawn.map((d) => d.link.kind));
  return {
    drawnLinks: drawn,
    sources: {
      countries: input.territories.countries,
      'country-borders': input.territories.countryBorders,
      neighbours: input.territories.neighbours,
      territories: choropleth.areas,
      'territory-labels': choropleth.labels,
      bassins: input.grid === 'zones' ? input.territories.bassins : { type: 'FeatureCollection', features: [] },
      departements: input.territories.departements,
      region: input.territories.region,
      get links() {
        return links().lines;
      },
      get 'link-arrows'() {
        return links().arrows;
      },
      'count-marks': countMarksGeoJSON(marks, input.highlight),
      establishments: establishmentsGeoJSON(shown, marks, input.highlight),
      leaders: leaderLines(input.allEstablishments, input.establishments),
      'context-labels': contextLabelsGeoJSON(input.lang),
    },
    classes: choropleth.classes,
    maxMark: Math.max(0, ...marks.map((m) => m.value)),
    maxWeight: heaviestWeight(input.links),
    statuses: LINK_STATUSES.filter((s) => drawnStatuses.has(s)),
    linkKinds: COOPERATION_KINDS.filter((k) => drawnKinds.has(k)),
    establishmentKinds: ESTABLISHMENT_KINDS.filter((k) => shown.some((e) => e.kind === k && e.id !== HUB_ID)),
    hub: shown.some((e) => e.id === HUB_ID),
    ...(rate ? { rateYear: rate.year } : {}),
  };
}
