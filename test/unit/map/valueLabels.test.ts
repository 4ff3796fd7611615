import { describe, expect, test } from 'vitest';
import { NO_HIGHLIGHT } from '../../../src/map/features.ts';
import { buildMapData } from '../../../src/map/mapData.ts';
import { TERRITORY_GAP_EM, TERRITORY_NAME_SCALE, TERRITORY_VALUE_SCALE } from '../../../src/map/palette.ts';
import { territoriesFromTopology } from '../../../src/map/territories.ts';
import { valueLabels } from '../../../src/map/valueLabels.ts';
import { atpCounts, bassins, establishments, links } from './fixture.ts';

const territories = { ...territoriesFromTopology(null), bassins };

const dataWith = (values: [string, number | null][], rate = false): ReturnType<typeof buildMapData> =>
  buildMapData({
    territories,
    grid: 'bassins',
    lang: 'fr',
    territoryValues: new Map(values),
    focusedTerritory: null,
    highlight: NO_HIGHLIGHT,
    establishments,
    allEstablishments: establishments,
    links,
    counts: atpCounts,
    ...(rate
      ? {
          rate: {
            counts: new Map([['artois', 86]]),
            method: 'ckmeans' as const,
            format: (v: number, d: number) => v.toFixed(d),
            year: 2016,
          },
        }
      : {}),
  });

describe('the numbers written over the map', () => {
  test('one per territory with a value, under its name, at the label point; none for a territory without', () => {
    const written = valueLabels(
      dataWith([
        ['metropole', 36],
        ['artois', null],
      ]),
      'screen',
    );
    expect(written.map((v) => [v.key, v.text, v.place])).toEqual([['territory:metropole', '36', 'below']]);
    const [metropole] = written;
    // A bassin label is 13 px: its value is 1.25 × that, and starts the gap below the point.
    expect(metropole?.size).toBeCloseTo(13 * TERRITORY_VALUE_SCALE, 6);
    expect(metropole?.dy).toBeCloseTo(13 * TERRITORY_GAP_EM, 6);
  });

  test('in presentation the value grows with the name (which reaches 14 px)', () => {
    const [metropole] = valueLabels(dataWith([['metropole', 36]]), 'presentation');
    expect(metropole?.size).toBeCloseTo((14 / TERRITORY_NAME_SCALE) * TERRITORY_VALUE_SCALE, 6);
  });

  test('the rate view writes the rate under the name and the count on the territory circle', () => {
    const written = valueLabels(dataWith([['artois', 7.44]], true), 'screen');
    const circle = written.find((v) => v.key === 'mark:territory:artois');
    expect(circle).toMatchObject({ text: '86', place: 'centre', dy: 0, opacity: 1 });
    expect(written.find((v) => v.key === 'territory:artois')?.text).toMatch(/^7[.,]\d+$/);
  });
});
