/**
 * Kinds and schemes are defined once (`src/model/registry.ts`): a kind or a
 * scheme added to a registry shows up in the filters, the legend and the
 * counts without touching them. Proved with a fixture registry that adds a
 * cooperation kind, an establishment kind, and counts the ASC (a scheme the
 * data already has, with no map) once the data gives it totals.
 */
import { describe, expect, test } from 'vitest';
import cooperationsSchema from '../../data/schema/cooperations.schema.json';
import establishmentsSchema from '../../data/schema/establishments.schema.json';
import postsSchema from '../../data/schema/posts.schema.json';
import scenesSchema from '../../data/schema/scenes.schema.json';
import { fr } from '../../src/i18n/fr.ts';
import {
  COOPERATION_KINDS,
  COOPERATION_KIND_DEFS,
  ESTABLISHMENT_KINDS,
  ESTABLISHMENT_KIND_DEFS,
  POST_SCHEME_IDS,
  REGISTRY,
  SCHEMES,
  SCHEME_DEFS,
  countedSchemes,
  type Registry,
} from '../../src/model/registry.ts';
import type { Dataset, Source } from '../../src/model/types.ts';
import { filterOptions, legendEntries } from '../../src/query/controls.ts';
import { countsByBassin, countsForElement } from '../../src/query/countsByBassin.ts';
import { fixture, withChanges } from '../fixtures/dataset.ts';

const src = (quote: string): Source[] => [{ seed: '000_15e9185a92ff980b.txt', quote }];

/** The app's registry plus a cooperation kind, an establishment kind, and the ASC counted. */
const fixtureRegistry = {
  cooperationKinds: { ...COOPERATION_KIND_DEFS, research: { color: '#999933', dash: [2, 2], svgDash: '4 4', cap: 'butt', opacity: 0.9 } },
  establishmentKinds: { ...ESTABLISHMENT_KIND_DEFS, 'nursing-home': { symbol: 'star' } },
  schemes: { ...SCHEME_DEFS, asc: { counted: true } },
} as const satisfies Registry;
type K = keyof typeof fixtureRegistry.cooperationKinds;
type E = keyof typeof fixtureRegistry.establishmentKinds;
type S = keyof typeof fixtureRegistry.schemes;

/** The new entries' strings, as a catalogue would give them. */
const labels = {
  linkKinds: { ...fr.linkKinds, research: 'Recherche' } as Record<K, string>,
  kinds: { ...fr.kinds, 'nursing-home': 'EHPAD' } as Record<E, string>,
  schemeNames: fr.filters.schemeNames as Record<S, string>,
  schemeLong: fr.filters.schemeLong as Record<S, string>,
};

/** The fixture data with ASC totals (invented, as every fixture figure). */
const withAsc: Dataset = withChanges({
  posts: {
    ...fixture.posts,
    schemes: fixture.posts.schemes.map((s) => (s.id === 'asc' ? { ...s, period: { start: 2009, end: 2012 } } : s)),
    bassinTotals: [
      ...fixture.posts.bassinTotals,
      { scheme: 'asc', bassin: 'metropole', value: 4, sources: src('ASC METROPOLE : 4') },
      { scheme: 'asc', bassin: 'littoral', value: 1, sources: src('ASC LITTORAL : 1') },
      { scheme: 'asc', bassin: 'artois', value: 2, sources: src('ASC ARTOIS : 2') },
      { scheme: 'asc', bassin: 'hainaut', value: 0, sources: src('ASC HAINAUT : 0') },
    ],
    grandTotals: [...fixture.posts.grandTotals, { scheme: 'asc', value: 7, sources: src('7 ASC') }],
    siteValues: [
      ...fixture.posts.siteValues,
      {
        id: 'asc-lens',
        scheme: 'asc',
        bassin: 'artois',
        establishments: ['ch-lens'],
        label: 'LENS : 2',
        value: 2,
        certainty: 'stated',
        sources: src('LENS : 2'),
      },
    ],
  },
});

/** Every `enum` list of a JSON Schema. */
const enumsOf = (schema: unknown): unknown[][] => {
  const found: unknown[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o['enum'])) found.push(o['enum'] as unknown[]);
      Object.values(o).forEach(walk);
    }
  };
  walk(schema);
  return found;
};

describe('the app registry', () => {
  test('lists the kinds and schemes in their display order; only mapped schemes are counted', () => {
    expect(COOPERATION_KINDS).toEqual(['gcs', 'cht', 'ght', 'convention', 'cross-border', 'posts']);
    expect(ESTABLISHMENT_KINDS).toEqual(['chu', 'ch', 'cancer-centre', 'psychiatric', 'private', 'espic', 'foreign', 'university']);
    expect(POST_SCHEME_IDS).toEqual(['atp', 'ccu', 'asc']);
    expect(SCHEMES).toEqual(['atp', 'ccu']);
    expect(countedSchemes(fixtureRegistry)).toEqual(['atp', 'ccu', 'asc']);
  });

  test('the JSON Schemas of the data list exactly the registry kinds and schemes', () => {
    expect(enumsOf(cooperationsSchema)).toContainEqual([...COOPERATION_KINDS]);
    expect(enumsOf(establishmentsSchema)).toContainEqual([...ESTABLISHMENT_KINDS]);
    expect(enumsOf(postsSchema)).toContainEqual([...POST_SCHEME_IDS]);
    expect(enumsOf(scenesSchema)).toContainEqual([...SCHEMES]);
    expect(enumsOf(scenesSchema)).toContainEqual([...COOPERATION_KINDS]);
    expect(enumsOf(scenesSchema)).toContainEqual([...ESTABLISHMENT_KINDS]);
  });
});

