import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MapController, type MapTarget } from '../../../src/map/controller.ts';
import { countMarks, NO_HIGHLIGHT } from '../../../src/map/features.ts';
import { featureStates, stateDiff } from '../../../src/map/featureState.ts';
import { buildMapData } from '../../../src/map/mapData.ts';
import { buildMapModel, modelOf, type MapModel } from '../../../src/map/model.ts';
import { territoriesFromTopology, zonesOf } from '../../../src/map/territories.ts';
import { mapDataFor } from '../../../src/map/viewData.ts';
import { contextLabelsGeoJSON } from '../../../src/map/context.ts';
import { buildLabelSets, LABEL_SOURCES } from '../../../src/map/labelSets.ts';
import { STYLE_SOURCE_IDS } from '../../../src/map/style.ts';
import { valueLabels } from '../../../src/map/valueLabels.ts';
import { BASSIN_IDS, type Zone } from '../../../src/model/types.ts';
import { parsePopulation } from '../../../src/model/population.ts';
import { linkCatalogue } from '../../../src/query/visibleLinks.ts';
import type { AppState } from '../../../src/query/types.ts';
import { readRepoJson, realDataset } from '../../fixtures/realData.ts';
import { stateWith } from '../query/helpers.ts';
import { atpCounts, bassins, establishments, links } from './fixture.ts';

const territories = { ...territoriesFromTopology(null), bassins };
const byId = new Map(establishments.map((e) => [e.id, e]));
const model = buildMapModel({
  territories,
  grid: 'bassins',
  establishments,
  catalogue: links,
  marks: { atp: countMarks(atpCounts, byId), ccu: [] },
});
/** The same model with aggregate lanes (from one link on), as a national-scale network has. */
const lanedModel = (): MapModel =>
  buildMapModel({
    territories,
    grid: 'bassins',
    establishments,
    catalogue: links,
    marks: { atp: countMarks(atpCounts, byId), ccu: [] },
    aggregateFrom: 1,
  });
const dataFor = (shown: typeof links, highlight = NO_HIGHLIGHT): ReturnType<typeof buildMapData> =>
  buildMapData({
    territories,
    grid: 'bassins',
    lang: 'en',
    territoryValues: new Map([
      ['metropole', 36],
      ['artois', 86],
    ]),
    focusedTerritory: null,
    highlight,
    establishments,
    allEstablishments: establishments,
    links: shown,
    counts: atpCounts,
    catalogue: new Map(links.map((l) => [l.id, l])),
  });

