import { expect, test } from 'vitest';
import { focusSelection } from '../../../src/query/focus.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

const links = visibleLinks(fixture, filters());
const plain = (f: ReturnType<typeof focusSelection>) => ({ ...f, establishments: [...f.establishments], links: [...f.links] });

test('an establishment: itself, its links and its partners', () => {
  expect(plain(focusSelection(fixture, links, 'ch-tourcoing'))).toEqual({
    kind: 'establishment',
    establishments: ['ch-tourcoing', 'chru-lille', 'ghicl'],
    links: [
      'gcs-infectiologie:chru-lille:ch-tourcoing',
      'syndicat-lrt:ch-tourcoing:ghicl',
      'posts:atp:atp-tourcoing:chru-lille:ch-tourcoing',
      'posts:atp:atp-tourcoing-ghicl:chru-lille:ch-tourcoing',
    ],
  });
});

test('a bassin: its establishments and the links touching them', () => {
  expect(plain(focusSelection(fixture, links, 'artois'))).toEqual({
    kind: 'bassin',
    bassin: 'artois',
    establishments: ['ch-lens', 'ch-bethune'],
    links: [
      'cht-artois-douaisis:ch-bethune:ch-lens',
      'posts-2000:chru-lille:ch-bethune',
      'posts:atp:atp-lens:chru-lille:ch-lens',
      'posts:atp:atp-bethune:chru-lille:ch-bethune',
    ],
  });
  expect(plain(focusSelection(fixture, links, 'hainaut'))).toEqual({
    kind: 'bassin',
    bassin: 'hainaut',
    establishments: [],
    links: [],
  });
});

test('only the links passed in count: an establishment with none is alone', () => {
  expect(plain(focusSelection(fixture, [], 'ch-lens'))).toEqual({ kind: 'establishment', establishments: ['ch-lens'], links: [] });
});

test('no focus, or an unknown one: nothing', () => {
  const none = { kind: 'none', establishments: [], links: [] };
  expect(plain(focusSelection(fixture, links, null))).toEqual(none);
  expect(plain(focusSelection(fixture, links, 'ch-nowhere'))).toEqual(none);
});

test('a cooperation: its parties, and only the links drawn for it', () => {
  const later = visibleLinks(fixture, filters({ date: '2012-12-31' }));
  const sel = focusSelection(fixture, later, 'syndicat-lrt');
  expect(sel.kind).toBe('cooperation');
  expect([...sel.establishments]).toEqual(['ch-tourcoing', 'ghicl', 'chru-lille']);
  expect([...sel.links].every((id) => id.startsWith('syndicat-lrt:'))).toBe(true);
  expect(sel.links.size).toBe(later.filter((l) => l.cooperationId === 'syndicat-lrt').length);
  expect(sel.links.size).toBe(2);
});
