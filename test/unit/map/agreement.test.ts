/**
 * The three outputs of one map description agree: the MapLibre view (the
 * model's features, shown and styled by feature-state and the style's
 * layers), the SVG export (`mapShapes`) and the static fallback
 * (`staticMapModel`), all from the same `MapData` of the same state: same
 * features, same colours, same labels.
 */
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { LayerSpecification } from 'maplibre-gl';
import { staticMapModel } from '../../../src/map/staticMap.ts';
import type { Shape } from '../../../src/export/draw.ts';
import { cameraForBounds, mapShapes } from '../../../src/export/svg.ts';
import { featureStates } from '../../../src/map/featureState.ts';
import { territoryValues, valueLabels } from '../../../src/map/valueLabels.ts';
import { buildLabelSets, LABEL_SOURCES, labelSetOf, labelSource, type LabelSource } from '../../../src/map/labelSets.ts';
import { modelOf } from '../../../src/map/model.ts';
import { styleLayers } from '../../../src/map/style.ts';
import { LINK_STATUS_STYLES, LINK_STYLES } from '../../../src/map/palette.ts';
import { boundsOf } from '../../../src/map/bounds.ts';
import { territoriesFromTopology, zonesOf } from '../../../src/map/territories.ts';
import { mapDataFor } from '../../../src/map/viewData.ts';
import { parsePopulation } from '../../../src/model/population.ts';
import type { Zone } from '../../../src/model/types.ts';
import type { AppState } from '../../../src/query/types.ts';
import { readRepoJson, realDataset } from '../../fixtures/realData.ts';
import { stateWith } from '../query/helpers.ts';

const dataset = realDataset();
const territories = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);
const zones: Zone[] = zonesOf(territories);

/** Every shape of a display list, groups flattened, with the attributes of its enclosing groups. */
function flatten(shapes: readonly Shape[], attrs: Record<string, string> = {}): { shape: Shape; attrs: Record<string, string> }[] {
  return shapes.flatMap((s) => (s.kind === 'group' ? flatten(s.children, { ...attrs, ...s.attrs }) : [{ shape: s, attrs }]));
}

/** A link layer's colour out of compare mode (the last branch of its `case`: ended links are grey). */
const linkColor = (layers: LayerSpecification[], kind: string): unknown => {
  const color = paintOf(layers, `links-${kind}`)['line-color'];
  return Array.isArray(color) ? color.at(-1) : color;
};

const paintOf = (layers: LayerSpecification[], id: string): Record<string, unknown> =>
  (layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined)?.paint ?? {};

const parsed = parsePopulation(readRepoJson('geo/population.json'));
if (!('population' in parsed)) throw new Error(parsed.issue.message);
const rate = { population: parsed.population, format: (v: number, digits: number) => v.toFixed(digits) };

const cases: [string, AppState][] = [
  ['default state', stateWith()],
  [
    'CCU, a focus and an establishment filter',
    stateWith({ scheme: 'ccu', kinds: ['chu', 'ch', 'foreign'] }, { selection: { focus: 'ch-lens' } }),
  ],
  [
    'zones grid, some link kinds, an earlier date',
    stateWith({ links: ['gcs', 'cht', 'posts'], date: '2010-06-30' }, { view: { grid: 'zones' } }),
  ],
  [
    'rate view on zones, quantile classes, an establishment filter',
    stateWith({ kinds: ['chu', 'ch'] }, { view: { grid: 'zones', measure: 'rate', classes: 'quantile' } }),
  ],
];

/** The territory an SVG element draws. */
const idOf = (attrs: Record<string, string>): string => attrs['data-zone'] ?? attrs['data-bassin'] ?? '';

