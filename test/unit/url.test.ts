import { describe, expect, test } from 'vitest';
import { checkPatch, displayValue, isCalendarDate, parseUrl, serializeState } from '../../src/app/url.ts';
import type { UrlNotice } from '../../src/app/url.ts';
import { DEFAULT_STATE } from '../../src/query/state.ts';
import type { AppState } from '../../src/query/types.ts';
import { fixture } from '../fixtures/dataset.ts';

/** The notices without their messages: what was refused, from which parameter. */
const refused = (notices: UrlNotice[]): [string, string][] => notices.map((n) => [n.param, n.value]);

describe('parseUrl: well-formed addresses', () => {
  test('an empty query is the default state, a fresh copy', () => {
    for (const search of ['', '?']) {
      const { state, notices } = parseUrl(search);
      expect(state).toEqual(DEFAULT_STATE);
      expect(state).not.toBe(DEFAULT_STATE);
      expect(Object.isFrozen(state.filters.links)).toBe(false);
      expect(notices).toEqual([]);
    }
  });

  test('every parameter applies', () => {
    const { state, notices } = parseUrl(
      '?lang=en&scheme=ccu&links=posts,gcs&date=2005-06-01&grid=zones&focus=ch-lens&kinds=ch,chu&member=cht-artois-douaisis',
      fixture,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      filters: { scheme: 'ccu', links: ['gcs', 'posts'], date: '2005-06-01', kinds: ['chu', 'ch'], member: 'cht-artois-douaisis' },
      view: { grid: 'zones' },
      selection: { focus: 'ch-lens' },
    });
  });

  test('links= and kinds= empty mean none', () => {
    const { state, notices } = parseUrl('links=&kinds=');
    expect([state.filters.links, state.filters.kinds, notices]).toEqual([[], [], []]);
  });

  test('a bassin can be focused, with or without dataset', () => {
    expect(parseUrl('focus=artois', fixture).state.selection.focus).toBe('artois');
    expect(parseUrl('focus=artois').state.selection.focus).toBe('artois');
  });

  test('reserved parameters of the scene and embed modes are left alone, without notice', () => {
    const { state, notices } = parseUrl('scene=intro&embed=1&controls=none&controls=x&lang=en');
    expect([state.lang, notices]).toEqual(['en', []]);
  });

  test('serializeState writes only what differs, in a stable order, and round-trips', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    const state: AppState = {
      lang: 'en',
      filters: { scheme: 'ccu', links: ['posts', 'gcs'], date: '2005-06-01', kinds: ['ch', 'chu'], member: 'cht-artois-douaisis' },
      view: { grid: 'zones' },
      selection: { focus: 'ch-lens' },
    };
    const search = serializeState(state);
    expect(search).toBe(
      'lang=en&scheme=ccu&links=gcs,posts&date=2005-06-01&grid=zones&focus=ch-lens&kinds=chu,ch&member=cht-artois-douaisis',
    );
    expect(parseUrl(search, fixture)).toEqual({
      state: { ...state, filters: { ...state.filters, links: ['gcs', 'posts'], kinds: ['chu', 'ch'] } },
      notices: [],
    });
  });

  test('serializeState: all kinds in another order are the default; none is an empty list', () => {
    const reordered = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, links: DEFAULT_STATE.filters.links.toReversed() } };
    expect(serializeState(reordered)).toBe('');
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, links: [], kinds: [] } };
    expect(serializeState(none)).toBe('links=&kinds=');
    expect(parseUrl(serializeState(none)).state).toEqual(none);
  });
});

