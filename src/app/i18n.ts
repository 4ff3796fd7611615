/**
 * Every string the app shows, in French (default) and English. Components
 * take `lang` as a property and read their strings from here. Proper nouns of
 * the domain (bassin, CHT, GHT, GCS, ATP, CCU-Région) stay as they are.
 */
import type { BassinId, CooperationKind, EstablishmentKind } from '../model/types.ts';
import type { Lang, Scheme } from '../query/types.ts';

const fr = {
  title: 'Coopérations du CHRU de Lille',
  subtitle: 'Nord-Pas-de-Calais et au-delà',
  switchLang: 'English',
  switchLangShort: 'EN',
  switchLangLabel: 'Switch to English',
  about: 'Le CHRU en chiffres',
  aboutShort: 'Chiffres',
  sources: 'Sources',
  close: 'Fermer',
  loading: 'Chargement de la carte…',
  mapLabel: 'Carte des coopérations du CHRU de Lille. Flèches du clavier pour se déplacer, + et − pour zoomer.',
  attribution: 'Contours : IGN ADMIN EXPRESS COG 2018, Licence Ouverte · Natural Earth',
  fallback: {
    title: 'Carte statique des territoires, des établissements et des liens',
    unavailable:
      'Carte simplifiée : ce navigateur ne permet pas d’afficher la carte interactive (WebGL indisponible). Les comptes, la recherche et les fiches restent utilisables.',
    lost: 'La carte interactive s’est interrompue (contexte graphique perdu). Elle reprendra dès que le navigateur le permettra ; en attendant, voici une carte simplifiée.',
    empty: 'Les contours des territoires n’ont pas pu être chargés : la carte simplifiée ne peut pas être dessinée.',
  },
  dataErrors: {
    heading: (unusable: boolean): string => (unusable ? 'Une partie des données n’a pas pu être chargée' : 'Une partie des données est invalide'),
    intro: 'La carte montre ce qui a pu être lu.',
    file: 'Fichier',
    details: (n: number): string => `Détails (${n})`,
    more: (n: number): string => `… et ${n} autre${n > 1 ? 's' : ''}.`,
    retry: 'Réessayer',
    retrying: 'Nouvel essai…',
    retryHint: 'Recharge les fichiers depuis le serveur.',
    hide: 'Masquer',
    show: (n: number): string => `Problèmes de données (${n} fichier${n > 1 ? 's' : ''}) — afficher`,
    fixed: 'Toutes les données sont chargées.',
  },
  controls: {
    group: 'Commandes de la carte',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    frameRegion: 'Cadrer la région',
    frameNetwork: 'Cadrer tout le réseau',
  },
  tabs: { label: 'Panneaux', filters: 'Filtres', counts: 'Comptes', details: 'Détails' },
  filters: {
    heading: 'Filtres',
    scheme: 'Postes comptés',
    schemeNames: { atp: 'ATP', ccu: 'CCU-Région' } as Record<Scheme, string>,
    schemeLong: {
      atp: 'Assistants spécialistes à temps partagé',
      ccu: 'Chefs de clinique en région',
    } as Record<Scheme, string>,
    links: 'Liens affichés',
    linksCount: (n: number): string => `${n} lien${n > 1 ? 's' : ''} affiché${n > 1 ? 's' : ''}`,
    date: 'Réseau en vigueur au',
    play: 'Lecture',
    pause: 'Pause',
    playLabel: 'Faire défiler les dates de 2000 à 2017',
    undated: (n: number): string =>
      n === 0
        ? 'Toutes les coopérations affichées ont une date.'
        : `${n} coopération${n > 1 ? 's' : ''} sans date dans les sources ${n > 1 ? 'sont montrées' : 'est montrée'} à toutes les dates (trait identique, signalée${n > 1 ? 's' : ''} dans les fiches).`,
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
  },
  linkKinds: {
    gcs: 'GCS',
    cht: 'CHT',
    ght: 'GHT',
    convention: 'Conventions, partenariats',
    'cross-border': 'Transfrontalier',
    posts: 'Postes partagés (CHRU → site)',
  } as Record<CooperationKind, string>,
  kinds: {
    chu: 'CHU',
    ch: 'Centre hospitalier',
    'cancer-centre': 'Centre de lutte contre le cancer',
    psychiatric: 'Psychiatrie',
    private: 'Privé',
    espic: 'ESPIC (privé non lucratif)',
    foreign: 'Étranger',
    university: 'Université, faculté',
  } as Record<EstablishmentKind, string>,
  search: {
    label: 'Rechercher un établissement ou un bassin',
    placeholder: 'Rechercher : Lens, Valenciennes, Artois…',
    none: 'Aucun résultat',
    results: (n: number): string => `${n} résultat${n > 1 ? 's' : ''}`,
    bassin: 'Bassin',
  },
  counts: {
    heading: 'Postes partagés par bassin',
    caption: (filtered: boolean): string =>
      filtered ? 'Sommes des valeurs par site des établissements retenus par les filtres' : 'Totaux publiés par bassin',
    bassin: 'Bassin',
    total: 'Total régional',
    published: 'Total publié',
    extra: 'Médecine générale (hors bassin)',
    sitesVsPublished: (sites: number, published: number): string => `sites : ${sites} · publié : ${published}`,
    unattributed: (n: number): string => `${n} non attribué${n > 1 ? 's' : ''} à un site`,
    unattributedFiltered: (n: number, published: number): string => `${n} sur ${published} publiés hors des sites retenus`,
    unsplittable: (n: number): string => `${n} en valeurs de groupe non réparties`,
    inferredMark: 'inféré',
    inferredLegend: '* inféré : valeur déduite des documents, non écrite telle quelle.',
    disagreementLegend: 'Quand le détail par site dépasse le total publié, les deux sont montrés ; le total publié fait foi.',
    filteredLegend: 'Filtre actif : chaque nombre est la somme des valeurs par site des établissements retenus.',
    openSource: (what: string, value: number): string => `${what} : ${value}. Voir la source`,
    selectBassin: (name: string): string => `Sélectionner le bassin ${name}`,
    selectedColumn: 'compté sur la carte',
  },
  source: {
    heading: 'D’où vient ce nombre',
    seed: 'Document',
    quote: 'Citation',
    siteValues: 'Valeurs par site',
    none: 'Aucune source indiquée.',
    group: 'valeur de groupe, répartition inconnue',
  },
  details: {
    heading: 'Détails',
    empty: 'Sélectionnez un établissement (recherche, carte) ou un bassin (tableau, carte) pour voir sa fiche.',
    clear: 'Fermer la fiche',
    kind: 'Type',
    commune: 'Commune',
    zone: 'Zone de proximité',
    bassin: 'Bassin',
    memberships: 'CHT / GHT',
    cooperations: 'Coopérations',
    posts: 'Postes partagés',
    sources: 'Sources',
    undated: 'sans date',
    located: { site: 'site de l’établissement', commune: 'centre de la commune (site non précisé)' },
    status: { constituted: 'constitué', signed: 'signé', project: 'en projet', listed: 'cité' } as Record<string, string>,
    since: 'depuis le',
    with: 'avec',
    establishments: 'Établissements',
    zones: 'Zones de proximité',
    countsOf: 'Postes',
    shared: 'partagé avec',
    noCooperation: 'Aucune coopération enregistrée.',
    noPosts: 'Aucun poste partagé enregistré pour ce site.',
    belgium: 'Belgique',
  },
  legend: {
    heading: 'Légende',
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
    unzoned: (n: number): string => `${n} poste${n > 1 ? 's' : ''} sans zone unique (valeurs de groupe) non cartographié${n > 1 ? 's' : ''}.`,
    arrow: 'flèche : du CHRU vers le site',
    inferred: '* valeur inférée',
  },
  notices: {
    label: 'Avertissements',
    dismiss: 'Masquer',
    dismissAll: 'Tout masquer',
    url: (param: string, value: string, message: string): string => (param ? `Adresse : ${param}=${value} — ${message}` : message),
    data: (file: string, message: string): string => `Données (${file}) : ${message}`,
  },
  aboutPanel: {
    heading: 'Le CHRU de Lille en chiffres',
    intro: 'Chiffres clés tels que les documents sources les donnent.',
  },
  sourcesPanel: {
    heading: 'Sources et crédits',
    seeds: 'Documents sources',
    seedList: {
      '000_15e9185a92ff980b.txt': 'Diaporama « Le CHU et son Territoire de Santé : Expérience de Lille et de sa Région », séminaire CME AP-HP, 20 septembre 2013',
      '001_0ecfc35ce9ac9fcb.txt': 'Page du CHRU : coopérations régionales avec le CH de Lens et le CH d’Armentières',
      '002_bf43fb8bb6a978a0.txt': 'Page du CHRU : politique de partenariat, réseaux de santé, GCS HPSM',
      '003_31c9b10a750f0ed0.txt': 'Communiqué du 3 juillet 2017 : convention d’association GHT Hainaut-Cambrésis – CHRU',
      '004_ba0069c7e0d068b0.txt': 'Article « Lille : champion toutes catégories des coopérations »',
    } as Record<string, string>,
    method:
      'Chaque nombre, date et appartenance renvoie à une phrase d’un document source (fichier + citation). Les valeurs déduites sont marquées « inféré » ; les totaux publiés font foi.',
    geo: 'Contours des zones, bassins et départements : IGN ADMIN EXPRESS COG 2018, Licence Ouverte / Open Licence (Etalab).',
    ne: 'Pays voisins : Natural Earth (domaine public).',
    software: 'Carte : MapLibre GL JS. Police : Noto Sans (SIL Open Font License).',
    credits: 'Crédits',
  },
  bassins: { metropole: 'Métropole', littoral: 'Littoral', artois: 'Artois', hainaut: 'Hainaut' } as Record<BassinId, string>,
  dateFormat: 'fr-FR',
};

