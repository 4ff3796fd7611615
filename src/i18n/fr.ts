/**
 * The French catalogue: the reference. Every other catalogue must have the same keys (`satisfies Messages`).
 * Over 350 lines on purpose: one file per language is what makes adding a language one file.
 */
import type { BassinId, CooperationKind, EstablishmentKind, PostSchemeId } from '../model/types.ts';

export const fr = {
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
    heading: (unusable: boolean): string =>
      unusable ? 'Une partie des données n’a pas pu être chargée' : 'Une partie des données est invalide',
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
  layout: {
    fold: (panel: string): string => `Replier le panneau ${panel}`,
    unfold: (panel: string): string => `Déplier le panneau ${panel}`,
    fullscreen: 'Plein écran',
    exitFullscreen: 'Quitter le plein écran',
    copyLink: 'Copier le lien de cette vue',
    copyLinkShort: 'Copier le lien',
    copyEmbed: 'Copier le code d’intégration (iframe) de cette vue',
    copyEmbedShort: 'Code d’intégration',
    linkCopied: 'Lien copié.',
    embedCopied: 'Code d’intégration copié.',
    copyByHand: 'Copiez ce texte :',
    embedTitle: 'Carte des coopérations du CHRU de Lille',
    sheetHandle: 'Hauteur de la carte',
    sheetValue: (percent: number): string => `carte : ${percent} % de la hauteur`,
  },
  tabs: { label: 'Panneaux', filters: 'Filtres', counts: 'Comptes', details: 'Détails' },
  filters: {
    heading: 'Filtres',
    schemeNames: { atp: 'ATP', ccu: 'CCU-Région', asc: 'ASC' } satisfies Record<PostSchemeId, string>,
    schemeLong: {
      atp: 'Assistants spécialistes à temps partagé',
      ccu: 'Chefs de clinique en région',
      asc: 'Assistants spécialistes de CHU',
    } satisfies Record<PostSchemeId, string>,
  },
  linkKinds: {
    gcs: 'GCS',
    cht: 'CHT',
    ght: 'GHT',
    convention: 'Conventions, partenariats',
    'cross-border': 'Transfrontalier',
    posts: 'Postes partagés (CHRU → site)',
  } satisfies Record<CooperationKind, string>,
  kinds: {
    chu: 'CHU',
    ch: 'Centre hospitalier',
    'cancer-centre': 'Centre de lutte contre le cancer',
    psychiatric: 'Psychiatrie',
    private: 'Privé',
    espic: 'ESPIC (privé non lucratif)',
    foreign: 'Étranger',
    university: 'Université, faculté',
  } satisfies Record<EstablishmentKind, string>,
  search: {
    label: 'Rechercher un établissement, une coopération, un bassin, une zone ou une commune',
    placeholder: 'Rechercher : Lens, neurochirurgie, GCS, 59350…',
    none: 'Aucun résultat',
    results: (n: number): string => `${n} résultat${n > 1 ? 's' : ''}`,
    bassin: 'Bassin',
  },
  counts: {
    bassin: 'Bassin',
    total: 'Total régional',
    extra: 'Médecine générale (hors bassin)',
    inferredMark: 'déduit des totaux',
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
    attested: (title: string, when: string, status: string): string =>
      `début inconnu · attestée par « ${title} », écrit ${when} · ${status} à cette date selon ce document`,
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
  },
  sourcesPanel: {
    heading: 'Sources et crédits',
  },
  list: {
    open: 'Liste',
    openLabel: 'Afficher la liste de ce que montre la carte',
    close: 'Fermer la liste',
    heading: 'Liste de ce que montre la carte',
  },
  explore: {
    postsValue: (n: number, inferred: boolean, shared: boolean): string =>
      `${n} poste${n > 1 ? 's' : ''}${inferred ? ' (valeur déduite des totaux publiés)' : ''}${shared ? ', valeur d’un groupe de sites, répartition inconnue' : ''}`,
    tooltipLabel: 'Sous le pointeur',
    cooperationsAt: (n: number, undated: number): string =>
      n === 0
        ? 'aucune coopération à cette date'
        : `${n} coopération${n > 1 ? 's' : ''} à cette date${undated > 0 ? ` (dont ${undated} sans date)` : ''}`,
    since: (date: string): string => `depuis le ${date}`,
    undated: 'date non indiquée par les sources (montrée à toutes les dates)',
    atDate: {
      'in-force': 'en vigueur à la date affichée',
      'not-yet': 'pas encore en vigueur à la date affichée',
      undated: 'sans date',
    } as Record<string, string>,
    between: (a: string, b: string): string => `lien ${a} – ${b}`,
    aggregate: (n: number, a: string, b: string): string =>
      `${new Intl.NumberFormat('fr').format(n)} lien${n > 1 ? 's' : ''} entre ${a} et ${b}`,
    aggregateHint: 'rapprochez-vous pour voir chaque lien et chaque site, avec son nom et ses postes',
    inferred: 'composition déduite (non écrite dans une source)',
    cooperation: 'Coopération',
    statusLabel: 'Statut',
    dateLabel: 'Date',
    atDateLabel: 'À la date affichée',
    members: 'Membres',
    hub: 'pivot',
    topics: 'Thèmes',
    unknownMember: 'inconnu des données',
    searchZone: (bassin: string): string => `Zone de proximité · bassin ${bassin}`,
    searchCommune: (insee: string, zone: string, postcode?: string): string =>
      postcode === undefined ? `Commune ${insee} · zone ${zone}` : `Commune ${insee} · code postal ${postcode} · zone ${zone}`,
    searchTopic: (topic: string): string => `thème : ${topic}`,
    commune: 'Commune',
    communeOf: (insee: string): string => `Commune (INSEE ${insee})`,
    inCommune: 'Établissements dans la commune',
    noneInCommune: 'Aucun établissement des données dans cette commune.',
    nearest: 'Établissements partenaires les plus proches',
    nearestNote: 'Distance à vol d’oiseau depuis le centre de la commune (centroïde IGN).',
    km: (km: string): string => `${km} km`,
    communesLoading: 'Chargement de la liste des communes…',
  },
  keyFacts: {
    kindPublic: 'type d’après la connaissance publique, non d’après les sources',
  },
  rates: {
    gaps: {
      unattributed: (n: number): string => `${n} poste${n > 1 ? 's' : ''} du bassin attribué${n > 1 ? 's' : ''} à aucun site`,
      disagreement: (n: number): string => `le détail par site dépasse le total publié de ${n}`,
      spanning: (n: number): string => `${n} poste${n > 1 ? 's' : ''} partagé${n > 1 ? 's' : ''} avec une autre zone`,
    },
    zonesWithout: (zones: string): string => `Zones sans taux (grises) : ${zones}.`,
    loading: 'Chargement des populations…',
    failed: (message: string): string => `Populations indisponibles (${message}) : les comptes restent affichés.`,
    distance: 'Distance',
    fromHub: (km: string): string => `À ${km} km du CHRU de Lille (à vol d’oiseau)`,
    compare: 'Comparer les bassins',
    compareShort: 'Bassins',
    compareHeading: 'Les quatre bassins côte à côte',
  },
  failures: {
    sceneRejected: (id: string, where: string, why: string, more: number): string =>
      `Scène « ${id} » écartée : elle ne passe pas ses vérifications (${where} : ${why}${more > 0 ? ` ; et ${more} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''}` : ''}). La carte s’ouvre sans présentation.`,
    staticMapFailed:
      'La carte statique de secours n’a pas pu être chargée : seuls le tableau des comptes et les panneaux restent disponibles. Rechargez la page pour réessayer.',
    mapCodeFailed:
      'Le code de la carte interactive n’a pas pu être chargé : la carte statique la remplace. Rechargez la page pour réessayer.',
    staticNote:
      'Carte simplifiée : le code de la carte interactive n’a pas pu être chargé. Les comptes, la recherche et les fiches restent utilisables.',
    mapDrawingFailed:
      'Le code qui dessine la carte n’a pas pu être chargé : la carte ne peut pas être affichée. Les comptes, la recherche et les fiches restent utilisables. Rechargez la page pour réessayer.',
    panelsFailed:
      'Le code des panneaux (filtres, comptes, fiches, légende, recherche) n’a pas pu être chargé : la carte reste affichée. Rechargez la page pour réessayer.',
    reload: 'Recharger la page',
    pngNeedsWebgl: 'PNG indisponible : ce navigateur n’a pas WebGL. Le SVG donne la même vue.',
    /** MapLibre's own interface strings (its `locale`), so no English default reaches a French reader. */
    mapLocale: {
      'AttributionControl.ToggleAttribution': 'Afficher ou masquer les crédits',
      'AttributionControl.MapFeedback': 'Signaler une erreur sur la carte',
      'FullscreenControl.Enter': 'Plein écran',
      'FullscreenControl.Exit': 'Quitter le plein écran',
      'GeolocateControl.FindMyLocation': 'Me localiser',
      'GeolocateControl.LocationNotAvailable': 'Position indisponible',
      'LogoControl.Title': 'Logo MapLibre',
      'Map.Title': 'Carte',
      'Marker.Title': 'Repère',
      'NavigationControl.ResetBearing': 'Faire pivoter la carte (glisser) ; revenir au nord (clic)',
      'NavigationControl.ZoomIn': 'Zoom avant',
      'NavigationControl.ZoomOut': 'Zoom arrière',
      'Popup.Close': 'Fermer',
      'ScaleControl.Feet': 'pi',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Miles': 'mi',
      'ScaleControl.NauticalMiles': 'M',
      'GlobeControl.Enable': 'Afficher le globe',
      'GlobeControl.Disable': 'Quitter le globe',
      'TerrainControl.Enable': 'Afficher le relief',
      'TerrainControl.Disable': 'Masquer le relief',
      'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + molette pour zoomer sur la carte',
      'CooperativeGesturesHandler.MacHelpText': '⌘ + molette pour zoomer sur la carte',
      'CooperativeGesturesHandler.MobileHelpText': 'Deux doigts pour déplacer la carte',
    } as Record<string, string>,
    mapError: 'La carte a rencontré une erreur ; la vue reste utilisable.',
  },
  sourceDate: {
    between: (after: string, before: string): string => `entre le ${after} et le ${before}`,
    from: (year: string): string => `${year} ou après`,
  },
  bassins: { metropole: 'Métropole', littoral: 'Littoral', artois: 'Artois', hainaut: 'Hainaut' } satisfies Record<BassinId, string>,
  readings: {
    open: 'Comment cette carte a été lue',
    heading: 'Comment les cartes des postes ont été lues',
    status: {
      stated: 'Écrite contre son site sur la carte publiée.',
      deduced: (n: number | null): string =>
        n === null
          ? 'Déduite des totaux publiés.'
          : `Déduite : les ${new Intl.NumberFormat('fr-FR').format(n)} lectures compatibles avec les totaux publiés la donnent toutes.`,
      group: (n: number | null): string =>
        `Valeur de groupe : seule la somme est sûre${n === null ? '' : ` (${new Intl.NumberFormat('fr-FR').format(n)} lectures)`}, la part de chaque site est inconnue.`,
      assumption: 'Hypothèse : ',
      elsewhere: (counted: string, commune: string): string =>
        `Comptée dans le bassin ${counted} par toutes les lectures, bien que la commune soit dans le bassin ${commune}.`,
    },
  },
  /** What the page shows of the import before its code loads; the import's own strings are in `importer.ts`. */
  importer: {
    open: 'Importer des données',
    openLabel: 'Importer vos propres données (CSV ou JSON) ; rien ne quitte votre navigateur',
    /** The search's mark on an imported establishment. */
    imported: 'importé',
  },
  /** The spoken summary of the view for screen readers (`src/query/summary.ts`). */
  summary: {
    network: (date: string): string => `Réseau de coopération du CHRU de Lille au ${date}.`,
    counts: (scheme: string, period: string, filtered: boolean, cells: string, extras: number, total: number, published: number): string =>
      `Postes ${scheme} ${period}, cumulés${filtered ? ', établissements filtrés' : ''}, par bassin : ${cells}${extras > 0 ? ` ; hors bassin ${extras}` : ''} ; total ${total} (total publié ${published}).`,
    beforePeriod: (scheme: string): string => `La date précède la période ${scheme} : les chiffres portent sur toute la période.`,
    disagreement: (bassin: string, sites: number, published: number): string =>
      `${bassin} : la somme des sites (${sites}) dépasse le total publié (${published}).`,
    noLinks: 'Aucun lien affiché.',
    links: (n: number, undated: number, list: string): string =>
      `${n} ${n > 1 ? 'liens affichés' : 'lien affiché'}${undated > 0 ? `, dont ${undated} sans date` : ''} : ${list}.`,
    noKind: 'aucun type d’établissement',
    kindsList: (kinds: string): string => `types ${kinds}`,
    membersOf: (name: string): string => `membres de ${name}`,
    within: (km: string, from: string): string => `à moins de ${km} km de ${from}`,
    attestedHidden: 'Les coopérations seulement attestées (sans date de début) sont masquées.',
    filters: (parts: string[]): string => `Filtres : ${parts.join(' ; ')}.`,
    grid: { bassins: 'Grille : bassins.', zones: 'Grille : zones de proximité.' },
    selectedBassin: (name: string): string => `Sélection : bassin ${name}.`,
    selected: (name: string): string => `Sélection : ${name}.`,
    /** Link kinds as the summary speaks them (plural nouns after a count). */
    linkKinds: {
      gcs: 'GCS',
      cht: 'CHT',
      ght: 'GHT',
      convention: 'conventions',
      'cross-border': 'transfrontaliers',
      posts: 'postes partagés',
    } satisfies Record<CooperationKind, string>,
    kinds: {
      chu: 'CHU',
      ch: 'CH',
      'cancer-centre': 'centre de lutte contre le cancer',
      psychiatric: 'psychiatrie',
      private: 'privé',
      espic: 'ESPIC',
      foreign: 'étranger',
      university: 'université',
    } satisfies Record<EstablishmentKind, string>,
  },
  /** Text burned into exported images and files (`src/export/`). */
  exported: {
    credit: (attribution: string): string => `${attribution} · Données : documents sources du CHRU de Lille · coopmap`,
    noLinks: 'aucun lien',
    allLinks: 'tous les liens',
    caption: (date: string, links: string, grid: 'bassins' | 'zones', counts: string): string =>
      `Réseau en vigueur au ${date} (${links}). Couleur des ${grid === 'zones' ? 'zones' : 'bassins'} : postes ${counts}.`,
    postsCarried: 'postes portés (→ site)',
    /** CSV: the published-total column, and the field separator (French Excel expects `;`, its decimal separator being the comma). */
    publishedTotal: 'total publié',
    csvSeparator: ';',
    /** Words of export file names (ASCII, no spaces). */
    file: {
      scene: 'scene',
      links: 'liens',
      noLinks: 'sans-liens',
      kinds: 'types',
      member: 'membres',
      within: 'moins-de',
      noAttested: 'sans-attestees',
      focus: 'focus',
      zones: 'zones',
      counts: 'comptes',
    },
  },
  /** Why a URL value was ignored (`src/app/url.ts`); `known` is the list of possible values. */
  url: {
    noKnownValue: 'Aucune valeur reconnue : la valeur par défaut s’applique.',
    measure: (known: string): string => `Mesure inconnue, ignorée. Valeurs possibles : ${known}.`,
    classes: (known: string): string => `Découpage en classes inconnu, ignoré. Valeurs possibles : ${known}.`,
    unknownParam: 'Paramètre inconnu, ignoré.',
    repeated: 'Paramètre répété : seule sa première valeur compte.',
    tooLong: (length: number, max: number): string => `Valeur trop longue (${length} caractères, ${max} au plus), ignorée.`,
    more: (n: number): string => `Et ${n} autres valeurs ignorées dans l’adresse.`,
    lang: (known: string): string => `Langue inconnue, ignorée. Valeurs possibles : ${known}.`,
    scheme: (known: string): string => `Dispositif inconnu, ignoré. Valeurs possibles : ${known}.`,
    grid: (known: string): string => `Grille inconnue, ignorée. Valeurs possibles : ${known}.`,
    linkKind: (known: string): string => `Type de lien inconnu, ignoré. Valeurs possibles : ${known}.`,
    establishmentKind: (known: string): string => `Type d’établissement inconnu, ignoré. Valeurs possibles : ${known}.`,
    date: 'Date invalide, ignorée. Format attendu : AAAA-MM-JJ (une date du calendrier).',
    dateClamped: (start: string, end: string, clamped: string): string =>
      `Date hors de la frise (${start} – ${end}), ramenée au ${clamped}.`,
    focus: 'Sélection inconnue (ni bassin, ni établissement, ni coopération), ignorée.',
    member: 'CHT ou GHT inconnue, filtre ignoré.',
    within: (max: number): string =>
      `Distance invalide, filtre ignoré. Format attendu : un nombre de kilomètres entre 0 et ${max}, suivi au besoin d’une virgule et de l’identifiant d’un établissement (within=25 ou within=25,ch-lens).`,
    withinFrom: 'Établissement d’origine inconnu, filtre de distance ignoré.',
    hideAttested: 'Valeur inconnue, ignorée. Valeur possible : hide.',
  },
  dateFormat: 'fr-FR',
  /** How numbers, ranges and dates read in this language, beyond what `Intl` does. */
  format: {
    /** A long date from its `Intl` form: French writes the first of the month as an ordinal ("1er juillet 2009"). */
    longDate: (day: number, monthYear: string, intl: string): string => (day === 1 ? `1er ${monthYear}` : intl),
    range: (from: string, to: string): string => `${from} à ${to}`,
    percent: (n: string): string => `${n}\u202f%`,
    qualifiers: { about: 'environ', 'more-than': 'plus de' },
    step: (n: number, total: number): string => `Étape ${n} sur ${total}`,
    /** Written after a label before a colon ("Fichier : …"). */
    colon: ' :',
  },
};

/** The shape every catalogue must have: the French one is the reference. */
export type Messages = typeof fr;