describe('parseUrl: hostile and malformed input (each ignored with a notice, the rest applies)', () => {
  const cases: { name: string; search: string; notices: [string, string][]; applied: (s: AppState) => unknown; expected: unknown }[] = [
    {
      name: 'unknown language',
      search: 'lang=de&scheme=ccu',
      notices: [['lang', 'de']],
      applied: (s) => [s.lang, s.filters.scheme],
      expected: ['fr', 'ccu'],
    },
    {
      name: 'language in capitals',
      search: 'lang=EN&grid=zones',
      notices: [['lang', 'EN']],
      applied: (s) => [s.lang, s.view.grid],
      expected: ['fr', 'zones'],
    },
    {
      name: 'unknown scheme',
      search: 'scheme=asc&lang=en',
      notices: [['scheme', 'asc']],
      applied: (s) => [s.filters.scheme, s.lang],
      expected: ['atp', 'en'],
    },
    {
      name: 'unknown grid',
      search: 'grid=hexagons&lang=en',
      notices: [['grid', 'hexagons']],
      applied: (s) => [s.view.grid, s.lang],
      expected: ['bassins', 'en'],
    },
    {
      name: 'script tag as a value',
      search: 'lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E&scheme=ccu',
      notices: [['lang', '<script>alert(1)</script>']],
      applied: (s) => [s.lang, s.filters.scheme],
      expected: ['fr', 'ccu'],
    },
    {
      name: 'javascript: URL as focus',
      search: 'focus=javascript:alert(1)&grid=zones',
      notices: [['focus', 'javascript:alert(1)']],
      applied: (s) => [s.selection.focus, s.view.grid],
      expected: [null, 'zones'],
    },
    {
      name: 'unknown link kind among valid ones',
      search: 'links=gcs,bogus,cht',
      notices: [['links', 'bogus']],
      applied: (s) => s.filters.links,
      expected: ['gcs', 'cht'],
    },
    {
      name: 'markup in a list item',
      search: 'links=posts,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      notices: [['links', '<img src=x onerror=alert(1)>']],
      applied: (s) => s.filters.links,
      expected: ['posts'],
    },
    {
      name: 'several unknown link kinds: one notice each',
      search: 'links=a,gcs,b',
      notices: [
        ['links', 'a'],
        ['links', 'b'],
      ],
      applied: (s) => s.filters.links,
      expected: ['gcs'],
    },
    {
      name: 'repeated and empty list items are dropped quietly',
      search: 'links=gcs,,gcs,',
      notices: [],
      applied: (s) => s.filters.links,
      expected: ['gcs'],
    },
    {
      name: 'unknown establishment kind',
      search: 'kinds=ch,hospital',
      notices: [['kinds', 'hospital']],
      applied: (s) => s.filters.kinds,
      expected: ['ch'],
    },
    {
      name: 'malformed date',
      search: 'date=yesterday&scheme=ccu',
      notices: [['date', 'yesterday']],
      applied: (s) => [s.filters.date, s.filters.scheme],
      expected: ['2017-12-31', 'ccu'],
    },
    {
      name: 'not a calendar date (30 February)',
      search: 'date=2011-02-30&lang=en',
      notices: [['date', '2011-02-30']],
      applied: (s) => [s.filters.date, s.lang],
      expected: ['2017-12-31', 'en'],
    },
    {
      name: 'not a leap year (29 February 2010)',
      search: 'date=2010-02-29',
      notices: [['date', '2010-02-29']],
      applied: (s) => s.filters.date,
      expected: '2017-12-31',
    },
    {
      name: 'month 13',
      search: 'date=2010-13-01',
      notices: [['date', '2010-13-01']],
      applied: (s) => s.filters.date,
      expected: '2017-12-31',
    },
    {
      name: 'date with a time',
      search: 'date=2010-01-01T00:00:00Z',
      notices: [['date', '2010-01-01T00:00:00Z']],
      applied: (s) => s.filters.date,
      expected: '2017-12-31',
    },
    {
      name: 'huge number as a date',
      search: 'date=1e308&grid=zones',
      notices: [['date', '1e308']],
      applied: (s) => [s.filters.date, s.view.grid],
      expected: ['2017-12-31', 'zones'],
    },
    {
      name: 'huge digits as a date',
      search: 'date=99999999999999999999-01-01',
      notices: [['date', '99999999999999999999-01-01']],
      applied: (s) => s.filters.date,
      expected: '2017-12-31',
    },
    {
      name: 'date before the timeline is clamped',
      search: 'date=1999-05-01&lang=en',
      notices: [['date', '1999-05-01']],
      applied: (s) => [s.filters.date, s.lang],
      expected: ['2000-01-01', 'en'],
    },
    {
      name: 'date after the timeline is clamped',
      search: 'date=2030-01-01',
      notices: [['date', '2030-01-01']],
      applied: (s) => s.filters.date,
      expected: '2017-12-31',
    },
    {
      name: 'year 0000 is clamped',
      search: 'date=0000-01-01',
      notices: [['date', '0000-01-01']],
      applied: (s) => s.filters.date,
      expected: '2000-01-01',
    },
    {
      name: 'repeated parameter: the first wins',
      search: 'lang=en&lang=fr&scheme=ccu',
      notices: [['lang', 'fr']],
      applied: (s) => [s.lang, s.filters.scheme],
      expected: ['en', 'ccu'],
    },
    {
      name: 'repeated parameter, first one invalid: still the first counts',
      search: 'lang=xx&lang=en',
      notices: [
        ['lang', 'xx'],
        ['lang', 'en'],
      ],
      applied: (s) => s.lang,
      expected: 'fr',
    },
    { name: 'unknown parameter', search: 'zoom=12&lang=en', notices: [['zoom', '12']], applied: (s) => s.lang, expected: 'en' },
    {
      name: 'prototype-polluting parameter names',
      search: '__proto__=x&constructor=y&lang=en',
      notices: [
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ],
      applied: (s) => [s.lang, ({} as Record<string, unknown>).x],
      expected: ['en', undefined],
    },
    { name: 'parameter names are case-sensitive', search: 'LANG=en', notices: [['LANG', 'en']], applied: (s) => s.lang, expected: 'fr' },
    { name: 'percent-encoded parameter name', search: '%6Cang=en', notices: [], applied: (s) => s.lang, expected: 'en' },
    {
      name: 'malformed percent-encoding',
      search: 'lang=%E0%A4%A&grid=zones',
      notices: [['lang', '\uFFFD%A']],
      applied: (s) => s.view.grid,
      expected: 'zones',
    },
    {
      name: 'control and bidi characters are neutralised for display',
      search: 'lang=a%00b%E2%80%AEc&grid=zones',
      notices: [['lang', 'a\uFFFDb\uFFFDc']],
      applied: (s) => s.view.grid,
      expected: 'zones',
    },
    {
      name: 'focus not in the dataset',
      search: 'focus=ch-nowhere&lang=en',
      notices: [['focus', 'ch-nowhere']],
      applied: (s) => [s.selection.focus, s.lang],
      expected: [null, 'en'],
    },
    {
      name: 'member that is not a CHT or GHT',
      search: 'member=gcs-infectiologie&lang=en',
      notices: [['member', 'gcs-infectiologie']],
      applied: (s) => [s.filters.member, s.lang],
      expected: [null, 'en'],
    },
    {
      name: 'member that does not exist',
      search: 'member=cht-nowhere&focus=ch-lens',
      notices: [['member', 'cht-nowhere']],
      applied: (s) => [s.filters.member, s.selection.focus],
      expected: [null, 'ch-lens'],
    },
    {
      name: 'plus signs decode to spaces and are refused',
      search: 'scheme=atp+ccu',
      notices: [['scheme', 'atp ccu']],
      applied: (s) => s.filters.scheme,
      expected: 'atp',
    },
    {
      name: 'a value with leading space is not trimmed into validity',
      search: 'grid=%20zones',
      notices: [['grid', ' zones']],
      applied: (s) => s.view.grid,
      expected: 'bassins',
    },
    {
      name: 'parameter without value',
      search: 'lang&grid=zones',
      notices: [['lang', '']],
      applied: (s) => [s.lang, s.view.grid],
      expected: ['fr', 'zones'],
    },
    {
      name: 'a fragment-like value',
      search: 'focus=%23ch-lens',
      notices: [['focus', '#ch-lens']],
      applied: (s) => s.selection.focus,
      expected: null,
    },
  ];

  for (const c of cases) {
    test(c.name, () => {
      const { state, notices } = parseUrl(c.search, fixture);
      expect(refused(notices)).toEqual(c.notices);
      expect(c.applied(state)).toEqual(c.expected);
    });
  }

  test('a value over 200 characters is refused, shown truncated to 60', () => {
    const long = 'a'.repeat(5000);
    const { state, notices } = parseUrl(`focus=${long}&lang=en`);
    expect(state.selection.focus).toBeNull();
    expect(state.lang).toBe('en');
    expect(notices).toEqual([
      {
        param: 'focus',
        value: `${'a'.repeat(59)}…`,
        message: {
          fr: 'Valeur trop longue (5000 caractères, 200 au plus), ignorée.',
          en: 'Value too long (5000 characters, at most 200), ignored.',
        },
      },
    ]);
  });

  test('a long list is refused as a whole, even if made of valid kinds', () => {
    const { state, notices } = parseUrl(`links=${Array(60).fill('gcs').join(',')}`);
    expect([state.filters.links, refused(notices).map(([p]) => p)]).toEqual([DEFAULT_STATE.filters.links, ['links']]);
  });

  test('a long unknown parameter name is truncated in the notice', () => {
    const { notices } = parseUrl(`${'x'.repeat(300)}=1`);
    expect(notices[0]?.param).toBe(`${'x'.repeat(59)}…`);
  });

  test('truncation never splits an emoji', () => {
    expect(displayValue('😀'.repeat(70))).toBe(`${'😀'.repeat(59)}…`);
  });

  test('without dataset, focus and member need only be kebab-case ids of at most 100 characters', () => {
    const ok = parseUrl('focus=ch-lens&member=cht-x');
    expect([ok.state.selection.focus, ok.state.filters.member, ok.notices]).toEqual(['ch-lens', 'cht-x', []]);
    const bad = parseUrl(`focus=CH_Lens&member=${'a'.repeat(101)}`);
    expect([bad.state.selection.focus, bad.state.filters.member, refused(bad.notices).map(([p]) => p)]).toEqual([
      null,
      null,
      ['focus', 'member'],
    ]);
  });

  test('thousands of unknown parameters give at most 20 notices, the last one counting the rest', () => {
    const search = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&') + '&lang=en';
    const { state, notices } = parseUrl(search);
    expect(state.lang).toBe('en');
    expect(notices).toHaveLength(20);
    expect(notices[19]).toEqual({
      param: '',
      value: '',
      message: { fr: 'Et 4981 autres valeurs ignorées dans l’adresse.', en: 'And 4981 more values ignored in the address.' },
    });
  });
});