describe('the map model', () => {
  test('numbers every feature of every stateful source, stable ids in properties', () => {
    expect(model.sources.links.features.map((f) => [f.id, f.properties['id']])).toEqual([
      [0, 'posts:atp:lens:chru-lille:ch-lens'],
      [1, 'cht-y:ch-arras:ch-lens'],
      [2, 'cht-y:ch-lens:chru-lille'],
      [3, 'gcs-x:chru-lille:ch-lens'],
      [4, 'xb:chru-lille:az-groeninge'],
    ]);
    expect([...model.ids['count-marks'].keys()]).toEqual([
      'atp|ch-lens',
      'atp|group:arras-lens',
      'territory:artois',
      'territory:metropole',
    ]);
    expect(model.sources.establishments.features.map((f) => [f.id, f.properties['label_atp'], f.properties['label_ccu']])).toEqual([
      [0, 'CHRU-LILLE', 'CHRU-LILLE'],
      [1, 'CH-LENS 37*', 'CH-LENS'],
      [2, 'CH-ARRAS', 'CH-ARRAS'],
      [3, 'AZ-GROENINGE', 'AZ-GROENINGE'],
    ]);
  });

  test('a state becomes feature-state, exactly: shown links with width and emphasis, the rest absent', () => {
    const shown = links.filter((l) => l.kind !== 'cht');
    const highlight = { focus: 'ch-lens', establishments: new Set(['chru-lille']), links: new Set(['gcs-x:chru-lille:ch-lens']) };
    const { states, missing } = featureStates(model, dataFor(shown, highlight), 'atp');
    expect(missing).toBe(0);
    // (A state's order is not meaningful: the map applies each feature's state on its own.)
    expect(states.links).toEqual(
      new Map([
        [0, { o: 1, w: 7, e: 3 }],
        [3, { o: 1, w: 2, e: 1 }],
        [4, { o: 1, w: 2, e: 3 }],
      ]),
    );
    expect([...states.establishments]).toEqual([
      [0, { o: 1, e: 2 }],
      [1, { o: 1, e: 1 }],
      [2, { o: 1, e: 3 }],
      [3, { o: 1, e: 3 }],
    ]);
    expect([...states['count-marks']]).toEqual([
      [0, { o: 1, r: 24, e: 1 }],
      [1, { o: 1, r: 11.84, e: 2 }],
    ]);
    expect([...states.territories]).toEqual([
      [0, { o: 1, fill: '#efe4cb', f: 0 }],
      [1, { o: 1, fill: '#bc9b63', f: 0 }],
    ]);
  });

  test('a state’s feature-state never builds its arcs: they are built once, when a reader (an export) asks', () => {
    const data = dataFor(links);
    const descriptor = Object.getOwnPropertyDescriptor(data.sources, 'links');
    let built = 0;
    Object.defineProperty(data.sources, 'links', {
      get: () => {
        built += 1;
        return descriptor?.get?.();
      },
      enumerable: true,
    });
    const { states } = featureStates(model, data, 'atp');
    expect(states.links.size).toBe(5);
    expect(states['link-arrows'].size).toBe(1);
    expect(built).toBe(0);
    // Read, the arcs are the drawn links in draw order (heavier first), built once for both collections.
    expect(data.sources.links.features.map((f) => f.properties?.['id'])).toEqual(
      data.drawnLinks.toSorted((a, b) => b.width - a.width || a.link.id.localeCompare(b.link.id)).map((d) => d.link.id),
    );
    expect(data.sources.links).toBe(data.sources.links);
    expect(built).toBe(3);
  });

  test('a model with lanes builds its individual links only when they are read: the controller hands them over at their zoom', () => {
    const laned = lanedModel();
    expect(laned.aggregates).not.toBeNull();
    let reads = 0;
    for (const key of ['links', 'link-arrows'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(laned.sources, key);
      Object.defineProperty(laned.sources, key, {
        get: () => {
          reads += 1;
          return descriptor?.get?.call(laned.sources);
        },
        enumerable: true,
        configurable: true,
      });
    }
    const map = fakeMap();
    const controller = new MapController(map);
    controller.setModel(laned);
    controller.show(dataFor(links), 'atp');
    expect(map.calls).not.toContain('setData links');
    expect(reads).toBe(0);
    // At the links' zoom they go over, numbered as the ids feature-state uses (heavier first), and are built once.
    map.zoomTo(8);
    expect(map.calls).toContain('setData links');
    expect(reads).toBeGreaterThan(0);
    expect(laned.sources.links.features.map((f) => [f.id, laned.ids.links.get(String(f.properties['id']))])).toEqual(
      [...laned.ids.links.values()].map((i) => [i, i]),
    );
    expect(laned.sources.links.features.map((f) => f.properties['id'])).toEqual(
      model.sources.links.features.map((f) => f.properties['id']),
    );
    expect(laned.sources['link-arrows'].features.map((f) => f.id)).toEqual([...laned.ids['link-arrows'].values()]);
    expect(laned.sources.links).toBe(laned.sources.links);
  });

  test('the diff sets what changed and hides what left, nothing else', () => {
    const before = featureStates(model, dataFor(links), 'atp').states;
    const after = featureStates(model, dataFor(links.filter((l) => l.kind !== 'cht')), 'atp').states;
    expect(stateDiff(before, after).toSorted((a, b) => a.id - b.id)).toEqual([
      { source: 'links', id: 1, state: { o: 0 } },
      { source: 'links', id: 2, state: { o: 0 } },
    ]);
    expect(stateDiff(after, after)).toEqual([]);
    // Territories 2, links 5, arrows 1, marks 2, establishments 4 (labels: see below).
    expect(stateDiff(null, before).length).toBe(2 + 5 + 1 + 2 + 4);
  });

  test('the label sets: the scheme’s set shows the labels of what is shown; the others show nothing; a scheme switch is feature-state', () => {
    const labels = buildLabelSets(model, null);
    const data = dataFor(links);
    const atp = featureStates(model, data, 'atp', null, labels).states;
    const shown = (states: typeof atp, source: (typeof LABEL_SOURCES)[number]): string[] =>
      [...states[source]]
        .filter(([, s]) => s['o'] === 1)
        .map(
          ([id]) =>
            `${String(labels.sources[source].features[id]?.properties['role'])} ${String(labels.sources[source].features[id]?.properties['id'])}`,
        )
        .toSorted();
    // Two territory names and their values' rooms, the ATP group mark, the four sites.
    expect(shown(atp, 'labels-atp')).toHaveLength(2 + 2 + 1 + 4);
    expect(shown(atp, 'labels-atp').filter((l) => l.startsWith('mark '))).toEqual(['mark atp|group:arras-lens']);
    expect(shown(atp, 'labels-ccu')).toEqual([]);
    expect(shown(atp, 'labels-rate')).toEqual([]);
    // The site labels of the ATP set carry the ATP counts, those of the CCU set the CCU ones: fixed texts.
    for (const f of labels.sources['labels-atp'].features.filter((l) => l.properties['role'] === 'site')) {
      const site = model.sources.establishments.features.find((e) => e.properties['id'] === f.properties['id']);
      expect(f.properties['text']).toBe(site?.properties['label_atp']);
    }
    // Switching to CCU: the ATP set hides, the CCU set shows the same labels but the ATP group mark's.
    const ccu = featureStates(model, data, 'ccu', null, labels).states;
    expect(shown(ccu, 'labels-atp')).toEqual([]);
    expect(shown(ccu, 'labels-ccu')).toEqual(shown(atp, 'labels-atp').filter((l) => !l.startsWith('mark ')));
    const changed = new Set(stateDiff(atp, ccu).map((c) => c.source));
    expect([...changed].every((source) => source === 'count-marks' || source.startsWith('labels-'))).toBe(true);
  });
});

describe('linkCatalogue', () => {
  const catalogue = linkCatalogue(realDataset());

  test('holds every hubless cooperation’s member pairs, each link once', () => {
    expect(new Set(catalogue.map((l) => l.id)).size).toBe(catalogue.length);
    const ids = new Set(catalogue.map((l) => l.id));
    for (const c of realDataset().cooperations) {
      if (c.hub || c.status === 'listed' || c.kind === 'posts') continue;
      const members = [...new Set(c.members)].toSorted();
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) expect(ids.has(`${c.id}:${members[i]}:${members[j]}`)).toBe(true);
    }
  });

  test('lanes of a pair are distinct and centred; the two schemes’ post links share slots', () => {
    const byPair = new Map<string, typeof catalogue>();
    for (const l of catalogue) {
      const key = [l.from, l.to].toSorted().join('|');
      byPair.set(key, [...(byPair.get(key) ?? []), l]);
    }
    for (const group of byPair.values()) {
      const nonPosts = group.filter((l) => l.kind !== 'posts');
      expect(new Set(nonPosts.map((l) => l.lane)).size).toBe(nonPosts.length);
      for (const scheme of ['atp', 'ccu']) {
        const posts = group.filter((l) => l.cooperationId.startsWith(`posts:${scheme}:`));
        expect(new Set([...nonPosts, ...posts].map((l) => l.lane)).size).toBe(nonPosts.length + posts.length);
      }
      for (const l of group) expect(Math.abs(l.lane)).toBeLessThanOrEqual((l.lanes - 1) / 2);
    }
  });
});

