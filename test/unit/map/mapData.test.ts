import { describe, expect, test } from 'vitest';
import { NO_HIGHLIGHT } from '../../../src/map/features.ts';
import { buildMapData } from '../../../src/map/mapData.ts';
import { SOURCE_IDS } from '../../../src/map/style.ts';
import { territoriesFromTopology } from '../../../src/map/territories.ts';
import { atpCounts, bassins, establishments, links } from './fixture.ts';
import { expectGolden } from './golden.ts';

const territories = { ...territoriesFromTopology(null), bassins };

describe('buildMapData', () => {
  const data = buildMapData({
    territories,
    grid: 'bassins',
    lang: 'en',
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

  test('fills every source of the style', () => {
    expect(Object.keys(data.sources).toSorted()).toEqual([...SOURCE_IDS].toSorted());
  });

  test('legend values: classes, largest mark and largest weight', () => {
    expect(data.classes.map((c) => c.to)).toEqual([20, 40, 60, 80, 100]);
    expect(data.maxMark).toBe(37);
    expect(data.maxWeight).toBe(37);
  });

  test('context labels follow the language; the bassins outline only shows on the zones grid (golden)', () => {
    expect(data.sources['context-labels'].features.map((f) => f.properties?.['label'])).toContain('Belgium');
    expect(data.sources.bassins.features).toEqual([]);
    expectGolden('map-data-labels', { territoryLabels: data.sources['territory-labels'], context: data.sources['context-labels'] });
  });
});
