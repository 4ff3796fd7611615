import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/model/types.ts';
import type { Link } from '../../../src/query/types.ts';
import { greatCircleKm, visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture, withChanges } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const ids = (links: Link[]): string[] => links.map((l) => l.id);
const posts = (date: string): string[] => ids(visibleLinks(fixture, filters({ scheme: 'ccu', links: ['posts'], date })));
/** Four establishments on the corners of a one-degree square at the equator, in one hubless cooperation. */
const square = (members: string[]): Dataset =>
  withChanges({
    establishments: ['a', 'b', 'c', 'd'].map((id, i) => ({
      ...fixture.establishments[1]!,
      id,
      coordinates: [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
      ][i] as [number, number],
    })),
    cooperations: [{ id: 'sq', kind: 'cht', name: 'sq', status: 'project', members, topics: [], sources: [] }],
    posts: { ...fixture.posts, siteValues: [] },
  });
const cht = (links: Link[]): Link | undefined => links.find((l) => l.kind === 'cht');
const tree = (members: string[]): string[] => ids(visibleLinks(square(members), filters()));
const lanes = (links: Link[]): Record<string, string> => Object.fromEntries(links.map((l) => [l.id, `${l.lane}/${l.lanes}`]));

describe('visibleLinks with the default state', () => {
  const links = visibleLinks(fixture, filters());

  test('cooperation links in dataset order, then the current scheme’s post links', () => {
    expect(ids(links)).toEqual([
      'gcs-urgences-main:chru-lille:ghicl',
      'gcs-infectiologie:chru-lille:ch-tourcoing',
      'cht-artois-douaisis:ch-bethune:ch-lens',
      'syndicat-lrt:ch-tourcoing:ghicl',
      'syndicat-lrt:chru-lille:ghicl',
      'posts-2000:chru-lille:ch-bethune',
      'posts:atp:atp-tourcoing:chru-lille:ch-tourcoing',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ch-tourcoing',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ghicl',
      'posts:atp:atp-boulogne:chru-lille:ch-boulogne',
      'posts:atp:atp-lens:chru-lille:ch-lens',
      'posts:atp:atp-bethune:chru-lille:ch-bethune',
    ]);
  });

  test('a hub cooperation radiates from its hub, undirected', () => {
    expect(links[1]).toEqual({
      id: 'gcs-infectiologie:chru-lille:ch-tourcoing',
      cooperationId: 'gcs-infectiologie',
      kind: 'gcs',
      from: 'chru-lille',
      to: 'ch-tourcoing',
      certainty: 'stated',
      directed: false,
      dated: true,
      lane: -1,
      lanes: 3,
    });
  });

  test('a hubless cooperation is its minimum spanning tree, edges oriented by id; undated is flagged', () => {
    // CHRU–GHICL 3.6 km, GHICL–Tourcoing 12.7 km, CHRU–Tourcoing 16.2 km: the tree skips the longest.
    const syndicat = links.filter((l) => l.cooperationId === 'syndicat-lrt');
    expect(syndicat.map((l) => [l.from, l.to, l.dated, l.directed])).toEqual([
      ['ch-tourcoing', 'ghicl', false, false],
      ['chru-lille', 'ghicl', false, false],
    ]);
  });

  test('a posts cooperation without hub is directed from the CHRU', () => {
    expect(links[5]).toMatchObject({ kind: 'posts', from: 'chru-lille', to: 'ch-bethune', directed: true, dated: true });
    expect(links[5]?.weight).toBeUndefined();
  });

  test('site values give weighted, directed links with their certainty; a group value one unweighted link per site', () => {
    expect(links[9]).toEqual({
      id: 'posts:atp:atp-boulogne:chru-lille:ch-boulogne',
      cooperationId: 'posts:atp:atp-boulogne',
      kind: 'posts',
      from: 'chru-lille',
      to: 'ch-boulogne',
      weight: 12,
      certainty: 'inferred',
      directed: true,
      dated: true,
      lane: 0,
      lanes: 1,
      siteValueId: 'atp-boulogne',
    });
    const group = links.filter((l) => l.siteValueId === 'atp-tourcoing-ghicl');
    expect(group.map((l) => [l.to, l.weight, l.certainty])).toEqual([
      ['ch-tourcoing', undefined, 'stated'],
      ['ghicl', undefined, 'stated'],
    ]);
  });

  test('lanes per unordered pair, by kind order then cooperation id, centred on 0', () => {
    expect(lanes(links)).toEqual({
      'gcs-urgences-main:chru-lille:ghicl': '-1/3',
      'gcs-infectiologie:chru-lille:ch-tourcoing': '-1/3',
      'cht-artois-douaisis:ch-bethune:ch-lens': '0/1',
      'syndicat-lrt:ch-tourcoing:ghicl': '0/1',
      'syndicat-lrt:chru-lille:ghicl': '0/3',
      'posts-2000:chru-lille:ch-bethune': '-0.5/2',
      'posts:atp:atp-tourcoing:chru-lille:ch-tourcoing': '0/3',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ch-tourcoing': '1/3',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ghicl': '1/3',
      'posts:atp:atp-boulogne:chru-lille:ch-boulogne': '0/1',
      'posts:atp:atp-lens:chru-lille:ch-lens': '0/1',
      'posts:atp:atp-bethune:chru-lille:ch-bethune': '0.5/2',
    });
  });
});

