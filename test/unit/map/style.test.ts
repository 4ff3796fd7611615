import { describe, expect, test } from 'vitest';
import { buildStyle, LABEL_LAYERS, labelSizes, logicalLayer, setLayerId, styleLayers } from '../../../src/map/style.ts';
import { LABEL_SETS } from '../../../src/map/labelSets.ts';
import { COOPERATION_KINDS } from '../../../src/model/types.ts';
import { LINK_STYLES, TERRITORY_NAME_SCALE, labelPx } from '../../../src/map/palette.ts';
import { expectGolden } from './golden.ts';

describe('offline style', () => {
  const style = buildStyle({ regular: 'fonts/regular.woff2', bold: 'fonts/bold.woff2' });

  test('layers and paint values (golden)', () => {
    expectGolden('style-layers', styleLayers());
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
