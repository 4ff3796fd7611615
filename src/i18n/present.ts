/** Strings of scene mode, embed mode and the export menu, in French (default) and English. */
import type { Lang } from '../query/types.ts';

const fr = {
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

export type PresentText = typeof fr;

const en: PresentText = {
  scene: {
    start: 'Present',
    startLabel: 'Present: step through the maps (arrow keys, Page Down, Esc to leave)',
    region: 'Presentation',
    previous: 'Previous',
    next: 'Next',
    previousLabel: 'Previous step (←, Page Up)',
    nextLabel: 'Next step (→, Page Down, Space)',
    exit: 'Exit',
    exitLabel: 'Leave the presentation and explore freely (Esc)',
    unknown: (id: string): string => `Unknown scene: “${id}”. The map opens without a presentation.`,
    unavailable: 'The scenes could not be loaded (data/scenes.json).',
    dismiss: 'Dismiss',
  },
  embed: {
    openFull: 'Open the full map',
    openFullShort: 'Full map',
    openFullLabel: 'Open the full map in a new tab, in the same state',
    legend: 'Legend',
    showLegend: 'Show the legend',
    hideLegend: 'Hide the legend',
    wheelHint: 'Click the map, or Ctrl + scroll, to zoom',
    wheelHintMac: 'Click the map, or ⌘ + scroll, to zoom',
    touchHint: 'Use two fingers to move the map',
  },
  export: {
    button: 'Export',
    label: 'Export the view',
    image: 'PNG image',
    frame: 'Frame',
    frame169: '16:9',
    frameCurrent: 'Current size',
    scale: (n: number): string => `PNG ${n}×`,
    scaleLabel: (n: number, w: number, h: number): string => `Download the PNG ${n}× (${w} × ${h} pixels)`,
    svg: 'Vector SVG',
    svgLabel: 'Download the map as a vector SVG',
    csv: 'CSV table',
    csvLabel: 'Download the table of counts per bassin (CSV)',
    working: 'Preparing…',
    done: (name: string): string => `Downloaded: ${name}`,
    failed: (why: string): string => `The export failed: ${why}`,
  },
};

/** The presentation strings of `lang` (French for anything unknown). */
export function presentText(lang: Lang | string | undefined): PresentText {
  return lang === 'en' ? en : fr;
}
