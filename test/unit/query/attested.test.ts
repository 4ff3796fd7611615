/**
 * Time as the sources tell it: an undated cooperation is shown from the date
 * its sources attest it (data/sources.json, sources[].asOf), never "always",
 * and the real timeline shows nothing before it is attested.
 */
import { describe, expect, it } from 'vitest';
import { attestationOf, shownFrom, withAttestations } from '../../../src/model/attest.ts';
import type { Cooperation, SeedInfo } from '../../../src/model/types.ts';
import { cooperationsInForce } from '../../../src/query/cooperationsInForce.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { realDataset } from '../../fixtures/realData.ts';
import { filters } from './helpers.ts';

const seed = (name: string, attests: string): SeedInfo => ({
  seed: name,
  title: name,
  titleEn: name,
  written: { date: attests, precision: 'day' },
  attests,
  when: attests,
  whenEn: attests,
  sources: [],
});
const seeds = [seed('000_a.txt', '2013-09-20'), seed('004_b.txt', '2001-07-13')];

describe('attestationOf', () => {
  it('takes the earliest date any source attests, a passage date (asOf) before its seed date', () => {
    expect(
      attestationOf(
        {
          sources: [
            { seed: '000_a.txt', quote: 'x' },
            { seed: '004_b.txt', quote: 'y' },
          ],
        },
        seeds,
      ),
    ).toEqual({ date: '2001-07-13', seed: '004_b.txt' });
    expect(attestationOf({ sources: [{ seed: '000_a.txt', quote: 'map', asOf: '2012-01-31' }] }, seeds)).toEqual({
      date: '2012-01-31',
      seed: '000_a.txt',
    });
    expect(attestationOf({ sources: [{ seed: 'unknown.txt', quote: 'x' }] }, seeds)).toBeNull();
  });

  it('is set only on cooperations with no stated date; shownFrom prefers the stated date', () => {
    const undated = { id: 'u', sources: [{ seed: '000_a.txt', quote: 'x' }] } as Cooperation;
    const dated = { id: 'd', date: '2009-01-01', sources: [{ seed: '000_a.txt', quote: 'x' }] } as Cooperation;
    const out = withAttestations({
      establishments: [],
      cooperations: [undated, dated],
      posts: {} as never,
      keyFigures: { figures: [] },
      sources: { seeds },
    });
    expect(out.cooperations.map((c) => [c.id, c.attested ?? null, shownFrom(c)])).toEqual([
      ['u', { date: '2013-09-20', seed: '000_a.txt' }, '2013-09-20'],
      ['d', null, '2009-01-01'],
    ]);
  });
});

describe('the real timeline', () => {
  const real = realDataset();
  const from = (id: string) => {
    const c = real.cooperations.find((x) => x.id === id);
    return c ? shownFrom(c) : 'missing';
  };

  it('dates every undated cooperation by its source', () => {
    expect(real.cooperations.filter((c) => shownFrom(c) === null).map((c) => c.id)).toEqual([]);
    expect({
      ght: from('ght-hainaut-cambresis'),
      conventionLens: from('convention-lens'),
      chtProject: from('cht-sambre-avesnois'),
      chtOnTheJanuary2012Map: from('cht-2012-artois'),
      lensPartnership: from('partenariat-lens-2009'),
      armentieresPartnership: from('partenariat-armentieres'),
      regionalCouncil: from('convention-conseil-regional'),
      handClinicProject: from('gcs-urgences-main-clinique-lille-sud'),
    }).toEqual({
      ght: '2017-07-03',
      conventionLens: '2001-07-13',
      chtProject: '2013-09-20',
      chtOnTheJanuary2012Map: '2012-01-31',
      lensPartnership: '2009-12-31',
      armentieresPartnership: '2011-12-06',
      regionalCouncil: '2010-01-01',
      handClinicProject: '2001-07-13',
    });
  });

  it('shows nothing at 2008-12-31 that is attested only later, and no GHT before 3 July 2017', () => {
    const all = filters({ date: '2008-12-31' });
    const inForce = cooperationsInForce(real, '2008-12-31');
    expect(inForce.undated).toEqual([]);
    expect([...inForce.dated, ...inForce.attested].every((c) => (shownFrom(c) as string) <= '2008-12-31')).toBe(true);
    const shown = new Set(visibleLinks(real, all).map((l) => l.cooperationId));
    const later = real.cooperations.filter((c) => (shownFrom(c) as string) > '2008-12-31').map((c) => c.id);
    expect(later.filter((id) => shown.has(id))).toEqual([]);
    expect(visibleLinks(real, filters({ date: '2017-07-02' })).some((l) => l.cooperationId === 'ght-hainaut-cambresis')).toBe(false);
    expect(visibleLinks(real, filters({ date: '2017-07-03' })).some((l) => l.cooperationId === 'ght-hainaut-cambresis')).toBe(true);
  });

  it('keeps 2013 CHT projects out of January 2012', () => {
    const jan2012 = cooperationsInForce(real, '2012-01-31');
    const ids = [...jan2012.dated, ...jan2012.attested].map((c) => c.id);
    expect(
      ids.filter((id) =>
        ['cht-grande-thierache', 'cht-sambre-avesnois', 'cht-boulogne-montreuil', 'cht-calais-dunkerque-saint-omer'].includes(id),
      ),
    ).toEqual([]);
    expect(ids.filter((id) => id.startsWith('cht-2012-')).length).toBe(9);
  });
});
