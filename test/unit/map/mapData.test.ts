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

describe('buildMapData, rate view', () => {
  const data = buildMapData({
    territories,
    grid: 'bassins',
    lang: 'fr',
    // Metropole 36 ATP / 1,363,003; Artois 86 / 1,156,039 (populations légales 2016).
    territoryValues: new Map([
      ['metropole', (36 * 100_000) / 1_363_003],
      ['artois', (86 * 100_000) / 1_156_039],
    ]),
    focusedTerritory: null,
    highlight: NO_HIGHLIGHT,
    establishments,
    allEstablishments: establishments,
    links,
    counts: atpCounts,
    rate: {
      counts: new Map([
        ['metropole', 36],
        ['artois', 86],
      ]),
      method: 'ckmeans',
      format: (v, digits) => v.toFixed(digits).replace('.', ','),
      year: 2016,
    },
  });

  test('colours by rate classes, writes the rate in the label, circles are the territories’ counts', () => {
    expect(data.classes.map((c) => c.label)).toEqual(['2,6', '7,4']);
    const labels = data.sources['territory-labels'].features.map((f) => [
      f.properties?.['id'],
      f.properties?.['label'],
      f.properties?.['valueText'],
    ]);
    expect(labels.filter(([id]) => id === 'metropole' || id === 'artois')).toEqual([
      ['metropole', 'Métropole\n2,6', '2,6'],
      ['artois', 'Artois\n7,4', '7,4'],
    ]);
    expect(
      data.sources['count-marks'].features.map((f) => [f.properties?.['id'], f.properties?.['value'], f.properties?.['label']]),
    ).toEqual([
      ['territory:artois', 86, '86'],
      ['territory:metropole', 36, '36'],
    ]);
    expect(data.maxMark).toBe(86);
    expect(data.rateYear).toBe(2016);
    // No site marks: establishment labels carry no count.
    expect(data.sources.establishments.features.every((f) => f.properties?.['value'] === null)).toBe(true);
  });
});