export type Messages = typeof fr;

const en: Messages = {
  title: 'Cooperations of the CHRU de Lille',
  subtitle: 'Nord-Pas-de-Calais and beyond',
  switchLang: 'Français',
  switchLangShort: 'FR',
  switchLangLabel: 'Passer en français',
  about: 'The CHRU in figures',
  aboutShort: 'Figures',
  sources: 'Sources',
  close: 'Close',
  loading: 'Loading the map…',
  mapLabel: 'Map of the cooperations of the CHRU de Lille. Arrow keys to pan, + and − to zoom.',
  attribution: 'Boundaries: IGN ADMIN EXPRESS COG 2018, Licence Ouverte · Natural Earth',
  fallback: {
    title: 'Static map of the territories, establishments and links',
    unavailable: 'Simplified map: this browser cannot show the interactive map (WebGL unavailable). The counts, the search and the cards still work.',
    lost: 'The interactive map stopped (graphics context lost). It will come back as soon as the browser allows; meanwhile, here is a simplified map.',
    empty: 'The territory boundaries could not be loaded: the simplified map cannot be drawn.',
  },
  dataErrors: {
    heading: (unusable: boolean): string => (unusable ? 'Some of the data could not be loaded' : 'Some of the data is invalid'),
    intro: 'The map shows what could be read.',
    file: 'File',
    details: (n: number): string => `Details (${n})`,
    more: (n: number): string => `… and ${n} more.`,
    retry: 'Retry',
    retrying: 'Retrying…',
    retryHint: 'Loads the files from the server again.',
    hide: 'Hide',
    show: (n: number): string => `Data problems (${n} file${n > 1 ? 's' : ''}) — show`,
    fixed: 'All the data is loaded.',
  },
  controls: {
    group: 'Map controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    frameRegion: 'Frame the region',
    frameNetwork: 'Frame the whole network',
  },
  tabs: { label: 'Panels', filters: 'Filters', counts: 'Counts', details: 'Details' },
  filters: {
    heading: 'Filters',
    scheme: 'Posts counted',
    schemeNames: { atp: 'ATP', ccu: 'CCU-Région' },
    schemeLong: {
      atp: 'Shared specialist assistants',
      ccu: 'Regional clinic chiefs',
    },
    links: 'Links shown',
    linksCount: (n: number): string => `${n} link${n > 1 ? 's' : ''} shown`,
    date: 'Network in force on',
    play: 'Play',
    pause: 'Pause',
    playLabel: 'Play the dates from 2000 to 2017',
    undated: (n: number): string =>
      n === 0
        ? 'Every cooperation shown has a date.'
        : `${n} cooperation${n > 1 ? 's' : ''} with no date in the sources ${n > 1 ? 'are' : 'is'} shown at every date (flagged in the cards).`,
    period: (scheme: string, start: number, end: number, relation: 'before' | 'within' | 'after'): string =>
      relation === 'before'
        ? `Before ${start}, no ${scheme} posts: the scheme counted here covers ${start}–${end}. Post links are not drawn.`
        : relation === 'within'
          ? `${scheme} posts are totals for ${start}–${end}: the sources give no yearly split, so the figures are not prorated to this date.`
          : `${scheme} posts are totals for ${start}–${end}.`,
    kinds: 'Establishment kinds',
    member: 'Membership',
    memberAll: 'All establishments',
    memberHint: 'Restricts the counts to the members’ site values.',
    grid: 'Areas',
    gridNames: { bassins: 'Bassins', zones: 'Zones de proximité' },
    allKinds: 'All',
  },
  linkKinds: {
    gcs: 'GCS',
    cht: 'CHT',
    ght: 'GHT',
    convention: 'Conventions, partnerships',
    'cross-border': 'Cross-border',
    posts: 'Shared posts (CHRU → site)',
  },
  kinds: {
    chu: 'University hospital (CHU)',
    ch: 'General hospital',
    'cancer-centre': 'Cancer centre',
    psychiatric: 'Psychiatric',
    private: 'Private',
    espic: 'Non-profit (ESPIC)',
    foreign: 'Foreign',
    university: 'University, faculty',
  },
  search: {
    label: 'Search an establishment or a bassin',
    placeholder: 'Search: Lens, Valenciennes, Artois…',
    none: 'No result',
    results: (n: number): string => `${n} result${n > 1 ? 's' : ''}`,
    bassin: 'Bassin',
  },
  counts: {
    heading: 'Shared posts per bassin',
    caption: (filtered: boolean): string =>
      filtered ? 'Sums of the site values of the establishments kept by the filters' : 'Published totals per bassin',
    bassin: 'Bassin',
    total: 'Regional total',
    published: 'Published total',
    extra: 'General medicine (no bassin)',
    sitesVsPublished: (sites: number, published: number): string => `sites: ${sites} · published: ${published}`,
    unattributed: (n: number): string => `${n} not attributed to a site`,
    unattributedFiltered: (n: number, published: number): string => `${n} of ${published} published outside the sites kept`,
    unsplittable: (n: number): string => `${n} in group values not split`,
    inferredMark: 'inferred',
    inferredLegend: '* inferred: deduced from the documents, not written as such.',
    disagreementLegend: 'Where the site breakdown exceeds the published total, both are shown; the published total prevails.',
    filteredLegend: 'Filter on: each number is the sum of the site values of the establishments kept.',
    openSource: (what: string, value: number): string => `${what}: ${value}. Show the source`,
    selectBassin: (name: string): string => `Select the bassin ${name}`,
    selectedColumn: 'counted on the map',
  },
  source: {
    heading: 'Where this number comes from',
    seed: 'Document',
    quote: 'Quote',
    siteValues: 'Site values',
    none: 'No source given.',
    group: 'group value, split unknown',
  },
  details: {
    heading: 'Details',
    empty: 'Select an establishment (search, map) or a bassin (table, map) to see its card.',
    clear: 'Close the card',
    kind: 'Kind',
    commune: 'Municipality',
    zone: 'Zone de proximité',
    bassin: 'Bassin',
    memberships: 'CHT / GHT',
    cooperations: 'Cooperations',
    posts: 'Shared posts',
    sources: 'Sources',
    undated: 'undated',
    located: { site: 'hospital site', commune: 'municipality centre (site not known)' },
    status: { constituted: 'constituted', signed: 'signed', project: 'project', listed: 'listed' },
    since: 'since',
    with: 'with',
    establishments: 'Establishments',
    zones: 'Zones de proximité',
    countsOf: 'Posts',
    shared: 'shared with',
    noCooperation: 'No cooperation recorded.',
    noPosts: 'No shared post recorded for this site.',
    belgium: 'Belgium',
  },
  legend: {
    heading: 'Legend',
    links: 'Links',
    weight: 'Width: posts carried by the link',
    sites: 'Establishments',
    hub: 'CHRU de Lille',
    marks: (scheme: string): string => `Circles: ${scheme} posts per site (area proportional)`,
    groupMark: 'thick outline: value of a group of sites',
    choropleth: (scheme: string, start: number, end: number): string => `Bassins: ${scheme} posts ${start}–${end} (published total)`,
    choroplethFiltered: (scheme: string): string => `Bassins: ${scheme} posts of the sites kept`,
    zones: (scheme: string): string =>
      `Zones: sum of the ${scheme} posts attributed to the zone’s sites. Published totals are per bassin; a zone with no counted site reads 0.`,
    unzoned: (n: number): string => `${n} post${n > 1 ? 's' : ''} with no single zone (group values) not mapped.`,
    arrow: 'arrow: from the CHRU to the site',
    inferred: '* inferred value',
  },
  notices: {
    label: 'Notices',
    dismiss: 'Dismiss',
    dismissAll: 'Dismiss all',
    url: (param: string, value: string, message: string): string => (param ? `Address: ${param}=${value} — ${message}` : message),
    data: (file: string, message: string): string => `Data (${file}): ${message}`,
  },
  aboutPanel: {
    heading: 'The CHRU de Lille in figures',
    intro: 'Key figures as the source documents give them.',
  },
  sourcesPanel: {
    heading: 'Sources and credits',
    seeds: 'Source documents',
    seedList: {
      '000_15e9185a92ff980b.txt': 'Slides “Le CHU et son Territoire de Santé: Expérience de Lille et de sa Région”, AP-HP CME seminar, 20 September 2013',
      '001_0ecfc35ce9ac9fcb.txt': 'CHRU web page: regional cooperations with CH Lens and CH Armentières',
      '002_bf43fb8bb6a978a0.txt': 'CHRU web page: partnership policy, health networks, GCS HPSM',
      '003_31c9b10a750f0ed0.txt': 'Press release, 3 July 2017: association agreement GHT Hainaut-Cambrésis – CHRU',
      '004_ba0069c7e0d068b0.txt': 'Article “Lille : champion toutes catégories des coopérations”',
    },
    method:
      'Every number, date and membership points to a sentence of a source document (file + quote). Deduced values are marked “inferred”; published totals prevail.',
    geo: 'Boundaries of zones, bassins and départements: IGN ADMIN EXPRESS COG 2018, Licence Ouverte / Open Licence (Etalab).',
    ne: 'Neighbouring countries: Natural Earth (public domain).',
    software: 'Map: MapLibre GL JS. Typeface: Noto Sans (SIL Open Font License).',
    credits: 'Credits',
  },
  bassins: { metropole: 'Métropole', littoral: 'Littoral', artois: 'Artois', hainaut: 'Hainaut' },
  dateFormat: 'en-GB',
};

const MESSAGES: Record<Lang, Messages> = { fr, en };

/** The strings of `lang` (French for anything unknown). */
export function msg(lang: Lang | string | undefined): Messages {
  return MESSAGES[lang === 'en' ? 'en' : 'fr'];
}

/** A date as the UI shows it, e.g. "31 déc. 2011" / "31 Dec 2011". */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(msg(lang).dateFormat, options).format(d);
}

/** A number in the UI's language. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(msg(lang).dateFormat).format(n);
}