/** A fake MapLibre map that records every call the controller makes. */
function fakeMap(): MapTarget & { calls: string[]; zoomTo(z: number): void } {
  const calls: string[] = [];
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- a placeholder the controller replaces through `on`
  let zoomed = (): void => undefined;
  let zoom = 5;
  return {
    calls,
    zoomTo: (z: number) => {
      zoom = z;
      zoomed();
    },
    getSource: (id: string) => ({
      setData: () => calls.push(`setData ${id}`),
      // Present so a test fails if the controller ever filters through the worker.
      setFilter: () => calls.push(`setFilter ${id}`),
    }),
    setFeatureState: (f: { source: string }) => void calls.push('setFeatureState', `state ${f.source}`),
    removeFeatureState: () => void calls.push('removeFeatureState'),
    setLayoutProperty: (layer: string, name: string) => calls.push(`layout ${layer} ${name}`),
    setFilter: (layer: string) => calls.push(`setFilter ${layer}`),
    isStyleLoaded: () => true,
    once: () => undefined,
    addSource: (id: string) => calls.push(`addSource ${id}`),
    addLayer: (layer: { id: string }) => calls.push(`addLayer ${layer.id}`),
    setLayerZoomRange: (layer: string, min: number) => calls.push(`zoomRange ${layer} ${min}`),
    getZoom: () => zoom,
    on: (_type: string, f: () => void) => void (zoomed = f),
  } as MapTarget & { calls: string[]; zoomTo(z: number): void };
}