describe('visibleLinks filters', () => {
  test('the date drops cooperations not yet in force, keeps undated ones and cumulative posts', () => {
    expect(ids(visibleLinks(fixture, filters({ date: '2005-06-01' })))).toEqual([
      'gcs-urgences-main:chru-lille:ghicl',
      'syndicat-lrt:ch-tourcoing:ghicl',
      'syndicat-lrt:chru-lille:ghicl',
      'posts-2000:chru-lille:ch-bethune',
      'posts:atp:atp-tourcoing:chru-lille:ch-tourcoing',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ch-tourcoing',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ghicl',
      'posts:atp:atp-boulogne:chru-lille:ch-boulogne',
      'posts:atp:atp-lens:chru-lille:ch-lens',
      'posts:atp:atp-bethune:chru-lille:ch-bethune',
    ]);
  });

  test('CCU post links appear from the start of the CCU period, with their full value', () => {
    expect(posts('2008-12-31')).toEqual(['posts-2000:chru-lille:ch-bethune']);
    expect(posts('2009-01-01')).toEqual([
      'posts-2000:chru-lille:ch-bethune',
      'posts:ccu:ccu-boulogne:chru-lille:ch-boulogne',
      'posts:ccu:ccu-lens:chru-lille:ch-lens',
    ]);
    expect(visibleLinks(fixture, filters({ scheme: 'ccu', links: ['posts'], date: '2009-01-01' }))[2]?.weight).toBe(3);
  });

  test('link kinds: only those asked for; none gives none', () => {
    expect(ids(visibleLinks(fixture, filters({ links: ['cht', 'convention'] })))).toEqual([
      'cht-artois-douaisis:ch-bethune:ch-lens',
      'syndicat-lrt:ch-tourcoing:ghicl',
      'syndicat-lrt:chru-lille:ghicl',
    ]);
    expect(visibleLinks(fixture, filters({ links: [] }))).toEqual([]);
  });

  test('a listed record (a name on a map) draws no link: its constituted or project record does', () => {
    const listed = square(['a', 'b', 'c']);
    const asListed = withChanges({
      ...listed,
      cooperations: listed.cooperations.map((c) => ({ ...c, status: 'listed' as const })),
    });
    expect(tree(['a', 'b', 'c'])).toHaveLength(2);
    expect(visibleLinks(asListed, filters())).toEqual([]);
  });

  test('a member filter keeps only links between visible establishments (the CHRU always visible)', () => {
    const links = visibleLinks(fixture, filters({ member: 'cht-artois-douaisis' }));
    expect(ids(links)).toEqual([
      'cht-artois-douaisis:ch-bethune:ch-lens',
      'posts-2000:chru-lille:ch-bethune',
      'posts:atp:atp-lens:chru-lille:ch-lens',
      'posts:atp:atp-bethune:chru-lille:ch-bethune',
    ]);
  });

  test('a hubless cooperation re-spans over its visible members only', () => {
    const links = visibleLinks(fixture, filters({ kinds: ['ch'], links: ['convention'] }));
    expect(ids(links)).toEqual(['syndicat-lrt:ch-tourcoing:chru-lille']);
  });

  test('a hidden hub hides its cooperation’s links', () => {
    const hubbed = withChanges({
      cooperations: [
        {
          id: 'conv-ghicl',
          kind: 'convention',
          name: 'Convention GHICL',
          status: 'signed',
          members: ['ghicl', 'ch-lens', 'ch-bethune'],
          hub: 'ghicl',
          date: '2010-01-01',
          topics: [],
          sources: [],
        },
      ],
    });
    expect(ids(visibleLinks(hubbed, filters()))).toEqual(
      expect.arrayContaining(['conv-ghicl:ghicl:ch-lens', 'conv-ghicl:ghicl:ch-bethune']),
    );
    expect(ids(visibleLinks(hubbed, filters({ kinds: ['ch'], links: ['convention'] })))).toEqual([]);
  });

  test('unknown members, self-links and repeated members are dropped', () => {
    const odd = withChanges({
      cooperations: [
        {
          id: 'odd-hub',
          kind: 'gcs',
          name: 'x',
          status: 'signed',
          members: ['chru-lille', 'ghost', 'ch-lens', 'ch-lens'],
          hub: 'chru-lille',
          date: '2010-01-01',
          topics: [],
          sources: [],
        },
        {
          id: 'odd-ghost-hub',
          kind: 'gcs',
          name: 'x',
          status: 'signed',
          members: ['ch-lens'],
          hub: 'ghost',
          date: '2010-01-01',
          topics: [],
          sources: [],
        },
        {
          id: 'odd-tree',
          kind: 'gcs',
          name: 'x',
          status: 'signed',
          members: ['ch-lens', 'ghost', 'ch-lens'],
          date: '2010-01-01',
          topics: [],
          sources: [],
        },
      ],
      posts: { ...fixture.posts, siteValues: [{ ...fixture.posts.siteValues[0]!, establishments: ['chru-lille', 'ghost'] }] },
    });
    expect(ids(visibleLinks(odd, filters()))).toEqual(['odd-hub:chru-lille:ch-lens']);
  });

  test('equal distances: ties broken by id, whatever the member order', () => {
    // a–b, a–d and c–d are equal (one degree); b–c is a little shorter (further north).
    // From a: b and d tie, b (smaller id) first; then c via b; then d, tied between a and c, hangs on a.
    expect(tree(['a', 'b', 'c', 'd'])).toEqual(['sq:a:b', 'sq:b:c', 'sq:a:d']);
    expect(tree(['d', 'c', 'b', 'a'])).toEqual(['sq:a:b', 'sq:b:c', 'sq:a:d']);
  });

  test('a re-spanned tree shares lanes with the other kinds on its pair', () => {
    const links = visibleLinks(fixture, filters({ kinds: ['ch'] }));
    expect(lanes(links)).toEqual({
      'gcs-infectiologie:chru-lille:ch-tourcoing': '-1.5/4',
      'cht-artois-douaisis:ch-bethune:ch-lens': '0/1',
      'syndicat-lrt:ch-tourcoing:chru-lille': '-0.5/4',
      'posts-2000:chru-lille:ch-bethune': '-0.5/2',
      'posts:atp:atp-tourcoing:chru-lille:ch-tourcoing': '0.5/4',
      // The group value is drawn to its visible site; the counts call it unsplittable.
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ch-tourcoing': '1.5/4',
      'posts:atp:atp-boulogne:chru-lille:ch-boulogne': '0/1',
      'posts:atp:atp-lens:chru-lille:ch-lens': '0/1',
      'posts:atp:atp-bethune:chru-lille:ch-bethune': '0.5/2',
    });
  });

  test('links are frozen, and shared between results while their lane is unchanged', () => {
    const all = visibleLinks(fixture, filters());
    const gcsOnly = visibleLinks(fixture, filters({ links: ['gcs'] }));
    expect(Object.isFrozen(all[0])).toBe(true);
    // Alone on its pair now: a new object with lane 0.
    expect(gcsOnly[0]).toMatchObject({ id: 'gcs-urgences-main:chru-lille:ghicl', lane: 0, lanes: 1 });
    expect(gcsOnly[0]).not.toBe(all[0]);
    // The Lens–Béthune CHT link is alone on its pair in both: the same object.
    expect(cht(visibleLinks(fixture, filters({ links: ['cht'] })))).toBe(cht(all));
  });

  test('is memoized on the filter values it reads', () => {
    const a = visibleLinks(fixture, filters());
    expect(visibleLinks(fixture, { ...filters(), links: [...filters().links] })).toBe(a);
  });
});

test('greatCircleKm: one degree of latitude is about 111.2 km', () => {
  expect(greatCircleKm([3, 50], [3, 51]).toFixed(1)).toBe('111.2');
  expect(greatCircleKm([3.0327, 50.6105], [3.07, 50.633]).toFixed(1)).toBe('3.6');
});
