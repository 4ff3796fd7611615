/** Sentences of the rate view composed from the catalogue, shared by the live legend and the exported one. */
import type { Grid, Lang, Scheme } from '../query/types.ts';
import { msg } from './index.ts';

/** The choropleth title of the rate view (shared with the SVG/PNG export's legend). */
export function rateTitle(
  lang: Lang,
  scheme: Scheme,
  grid: Grid,
  filtered: boolean,
  period: { start: number; end: number } | null,
  year: number,
): string {
  const t = msg(lang);
  const name = t.filters.schemeNames[scheme];
  if (grid === 'zones') return t.rates.legendZones(name, year);
  return filtered ? t.rates.legendFiltered(name, year) : t.rates.legendBassins(name, period?.start ?? 0, period?.end ?? 0, year);
}
