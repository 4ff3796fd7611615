import { describe, expect, test } from 'vitest';
import { expression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import {
  aggregateLayers,
  buildStyle,
  LABEL_LAYERS,
  labelSizes,
  logicalLayer,
  setLayerId,
  sharedPrograms,
  styleLayers,
} from '../../../src/map/style.ts';
import { LABEL_SETS } from '../../../src/map/labelSets.ts';
import { COOPERATION_KINDS } from '../../../src/model/types.ts';
import { LINK_STYLES, TERRITORY_NAME_SCALE, labelPx } from '../../../src/map/palette.ts';
import { expectGolden } from './golden.ts';

const emptyGeoJSON: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

describe('offline style', () => {
  const style = buildStyle({ regular: 'fonts/regular.woff2', bold: 'fonts/bold.woff2' });

  test('layers and paint values (golden)', () => {
    expectGolden('style-layers', styleLayers());
  });

  test("the style handed to MapLibre passes MapLibre's own validator (the map does not validate it again)", () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    // The lanes of a large network, added with their source; and an error is reported, so the check can fail.
    const lanes = { ...style, sources: { ...style.sources, 'link-aggregates': emptyGeoJSON }, layers: sharedPrograms(aggregateLayers()) };
    expect(validateStyleMin(lanes).map((e) => e.message)).toEqual([]);
    expect(validateStyleMin({ ...style, layers: [{ id: 'x', type: 'line', source: 'nowhere' }] })).toHaveLength(1);
  });

  test('no glyph, sprite or tile server: fonts come from font-faces, sources are local GeoJSON', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(style['font-faces']).toEqual({ 'Noto Sans Regular': 'fonts/regular.woff2', 'Noto Sans Bold': 'fonts/bold.woff2' });
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  test('every layer reads a declared source, every text layer a declared font', () => {
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
      const font = layer.type === 'symbol' ? JSON.stringify(layer.layout?.['text-font'] ?? []) : '[]';
      for (const name of font.match(/Noto Sans [A-Za-z]+/g) ?? []) expect(Object.keys(style['font-faces'] ?? {})).toContain(name);
    }
  });

  test('each link kind has its own layer, colour and dash pattern (readable without colour)', () => {
    const ids = style.layers.map((l) => l.id);
    for (const kind of COOPERATION_KINDS) expect(ids).toContain(`links-${kind}`);
    const dashes = COOPERATION_KINDS.map((k) => JSON.stringify(LINK_STYLES[k].dash));
    const solid = JSON.stringify([1, 0]);
    // Only two kinds are solid, and they differ in width too: GCS (2 px) and posts (by weight, with arrows).
    expect(dashes.filter((d) => d === solid)).toHaveLength(2);
    expect(new Set(dashes.filter((d) => d !== solid)).size).toBe(dashes.filter((d) => d !== solid).length);
    expect(new Set(COOPERATION_KINDS.map((k) => LINK_STYLES[k].color)).size).toBe(COOPERATION_KINDS.length);
  });
});

describe('text sizes, screen and presentation', () => {
  /** The smallest size an expression can give: numbers, `case` branches, and the floor of a `max`. */
  const floorOf = (size: unknown): number => {
    if (typeof size === 'number') return size;
    const [op, ...args] = size as [string, ...unknown[]];
    if (op === 'max') return Math.max(...args.filter((a): a is number => typeof a === 'number'));
    if (op === 'case') return Math.min(...args.filter((_, i) => i % 2 === 1 || i === args.length - 1).map(floorOf));
    return 0; // a feature's own size (`get`): no floor
  };

  test('screen sizes are the style as snapshotted (the golden file does not move)', () => {
    const screen = new Map(labelSizes('screen'));
    for (const layer of styleLayers()) {
      if (layer.type === 'symbol' && layer.layout?.['text-size'] !== undefined)
        expect(screen.get(layer.id)).toEqual(layer.layout['text-size']);
    }
    // Each label set (ATP counts, CCU-Région counts, rate view) has its copy of every label layer.
    expect([...screen.keys()]).toEqual(LABEL_SETS.flatMap((set) => LABEL_LAYERS.map((layer) => setLayerId(layer, set))));
  });

  test('in presentation no label is under 14 px; the territory name (0.85 of its label) reaches 14 px too', () => {
    const sizes = new Map(labelSizes('presentation'));
    for (const [layer, size] of sizes) {
      const scale = logicalLayer(layer) === 'territory-labels' ? TERRITORY_NAME_SCALE : 1;
      expect(floorOf(size) * scale, layer).toBeGreaterThanOrEqual(14 - 1e-9);
    }
    for (const set of LABEL_SETS) {
      expect(sizes.get(setLayerId('establishment-labels', set))).toEqual(['case', ['get', 'hub'], 14, 14]);
      expect(sizes.get(setLayerId('territory-labels', set))).toEqual(['max', ['get', 'size'], 14 / TERRITORY_NAME_SCALE]);
    }
  });

  test('labelPx raises only what is under the mode minimum', () => {
    expect(labelPx(12, 'screen')).toBe(12);
    expect(labelPx(12, 'presentation')).toBe(14);
    expect(labelPx(16, 'presentation')).toBe(16);
    expect(labelPx(13, 'presentation', 0.85)).toBeCloseTo(16.47, 2);
  });
});

