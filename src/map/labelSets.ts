/**
 * The map's labels as three fixed sets, one per way the sites are labelled:
 * with their ATP counts, with their CCU-Région counts, or by name alone (the
 * rate view, where the counts are the territories'). A label's text is a
 * layout value, which MapLibre lays out in its worker: changing it sends the
 * source back there and costs frames. So no text ever changes with the
 * state; a scheme switch shows another set, by feature-state.
 *
 * Each set holds every label that must keep clear of the others — context
 * names, territory names, the room kept for territory values, mark values,
 * site names — in a source of its own: the map places labels with collisions
 * counted per source (`crossSourceCollisions: false`), so a hidden set takes
 * no room from the shown one.
 *
 * The numbers that follow the filters (territory values, the rate view's
 * territory counts) are not map text at all: the view writes them in HTML
 * over the map (`valueLabels.ts`), where the sets keep them an empty room.
 * Pure: no DOM, no MapLibre.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Scheme } from '../query/types.ts';
import { isTerritoryMark } from './model.ts';
import type { MapModel } from './model.ts';

export const LABEL_SETS = ['atp', 'ccu', 'rate'] as const;
export type LabelSet = (typeof LABEL_SETS)[number];

/** The source of a label set. */
export const labelSource = (set: LabelSet): `labels-${LabelSet}` => `labels-${set}`;
export const LABEL_SOURCES = LABEL_SETS.map(labelSource);
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** The set shown for a scheme, in the count view or the rate view. */
export const labelSetOf = (scheme: Scheme, rate: boolean): LabelSet => (rate ? 'rate' : scheme);

/**
 * What a label of a set is (each role has its layer):
 * - `context`: seas and countries; `territory`: a territory's name;
 * - `value-room`: the room kept under a territory name for its value (drawn in HTML);
 * - `mark`: a group's value on its circle; `mark-room`: the room of a rate-view territory circle's count (HTML);
 * - `site`: an establishment's name, with its count in a count set.
 */
export type LabelRole = 'context' | 'territory' | 'value-room' | 'mark' | 'mark-room' | 'site';

/** The placeholder that holds a value's room: as wide as the values it stands for, never drawn. */
export const VALUE_ROOM_TEXT = '0000';
export const MARK_ROOM_TEXT = '000';

type Props = Record<string, string | number | boolean | null>;

/** The sources of the three sets, and each one's string key → numeric feature id (for feature-state). */
export interface LabelSets {
  sources: Record<LabelSource, FeatureCollection<Point, Props>>;
  ids: Record<LabelSource, ReadonlyMap<string, number>>;
}

/** The key of a label in its set: its role and the string id of the feature it labels. */
export const labelKey = (role: LabelRole, id: string): string => `${role}:${id}`;

/**
 * The three label sets of a model and a language's context labels: built
 * when either changes (a dataset, a grid, a language), never on a filter change.
 */
export function buildLabelSets(model: MapModel, context: FeatureCollection | null): LabelSets {
  const sources = {} as LabelSets['sources'];
  const ids = {} as Record<LabelSource, Map<string, number>>;
  for (const set of LABEL_SETS) {
    const features: Feature<Point, Props>[] = [];
    const add = (role: LabelRole, id: string, coordinates: number[], properties: Props): void => {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { ...properties, role, id } });
    };
    (context?.features ?? []).forEach((f, i) => {
      if (f.geometry?.type !== 'Point') return;
      add('context', String(i), f.geometry.coordinates, { ...(f.properties as Props) });
    });
    for (const f of model.sources['territory-labels'].features) {
      if (f.geometry?.type !== 'Point') continue;
      const id = String(f.properties['id']);
      add('territory', id, f.geometry.coordinates, { name: f.properties['name'] ?? id, size: f.properties['size'] ?? 13 });
      add('value-room', id, f.geometry.coordinates, { size: f.properties['size'] ?? 13 });
    }
    for (const f of model.sources['count-marks'].features) {
      if (f.geometry?.type !== 'Point') continue;
      const id = String(f.properties['id']);
      if (set === 'rate') {
        if (isTerritoryMark(id)) add('mark-room', id, f.geometry.coordinates, {});
      } else if (id.startsWith(`${set}|`) && f.properties['group'] === true && f.properties['label'] !== '') {
        add('mark', id, f.geometry.coordinates, { label: f.properties['label'] ?? '' });
      }
    }
    for (const f of model.sources.establishments.features) {
      if (f.geometry?.type !== 'Point') continue;
      const p = f.properties;
      const text = set === 'rate' ? p['name'] : p[`label_${set}`];
      const sortKey = set === 'rate' ? (p['hub'] === true ? 0 : 100) : p[`sortKey_${set}`];
      add('site', String(p['id']), f.geometry.coordinates, { text: text ?? '', sortKey: sortKey ?? 100, hub: p['hub'] === true });
    }
    const keys = new Map<string, number>();
    features.forEach((f, i) => {
      f.id = i;
      keys.set(labelKey(f.properties['role'] as LabelRole, String(f.properties['id'])), i);
    });
    sources[labelSource(set)] = { type: 'FeatureCollection', features };
    ids[labelSource(set)] = keys;
  }
  return { sources, ids };
}