describe('the map controller on the real data', () => {
  const dataset = realDataset();
  const territoriesReal = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);
  const zones: Zone[] = zonesOf(territoriesReal);
  const member = dataset.cooperations.find((c) => c.kind === 'cht')?.id ?? null;
  const states: AppState[] = [
    stateWith(),
    stateWith({ links: ['gcs', 'posts'] }),
    stateWith({ date: '2009-06-30' }),
    stateWith({ scheme: 'ccu' }),
    stateWith({ kinds: ['chu', 'ch'] }),
    stateWith({ member }),
    stateWith({ member, kinds: ['ch'], links: ['cht', 'gcs'] }),
    stateWith({}, { selection: { focus: 'chru-lille' } }),
    stateWith({ scheme: 'ccu' }, { selection: { focus: BASSIN_IDS[0] ?? null } }),
    stateWith({ date: '2001-01-01', kinds: ['private', 'espic'] }),
    stateWith(),
  ];

  test('sources are handed over once; filter, scheme and focus changes are feature-state only, and the model holds every drawn feature', () => {
    const map = fakeMap();
    const controller = new MapController(map);
    controller.setModel(modelOf(dataset, territoriesReal, 'bassins'));
    controller.setContext(contextLabelsGeoJSON('fr'));
    // Nothing goes over before the first state: then the model's sources and the label sets, built with the context labels.
    expect(map.calls.filter((c) => c.startsWith('setData'))).toEqual([]);
    // The twelve drawn sources of the model (territory names are drawn from the label sets) and the three label sets.
    const setup = 15;
    let stateCalls = 0;
    for (const [i, state] of states.entries()) {
      controller.setContext(contextLabelsGeoJSON('fr'));
      controller.setModel(modelOf(dataset, territoriesReal, 'bassins'));
      stateCalls += controller.show(mapDataFor(dataset, territoriesReal, zones, state), state.filters.scheme);
      expect(controller.missing).toBe(0);
      if (i > 0) continue;
      // The first state lays out the label set it shows; the two others follow once the map is ready.
      expect(map.calls.filter((c) => c.startsWith('setData labels-'))).toEqual(['setData labels-atp']);
      controller.handRemaining();
    }
    expect(stateCalls).toBeGreaterThan(0);
    expect(map.calls.filter((c) => c.startsWith('setData') || c.startsWith('setFilter')).length).toBe(setup);
    // No layout change either: every label text is fixed (a scheme switch shows another label set), and the
    // territory values are written over the map (`valueLabels`). A layout change would re-lay the source out in the worker.
    expect(map.calls.filter((c) => c.startsWith('layout'))).toEqual([]);
    expect(map.calls.filter((c) => c.startsWith('setData'))).toEqual([...STYLE_SOURCE_IDS, ...LABEL_SOURCES].map((id) => `setData ${id}`));
  });

  test('a grid change hands over the new model; back to a model seen before, it is not rebuilt', () => {
    expect(modelOf(dataset, territoriesReal, 'zones')).not.toBe(modelOf(dataset, territoriesReal, 'bassins'));
    expect(modelOf(dataset, territoriesReal, 'zones')).toBe(modelOf(dataset, territoriesReal, 'zones'));
    const map = fakeMap();
    const controller = new MapController(map);
    controller.setModel(modelOf(dataset, territoriesReal, 'zones'));
    const state = stateWith({}, { view: { grid: 'zones' } });
    controller.show(mapDataFor(dataset, territoriesReal, zones, state), 'atp');
    expect(controller.missing).toBe(0);
  });

  test('the rate view: fills, territory circles and labels are feature-state and label text; filter and scheme changes in it never reach the worker', () => {
    const parsed = parsePopulation(readRepoJson('geo/population.json'));
    if (!('population' in parsed)) throw new Error(parsed.issue.message);
    const rate = { population: parsed.population, format: (v: number, digits: number) => v.toFixed(digits) };
    for (const grid of ['bassins', 'zones'] as const) {
      const map = fakeMap();
      const controller = new MapController(map);
      controller.setModel(modelOf(dataset, territoriesReal, grid));
      // The model's twelve drawn sources (leader lines included) and the three label sets, with the first state.
      const setup = 15;
      const written = new Set<string>();
      let first = true;
      const rateStates = states.map((s) => ({ ...s, view: { ...s.view, grid, measure: 'rate' as const } }));
      for (const state of rateStates) {
        const data = mapDataFor(dataset, territoriesReal, zones, state, rate);
        expect(data.rateYear).toBe(parsed.population.year);
        controller.show(data, state.filters.scheme);
        if (first) controller.handRemaining();
        first = false;
        expect(controller.missing).toBe(0);
        written.add(
          JSON.stringify(
            valueLabels(data, 'screen')
              .filter((v) => v.key.startsWith('mark:territory:'))
              .map((v) => v.text),
          ),
        );
      }
      // Back to counts, then a class method change: still no source handed over again.
      controller.show(
        mapDataFor(dataset, territoriesReal, zones, { ...rateStates[0]!, view: { ...rateStates[0]!.view, measure: 'count' } }),
        'atp',
      );
      controller.show(
        mapDataFor(dataset, territoriesReal, zones, { ...rateStates[0]!, view: { ...rateStates[0]!.view, classes: 'quantile' } }, rate),
        'atp',
      );
      expect(controller.missing).toBe(0);
      expect(map.calls.filter((c) => c.startsWith('setData') || c.startsWith('setFilter')).length).toBe(setup);
      // The territory circles' counts follow the filters: written over the map, never a layout change.
      expect(written.size).toBeGreaterThan(1);
      expect(map.calls.filter((c) => c.startsWith('layout'))).toEqual([]);
    }
  });
});

