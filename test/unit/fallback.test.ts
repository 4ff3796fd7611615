/**
 * The static map drawn without WebGL (`staticMapModel`): what the map data
 * becomes in SVG pixels, on the hand-made map fixture.
 */
import { describe, expect, test } from 'vitest';
import { staticMapModel } from '../../src/map/staticMap.ts';
import { buildMapData, type MapData } from '../../src/map/mapData.ts';
import { NO_HIGHLIGHT } from '../../src/map/features.ts';
import { territoriesFromTopology } from '../../src/map/territories.ts';
import { atpCounts, bassins, establishments, links } from './map/fixture.ts';

function data(): MapData {
  const territories = { ...territoriesFromTopology(null), bassins, region: bassins };
  return buildMapData({
    territories,
    grid: 'bassins',
    lang: 'fr',
    territoryValues: new Map([
      ['metropole', 36],
      ['artois', 86],
    ]),
    focusedTerritory: null,
    highlight: NO_HIGHLIGHT,
    establishments,
    allEstablishments: establishments,
    links,
    counts: atpCounts,
  });
}

/** [minX, minY, maxX, maxY] of the numbers in an SVG path. */
function pathBounds(d: string): [number, number, number, number] {
  const n = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A dash length of the legend (drawn for 2 px) scaled to a `w` px line, as the model rounds it. */
const scaled = (n: number, w: number): number => Math.round(((n * w) / 2) * 10) / 10;

describe('staticMapModel', () => {
  test('fits the region inside the insets, north up, and keeps every territory with its value and fill', () => {
    const model = staticMapModel(data(), 800, 600, { top: 50, right: 100, bottom: 50, left: 200 });
    expect(model).not.toBeNull();
    const m = model!;
    expect(m.areas.map((a) => [a.id, a.value, a.fill])).toEqual(
      bassins.features.map((f) => [
        f.properties['id'],
        f.properties['id'] === 'metropole' ? 36 : f.properties['id'] === 'artois' ? 86 : null,
        expect.any(String),
      ]),
    );
    const all = m.areas.map((a) => pathBounds(a.d));
    const [x0, y0, x1, y1] = [
      Math.min(...all.map((b) => b[0])),
      Math.min(...all.map((b) => b[1])),
      Math.max(...all.map((b) => b[2])),
      Math.max(...all.map((b) => b[3])),
    ];
    // Touches the inset box on one axis, stays inside it on the other.
    expect(x0).toBeGreaterThanOrEqual(199.9);
    expect(x1).toBeLessThanOrEqual(700.1);
    expect(y0).toBeGreaterThanOrEqual(49.9);
    expect(y1).toBeLessThanOrEqual(550.1);
    expect(Math.abs(x1 - x0 - 500) < 0.2 || Math.abs(y1 - y0 - 500) < 0.2).toBe(true);
    // North up: Lille is above Arras.
    const site = (id: string) => m.sites.find((s) => s.id === id)!;
    expect(site('chru-lille').y).toBeLessThan(site('ch-arras').y);
    expect(site('chru-lille').hub).toBe(true);
  });

  test('links keep their kind colour, and dashes scale with the width', () => {
    const m = staticMapModel(data(), 800, 600)!;
    expect(m.links.length).toBe(data().sources.links.features.length);
    for (const l of m.links) {
      expect(l.d).toMatch(/^M/);
      if (l.kind === 'gcs' || l.kind === 'posts') expect(l.dash).toBe('');
    }
    const cht = m.links.find((l) => l.kind === 'cht');
    expect(cht).toBeDefined();
    expect(cht?.dash).toBe(`${scaled(6, cht?.width ?? 0)} ${scaled(3, cht?.width ?? 0)}`);
  });

  test('nothing to fit, or no room, gives null', () => {
    const empty = buildMapData({
      territories: territoriesFromTopology(null),
      grid: 'bassins',
      lang: 'fr',
      territoryValues: new Map(),
      focusedTerritory: null,
      highlight: NO_HIGHLIGHT,
      establishments: [],
      allEstablishments: [],
      links: [],
      counts: atpCounts,
    });
    expect(staticMapModel(empty, 800, 600)).toBeNull();
    expect(staticMapModel(data(), 0, 600)).toBeNull();
  });
});
