// @vitest-environment happy-dom
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { COLORS } from '../../map/palette.ts';
import { territoriesFromTopology, zonesOf } from '../../map/territories.ts';
import { mapDataFor } from '../../map/viewData.ts';
import { parsePopulation } from '../../model/population.ts';
import type { Zone } from '../../model/types.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../query/state.ts';
import { unzonedTotal } from '../../query/zoneCounts.ts';
import { ratesByZone } from '../../query/rates.ts';
import { msg } from '../../i18n/index.ts';
import type { AppState } from '../../query/types.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, mount, text } from '../../../test/fixtures/components.ts';
import './legend.ts';

const dataset = realDataset();
const territories = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);
const zones: Zone[] = zonesOf(territories);
const parsed = parsePopulation(readRepoJson('geo/population.json'));
if (!('population' in parsed)) throw new Error(parsed.issue.message);
const population = parsed.population;

/** The legend's properties as the app sets them for `state` (see coop-map.ts). */
function legendProps(state: AppState) {
  const rate = state.view.measure === 'rate' ? { population, format: (v: number, d: number) => v.toFixed(d) } : undefined;
  const data = mapDataFor(dataset, territories, zones, state, rate);
  const counts = countsByBassin(dataset, state.filters);
  const scheme = state.filters.scheme;
  return {
    lang: state.lang,
    scheme,
    grid: state.view.grid,
    classes: data.classes,
    links: data.linkKinds,
    sites: data.establishmentKinds,
    hub: data.hub,
    maxMark: data.maxMark,
    maxWeight: data.maxWeight,
    filtered: counts[scheme].filtered,
    period: counts[scheme].period,
    measure: state.view.measure ?? 'count',
    populationYear: state.view.measure === 'rate' ? population.year : 0,
  };
}