describe('a kind and a scheme added to a fixture registry', () => {
  const filters = { scheme: 'asc' as S, links: ['gcs', 'research'] as K[], kinds: Object.keys(fixtureRegistry.establishmentKinds) as E[] };

  test('show in the filters: the scheme as a choice, the kinds as boxes, with their labels and styles', () => {
    const options = filterOptions(
      filters,
      labels,
      { gcs: 2, research: 3 },
      { atp: { start: 2000, end: 2011 }, asc: { start: 2009, end: 2012 } },
      fixtureRegistry,
    );
    expect(options.schemes).toEqual([
      { id: 'atp', name: 'ATP', long: 'Assistants spécialistes à temps partagé', period: '2000–2011', checked: false },
      { id: 'ccu', name: 'CCU-Région', long: 'Chefs de clinique en région', period: '', checked: false },
      { id: 'asc', name: 'ASC', long: 'Assistants spécialistes de CHU', period: '2009–2012', checked: true },
    ]);
    expect(options.links.map((l) => [l.kind, l.label, l.checked, l.count])).toEqual([
      ['gcs', 'GCS', true, 2],
      ['cht', 'CHT', false, null],
      ['ght', 'GHT', false, null],
      ['convention', 'Conventions, partenariats', false, null],
      ['cross-border', 'Transfrontalier', false, null],
      ['posts', 'Postes partagés (CHRU → site)', false, null],
      ['research', 'Recherche', true, 3],
    ]);
    expect(options.links.at(-1)?.style).toEqual({ color: '#999933', dash: [2, 2], svgDash: '4 4', cap: 'butt', opacity: 0.9 });
    expect(options.linksTotal).toBe(5);
    expect(options.kinds.at(-1)).toEqual({ kind: 'nursing-home', label: 'EHPAD', symbol: 'star', checked: true });
    expect([options.allKinds, options.someKinds]).toEqual([true, false]);
    const some = filterOptions({ ...filters, kinds: ['nursing-home'] }, labels, {}, {}, fixtureRegistry);
    expect([some.allKinds, some.someKinds, some.kinds.filter((k) => k.checked).map((k) => k.kind)]).toEqual([
      false,
      true,
      ['nursing-home'],
    ]);
  });

  test('show in the legend: the new link kind when drawn, the new establishment kind with its symbol', () => {
    const entries = legendEntries(filters.links, labels, fixtureRegistry);
    expect(entries.links.map((l) => [l.kind, l.label, l.style.color])).toEqual([
      ['gcs', 'GCS', '#0072B2'],
      ['research', 'Recherche', '#999933'],
    ]);
    expect(entries.weighted).toBeNull();
    expect(entries.sites.map((s) => [s.kind, s.symbol])).toEqual([
      ['chu', 'diamond'],
      ['ch', 'circle'],
      ['cancer-centre', 'cross'],
      ['psychiatric', 'triangle'],
      ['private', 'square'],
      ['espic', 'hexagon'],
      ['foreign', 'triangle-down'],
      ['university', 'bar'],
      ['nursing-home', 'star'],
    ]);
    expect(legendEntries(['posts'], labels, fixtureRegistry).weighted?.color).toBe('#262626');
  });

  test('show in the counts: the ASC is counted per bassin like the others, from its data alone', () => {
    const f = { kinds: [...ESTABLISHMENT_KINDS], member: null, date: '2010-06-30' };
    const counts = countsByBassin(withAsc, f, countedSchemes(fixtureRegistry));
    expect(Object.keys(counts)).toEqual(['atp', 'ccu', 'asc']);
    expect(counts.asc.period).toEqual({ start: 2009, end: 2012, dateRelation: 'within' });
    expect([counts.asc.byBassin.metropole.value, counts.asc.byBassin.artois.value, counts.asc.total, counts.asc.published]).toEqual([
      4, 2, 7, 7,
    ]);
    expect(counts.asc.byBassin.artois.sitesSum).toBe(2);
    // Under an establishment filter, the ASC sums its matching site values like the ATP.
    const lensOnly = countsByBassin(withAsc, { ...f, kinds: ['ch'] }, countedSchemes(fixtureRegistry));
    expect([lensOnly.asc.byBassin.artois.value, lensOnly.asc.byBassin.metropole.value, lensOnly.asc.filtered]).toEqual([2, 0, true]);
    // The app's registry still counts only ATP and CCU: `<coop-map>.counts` keeps its shape.
    expect(Object.keys(countsByBassin(withAsc, f))).toEqual(['atp', 'ccu']);
    expect(countsForElement(countsByBassin(withAsc, f)).artois).toEqual({ atp: 9, ccu: 3 });
  });

  test('a counted scheme without totals in the data is a located error, not a silent zero', () => {
    expect(() =>
      countsByBassin(fixture, { kinds: [...ESTABLISHMENT_KINDS], member: null, date: '2010-06-30' }, countedSchemes(fixtureRegistry)),
    ).toThrow('posts.json: scheme "asc" has no period');
  });

  test('the app registry is the default', () => {
    expect(legendEntries(COOPERATION_KINDS, fr).links.map((l) => l.kind)).toEqual([...COOPERATION_KINDS]);
    expect(REGISTRY.cooperationKinds.posts.weighted).toBe(true);
  });
});
