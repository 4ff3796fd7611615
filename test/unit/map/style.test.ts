import { describe, expect, test } from 'vitest';
import { buildStyle, SOURCE_IDS, styleLayers } from '../../../src/map/style.ts';
import { COOPERATION_KINDS } from '../../../src/model/types.ts';
import { LINK_STYLES } from '../../../src/map/palette.ts';
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
      if ('source' in layer) expect(SOURCE_IDS).toContain(layer.source);
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