describe.each(cases)('MapLibre view, SVG export and static map agree: %s', (_name, state) => {
  const data = mapDataFor(dataset, territories, zones, state, rate);
  const model = modelOf(dataset, territories, state.view.grid);
  const labelSets = buildLabelSets(model, null);
  const { states, missing } = featureStates(model, data, state.filters.scheme, null, labelSets);
  const layers = styleLayers();
  // The label set shown: the scheme's counts, or bare names in the rate view (the circles are the territories').
  const labelSet = labelSource(labelSetOf(state.filters.scheme, state.view.measure === 'rate'));
  const shownIds = (source: Exclude<keyof typeof states, 'link-aggregates' | LabelSource>): Set<string> => {
    const features = model.sources[source].features;
    return new Set([...states[source]].filter(([, s]) => s['o'] === 1).map(([id]) => String(features[id]?.properties['id'])));
  };
  const camera = cameraForBounds(boundsOf(territories.region) ?? [1.5, 49.9, 4.3, 51.1], { width: 1200, height: 800 }, 20);
  const svg = flatten(mapShapes(data, camera));
  const fallback = staticMapModel(data, 1200, 800);

  const textSizes = (mode: 'screen' | 'presentation') =>
    flatten(mapShapes(data, camera, undefined, mode)).flatMap(({ shape }) => (shape.kind === 'text' ? [shape.size] : []));

  test('a scene export sizes its text as the presenting map does: none under 14 px, screen text under it exists', () => {
    expect(Math.min(...textSizes('screen'))).toBeLessThan(14);
    expect(textSizes('presentation').length).toBeGreaterThan(0);
    expect(Math.min(...textSizes('presentation'))).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  test('the model holds every feature the state draws', () => {
    expect(missing).toBe(0);
    expect(data.rateYear !== undefined).toBe(state.view.measure === 'rate');
  });

  test('same links, in the same colour per kind', () => {
    const maplibre = shownIds('links');
    const svgLinks = svg.filter((s) => s.attrs['data-link'] !== undefined && s.attrs['data-part'] !== 'core');
    expect(new Set(svgLinks.map((s) => s.attrs['data-link']))).toEqual(maplibre);
    expect(new Set(fallback?.links.map((l) => l.id))).toEqual(maplibre);
    for (const { shape, attrs } of svgLinks) {
      const kind = attrs['data-kind'] as string;
      const color = linkColor(layers, kind);
      expect(shape.kind === 'path' ? shape.stroke : null).toBe(color);
    }
    for (const l of fallback?.links ?? []) expect(l.color).toBe(linkColor(layers, l.kind));
  });

  test('same dash pattern per kind, scaled to the line width', () => {
    for (const { shape, attrs } of svg.filter((s) => s.attrs['data-link'] !== undefined && s.attrs['data-part'] !== 'core')) {
      const l = fallback?.links.find((x) => x.id === attrs['data-link']);
      expect(shape.kind === 'path' ? (shape.dash ?? '') : null).toBe(l?.dash);
    }
  });

  test('same status per link, drawn with the one status description (opacity, hollow core)', () => {
    const features = model.sources.links.features;
    const statusOf = new Map(features.map((f) => [String(f.properties['id']), String(f.properties['status'])]));
    const coreFilter = (layers.find((l) => l.id === 'links-core') as { filter: unknown[] }).filter;
    const hollowInStyle = new Set((coreFilter[2] as unknown[])[1] as string[]);
    const svgLinks = svg.filter((s) => s.attrs['data-link'] !== undefined);
    expect(svgLinks.length).toBeGreaterThan(0);
    for (const { attrs } of svgLinks) expect(attrs['data-status']).toBe(statusOf.get(attrs['data-link'] as string));
    for (const l of fallback?.links ?? []) {
      expect(l.status).toBe(statusOf.get(l.id));
      const style = LINK_STATUS_STYLES[l.status];
      expect(l.core > 0).toBe(style.hollow);
      expect(hollowInStyle.has(l.status)).toBe(style.hollow);
      expect(svgLinks.some((s) => s.attrs['data-link'] === l.id && s.attrs['data-part'] === 'core')).toBe(style.hollow);
      expect(l.opacity).toBeCloseTo(LINK_STYLES[l.kind].opacity * style.opacity, 6);
    }
  });

  test('same leader lines for the dodged establishments shown', () => {
    const maplibre = shownIds('leaders');
    expect(new Set(svg.filter((s) => s.attrs['data-leader'] !== undefined).map((s) => s.attrs['data-leader']))).toEqual(maplibre);
    expect(new Set(fallback?.leaders.map((l) => l.id))).toEqual(maplibre);
    for (const id of maplibre) expect(shownIds('establishments').has(id)).toBe(true);
  });

  test('same territories, same fills', () => {
    const features = model.sources.territories.features;
    const maplibre = new Map([...states.territories].map(([id, s]) => [String(features[id]?.properties['id']), s['fill']]));
    const svgFills = new Map(
      svg
        .filter((s) => s.attrs['data-bassin'] !== undefined && s.attrs['data-value'] !== undefined)
        .map((s) => [idOf(s.attrs), s.shape.kind === 'path' ? s.shape.fill : '']),
    );
    expect(svgFills).toEqual(maplibre);
    expect(new Map(fallback?.areas.map((a) => [a.id, a.fill]))).toEqual(maplibre);
  });

  test('same territory value texts (rates written with the legend decimals)', () => {
    const labelText = new Map(territoryValues(data));
    for (const a of fallback?.areas ?? []) expect(a.valueText ?? '').toBe(labelText.get(a.id) ?? '');
    // The live map writes them over the map (HTML), the text the SVG writes.
    const written = new Map(
      valueLabels(data, 'screen')
        .filter((v) => v.key.startsWith('territory:'))
        .map((v) => [v.key.slice('territory:'.length), v.text]),
    );
    expect(written).toEqual(new Map([...labelText].filter(([, text]) => text !== '')));
    const svgTexts = new Set(svg.flatMap((s) => (s.shape.kind === 'text' ? [s.shape.text] : [])));
    for (const text of written.values()) expect(svgTexts.has(text)).toBe(true);
  });

  test('same establishments, same label texts (the SVG drops the ones that collide, as MapLibre does)', () => {
    const maplibre = shownIds('establishments');
    const setFeatures = labelSets.sources[labelSet].features;
    const labels = new Map(
      [...states[labelSet]]
        .filter(([id, s]) => s['o'] === 1 && setFeatures[id]?.properties['role'] === 'site')
        .map(([id]) => [String(setFeatures[id]?.properties['id']), String(setFeatures[id]?.properties['text'])]),
    );
    // Only the shown set's labels are shown.
    for (const other of LABEL_SOURCES.filter((s) => s !== labelSet))
      expect([...states[other].values()].filter((s) => s['o'] === 1)).toEqual([]);
    expect(new Set(labels.keys())).toEqual(maplibre);
    const svgSites = new Set(svg.filter((s) => s.attrs['data-establishment'] !== undefined).map((s) => s.attrs['data-establishment']));
    expect(svgSites).toEqual(maplibre);
    for (const site of fallback?.sites ?? []) expect(labels.get(site.id)).toBe(site.label);
    const svgTexts = svg.flatMap((s) => (s.shape.kind === 'text' ? [s.shape.text] : []));
    const candidates = new Set(labels.values());
    const drawnSiteLabels = svgTexts.filter((t) => candidates.has(t));
    expect(drawnSiteLabels.length).toBeGreaterThan(0);
    for (const f of data.sources.establishments.features) expect(labels.get(String(f.properties?.['id']))).toBe(f.properties?.['label']);
  });
});
