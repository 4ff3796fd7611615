// @vitest-environment happy-dom
// happy-dom has no layout: the element's size comes from a stubbed clientWidth/clientHeight and a ResizeObserver that reports at once.
import type { Topology } from 'topojson-specification';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { staticMapModel } from '../../map/staticMap.ts';
import { territoriesFromTopology, zonesOf, type Territories } from '../../map/territories.ts';
import { mapDataFor } from '../../map/viewData.ts';
import type { Zone } from '../../model/types.ts';
import { DEFAULT_STATE } from '../../query/state.ts';
import type { AppState } from '../../query/types.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text } from '../../../test/fixtures/components.ts';
import type { CoopStaticMap } from './static-map.ts';
import './static-map.ts';

const dataset = realDataset();
const territories = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);
const zones: Zone[] = zonesOf(territories);
const SIZE = { width: 960, height: 600 };
const INSETS = { top: 56, right: 16, bottom: 48, left: 16 };

class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(): void {
    this.callback([], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}

beforeEach(() => vi.stubGlobal('ResizeObserver', ReportingResizeObserver));
afterEach(() => vi.unstubAllGlobals());

/** Mounts the static map at SIZE with `props`. */
async function mountSized(props: Partial<CoopStaticMap>): Promise<CoopStaticMap> {
  const el = document.createElement('coop-static-map');
  Object.defineProperty(el, 'clientWidth', { value: SIZE.width });
  Object.defineProperty(el, 'clientHeight', { value: SIZE.height });
  Object.assign(el, { insets: INSETS, ...props });
  document.body.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const dataFor = (state: AppState, t: Territories = territories) => mapDataFor(dataset, t, zones, state);

describe('<coop-static-map>', () => {
  test('the real default view: territories with their counts, links, sites and labels, as the map model says', async () => {
    const data = dataFor(DEFAULT_STATE);
    const model = staticMapModel(data, SIZE.width, SIZE.height, INSETS)!;
    const el = await mountSized({ data });
    const svg = $(el, 'svg[data-testid="static-map"]');
    expect(svg.getAttribute('viewBox')).toBe('0 0 960 600');
    expect(text(svg.querySelector('title'))).toBe('Carte statique des territoires, des établissements et des liens');
    expect($$(el, 'path.area').map((p) => p.dataset['territory'])).toEqual(['metropole', 'littoral', 'artois', 'hainaut']);
    expect($$(el, 'path.area').map((p) => [p.getAttribute('d'), p.getAttribute('fill')])).toEqual(model.areas.map((a) => [a.d, a.fill]));
    expect($$(el, 'path.link').map((p) => p.dataset['link'])).toEqual(model.links.map((l) => l.id));
    expect($$(el, 'path.link')).toHaveLength(101);
    expect($$(el, 'polygon.site').map((p) => p.dataset['site'])).toEqual(model.sites.map((s) => s.id));
    // Bassin labels: name and the published count of the scheme shown; the CHRU named.
    expect($$(el, 'text.t-label').map((t) => [...t.querySelectorAll('tspan')].map(text))).toEqual([
      ['Métropole', '36'],
      ['Littoral', '22'],
      ['Artois', '86'],
      ['Hainaut', '38'],
    ]);
    expect($$(el, 'text.s-label').map(text)).toEqual(['CHRU de Lille']);
    expect($(el, 'polygon.site.hub').dataset['site']).toBe('chru-lille');
    expect(text($(el, '[data-testid="fallback-note"]'))).toBe(
      'Carte simplifiée : ce navigateur ne permet pas d’afficher la carte interactive (WebGL indisponible). Les comptes, la recherche et les fiches restent utilisables.',
    );
  });

  test('a click on a territory selects its bassin, on a site that establishment', async () => {
    const seen = events('coop-select');
    const el = await mountSized({ data: dataFor(DEFAULT_STATE) });
    await click(el, $(el, 'path.area[data-territory="artois"]'));
    await click(el, $(el, 'polygon.site[data-site="ch-lens"]'));
    expect(seen).toEqual([{ id: 'artois' }, { id: 'ch-lens' }]);
  });

  test('a focus: its territory outlined, the focused site labelled, the rest dimmed (English, context lost)', async () => {
    const state: AppState = { ...DEFAULT_STATE, lang: 'en', selection: { focus: 'ch-lens' } };
    const el = await mountSized({ data: dataFor(state), lang: 'en', reason: 'lost' });
    expect($$(el, 'text.s-label').map(text)).toEqual(['CHRU de Lille', 'CH Lens']);
    expect($$(el, 'polygon.site.dim').length).toBeGreaterThan(0);
    expect($(el, 'polygon.site[data-site="ch-lens"]').classList.contains('dim')).toBe(false);
    expect(text($(el, '[data-testid="fallback-note"]'))).toBe(
      'The interactive map stopped (graphics context lost). It will come back as soon as the browser allows; meanwhile, here is a simplified map.',
    );
  });

  test('without data, or without size: only the note', async () => {
    const el = await mountSized({});
    expect(el.shadowRoot?.querySelector('svg')).toBeNull();
    expect($(el, '[data-testid="fallback-note"]').getAttribute('role')).toBe('status');
    // Laid out at 0 × 0 (happy-dom's own clientWidth): nothing to draw in yet.
    const unsized = await mount('coop-static-map', { data: dataFor(DEFAULT_STATE) });
    expect(unsized.shadowRoot?.querySelector('svg')).toBeNull();
  });

  test('territories that could not be loaded: the note says the map cannot be drawn', async () => {
    const el = await mountSized({ data: dataFor(DEFAULT_STATE, territoriesFromTopology(null)), reason: 'code' });
    expect($$(el, 'path.area')).toEqual([]);
    expect(text($(el, '[data-testid="fallback-note"]'))).toBe(
      'Carte simplifiée : le code de la carte interactive n’a pas pu être chargé. Les comptes, la recherche et les fiches restent utilisables. Les contours des territoires n’ont pas pu être chargés : la carte simplifiée ne peut pas être dessinée.',
    );
  });
});