describe('parseUrl: notice messages are part of the interface', () => {
  test('date clamped', () => {
    expect(parseUrl('date=1999-05-01').notices[0]?.message).toEqual({
      fr: 'Date hors de la frise (2000-01-01 – 2017-12-31), ramenée au 2000-01-01.',
      en: 'Date outside the timeline (2000-01-01 – 2017-12-31), moved to 2000-01-01.',
    });
  });
  test('invalid date, unknown list item, repeated and unknown parameters', () => {
    const { notices } = parseUrl('date=2011-02-30&links=x&date=2011-01-01&zoom=3');
    expect(notices.map((n) => n.message)).toEqual([
      {
        fr: 'Date invalide, ignorée. Format attendu : AAAA-MM-JJ (une date du calendrier).',
        en: 'Invalid date, ignored. Expected format: YYYY-MM-DD (a calendar date).',
      },
      {
        fr: 'Type de lien inconnu, ignoré. Valeurs possibles : gcs, cht, ght, convention, cross-border, posts.',
        en: 'Unknown link kind, ignored. Possible values: gcs, cht, ght, convention, cross-border, posts.',
      },
      { fr: 'Aucune valeur reconnue : la valeur par défaut s’applique.', en: 'No known value: the default applies.' },
      { fr: 'Paramètre répété : seule sa première valeur compte.', en: 'Repeated parameter: only its first value counts.' },
      { fr: 'Paramètre inconnu, ignoré.', en: 'Unknown parameter, ignored.' },
    ]);
  });
  test('focus accepts a cooperation id', () => {
    const { state, notices } = parseUrl('focus=gcs-infectiologie', fixture);
    expect([state.selection.focus, notices]).toEqual(['gcs-infectiologie', []]);
  });
  test('focus and member', () => {
    expect(parseUrl('focus=x-y&member=z', fixture).notices.map((n) => n.message.en)).toEqual([
      'Unknown selection (not a bassin, an establishment or a cooperation), ignored.',
      'Unknown CHT or GHT, filter ignored.',
    ]);
  });
});

