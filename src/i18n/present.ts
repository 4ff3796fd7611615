/** Strings of scene mode, embed mode and the export menu, in French (the reference; each other language's are in its catalogue file, e.g. `presentEn` in `en.ts`). */
/** The French presentation strings: the reference. */
export const presentFr = {
  scene: {
    start: 'Présenter',
    startLabel: 'Présenter : parcourir les cartes étape par étape (flèches, Page suivante, Échap pour sortir)',
    region: 'Présentation',
    previous: 'Précédent',
    next: 'Suivant',
    previousLabel: 'Précédent : étape précédente (←, Page précédente)',
    nextLabel: 'Suivant : étape suivante (→, Page suivante, Espace)',
    exit: 'Quitter',
    exitLabel: 'Quitter la présentation et explorer librement (Échap)',
    unknown: (id: string): string => `Scène inconnue : « ${id} ». La carte s’ouvre sans présentation.`,
    unavailable: 'Les scènes n’ont pas pu être chargées (data/scenes.json).',
    dismiss: 'Masquer',
  },
  embed: {
    openFull: 'Ouvrir la carte complète',
    openFullShort: 'Carte complète',
    openFullLabel: 'Ouvrir la carte complète dans un nouvel onglet, dans le même état',
    legend: 'Légende',
    showLegend: 'Afficher la légende',
    hideLegend: 'Masquer la légende',
    wheelHint: 'Cliquez sur la carte, ou Ctrl + molette, pour zoomer',
    wheelHintMac: 'Cliquez sur la carte, ou ⌘ + molette, pour zoomer',
    touchHint: 'Deux doigts pour déplacer la carte',
  },
  export: {
    button: 'Exporter',
    label: 'Exporter la vue',
    image: 'Image PNG',
    frame: 'Cadre',
    frame169: '16:9',
    frameCurrent: 'Taille actuelle',
    scale: (n: number): string => `PNG ${n}×`,
    scaleLabel: (n: number, w: number, h: number): string => `Télécharger le PNG ${n}× (${w} × ${h} pixels)`,
    svg: 'SVG vectoriel',
    svgLabel: 'Télécharger la carte en SVG vectoriel',
    csv: 'Tableau CSV',
    csvLabel: 'Télécharger le tableau des comptes par bassin (CSV)',
    working: 'Préparation…',
    done: (name: string): string => `Téléchargé : ${name}`,
    failed: (why: string): string => `L’export a échoué : ${why}`,
  },
};

export type PresentText = typeof presentFr;
