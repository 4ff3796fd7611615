/**
 * Context labels placed by hand (sea names, the neighbouring country): a
 * cartographer's choice, kept as data so they are easy to move.
 */
import type { FeatureCollection, Point } from 'geojson';
import { inLang } from '../i18n/index.ts';
import type { Lang } from '../query/types.ts';

interface ContextLabel {
  at: [number, number];
  fr: string;
  en: string;
  kind: 'sea' | 'country';
}

const CONTEXT_LABELS: ContextLabel[] = [
  { at: [2.05, 51.32], fr: 'Mer du Nord', en: 'North Sea', kind: 'sea' },
  { at: [1.05, 50.55], fr: 'Manche', en: 'English Channel', kind: 'sea' },
  { at: [4.1, 50.95], fr: 'Belgique', en: 'Belgium', kind: 'country' },
  { at: [2.4, 49.65], fr: 'France', en: 'France', kind: 'country' },
  { at: [0.6, 51.35], fr: 'Royaume-Uni', en: 'United Kingdom', kind: 'country' },
];

const byLang = new Map<Lang, FeatureCollection<Point, Record<string, string | number>>>();

/** The context labels in `lang`, with their colour and size: one object per language (the map hands it over once). */
export function contextLabelsGeoJSON(lang: Lang): FeatureCollection<Point, Record<string, string | number>> {
  const known = byLang.get(lang);
  if (known) return known;
  const labels: FeatureCollection<Point, Record<string, string | number>> = {
    type: 'FeatureCollection',
    // Numbered, so that a label a panel would cut can be hidden by feature-state (see `MapView`).
    features: CONTEXT_LABELS.map((l, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: l.at },
      properties: {
        id: l.en,
        label: inLang(lang, l),
        kind: l.kind,
        color: l.kind === 'sea' ? '#3d6480' : '#6a6458',
        size: l.kind === 'sea' ? 12 : 13,
      },
    })),
  };
  byLang.set(lang, labels);
  return labels;
}
