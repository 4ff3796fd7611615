/** Sources are named to people by title and date, never by file hash. */
import { describe, expect, it } from 'vitest';
import type { SourcesData } from '../../../src/model/types.ts';
import { sourceLabel } from '../../../src/query/sourceLabel.ts';
import { sourceTitle } from '../../../src/ui/source-ref.ts';
import { readRepoJson } from '../../fixtures/realData.ts';

const seeds = (readRepoJson('data/sources.json') as SourcesData).seeds;

describe('sourceLabel and sourceTitle', () => {
  it('names the 2013 slides by title and day', () => {
    expect(sourceLabel('000_15e9185a92ff980b.txt', seeds, 'fr').dated).toEqual({ kind: 'day', date: '2013-09-20' });
    expect(sourceTitle('000_15e9185a92ff980b.txt', seeds, 'fr')).toBe(
      'Diaporama « Le CHU et son Territoire de Santé : Expérience de Lille et de sa Région », séminaire de la CME AP-HP, 20 sept. 2013',
    );
  });

  it('gives a window or an open start when the text only bounds its date', () => {
    expect(sourceTitle('004_ba0069c7e0d068b0.txt', seeds, 'en')).toBe(
      'Article “Lille : champion toutes catégories des coopérations” (Lille, champion of cooperation in every category), between 22 Jan 2001 and 13 Jul 2001',
    );
    expect(sourceTitle('002_bf43fb8bb6a978a0.txt', seeds, 'fr')).toBe(
      'Page du CHRU : un établissement investi dans des partenariats, 2010 ou après',
    );
  });

  it('falls back to the file name for an undescribed seed', () => {
    expect(sourceLabel('999_x.txt', seeds, 'fr')).toEqual({ file: '999_x.txt', title: '999_x.txt', dated: null });
  });

  it('describes every seed the data cites', () => {
    const cited = new Set(
      JSON.stringify(
        ['data/establishments.json', 'data/cooperations.json', 'data/posts.json', 'data/figures.json'].map(readRepoJson),
      ).match(/\d{3}_[0-9a-f]{16}\.txt/g),
    );
    expect([...cited].filter((f) => !seeds.some((s) => s.seed === f))).toEqual([]);
  });
});
