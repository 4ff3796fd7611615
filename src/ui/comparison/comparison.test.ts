// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { COOPERATION_KINDS } from '../../model/types.ts';
import { parsePopulation, type Population } from '../../model/population.ts';
import { bassinComparison } from '../../query/bassinComparison.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../query/state.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text } from '../../../test/fixtures/components.ts';
import './comparison.ts';

const dataset = realDataset();
const parsed = parsePopulation(readRepoJson('geo/population.json'));
if (!('population' in parsed)) throw new Error(parsed.issue.message);
const population: Population = parsed.population;
const filters = DEFAULT_STATE.filters;
const counts = countsByBassin(dataset, filters);
const props = {
  rows: bassinComparison(dataset, filters, counts, population),
  year: population.year,
  date: filters.date,
  periods: { atp: counts.atp.period, ccu: counts.ccu.period },
};

describe('<coop-comparison>', () => {
  test('the four bassins of the real data with populations 2016, published counts and rates (French)', async () => {
    const el = await mount('coop-comparison', props);
    const rows = $$(el, 'tbody tr');
    expect(rows.map((r) => r.dataset['bassin'])).toEqual(['metropole', 'littoral', 'artois', 'hainaut']);
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(['Métropole', 'Littoral', 'Artois', 'Hainaut']);
    expect(rows.map((r) => text(r.querySelector('[data-population]')))).toEqual(['1 363 003', '811 729', '1 156 039', '743 677']);
    expect(rows.map((r) => text(r.querySelector('[data-count="atp"]')))).toEqual(['36', '22', '86', '38']);
    expect(rows.map((r) => text(r.querySelector('[data-rate="atp"]')))).toEqual(['2,64', '2,71', '7,44', '5,11']);
    expect(rows.map((r) => text(r.querySelector('[data-count="ccu"]')))).toEqual(['2', '6', '3', '7']);
    expect(rows.map((r) => text(r.querySelector('[data-rate="ccu"]')))).toEqual(['0,15', '0,74', '0,26', '0,94']);
    // One cooperation column per kind, each cell the row's value.
    expect(rows[0]!.querySelectorAll('[data-coop]').length).toBe(COOPERATION_KINDS.length);
    expect(rows.map((r) => COOPERATION_KINDS.map((k) => text(r.querySelector(`[data-coop="${k}"]`))))).toEqual(
      props.rows.map((r) => COOPERATION_KINDS.map((k) => String(r.cooperations[k]))),
    );
    expect($$(el, 'thead th.group').map(text)).toEqual(['ATP 2000–2011', 'CCU-Région 2009–2011', 'Coopérations']);
    expect(text($(el, 'p'))).toContain('Population 2016 (Insee, une seule année).');
    expect(text($(el, 'p'))).toContain('en vigueur au 31 déc. 2017');
  });

  test('English number format, and the CSV button sends coop-export-comparison', async () => {
    const seen = events('coop-export-comparison');
    const el = await mount('coop-comparison', { ...props, lang: 'en' });
    expect($$(el, 'tbody [data-population]').map(text)).toEqual(['1,363,003', '811,729', '1,156,039', '743,677']);
    expect($$(el, 'tbody [data-rate="atp"]').map(text)).toEqual(['2.64', '2.71', '7.44', '5.11']);
    const button = $(el, '[data-testid="comparison-csv"]');
    expect(text(button)).toBe('Export as CSV');
    await click(el, button);
    expect(seen).toEqual([{}]);
  });
});
