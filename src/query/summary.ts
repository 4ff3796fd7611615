import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../model/registry.ts';
import { BASSIN_IDS } from '../model/types.ts';
import type { BassinId, CooperationKind, Dataset } from '../model/types.ts';
import { formatLongDate, formatNumber, translated, msg } from '../i18n/index.ts';
import { datasetIndex } from './datasetIndex.ts';
import { isEstablishmentFilterActive } from './state.ts';
import type { AppState, Counts, Lang, Link } from './types.ts';

/**
 * A plain-text summary of the current view for screen readers (an
 * `aria-live` region): the date, the counts of the scheme shown (with their
 * period, any site/total disagreement), the links drawn per kind, the active
 * establishment filters, the grid and the focus. One paragraph, in `lang`.
 */
export function viewSummary(dataset: Dataset, state: AppState, counts: Counts, links: readonly Link[], lang: Lang): string {
  const t = msg(lang);
  const say = t.summary;
  const { filters } = state;
  const c = counts[filters.scheme];
  const scheme = t.filters.schemeNames[filters.scheme];
  const parts: string[] = [say.network(formatLongDate(filters.date, lang))];

  const cells = BASSIN_IDS.map((b) => `${t.bassins[b]} ${c.byBassin[b].value}`).join(', ');
  const extras = c.extras.reduce((sum, x) => sum + x.value, 0);
  parts.push(say.counts(scheme, `${c.period.start}–${c.period.end}`, c.filtered, cells, extras, c.total, c.published));
  if (c.period.dateRelation === 'before') parts.push(say.beforePeriod(scheme));
  for (const b of BASSIN_IDS) {
    const cell = c.byBassin[b];
    if (cell.disagreement) parts.push(say.disagreement(t.bassins[b], cell.sitesSum, cell.published));
  }

  if (links.length === 0) {
    parts.push(say.noLinks);
  } else {
    const perKind = new Map<CooperationKind, number>();
    let undated = 0;
    for (const l of links) {
      perKind.set(l.kind, (perKind.get(l.kind) ?? 0) + 1);
      if (!l.dated) undated++;
    }
    const list = COOPERATION_KINDS.filter((k) => perKind.has(k))
      .map((k) => `${say.linkKinds[k]} ${perKind.get(k)}`)
      .join(', ');
    parts.push(say.links(links.length, undated, list));
  }

  if (isEstablishmentFilterActive(filters)) {
    const filterParts: string[] = [];
    if (filters.kinds.length < ESTABLISHMENT_KINDS.length) {
      filterParts.push(filters.kinds.length === 0 ? say.noKind : say.kindsList(filters.kinds.map((k) => say.kinds[k] ?? k).join(', ')));
    }
    if (filters.member !== null) {
      const coop = datasetIndex(dataset).cooperationById.get(filters.member);
      filterParts.push(say.membersOf(coop ? translated(lang, coop, 'name') : filters.member));
    }
    if (filters.within) {
      const from = datasetIndex(dataset).establishmentById.get(filters.within.from);
      filterParts.push(say.within(formatNumber(filters.within.km, lang), from ? from.shortName : filters.within.from));
    }
    parts.push(say.filters(filterParts));
  }

  if (filters.hideAttested) parts.push(say.attestedHidden);
  parts.push(say.grid[state.view.grid]);

  const focus = state.selection.focus;
  if (focus !== null) {
    const establishment = datasetIndex(dataset).establishmentById.get(focus);
    if ((BASSIN_IDS as readonly string[]).includes(focus)) parts.push(say.selectedBassin(t.bassins[focus as BassinId]));
    else if (establishment) parts.push(say.selected(establishment.name));
  }
  return parts.join(' ');
}
