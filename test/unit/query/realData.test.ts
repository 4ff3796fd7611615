/**
 * The selectors on the real `data/*.json`, once it exists and passes the
 * schemas: the published figures of the seed slides must come out exactly.
 * Skipped (and said so in the suite name) while the data is missing or invalid.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseUrl } from '../../../src/app/url.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { validateFile } from '../../../src/model/validate.ts';
import { cooperationsInForce } from '../../../src/query/cooperationsInForce.ts';
import { countsByBassin, countsForElement } from '../../../src/query/countsByBassin.ts';
import { searchEstablishments } from '../../../src/query/search.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { withAttestations } from '../../../src/model/attest.ts';
import { filters } from './helpers.ts';

const FILES = {
  establishments: 'data/establishments.json',
  cooperations: 'data/cooperations.json',
  posts: 'data/posts.json',
  keyFigures: 'data/figures.json',
  sources: 'data/sources.json',
} as const;

function loadRealData(): { dataset: Dataset | null; why: string } {
  const root = resolve(import.meta.dirname, '../../..');
  const json: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(FILES)) {
    const path = resolve(root, file);
    if (!existsSync(path)) return { dataset: null, why: `${file} is missing` };
    try {
      json[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return { dataset: null, why: `${file} is not JSON` };
    }
    const issues = validateFile(file, json[key]);
    if (issues.length > 0) return { dataset: null, why: `${file} has ${issues.length} schema issue(s)` };
  }
  // As the loader does: undated cooperations are shown from their attestation.
  return { dataset: withAttestations(json as unknown as Dataset), why: '' };
}

const { dataset, why } = loadRealData();
const real = dataset as Dataset;
const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);

/** The id the data gives the CHT Artois-Douaisis, found by name (exactly one). */
const chtArtoisDouaisis = (): string => {
  const found = real.cooperations.filter((c) => c.kind === 'cht' && c.name.includes('Artois-Douaisis'));
  expect(found).toHaveLength(1);
  return found[0]!.id;
};

describe.skipIf(dataset === null)(`real data${why ? ` (skipped: ${why})` : ''}`, () => {
  test('default counts: the published bassin totals, ATP 182, CCU 18 + 2 = 20', () => {
    const counts = countsByBassin(real, filters());
    expect(countsForElement(counts)).toEqual({
      metropole: { atp: 36, ccu: 2 },
      littoral: { atp: 22, ccu: 6 },
      artois: { atp: 86, ccu: 3 },
      hainaut: { atp: 38, ccu: 7 },
    });
    expect([counts.atp.bassinsTotal, counts.atp.total, counts.atp.published]).toEqual([182, 182, 182]);
    expect([counts.ccu.bassinsTotal, counts.ccu.extras.map((x) => x.value), counts.ccu.total, counts.ccu.published]).toEqual([
      18,
      [2],
      20,
      20,
    ]);
    expect(Object.values(counts.atp.byBassin).some((c) => c.inferred)).toBe(false);
  });

  test('ATP Littoral: Saint-Omer 1 + the group 21 make the published 22, so no disagreement is shown anywhere', () => {
    const byBassin = countsByBassin(real, filters()).atp.byBassin;
    expect([
      byBassin.littoral.value,
      byBassin.littoral.published,
      byBassin.littoral.sitesSum,
      byBassin.littoral.unattributed,
      byBassin.littoral.disagreement,
    ]).toEqual([22, 22, 22, 0, false]);
    expect([byBassin.metropole.disagreement, byBassin.artois.disagreement, byBassin.hainaut.disagreement]).toEqual([false, false, false]);
  });

  test('members of the CHT Artois-Douaisis: Béthune 1 + the Arras/Lens/Douai group 85 = 86, deduced, nothing unattributed', () => {
    const counts = countsByBassin(real, filters({ member: chtArtoisDouaisis() }));
    const artois = counts.atp.byBassin.artois;
    expect([artois.value, artois.inferred, artois.unattributed, artois.unsplittable]).toEqual([86, true, 0, []]);
    expect(artois.siteValues.map((v) => v.value).toSorted((a, b) => a - b)).toEqual([1, 85]);
    expect([counts.atp.byBassin.metropole.value, counts.atp.byBassin.littoral.value, counts.atp.byBassin.hainaut.value]).toEqual([0, 0, 0]);
    expect([counts.atp.total, counts.atp.extras]).toEqual([86, []]);
  });

  test('kinds = CHU only: every count is 0', () => {
    const counts = countsByBassin(real, filters({ kinds: ['chu'] }));
    expect(countsForElement(counts)).toEqual({
      metropole: { atp: 0, ccu: 0 },
      littoral: { atp: 0, ccu: 0 },
      artois: { atp: 0, ccu: 0 },
      hainaut: { atp: 0, ccu: 0 },
    });
    expect([counts.atp.total, counts.ccu.total]).toEqual([0, 0]);
  });

  test('on 2005-06-01 the GCS of 2008 and after are not in force yet, nor any link of theirs', () => {
    const later = real.cooperations.filter((c) => c.kind === 'gcs' && c.date !== undefined && c.date >= '2008-01-01');
    expect(later.length).toBeGreaterThan(0);
    const inForce = ids(cooperationsInForce(real, '2005-06-01').dated);
    const linked = new Set(visibleLinks(real, filters({ date: '2005-06-01' })).map((l) => l.cooperationId));
    for (const c of later) {
      expect(inForce).not.toContain(c.id);
      expect(linked.has(c.id)).toBe(false);
    }
    expect(ids(cooperationsInForce(real, '2017-12-31').dated)).toEqual(expect.arrayContaining(ids(later)));
  });

  test('the Littoral group value is drawn to each of its sites, unweighted', () => {
    const group = real.posts.siteValues.find((v) => v.scheme === 'atp' && v.bassin === 'littoral' && v.establishments.length > 1);
    const links = visibleLinks(real, filters()).filter((l) => l.siteValueId === group?.id);
    expect(links.map((l) => l.to)).toEqual(group?.establishments);
    expect(links.every((l) => l.weight === undefined && l.from === 'chru-lille' && l.directed)).toBe(true);
  });

  test('every link joins two different known establishments, with a unique id', () => {
    const known = new Set(ids(real.establishments));
    const links = visibleLinks(real, filters());
    expect(links.every((l) => l.from !== l.to && known.has(l.from) && known.has(l.to))).toBe(true);
    expect(new Set(ids(links)).size).toBe(links.length);
  });

  test('a date before 2000 in the URL is clamped to the start of the timeline', () => {
    const { state, notices } = parseUrl('?date=1999-06-01&scheme=ccu', real);
    expect([state.filters.date, state.filters.scheme, notices.map((n) => n.param)]).toEqual(['2000-01-01', 'ccu', ['date']]);
  });

  test('the URL accepts the real CHT as member and a real establishment as focus', () => {
    const { state, notices } = parseUrl(`member=${chtArtoisDouaisis()}&focus=ch-lens`, real);
    expect([state.filters.member, state.selection.focus, notices]).toEqual([chtArtoisDouaisis(), 'ch-lens', []]);
  });

  test('search: "bethune" finds CH Béthune, "lens" finds CH Lens first', () => {
    expect(searchEstablishments(real, 'bethune', 'fr')[0]?.shortName).toBe('CH Béthune');
    expect(searchEstablishments(real, 'lens', 'fr')[0]?.shortName).toBe('CH Lens');
  });
});
