import { expect, test } from 'vitest';
import { enParts } from '../../../src/i18n/en.ts';
import { panelsFr } from '../../../src/i18n/panels.ts';
import { choroplethTitle, legendSamples, schemePeriods } from '../../../src/query/controls.ts';

test('legend samples: circles at about an eighth, a third and all; widths at 1, a third and all; no repeats', () => {
  expect(legendSamples(86, 'marks')).toEqual([11, 29, 86]);
  expect(legendSamples(17, 'weights')).toEqual([1, 6, 17]);
  expect(legendSamples(2, 'marks')).toEqual([1, 2]);
  expect(legendSamples(1, 'weights')).toEqual([1]);
  expect(legendSamples(0, 'marks')).toEqual([]);
});

test('the choropleth title says what a colour counts, in the map legend and the exported one alike', () => {
  const period = { start: 2000, end: 2011 };
  expect(choroplethTitle(panelsFr.legend, 'ATP', { grid: 'bassins', filtered: false, period })).toBe(
    'Bassins : postes ATP 2000–2011 (total publié)',
  );
  expect(choroplethTitle(enParts.panels.legend, 'ATP', { grid: 'bassins', filtered: true, period })).toBe(
    enParts.panels.legend.choroplethFiltered('ATP'),
  );
  expect(choroplethTitle(panelsFr.legend, 'CCU-Région', { grid: 'zones', filtered: true, period: null })).toBe(
    panelsFr.legend.zones('CCU-Région'),
  );
});

test('scheme periods come from the counts, one per counted scheme', () => {
  const p = { start: 2009, end: 2011, dateRelation: 'before' as const };
  expect(schemePeriods({ ccu: { period: p } })).toEqual({ ccu: p });
  expect(schemePeriods(null)).toEqual({});
});