describe('<coop-legend>', () => {
  test('the default view of the real data: choropleth classes, every link kind, shapes and circle sizes (French)', async () => {
    const props = legendProps(DEFAULT_STATE);
    const el = await mount('coop-legend', props);
    const choro = $(el, 'section.block');
    expect(choro.getAttribute('aria-label')).toBe('Bassins : postes ATP 2000–2011 (total publié)');
    expect(text(choro.querySelector('h3'))).toBe('Bassins : postes ATP 2000–2011 (total publié)');
    expect(props.classes.length).toBeGreaterThan(0);
    expect($$(el, 'ul.classes li').map(text)).toEqual(props.classes.map((c) => c.label));
    expect($$(el, 'ul.classes .chip').map((c) => c.getAttribute('style'))).toEqual(props.classes.map((c) => `background:${c.color}`));
    expect(props.classes.map((c) => c.label)).toEqual(['0–19', '20–39', '40–59', '60–79', '80–100']);
    expect($$(el, 'ul.rows:not(.two) li').map(text)).toEqual([
      'GCS',
      'CHT',
      'GHT',
      'Conventions, partenariats',
      'Transfrontalier',
      'Postes partagés (CHRU → site)',
    ]);
    expect($$(el, 'ul.rows.two li').map(text)).toEqual([
      'CHRU de Lille',
      'CHU',
      'Centre hospitalier',
      'Centre de lutte contre le cancer',
      'Psychiatrie',
      'Privé',
      'ESPIC (privé non lucratif)',
      'Étranger',
      'Université, faculté',
    ]);
    expect($(el, 'ul.rows.two polygon').getAttribute('fill')).toBe(COLORS.hubFill);
    // Circle samples: about an eighth, a third and the largest value.
    expect([props.maxMark, props.maxWeight]).toEqual([85, 26]);
    expect($(el, 'svg.marks').getAttribute('aria-label')).toBe('11, 28, 85');
    expect($$(el, 'svg.marks text').map(text)).toEqual(['11', '28', '85']);
    // Line widths: 1, a third and the largest weight.
    expect($$(el, 'ul.inline li').map(text)).toEqual(['1', '9', '26']);
  });

  test('only the link kinds drawn; no weights without shared-post links', async () => {
    const el = await mount('coop-legend', legendProps({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, links: ['gcs', 'cht'] } }));
    expect($$(el, 'ul.rows:not(.two) li').map(text)).toEqual(['GCS', 'CHT']);
    expect($$(el, 'ul.inline')).toEqual([]);
  });

  test('only what is drawn: no link kind checked but absent at the date, no establishment kind filtered out', async () => {
    // 31 Dec 2011 (the GCS scene's date) with every kind checked: no GHT yet (the first is of 2016).
    const at2011 = legendProps({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, date: '2011-12-31' } });
    expect(at2011.links).not.toContain('ght');
    const el = await mount('coop-legend', at2011);
    expect($$(el, '[data-testid="legend-links"] > ul.rows:not([data-testid]) li').map(text)).not.toContain('GHT');
    const kinds = legendProps({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, kinds: ['ch', 'psychiatric'] } });
    // The hub stays drawn whatever the kinds (the network is drawn around it).
    expect([kinds.sites, kinds.hub]).toEqual([['ch', 'psychiatric'], true]);
    const filtered = await mount('coop-legend', kinds);
    expect($$(filtered, 'ul.rows.two li').map(text)).toEqual(['CHRU de Lille', 'Centre hospitalier', 'Psychiatrie']);
  });

  test('no link drawn, no links block (GCS only, 31 Jan 2000: none is in force yet)', async () => {
    const props = legendProps({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, links: ['gcs'], date: '2000-01-31' } });
    expect(props.links).toEqual([]);
    const el = await mount('coop-legend', props);
    expect($$(el, '[data-testid="legend-links"]')).toEqual([]);
    expect($$(el, 'ul.rows.two li').length).toBeGreaterThan(0);
  });

  test('the largest circle has room above it for its value', async () => {
    const el = await mount('coop-legend', legendProps(DEFAULT_STATE));
    const marks = $(el, 'svg.marks');
    const [, minY] = (marks.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const top = Math.min(...$$(el, 'svg.marks text').map((t) => Number(t.getAttribute('y'))));
    // The text's baseline minus its cap height (11 px type at least: about 8 px) stays inside the view box.
    expect(top - 8).toBeGreaterThanOrEqual(minY ?? 0);
  });

  test('rate view on zones in English: its title, the caveat and the rate note', async () => {
    const state: AppState = { ...DEFAULT_STATE, lang: 'en', view: { grid: 'zones', measure: 'rate' } };
    // The zones with no rate in the real data, named as the app names them.
    const gaps = ratesByZone(dataset, state.filters, population, zones).filter((z) => z.gap !== null);
    expect(gaps.length).toBeGreaterThan(0);
    const rateNote = msg('en').rates.zonesWithout(gaps.map((z) => zones.find((x) => x.id === z.zone)?.name).join(', '));
    const el = await mount('coop-legend', { ...legendProps(state), rateNote });
    expect(text($(el, 'section.block h3'))).toBe(
      "Zones: ATP posts attributed to the zone's sites, per 100,000 inhabitants (population 2016)",
    );
    expect(text($(el, '[data-testid="rate-caveat"]'))).toBe(
      'Posts are cumulative over 2000–2011, the population is of one year (2016): the rate compares territories, it is not a number per year.',
    );
    expect(text($(el, '[data-testid="rate-caveat"] + p'))).toBe(rateNote);
    expect(rateNote).toBe('Zones without a rate (grey): Dunkerquois, Calaisis, Boulonnais, Lens-Hénin, Arrageois, Douaisis.');
  });

  test('zones grid in counts: the posts with no single zone are said', async () => {
    const unzoned = unzonedTotal(dataset, DEFAULT_STATE.filters);
    expect(unzoned).toBe(106);
    const el = await mount('coop-legend', { ...legendProps({ ...DEFAULT_STATE, view: { grid: 'zones' } }), unzoned });
    expect(text($(el, 'section.block h3'))).toBe(
      'Zones : somme des postes ATP attribués aux sites de la zone. Les totaux publiés sont par bassin ; une zone sans site compté vaut 0.',
    );
    expect(text($(el, 'section.block p'))).toBe('106 postes sans zone unique (valeurs de groupe) non cartographiés.');
  });
});