describe('the map controller across a WebGL context loss', () => {
  test('nothing reaches the map while it has no style; once the rebuilt style loads, the last state is sent whole', () => {
    let loaded = true;
    let onLoad: (() => void) | null = null;
    const map = {
      ...fakeMap(),
      isStyleLoaded: () => loaded,
      once: (_type: string, f: () => void) => void (onLoad = f),
    };
    const controller = new MapController(map);
    controller.setModel(model);
    const first = controller.show(dataFor(links), 'atp');
    expect(first).toBeGreaterThan(0);
    const narrow = dataFor(links.filter((l) => l.kind === 'gcs'));
    controller.show(narrow, 'atp');
    // Lost: MapLibre destroys the style; the app still pushes states.
    controller.pause();
    loaded = false;
    map.calls.length = 0;
    expect(controller.show(dataFor(links), 'atp')).toBe(0);
    controller.show(narrow, 'atp');
    // Restored: the style is rebuilt from its snapshot and loads a frame later.
    controller.resend();
    expect(map.calls).toEqual([]);
    loaded = true;
    onLoad!();
    // Every feature the narrow state shows gets its state again (hidden ones have none, which draws them hidden).
    const labels = buildLabelSets(model, null);
    const shown = Object.values(featureStates(model, narrow, 'atp', null, labels).states).reduce((n, m) => n + m.size, 0);
    expect(map.calls.filter((c) => c === 'setFeatureState')).toHaveLength(shown);
    expect(map.calls.some((c) => c.startsWith('setData') || c.startsWith('removeFeatureState'))).toBe(false);
    expect(controller.shown('links', model.ids.links.get('gcs-x:chru-lille:ch-lens'))).toBe(true);
    expect(controller.shown('links', model.ids.links.get('cht-y:ch-lens:chru-lille'))).toBe(false);
  });
});