test('isCalendarDate knows leap years', () => {
  expect(['2000-02-29', '2004-02-29', '1900-02-29', '2001-02-29', '2011-04-31', '2011-12-31'].map(isCalendarDate)).toEqual([
    true,
    true,
    false,
    false,
    false,
    true,
  ]);
});

test('serializeState percent-encodes what it writes', () => {
  const odd = { ...DEFAULT_STATE, selection: { focus: 'a&b=c' } };
  expect(serializeState(odd)).toBe('focus=a%26b%3Dc');
});

describe('measure and classes (rate view)', () => {
  test('measure=rate and classes=quantile apply; absent means count and ckmeans, and is not written', () => {
    const { state, notices } = parseUrl('?measure=rate&classes=quantile');
    expect(notices).toEqual([]);
    expect(state.view).toEqual({ grid: 'bassins', measure: 'rate', classes: 'quantile' });
    expect(serializeState(state)).toBe('measure=rate&classes=quantile');
    expect(serializeState({ ...state, view: { grid: 'bassins', measure: 'count', classes: 'ckmeans' } })).toBe('');
    expect(parseUrl(serializeState(state)).state).toEqual(state);
  });

  test('unknown values are refused with a notice, the rest applies', () => {
    const { state, notices } = parseUrl('measure=density&classes=jenks&scheme=ccu');
    expect(refused(notices)).toEqual([
      ['measure', 'density'],
      ['classes', 'jenks'],
    ]);
    expect(state.view).toEqual({ grid: 'bassins' });
    expect(state.filters.scheme).toBe('ccu');
    expect(notices[1]?.message.en).toBe('Unknown class method, ignored. Possible values: ckmeans, quantile, equal.');
  });
});

