/**
 * The strings of the filters, the counts table and the legend (also drawn
 * over scenes and exports), with the rate view's, in French, the reference.
 * They load with the panels' code (`ui/panels.ts`), not with the page; the
 * panels' titles and the names the rest of the page shares (the schemes, the
 * counts' row names) are in `fr.ts`. Another language holds them in its
 * catalogue (`enParts.panels` in `en.ts`): read them through {@link panelsText}.
 */
import type { ClassMethod } from '../query/state.ts';
import type { LinkStatus } from '../query/linkStatus.ts';
import { partText, type Lang } from './index.ts';
import { plural } from './plural.ts';

export const panelsFr = {
  filters: {
    scheme: 'Postes comptés',
    links: 'Liens affichés',
    linksCount: (n: number): string => `${n} lien${n > 1 ? 's' : ''} affiché${n > 1 ? 's' : ''}`,
    date: 'Réseau en vigueur au',
    play: 'Lecture',
    pause: 'Pause',
    playLabel: 'Faire défiler les dates de 2000 à 2017',
    undated: (n: number): string =>
      n === 0
        ? 'Toutes les coopérations affichées ont une date.'
        : `${n} coopération${n > 1 ? 's' : ''} sans date de début dans les sources ${n > 1 ? 'sont montrées' : 'est montrée'} à partir de la date du document qui ${n > 1 ? 'les ' : 'l’'}atteste (« attestée par … » dans les fiches).`,
    period: (scheme: string, start: number, end: number, relation: 'before' | 'within' | 'after'): string =>
      relation === 'before'
        ? `Avant ${start}, aucun poste ${scheme} : le dispositif compté ici couvre ${start}–${end}. Les liens de postes ne sont pas tracés.`
        : relation === 'within'
          ? `Les postes ${scheme} sont des cumuls ${start}–${end} : les sources ne donnent pas de détail par année, les chiffres ne sont donc pas proratisés à cette date.`
          : `Les postes ${scheme} sont cumulés sur ${start}–${end}.`,
    kinds: 'Types d’établissement',
    member: 'Appartenance',
    memberAll: 'Tous les établissements',
    memberHint: 'Restreint les comptes aux valeurs par site des membres.',
    grid: 'Découpage',
    gridNames: { bassins: 'Bassins', zones: 'Zones de proximité' },
    allKinds: 'Tous',
    within: 'Distance',
    withinOn: 'Établissements à moins de',
    withinKm: 'km',
    withinKmLabel: 'Rayon en kilomètres',
    withinFrom: 'de',
    withinFromLabel: 'Établissement d’origine de la distance',
    findMember: 'Chercher une CHT ou un GHT',
    findOrigin: 'Chercher l’établissement d’origine',
    moreChoices: (n: number): string =>
      `… et ${new Intl.NumberFormat('fr-FR').format(n)} ${plural('fr', n, 'autre', 'autres')} : précisez la recherche`,
    withinHint: 'Distance à vol d’oiseau (grand cercle). Les comptes deviennent la somme des valeurs par site des établissements gardés.',
    dateInput: 'Aller à la date',
    dateInputPlaceholder: 'AAAA, AAAA-MM ou AAAA-MM-JJ',
    dateInputHint: 'Une année ou un mois désigne son dernier jour : le réseau tel qu’il était à la fin de la période.',
    dateInputError: (start: string, end: string): string =>
      `Date non reconnue. Tapez une année (2012), un mois (2012-06) ou un jour (2012-06-15), entre ${start} et ${end}.`,
    dateInputClamped: (shown: string): string => `Hors de la frise : ramenée au ${shown}.`,
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    hideAttested: 'Masquer ce qui n’est qu’attesté',
    attestedHidden: 'Les coopérations seulement attestées (sans date de début dans les sources) sont masquées.',
    withinBad: (max: number): string => `Un nombre de kilomètres supérieur à 0, au plus ${max}.`,
  },
  legend: {
    links: 'Liens',
    weight: 'Épaisseur : postes portés par le lien',
    sites: 'Établissements',
    hub: 'CHRU de Lille',
    marks: (scheme: string): string => `Cercles : postes ${scheme} par site (surface proportionnelle)`,
    groupMark: 'cercle au trait épais : valeur d’un groupe de sites',
    choropleth: (scheme: string, start: number, end: number): string => `Bassins : postes ${scheme} ${start}–${end} (total publié)`,
    choroplethFiltered: (scheme: string): string => `Bassins : postes ${scheme} des sites retenus`,
    zones: (scheme: string): string =>
      `Zones : somme des postes ${scheme} attribués aux sites de la zone. Les totaux publiés sont par bassin ; une zone sans site compté vaut 0.`,
    unzoned: (n: number): string =>
      `${n} poste${n > 1 ? 's' : ''} sans zone unique (valeurs de groupe) non cartographié${n > 1 ? 's' : ''}.`,
    arrow: 'flèche : du CHRU vers le site',
    inferred: '* valeur déduite des totaux publiés',
    status: 'Statut des liens',
    statusNames: {
      firm: 'constituée ou signée (date indiquée) : trait plein',
      attested: 'attestée par une source seulement, en vigueur à partir de sa date : trait pâle',
      project: 'projet : trait creux',
      listed: 'seulement nommée sur une carte : trait creux pâle',
    } satisfies Record<LinkStatus, string>,
    colocated: 'trait fin : établissements d’une même commune, écartés de son centre',
    compare: (from: string, to: string): string => `Comparaison du ${from} au ${to}`,
    appeared: 'apparue entre les deux dates',
    ended: 'terminée entre les deux dates',
    unchanged: 'inchangée',
  },
  counts: {
    heading: 'Postes partagés par bassin',
    caption: (filtered: boolean): string =>
      filtered ? 'Sommes des valeurs par site des établissements retenus par les filtres' : 'Totaux publiés par bassin',
    published: 'Total publié',
    sitesVsPublished: (sites: number, published: number): string => `sites : ${sites} · publié : ${published}`,
    unattributed: (n: number): string => `${n} non attribué${n > 1 ? 's' : ''} à un site`,
    unattributedFiltered: (n: number, published: number): string => `${n} sur ${published} publiés hors des sites retenus`,
    countedElsewhere: (label: string, value: number, commune: string): string =>
      `dont ${label} (${value}), compté ici par toutes les lectures de la carte, bien que sa commune soit dans le bassin ${commune}`,
    unsplittable: (n: number): string => `${n} en valeurs de groupe non réparties`,
    inferredLegend:
      '* déduit : la carte publiée ne l’écrit pas contre son site ; toutes les lectures compatibles avec les totaux publiés donnent cette valeur. Voir « Comment cette carte a été lue ».',
    disagreementLegend: 'Quand le détail par site dépasse le total publié, les deux sont montrés ; le total publié fait foi.',
    filteredLegend: 'Filtre actif : chaque nombre est la somme des valeurs par site des établissements retenus.',
    openSource: (what: string, value: number): string => `${what} : ${value}. Voir la source`,
    selectBassin: (name: string): string => `Sélectionner le bassin ${name}`,
    selectedColumn: 'compté sur la carte',
  },
  rates: {
    measure: 'Mesure',
    count: 'Nombre de postes',
    rate: 'Pour 100 000 habitants',
    classes: 'Classes',
    classMethods: { ckmeans: 'seuils naturels (Ckmeans)', quantile: 'quantiles', equal: 'intervalles égaux' } as Record<
      ClassMethod,
      string
    >,
    legendBassins: (scheme: string, start: number, end: number, year: number): string =>
      `Bassins : postes ${scheme} ${start}–${end} pour 100 000 habitants (population ${year})`,
    legendFiltered: (scheme: string, year: number): string =>
      `Bassins : postes ${scheme} des sites retenus pour 100 000 habitants (population ${year})`,
    legendZones: (scheme: string, year: number): string =>
      `Zones : postes ${scheme} attribués aux sites de la zone, pour 100 000 habitants (population ${year})`,
    caveat: (start: number, end: number, year: number): string =>
      `Postes cumulés sur ${start}–${end}, population d’une seule année (${year}) : le taux compare les territoires, ce n’est pas un nombre par an.`,
    marks: (scheme: string): string => `Cercles : nombre de postes ${scheme} du territoire (surface proportionnelle)`,
    noRate: 'sans taux',
    population: (year: number): string => `Population ${year}`,
    per100k: '/ 100 000 hab.',
    credit: 'Population : Insee, populations légales',
    fromFocus: (km: string, name: string): string => `${km} km de ${name}`,
  },
};

export type PanelsText = typeof panelsFr;

/** The panels' strings in `lang` (French for a language without them, and for any key it lacks). */
export const panelsText = (lang: Lang | string | undefined): PanelsText => partText('panels', lang, panelsFr);
