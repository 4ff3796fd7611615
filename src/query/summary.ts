import { BASSIN_IDS, COOPERATION_KINDS } from '../model/types.ts';
import type { BassinId, CooperationKind, Dataset, EstablishmentKind } from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { isEstablishmentFilterActive } from './state.ts';
import type { AppState, Counts, Lang, Link, Scheme } from './types.ts';

/** Bassin names as the summary speaks them. */
export const BASSIN_NAMES: Record<BassinId, string> = {
  metropole: 'Métropole',
  littoral: 'Littoral',
  artois: 'Artois',
  hainaut: 'Hainaut',
};

const SCHEME_NAMES: Record<Scheme, string> = { atp: 'ATP', ccu: 'CCU-Région' };

const LINK_KIND_NAMES: Record<Lang, Record<CooperationKind, string>> = {
  fr: { gcs: 'GCS', cht: 'CHT', ght: 'GHT', convention: 'conventions', 'cross-border': 'transfrontaliers', posts: 'postes partagés' },
  en: { gcs: 'GCS', cht: 'CHT', ght: 'GHT', convention: 'conventions', 'cross-border': 'cross-border', posts: 'shared posts' },
};

const KIND_NAMES: Record<Lang, Record<EstablishmentKind, string>> = {
  fr: {
    chu: 'CHU',
    ch: 'CH',
    'cancer-centre': 'centre de lutte contre le cancer',
    psychiatric: 'psychiatrie',
    private: 'privé',
    espic: 'ESPIC',
    foreign: 'étranger',
    university: 'université',
  },
  en: {
    chu: 'university hospital',
    ch: 'general hospital',
    'cancer-centre': 'cancer centre',
    psychiatric: 'psychiatric',
    private: 'private',
    espic: 'non-profit (ESPIC)',
    foreign: 'foreign',
    university: 'university',
  },
};

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormats[lang].format(d);
}

/**
 * A plain-text summary of the current view for screen readers (an
 * `aria-live` region): the date, the counts of the scheme shown (with their
 * period, any site/total disagreement), the links drawn per kind, the active
 * establishment filters, the grid and the focus. One paragraph, in `lang`.
 */
export function viewSummary(dataset: Dataset, state: AppState, counts: Counts, links: readonly Link[], lang: Lang): string {
  const fr = lang === 'fr';
  const { filters } = state;
  const c = counts[filters.scheme];
  const scheme = SCHEME_NAMES[filters.scheme];
  const period = `${c.period.start}–${c.period.end}`;
  const parts: string[] = [];

  parts.push(
    fr
      ? `Réseau de coopération du CHRU de Lille au ${formatDate(filters.date, lang)}.`
      : `Cooperation network of the CHRU de Lille on ${formatDate(filters.date, lang)}.`,
  );

  const cells = BASSIN_IDS.map((b) => `${BASSIN_NAMES[b]} ${c.byBassin[b].value}`).join(', ');
  const extras = c.extras.reduce((sum, x) => sum + x.value, 0);
  const extrasText = extras > 0 ? (fr ? ` ; hors bassin ${extras}` : `; outside bassins ${extras}`) : '';
  parts.push(
    fr
      ? `Postes ${scheme} ${period}, cumulés${c.filtered ? ', établissements filtrés' : ''}, par bassin : ${cells}${extrasText} ; total ${c.total} (total publié ${c.published}).`
      : `${scheme} posts ${period}, cumulative${c.filtered ? ', filtered establishments' : ''}, per bassin: ${cells}${extrasText}; total ${c.total} (published total ${c.published}).`,
  );
  if (c.period.dateRelation === 'before') {
    parts.push(
      fr
        ? `La date précède la période ${scheme} : les chiffres portent sur toute la période.`
        : `The date is before the ${scheme} period: the figures cover the whole period.`,
    );
  }
  for (const b of BASSIN_IDS) {
    const cell = c.byBassin[b];
    if (cell.disagreement) {
      parts.push(
        fr
          ? `${BASSIN_NAMES[b]} : la somme des sites (${cell.sitesSum}) dépasse le total publié (${cell.published}).`
          : `${BASSIN_NAMES[b]}: the sites add up to ${cell.sitesSum}, more than the published total (${cell.published}).`,
      );
    }
  }

  if (links.length === 0) {
    parts.push(fr ? 'Aucun lien affiché.' : 'No links shown.');
  } else {
    const perKind = new Map<CooperationKind, number>();
    let undated = 0;
    for (const l of links) {
      perKind.set(l.kind, (perKind.get(l.kind) ?? 0) + 1);
      if (!l.dated) undated++;
    }
    const list = COOPERATION_KINDS.filter((k) => perKind.has(k))
      .map((k) => `${LINK_KIND_NAMES[lang][k]} ${perKind.get(k)}`)
      .join(', ');
    const undatedText = undated > 0 ? (fr ? `, dont ${undated} sans date` : `, of which ${undated} undated`) : '';
    parts.push(
      fr
        ? `${links.length} ${links.length > 1 ? 'liens affichés' : 'lien affiché'}${undatedText} : ${list}.`
        : `${links.length} ${links.length > 1 ? 'links' : 'link'} shown${undatedText}: ${list}.`,
    );
  }

  if (isEstablishmentFilterActive(filters)) {
    const filterParts: string[] = [];
    const kinds = filters.kinds.map((k) => KIND_NAMES[lang][k] ?? k);
    if (kinds.length < Object.keys(KIND_NAMES[lang]).length) {
      filterParts.push(
        kinds.length === 0
          ? fr
            ? 'aucun type d’établissement'
            : 'no establishment kind'
          : fr
            ? `types ${kinds.join(', ')}`
            : `kinds ${kinds.join(', ')}`,
      );
    }
    if (filters.member !== null) {
      const coop = datasetIndex(dataset).cooperationById.get(filters.member);
      const name = coop ? (fr ? coop.name : (coop.nameEn ?? coop.name)) : filters.member;
      filterParts.push(fr ? `membres de ${name}` : `members of ${name}`);
    }
    parts.push(fr ? `Filtres : ${filterParts.join(' ; ')}.` : `Filters: ${filterParts.join('; ')}.`);
  }

  parts.push(
    state.view.grid === 'zones'
      ? fr
        ? 'Grille : zones de proximité.'
        : 'Grid: zones de proximité.'
      : fr
        ? 'Grille : bassins.'
        : 'Grid: bassins.',
  );

  const focus = state.selection.focus;
  if (focus !== null) {
    const bassin = (BASSIN_IDS as readonly string[]).includes(focus) ? BASSIN_NAMES[focus as BassinId] : undefined;
    const establishment = datasetIndex(dataset).establishmentById.get(focus);
    if (bassin) parts.push(fr ? `Sélection : bassin ${bassin}.` : `Selected: bassin ${bassin}.`);
    else if (establishment) parts.push(fr ? `Sélection : ${establishment.name}.` : `Selected: ${establishment.name}.`);
  }
  return parts.join(' ');
}