describe('within (distance filter) and attested', () => {
  test('within=25 is 25 km from the CHRU; within=12.5,ch-lens from another establishment; both round-trip', () => {
    const a = parseUrl('within=25', fixture);
    expect([a.state.filters.within, a.notices]).toEqual([{ km: 25, from: 'chru-lille' }, []]);
    expect(serializeState(a.state)).toBe('within=25');
    const b = parseUrl('?within=12.5,ch-lens&attested=hide', fixture);
    expect([b.state.filters.within, b.state.filters.hideAttested, b.notices]).toEqual([{ km: 12.5, from: 'ch-lens' }, true, []]);
    expect(serializeState(b.state)).toBe('within=12.5,ch-lens&attested=hide');
    expect(parseUrl(serializeState(b.state), fixture).state).toEqual(b.state);
    // attested=show is the default, accepted and not written.
    const c = parseUrl('attested=show');
    expect([c.state.filters.hideAttested, c.notices, serializeState(c.state)]).toEqual([false, [], '']);
  });

  test('bad values are refused with a notice naming the parameter; the rest applies', () => {
    const { state, notices } = parseUrl('within=0&scheme=ccu', fixture);
    expect([state.filters.within, state.filters.scheme]).toEqual([undefined, 'ccu']);
    expect(refused(notices)).toEqual([['within', '0']]);
    for (const bad of ['-5', '501', 'abc', '25km', '25,', '25,a,b', '1e3', '10.123', ',ch-lens']) {
      expect(refused(parseUrl(`within=${encodeURIComponent(bad)}`, fixture).notices), bad).toEqual([['within', bad]]);
    }
    expect(parseUrl('within=5', fixture).notices[0]).toBeUndefined();
    expect(parseUrl('within=x').notices[0]?.message).toEqual({
      fr: 'Distance invalide, filtre ignoré. Format attendu : un nombre de kilomètres entre 0 et 500, suivi au besoin d’une virgule et de l’identifiant d’un établissement (within=25 ou within=25,ch-lens).',
      en: 'Invalid distance, filter ignored. Expected: a number of kilometres between 0 and 500, optionally followed by a comma and an establishment id (within=25 or within=25,ch-lens).',
    });
    expect(parseUrl('within=10,ch-atlantis', fixture).notices.map((n) => [n.param, n.value, n.message.en])).toEqual([
      ['within', '10,ch-atlantis', 'Unknown origin establishment, distance filter ignored.'],
    ]);
    expect(parseUrl('attested=yes').notices.map((n) => [n.param, n.value, n.message.en])).toEqual([
      ['attested', 'yes', 'Unknown value, ignored. Possible value: hide.'],
    ]);
  });

  test('setState takes them through the same parser', () => {
    expect(checkPatch({ filters: { within: { km: 20, from: 'ch-lens' }, hideAttested: true } }, fixture)).toEqual({
      patch: { filters: { within: { km: 20, from: 'ch-lens' }, hideAttested: true } },
      errors: [],
    });
    expect(checkPatch({ filters: { within: null, hideAttested: false } }, fixture).patch).toEqual({
      filters: { within: null, hideAttested: false },
    });
    expect(checkPatch({ filters: { within: { km: 0, from: 'chru-lille' } } }, fixture).errors.map((e) => e.field)).toEqual([
      'filters.within',
    ]);
    expect(checkPatch({ filters: { within: 20 } }, fixture).errors.map((e) => e.message.en)).toEqual(['Must be { km, from } or null.']);
    expect(checkPatch({ filters: { hideAttested: 'yes' } }, fixture).errors.map((e) => e.message.en)).toEqual(['Must be a boolean.']);
  });
});