/** The layers a model with lanes draws only from zoom 8: the individual links and the sites (symbols, marks, names). */
const HIGH_ZOOM_LAYERS = [
  'links-casing',
  'links-gcs',
  'links-cht',
  'links-ght',
  'links-convention',
  'links-cross-border',
  'links-posts',
  'link-arrows',
  'leaders',
  'count-marks',
  'establishments',
  'establishments-related',
  'establishments-focus',
  'establishment-labels:atp',
  'establishment-labels-focus:atp',
  'count-mark-labels:atp',
  'establishment-labels:ccu',
  'establishment-labels-focus:ccu',
  'count-mark-labels:ccu',
  'establishment-labels:rate',
  'establishment-labels-focus:rate',
  'count-mark-labels:rate',
];

describe('the map controller with aggregate lanes', () => {
  test('a model with lanes adds their source and layer once and limits the individual links and the sites to high zooms; filters stay feature-state', () => {
    const withLanes = lanedModel();
    expect(withLanes.aggregates?.source.features.length).toBe(3);
    const map = fakeMap();
    const controller = new MapController(map);
    controller.setModel(withLanes);
    controller.show(dataFor(links), 'atp');
    controller.show(dataFor(links.filter((l) => l.kind === 'gcs')), 'atp');
    controller.show(dataFor(links.slice(1)), 'atp');
    expect(map.calls.filter((c) => /^(addSource|addLayer|zoomRange)/.test(c))).toEqual([
      'addSource link-aggregates',
      'addLayer link-aggregates',
      ...HIGH_ZOOM_LAYERS.map((l) => `zoomRange ${l} 8`),
    ]);
    // The individual links wait for the zoom they are drawn at, then go over once (11: the other sources, leader
    // lines included, and the label set shown).
    expect(map.calls.filter((c) => c.startsWith('setData')).length).toBe(11);
    // Nor do they take feature-state meanwhile: the lanes carry the filters.
    const linkStates = (): string[] => map.calls.filter((c) => c === 'state links' || c === 'state link-arrows');
    expect(linkStates()).toEqual([]);
    expect(map.calls).toContain('state link-aggregates');
    map.zoomTo(6);
    expect(map.calls.filter((c) => c.startsWith('setData')).length).toBe(11);
    map.zoomTo(7.5);
    map.zoomTo(9);
    expect(map.calls.filter((c) => c.startsWith('setData')).slice(11)).toEqual(['setData links', 'setData link-arrows']);
    // Handed over with the state last shown (`links.slice(1)`): each link shown, once, after its source's data.
    const shownLinks = withLanes.sources.links.features.filter((f) => f.properties['id'] !== links[0]?.id).length;
    expect(shownLinks).toBe(links.length - 1);
    expect(map.calls.filter((c) => c === 'state links')).toHaveLength(shownLinks);
    expect(map.calls.indexOf('state links')).toBeGreaterThan(map.calls.indexOf('setData links'));
    // Back to a model without lanes: the lanes are emptied and the links drawn at every zoom again.
    map.calls.length = 0;
    controller.setModel(model);
    controller.show(dataFor(links), 'atp');
    expect(map.calls.filter((c) => /^(addSource|addLayer|zoomRange|setData link-aggregates)/.test(c))).toEqual([
      'setData link-aggregates',
      ...HIGH_ZOOM_LAYERS.map((l) => `zoomRange ${l} 0`),
    ]);
  });
});
