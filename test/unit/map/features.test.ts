import { describe, expect, test } from 'vitest';
import {
  choroplethGeoJSON,
  countMarks,
  countMarksGeoJSON,
  establishmentsGeoJSON,
  linksGeoJSON,
  NO_HIGHLIGHT,
  type Highlight,
} from '../../../src/map/features.ts';
import { atpCounts, bassins, establishments, links } from './fixture.ts';
import { expectGolden } from './golden.ts';

const byId = new Map(establishments.map((e) => [e.id, e]));
const focusLens: Highlight = {
  focus: 'ch-lens',
  establishments: new Set(['ch-lens', 'chru-lille', 'ch-arras']),
  links: new Set(['gcs-x:chru-lille:ch-lens', 'cht-y:ch-arras:ch-lens']),
};

describe('links', () => {
  test('arcs, widths, colours and arrows (golden)', () => {
    expectGolden('links', linksGeoJSON(links, byId, NO_HIGHLIGHT));
  });

  test('only directed links get an arrow; a link to an unknown site is dropped', () => {
    const out = linksGeoJSON([...links, { ...links[0]!, id: 'ghost', to: 'nowhere' }], byId, NO_HIGHLIGHT);
    expect(out.lines.features).toHaveLength(links.length);
    expect(out.arrows.features.map((f) => f.properties['id'])).toEqual(['posts:atp:lens:chru-lille:ch-lens']);
  });

  test('under a focus, the focus links stand out and the others fade', () => {
    const out = linksGeoJSON(links, byId, focusLens);
    const emphasis = Object.fromEntries(out.lines.features.map((f) => [f.properties['id'], f.properties['emphasis']]));
    expect(emphasis).toEqual({
      'gcs-x:chru-lille:ch-lens': 'focus',
      'cht-y:ch-lens:chru-lille': 'dim',
      'posts:atp:lens:chru-lille:ch-lens': 'dim',
      'cht-y:ch-arras:ch-lens': 'focus',
      'xb:chru-lille:az-groeninge': 'dim',
    });
  });
});

describe('establishments and proportional marks', () => {
  test('marks: a single-site value on its site, a group value at the group centre (golden)', () => {
    const marks = countMarks(atpCounts, byId);
    expect(marks.map((m) => [m.id, m.value, m.inferred])).toEqual([
      ['ch-lens', 37, true],
      ['group:arras-lens', 9, false],
    ]);
    expectGolden('count-marks', countMarksGeoJSON(marks, focusLens));
  });

  test('circle area is proportional to the value', () => {
    const fc = countMarksGeoJSON(countMarks(atpCounts, byId), NO_HIGHLIGHT);
    const [big, small] = fc.features.map((f) => Number(f.properties['r']));
    expect((big! / small!) ** 2).toBeCloseTo(37 / 9, 2);
  });

  test('symbols, labels with counts and inferred mark, focus emphasis (golden)', () => {
    expectGolden('establishments', establishmentsGeoJSON(establishments, countMarks(atpCounts, byId), focusLens));
  });
});

describe('choropleth', () => {
  test('bassin fills from the counts, label with the value, focused bassin (golden)', () => {
    const values = new Map<string, number | null>([
      ['metropole', 36],
      ['artois', 86],
    ]);
    expectGolden('choropleth', choroplethGeoJSON(bassins, values, 'artois', { metropole: [2.72, 50.86] }));
  });
});