type Paint = Record<string, unknown>;
const paintOf = (layer: LayerSpecification): Paint => (layer as { paint?: Paint }).paint ?? {};
/** MapLibre's specification of a layer type's paint properties. */
const paintSpecs = (type: string): Record<string, StylePropertySpecification & { 'property-type'?: string }> =>
  (latest as unknown as Record<string, Record<string, StylePropertySpecification & { 'property-type'?: string }>>)[`paint_${type}`] ?? {};
const specOf = (type: string, name: string): StylePropertySpecification | undefined => paintSpecs(type)[name];
/** A paint value compiled as MapLibre compiles it (throws on an invalid one). */
const compile = (value: unknown, spec: StylePropertySpecification) => {
  const parsed = expression.createPropertyExpression(value, 'paint', spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value;
};

/** The program MapLibre draws a layer with: its type, dashed or not, text or icon, and which of its paint properties vary by feature. */
const programOf = (layer: LayerSpecification): string | null => {
  const paint = paintOf(layer);
  if (layer.type === 'background') return 'background';
  if (layer.type === 'symbol' && (layer.layout?.['text-field'] === undefined || paint['text-opacity'] === 0)) return null;
  const family = layer.type === 'line' && paint['line-dasharray'] ? 'lineSDF' : layer.type;
  const specs = paintSpecs(layer.type);
  const varying = Object.entries(specs)
    .filter(([name, spec]) => spec['property-type'] === 'data-driven' && !(layer.type === 'symbol' && name.startsWith('icon-')))
    .filter(([name, spec]) => {
      const value = paint[name] ?? spec.default;
      return value !== undefined && ['source', 'composite'].includes(compile(value, spec).kind);
    })
    .map(([name]) => name);
  return `${family}: ${varying.join(' ')}`;
};

describe('one shader program per layer type (sharedPrograms)', () => {
  const described = [...styleLayers(), ...aggregateLayers()];
  const handed = [...buildStyle({ regular: 'r', bold: 'b' }).layers, ...sharedPrograms(aggregateLayers())];

  test('the map draws with one program per type of layer (two for lines: solid and dashed)', () => {
    const programs = new Set(handed.map(programOf).filter((p) => p !== null));
    const families = [...programs].map((p) => p.split(':')[0]);
    expect(new Set(families).size).toBe(families.length);
    expect(families.toSorted()).toEqual(['background', 'circle', 'fill', 'line', 'lineSDF', 'symbol']);
    // What this replaces: the style as described needs more (17 programs in MapLibre, icons and outlines counted).
    expect(new Set(described.map(programOf).filter((p) => p !== null)).size).toBeGreaterThan(programs.size + 4);
  });

  test('every paint value is unchanged: the same at every zoom, for every feature and state', () => {
    const features = [
      { properties: {} },
      { properties: { kind: 'gcs', status: 'firm', hub: true, group: true, inferred: false, color: '#123456', size: 12, role: 'site' } },
      { properties: { kind: 'posts', status: 'project', hub: false, group: false, inferred: true, color: '#654321', size: 9 } },
    ];
    const states = [{}, { o: 1, e: 1, w: 3, c: 1, h: 0, f: 1, fill: '#abcdef' }, { o: 1, e: 3, w: 6, c: 2, h: 1 }, { o: 0, e: 2, c: 3 }];
    let changed = 0;
    for (const [i, layer] of handed.entries()) {
      const before = described[i] as LayerSpecification;
      expect(layer.id).toBe(before.id);
      expect(layer.layout).toEqual(before.layout);
      for (const [name, value] of Object.entries(paintOf(layer))) {
        const spec = specOf(layer.type, name);
        if (!spec) throw new Error(`${layer.id}: no ${name} in the style spec`);
        const was = paintOf(before)[name] ?? spec.default;
        if (JSON.stringify(was) === JSON.stringify(value)) continue;
        changed++;
        const [a, b] = [compile(was, spec), compile(value, spec)];
        for (const zoom of [4, 7.2, 8, 11]) {
          for (const feature of features)
            for (const state of states)
              expect(JSON.stringify(b.evaluate({ zoom }, feature as never, state)), `${layer.id} ${name}`).toBe(
                JSON.stringify(a.evaluate({ zoom }, feature as never, state)),
              );
        }
      }
    }
    expect(changed).toBeGreaterThan(20);
  });

  test('a zoom curve keeps its stops, each made per-feature', () => {
    const [layer] = sharedPrograms([
      { id: 'l', type: 'line', source: 's', paint: { 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 4] } },
    ]);
    const width = compile(paintOf(layer as LayerSpecification)['line-width'], specOf('line', 'line-width') as StylePropertySpecification);
    expect(width.kind).toBe('composite');
    expect(width.evaluate({ zoom: 7.5 }, { properties: {} } as never)).toBeCloseTo(2.5, 9);
  });
});
