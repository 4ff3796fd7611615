/** The status line of a site value and the "how this map was read" view, on the real data (values checked against the solver in readings.test.ts). */
import { describe, expect, it } from 'vitest';
import { elsewhereText, siteValueStatusText } from '../../../src/i18n/status.ts';
import type { PostsData, SiteValue } from '../../../src/model/types.ts';
import { mapReadingsView, siteValueStatus } from '../../../src/query/readings.ts';
import { readRepoJson } from '../../fixtures/realData.ts';

const posts = readRepoJson('data/posts.json') as PostsData;
const value = (id: string): SiteValue => posts.siteValues.find((v) => v.id === id) as SiteValue;

describe('siteValueStatus', () => {
  it('says a Métropole value is stated, with no reading count', () => {
    expect(siteValueStatus(value('atp-roubaix'), posts)).toEqual({ kind: 'stated', readings: null, assumption: null, communeBassin: null });
    expect(siteValueStatusText(siteValueStatus(value('atp-roubaix'), posts), 'fr')).toBe('Écrite contre son site sur la carte publiée.');
  });

  it('says Saint-Omer 1 is deduced by all 2,268 readings with no assumption', () => {
    expect(siteValueStatus(value('atp-saint-omer'), posts)).toEqual({
      kind: 'deduced',
      readings: 2268,
      assumption: null,
      communeBassin: null,
    });
    expect(siteValueStatusText(siteValueStatus(value('atp-saint-omer'), posts), 'en')).toBe(
      'Deduced: all 2,268 readings that match the published totals give it.',
    );
  });

  it('names the assumption and the 36 readings for Valenciennes 26, and the group for Arras/Lens/Douai', () => {
    const v = siteValueStatus(value('atp-valenciennes'), posts);
    expect([v.kind, v.readings, v.assumption?.id]).toEqual(['deduced', 36, 'atp-adjacent-pairs']);
    const g = siteValueStatus(value('atp-arras-lens-douai'), posts);
    expect([g.kind, g.readings, g.assumption?.id]).toEqual(['group', 36, 'atp-adjacent-pairs']);
    expect(siteValueStatusText(g, 'fr')).toMatch(
      /^Valeur de groupe : seule la somme est sûre \(36 lectures\), la part de chaque site est inconnue\. Hypothèse : Les valeurs écrites juste après Sambre Avesnois \(4\)/,
    );
  });

  it('says Somain is counted in the Hainaut although its commune is in the Artois', () => {
    const s = siteValueStatus(value('atp-somain'), posts);
    expect(s.communeBassin).toBe('artois');
    expect(elsewhereText(s, 'hainaut', 'fr')).toBe(
      'Comptée dans le bassin Hainaut par toutes les lectures, bien que la commune soit dans le bassin Artois.',
    );
    expect(elsewhereText(siteValueStatus(value('atp-denain'), posts), 'hainaut', 'fr')).toBeNull();
  });
});

describe('mapReadingsView', () => {
  const [atp, ccu] = mapReadingsView(posts);

  it('shows the slide facts of the ATP map', () => {
    expect([atp?.hub, atp?.labels, atp?.values, atp?.unvalued, atp?.looseValues, atp?.legendValues]).toEqual([
      'Lille',
      ['Valenciennes', 'Arras', 'Boulogne', 'Dunkerque', 'Calais', 'Lens', 'Douai'],
      [30, 8, 26, 6, 18, 7, 37],
      ['Somain'],
      [1, 1, 2],
      [1, 2],
    ]);
    expect(atp?.adjacentPairs.map((p) => `${p.label} ${p.value}`)).toEqual([
      'Sambre Avesnois 4',
      'Béthune 1',
      'Saint-Omer 5',
      'Cambrai 1',
      'Denain 2',
    ]);
    expect(atp?.totals).toEqual([
      { bassin: 'metropole', value: 36 },
      { bassin: 'littoral', value: 22 },
      { bassin: 'artois', value: 86 },
      { bassin: 'hainaut', value: 38 },
    ]);
  });

  it('lists, per assumption, how many readings fit and what they agree on; the shown one is the named assumption', () => {
    expect(atp?.readings.map((r) => [r.assumption?.id ?? null, r.count, r.shown, r.agreed.map((v) => `${v.label} ${v.value}`)])).toEqual([
      [null, 2268, false, ['Saint-Omer 1', 'Boulogne, Dunkerque, Calais 21']],
      [
        'atp-adjacent-pairs',
        36,
        true,
        [
          'Valenciennes 26',
          'Sambre Avesnois 4',
          'Béthune 1',
          'Saint-Omer 1',
          'Cambrai 1',
          'Denain 2',
          'Somain 5',
          'Arras, Lens, Douai 85',
          'Boulogne, Dunkerque, Calais 21',
        ],
      ],
    ]);
    expect(atp?.unattributed).toEqual([]);
  });

  it('reads the CCU-Région map with no assumption and leaves 2 of the Hainaut unattributed', () => {
    expect(ccu?.readings.map((r) => [r.assumption, r.count, r.shown, r.agreed.map((v) => `${v.label} ${v.value}`)])).toEqual([
      [null, 2, true, ['Valenciennes 5', 'Lens 3', 'Boulogne, Dunkerque 6']],
    ]);
    expect(ccu?.unattributed).toEqual([{ bassin: 'hainaut', value: 2 }]);
  });
});
