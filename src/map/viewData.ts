/**
 * The map description of one app state: the query results (links, visible
 * establishments, counts, focus) assembled into `MapData`. Pure, so the view,
 * the exports and the tests all start from the same function.
 */
import { BASSIN_IDS, type Dataset, type Zone } from '../model/types.ts';
import { countsByBassin } from '../query/countsByBassin.ts';
import { focusSelection } from '../query/focus.ts';
import type { Population } from '../model/population.ts';
import { ratesByBassin, ratesByZone } from '../query/rates.ts';
import type { AppState, SchemeCounts } from '../query/types.ts';
import { visibleEstablishments } from '../query/visibleEstablishments.ts';
import { visibleLinks } from '../query/visibleLinks.ts';
import { countsByZone } from '../query/zoneCounts.ts';
import type { Highlight } from './features.ts';
import { buildMapData, type MapData } from './mapData.ts';
import { linkStatuses } from '../query/linkStatus.ts';
import { catalogueOf } from './model.ts';
import type { Territories } from './territories.ts';

/** A query that fails (a defect in the data the checks missed) gives its fallback and a console warning: the map keeps working. */
function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    console.warn('coopmap:', error);
    return fallback;
  }
}

/**
 * The rate view's inputs: the populations (absent until loaded: the count
 * view is drawn meanwhile) and the UI's decimal format.
 */
export interface RateInputs {
  population: Population;
  format: (value: number, fractionDigits: number) => string;
}

/** Everything the map draws for `state` (the rate view when `state.view.measure` is `rate` and `rate` is given). */
export function mapDataFor(
  dataset: Dataset,
  territories: Territories,
  zones: readonly Zone[],
  state: AppState,
  rateInputs?: RateInputs,
): MapData {
  const counts = safe(() => countsByBassin(dataset, state.filters), null);
  const links = safe(() => visibleLinks(dataset, state.filters), []);
  const focus = safe(() => focusSelection(dataset, links, state.selection.focus), null);
  // The far ends of the focus's links stay readable too (e.g. the CHRU when a bassin is focused).
  const related = new Set(focus?.establishments ?? []);
  if (focus) for (const l of links) if (focus.links.has(l.id)) related.add(l.from).add(l.to);
  const highlight: Highlight = {
    focus: focus && focus.kind !== 'none' ? state.selection.focus : null,
    establishments: related,
    links: focus?.links ?? new Set(),
  };
  const scheme = state.filters.scheme;
  const values = new Map<string, number | null>();
  if (state.view.grid === 'zones') {
    const byZone = safe(() => countsByZone(dataset, state.filters), new Map());
    for (const z of zones) values.set(z.id, byZone.get(z.id)?.value ?? 0);
  } else {
    for (const b of BASSIN_IDS) values.set(b, counts ? counts[scheme].byBassin[b].value : null);
  }
  // Rate view: the colours say posts per 100,000 inhabitants (zones without a rate stay grey),
  // the circles the territories' own counts, taken from the values just computed.
  let rate: Parameters<typeof buildMapData>[0]['rate'];
  if (state.view.measure === 'rate' && rateInputs) {
    const { population, format } = rateInputs;
    const territoryCounts = new Map([...values].map(([id, v]) => [id, v ?? 0]));
    if (state.view.grid === 'zones') {
      for (const z of safe(() => ratesByZone(dataset, state.filters, population, zones), [])) values.set(z.zone, z.rate?.rate ?? null);
    } else {
      const rates = counts ? safe(() => ratesByBassin(counts, population), null) : null;
      for (const b of BASSIN_IDS) values.set(b, rates ? rates[scheme][b].rate : null);
    }
    rate = { counts: territoryCounts, method: state.view.classes ?? 'ckmeans', format, year: population.year };
  }
  const empty: SchemeCounts = {
    scheme,
    byBassin: {} as never,
    bassinsTotal: 0,
    extras: [],
    total: 0,
    published: 0,
    publishedSources: [],
    filtered: false,
    period: { start: 0, end: 0, dateRelation: 'within' },
  };
  return buildMapData({
    territories,
    grid: state.view.grid,
    lang: state.lang,
    territoryValues: values,
    focusedTerritory: focus?.kind === 'bassin' ? (focus.bassin ?? null) : null,
    highlight,
    establishments: safe(() => visibleEstablishments(dataset, state.filters), dataset.establishments),
    allEstablishments: dataset.establishments,
    links,
    catalogue: catalogueOf(dataset),
    statuses: linkStatuses(dataset),
    ...(rate ? { rate } : {}),
    counts: counts?.[scheme] ?? empty,
  });
}
