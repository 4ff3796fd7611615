/** Sentences of the rate view composed from the catalogue, shared by the live legend and the exported one. */
import type { Grid, Lang, Scheme } from '../query/types.ts';
import { msg } from './index.ts';
import { panelsText } from './panels.ts';

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
  const pt = panelsText(lang);
  const name = t.filters.schemeNames[scheme];
  if (grid === 'zones') return pt.rates.legendZones(name, year);
  return filtered ? pt.rates.legendFiltered(name, year) : pt.rates.legendBassins(name, period?.start ?? 0, period?.end ?? 0, year);
}
