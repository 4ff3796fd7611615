/**
 * Issue 12, classes 3 and 6: the state the app accepts, from the address
 * (`parseUrl`) and from `<coop-map>.setState` (`checkPatch`, which reads each
 * field with the same parser).
 * Class 3: a list parameter with no known item is ignored (the default
 * applies, with a notice), and duplicated or differently-cased items never
 * change a count. Class 6: setState refuses what the URL parser would
 * ignore, naming the field, and never stores a prototype key.
 */
import { describe, expect, test } from 'vitest';
import { checkPatch, parseUrl } from '../../src/app/url.ts';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../../src/model/types.ts';
import { BASSIN_IDS } from '../../src/model/types.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../src/query/state.ts';
import { realDataset } from '../fixtures/realData.ts';

const dataset = realDataset();
/** Every count of the panel for a state: values and what is attributed to no site. */
function counts(search: string): number[] {
  const { state } = parseUrl(search, dataset);
  const c = countsByBassin(dataset, state.filters);
  return (['atp', 'ccu'] as const).flatMap((s) => [
    ...BASSIN_IDS.flatMap((b) => [c[s].byBassin[b].value, c[s].byBassin[b].unattributed]),
    c[s].total,
  ]);
}

describe('class 3: a list parameter with no known item leaves the default', () => {
  const ALL_UNKNOWN: [string, 'links' | 'kinds'][] = [
    ['kinds=hopital', 'kinds'],
    ['kinds=dragon,licorne', 'kinds'],
    [`links=${encodeURIComponent('<svg onload=alert(1)>')}`, 'links'],
    ['links=zzz,__proto__,constructor', 'links'],
    ['kinds=%E2%80%AE,%00', 'kinds'],
    ['links=toString', 'links'],
  ];
  for (const [search, param] of ALL_UNKNOWN) {
    test(search, () => {
      const { state, notices } = parseUrl(search, dataset);
      expect(state.filters[param]).toEqual(DEFAULT_STATE.filters[param]);
      expect(notices.length).toBeGreaterThan(0);
      expect(notices.every((n) => n.param === param)).toBe(true);
      expect(notices.at(-1)?.message.en).toBe('No known value: the default applies.');
      expect(counts(search)).toEqual(counts(''));
    });
  }

  test('an explicitly empty list still means none', () => {
    expect(parseUrl('links=').state.filters.links).toEqual([]);
    expect(parseUrl('links=,,').state.filters.links).toEqual([]);
  });
});

describe('class 3: duplicated and differently-cased items never change a count', () => {
  const SAME: [string, string][] = [
    ['kinds=CHU', 'kinds=chu'],
    ['kinds=ch,CH,Ch,ch', 'kinds=ch'],
    ['kinds=chu,chu,ch,ch', 'kinds=chu,ch'],
    ['kinds=%20ch%20,private', 'kinds=ch,private'],
    ['links=GCS,gcs,Cht', 'links=gcs,cht'],
    ['kinds=ch,dragon,CH', 'kinds=ch'],
  ];
  for (const [odd, plain] of SAME) {
    test(`${odd} counts as ${plain}`, () => {
      expect(parseUrl(odd, dataset).state.filters).toEqual(parseUrl(plain, dataset).state.filters);
      expect(counts(odd)).toEqual(counts(plain));
    });
  }
});

describe('class 6: setState is read by the URL parser', () => {
  const REFUSED: [string, unknown, string][] = [
    ['an unknown scheme', { filters: { scheme: 'xyz' } }, 'filters.scheme'],
    ['an unknown language', { lang: 'de' }, 'lang'],
    ['an impossible date', { filters: { date: '2011-02-30' } }, 'filters.date'],
    ['a date off the timeline', { filters: { date: '1990-01-01' } }, 'filters.date'],
    ['a date that is not a string', { filters: { date: 20111231 } }, 'filters.date'],
    ['a __proto__ key', JSON.parse('{"filters":{"__proto__":{"kinds":[]}}}'), 'filters.__proto__'],
    ['a constructor key', JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'), 'constructor'],
    ['a top-level __proto__ key', JSON.parse('{"__proto__":{"lang":"en"}}'), '__proto__'],
    ['a typo in a field', { filters: { sheme: 'ccu' } }, 'filters.sheme'],
    ['a list given as a string', { filters: { links: 'gcs' } }, 'filters.links'],
    ['a list of unknown kinds', { filters: { kinds: ['hopital'] } }, 'filters.kinds'],
    ['a list item hiding a comma', { filters: { kinds: ['ch,chu'] } }, 'filters.kinds'],
    ['an unknown focus', { selection: { focus: 'ch-atlantis' } }, 'selection.focus'],
    ['a member that is not a CHT or GHT', { filters: { member: 'chru-lille' } }, 'filters.member'],
    ['an unknown grid', { view: { grid: 'hexagons' } }, 'view.grid'],
    ['a part that is not an object', { filters: 'ccu' }, 'filters'],
  ];
  for (const [what, patch, field] of REFUSED) {
    test(`refuses ${what}, naming ${field}`, () => {
      const checked = checkPatch(patch, dataset);
      expect(checked.patch).toBeNull();
      expect(checked.errors.map((e) => e.field)).toContain(field);
      expect(checked.errors[0]?.message.fr).not.toBe('');
    });
  }

  test('a patch with one bad field is refused as a whole', () => {
    expect(checkPatch({ lang: 'en', filters: { scheme: 'xyz' } }, dataset).patch).toBeNull();
  });

  test('an object with an inherited field is not a plain patch', () => {
    expect(checkPatch(Object.create({ lang: 'en' }) as unknown, dataset).patch).toBeNull();
  });

  test('a valid patch passes, normalised like the URL: lists deduplicated, lower case, canonical order', () => {
    const { patch, errors } = checkPatch(
      {
        lang: 'en',
        filters: { scheme: 'ccu', kinds: ['ch', 'CHU', 'ch'], links: [], date: '2011-12-31', member: null },
        view: { grid: 'zones' },
        selection: { focus: 'artois' },
      },
      dataset,
    );
    expect(errors).toEqual([]);
    expect(patch).toEqual({
      lang: 'en',
      filters: { scheme: 'ccu', kinds: ['chu', 'ch'], links: [], date: '2011-12-31', member: null },
      view: { grid: 'zones' },
      selection: { focus: 'artois' },
    });
    expect(Object.keys(patch?.filters ?? {})).not.toContain('__proto__');
    expect(checkPatch({ filters: { links: COOPERATION_KINDS.toReversed() } }).patch).toEqual({
      filters: { links: [...COOPERATION_KINDS] },
    });
    expect(checkPatch({ filters: { kinds: [...ESTABLISHMENT_KINDS] } }).patch).toEqual({ filters: { kinds: [...ESTABLISHMENT_KINDS] } });
  });
});
