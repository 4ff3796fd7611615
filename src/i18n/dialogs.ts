/**
 * The dialogs' strings in French, the reference: the key figures ("Le CHRU en chiffres"), the
 * sources and credits, how the maps of the posts were read, and the bassins compared side by side
 * (with its CSV). They load with the dialogs' code (`app/parts/`, `ui/sources`, `ui/readings`),
 * not with the page; the dialogs' titles and the buttons that open them are in `fr.ts`. Another
 * language holds them in its catalogue (`enParts.dialogs` in `en.ts`): read them through
 * {@link dialogsText}.
 */
import type { AboutGroup } from '../model/types.ts';
import { partText, type Lang } from './index.ts';

export const dialogsFr = {
  aboutPanel: {
    intro: 'Chiffres clés tels que les documents sources les donnent.',
  },
  keyFacts: {
    groups: {
      chru: 'Le CHRU',
      posts: 'Dispositifs de post-internat',
      cooperation: 'La coopération en chiffres',
      research: 'Recherche',
      networks: 'Réseaux de santé',
      unmapped: 'Réseaux et coopérations sans membres cartographiables',
    } as Record<AboutGroup, string>,
    unmappedIntro:
      'Les sources les citent, mais leurs membres ne sont pas nommés ou ne sont pas des établissements : aucun lien n’est tracé sur la carte.',
    about: 'environ',
    moreThan: 'plus de',
    range: (min: string, max: string): string => `${min} à ${max}`,
    since: (year: string): string => `Depuis ${year}`,
    rate: (text: string): string => `${text} : rythme du dispositif tel que la source le décrit, non une moyenne de la période de la carte`,
    recruited: (n: string, start: number, end: number): string => `${n} recrutés de ${start} à ${end} (carte publiée)`,
    dated: (what: string, when: string): string => `${what}\u00a0: ${when}`,
    percent: (n: string): string => `${n}\u202f%`,
  },
  sourcesPanel: {
    seeds: 'Documents sources',
    method:
      'Chaque nombre, date et appartenance renvoie à une phrase d’un document source (fichier + citation). Les valeurs déduites des totaux publiés sont marquées « * » ; les totaux publiés font foi.',
    geo: 'Contours des zones, bassins et départements : IGN ADMIN EXPRESS COG 2018, Licence Ouverte / Open Licence (Etalab).',
    ne: 'Pays voisins : Natural Earth (domaine public).',
    software: 'Carte : MapLibre GL JS. Police : Noto Sans (SIL Open Font License).',
    credits: 'Crédits',
  },
  readings: {
    intro:
      'Le texte extrait des deux cartes du diaporama de 2013 sépare les noms des villes de leurs nombres : hors de la Métropole, aucun nombre n’est écrit contre son site. Voici ce que la carte donne, les règles de lecture, combien de lectures s’accordent avec les totaux publiés, et ce que toutes ont en commun. Seul ce qui est commun à toutes est montré sur la carte et compté.',
    mapTitle: (scheme: string, start: number, end: number): string => `Carte ${scheme} ${start}–${end}`,
    facts: 'Ce que la carte publiée donne',
    totals: 'Totaux publiés par bassin',
    labels: (hub: string): string => `Bloc de noms (${hub} est le centre des flèches et ne porte pas de nombre)`,
    values: 'Bloc de nombres, dans un ordre qui n’est pas celui des noms',
    pairs: 'Noms suivis d’un nombre (voisins dans le texte, pas forcément liés)',
    unvalued: 'Noms sans nombre',
    loose: 'Nombres sans nom',
    legend: 'Légende des symboles (non comptée)',
    stated: 'Écrits contre leur site (liste de la Métropole)',
    rules: 'Règles de lecture',
    rulesList: [
      'chaque nom du bloc prend un nombre distinct du bloc ;',
      'un nom suivi d’un nombre le prend si l’hypothèse le retient ; sinon, comme un nom sans nombre, il prend un des nombres restants ou aucun ;',
      'un site est compté dans l’un des bassins où la carte peut le placer ;',
      'dans chaque bassin, les sites ne dépassent pas le total publié ; parmi ces lectures, on garde celles qui laissent le moins de postes non attribués.',
    ],
    noAssumption: 'Sans hypothèse',
    assumption: 'Sous l’hypothèse',
    shown: 'montré sur la carte',
    count: (n: number): string =>
      `${new Intl.NumberFormat('fr-FR').format(n)} lecture${n > 1 ? 's' : ''} compatible${n > 1 ? 's' : ''} avec les totaux publiés`,
    agreed: 'Ce que toutes ces lectures ont en commun',
    nothingElse: 'Les autres sites prennent des valeurs différentes selon la lecture : ils ne sont ni montrés ni comptés par site.',
    unattributed: (bassin: string, n: number): string =>
      `${bassin} : ${n} poste${n > 1 ? 's' : ''} du total publié attribué${n > 1 ? 's' : ''} à aucun site nommé`,
  },
  rates: {
    comparisonFile: 'comparaison-bassins',
    compareNote: (year: number, date: string): string =>
      `Population ${year} (Insee, une seule année). Postes : totaux publiés, cumulés sur leur période (colonnes) : un taux compare les bassins, ce n’est pas un nombre par an. Établissements et coopérations en vigueur au ${date}, selon les filtres. Distance : médiane à vol d’oiseau des établissements du bassin au CHRU (le CHRU exclu).`,
    columns: {
      bassin: 'Bassin',
      population: 'Population',
      count: (scheme: string): string => `${scheme}`,
      rate: (scheme: string): string => `${scheme} / 100 000 hab.`,
      establishments: 'Établissements',
      medianKm: 'Distance médiane au CHRU (km)',
    },
    exportCsv: 'Exporter en CSV',
  },
};

export type DialogsText = typeof dialogsFr;

/** The dialogs' strings in `lang` (French for a language without them, and for any key it lacks). */
export const dialogsText = (lang: Lang | string | undefined): DialogsText => partText('dialogs', lang, dialogsFr);
