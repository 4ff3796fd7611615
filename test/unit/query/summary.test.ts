import { expect, test } from 'vitest';
import { countsByBassin } from '../../../src/query/countsByBassin.ts';
import { viewSummary } from '../../../src/query/summary.ts';
import type { AppState } from '../../../src/query/types.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { stateWith } from './helpers.ts';

const summary = (state: AppState, lang = state.lang): string =>
  viewSummary(fixture, state, countsByBassin(fixture, state.filters), visibleLinks(fixture, state.filters), lang);

test('the default view, in French', () => {
  expect(summary(stateWith())).toBe(
    'Réseau de coopération du CHRU de Lille au 31 décembre 2017. ' +
      'Postes ATP 2000–2011, cumulés, par bassin : Métropole 8, Littoral 10, Artois 9, Hainaut 5 ; total 32 (total publié 32). ' +
      'Littoral : la somme des sites (12) dépasse le total publié (10). ' +
      '12 liens affichés, dont 2 sans date : GCS 2, CHT 1, conventions 2, postes partagés 7. ' +
      'Grille : bassins.',
  );
});

test('CCU before its period, with extras, zones and a focused bassin, in English', () => {
  expect(
    summary(
      stateWith({ scheme: 'ccu', date: '2005-06-01', links: ['gcs'] }, { view: { grid: 'zones' }, selection: { focus: 'artois' } }),
      'en',
    ),
  ).toBe(
    'Cooperation network of the CHRU de Lille on 1 June 2005. ' +
      'CCU-Région posts 2009–2011, cumulative, per bassin: Métropole 1, Littoral 2, Artois 3, Hainaut 0; outside bassins 2; total 8 (published total 8). ' +
      'The date is before the CCU-Région period: the figures cover the whole period. ' +
      '1 link shown: GCS 1. ' +
      'Grid: zones de proximité. ' +
      'Selected: bassin Artois.',
  );
});

test('filters and a focused establishment are said; no link is said too', () => {
  expect(summary(stateWith({ kinds: ['ch'], member: 'cht-artois-douaisis', links: [] }, { selection: { focus: 'ch-lens' } }))).toBe(
    'Réseau de coopération du CHRU de Lille au 31 décembre 2017. ' +
      'Postes ATP 2000–2011, cumulés, établissements filtrés, par bassin : Métropole 0, Littoral 0, Artois 9, Hainaut 0 ; total 9 (total publié 32). ' +
      'Littoral : la somme des sites (12) dépasse le total publié (10). ' +
      'Aucun lien affiché. ' +
      'Filtres : types CH ; membres de CHT Artois-Douaisis. ' +
      'Grille : bassins. ' +
      'Sélection : Centre hospitalier de Lens.',
  );
});

test('no establishment kind at all', () => {
  expect(summary(stateWith({ kinds: [] }), 'en')).toContain('Filters: no establishment kind.');
});
