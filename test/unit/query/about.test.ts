import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/model/types.ts';
import { aboutSections, figureValue } from '../../../src/query/about.ts';
import { kindNoteOf, nameOf, noteOf, topicsOf, unitOf } from '../../../src/query/localize.ts';
import { translated, type Lang } from '../../../src/i18n/index.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { realDataset } from '../../fixtures/realData.ts';

const src = [{ seed: '000_15e9185a92ff980b.txt', quote: 'q' }];

describe('localize', () => {
  test('English under en when present, French otherwise', () => {
    expect(translated('en', { text: 'bonjour', textEn: 'hello' }, 'text')).toBe('hello');
    expect(translated('fr', { text: 'bonjour', textEn: 'hello' }, 'text')).toBe('bonjour');
    expect(translated('en', { text: 'bonjour' }, 'text')).toBe('bonjour');
    expect(translated('en', { text: 'bonjour', textEn: '' }, 'text')).toBe('bonjour');
    expect(nameOf({ name: 'CHT du Cambrésis', nameEn: 'Cambrésis CHT' }, 'en')).toBe('Cambrésis CHT');
    expect(noteOf({}, 'en')).toBeUndefined();
    expect(noteOf({ note: 'Aucune date.', noteEn: 'No date.' }, 'en')).toBe('No date.');
    expect(unitOf({ unit: 'postes', unitEn: 'posts' }, 'en')).toBe('posts');
    expect(unitOf({ unit: 'postes', unitEn: 'posts' }, 'fr')).toBe('postes');
  });

  test('a new language reads its own fields by its code (nameDe), with no code to change, French where it has none', () => {
    const de = 'de' as Lang;
    expect(translated(de, { name: 'Lille', nameEn: 'Lille (en)', nameDe: 'Lille (de)' }, 'name')).toBe('Lille (de)');
    expect(translated(de, { name: 'Lille', nameEn: 'Lille (en)' }, 'name')).toBe('Lille');
    expect(translated(de, { topics: ['imagerie'], topicsDe: ['Bildgebung'] }, 'topics')).toEqual(['Bildgebung']);
  });

  test('topics: the English list only when it translates every topic', () => {
    expect(topicsOf({ topics: ['imagerie', 'gériatrie'], topicsEn: ['imaging', 'geriatrics'] }, 'en')).toEqual(['imaging', 'geriatrics']);
    expect(topicsOf({ topics: ['imagerie', 'gériatrie'], topicsEn: ['imaging'] }, 'en')).toEqual(['imagerie', 'gériatrie']);
    expect(topicsOf({ topics: ['imagerie'], topicsEn: ['imaging'] }, 'fr')).toEqual(['imagerie']);
    expect(topicsOf({}, 'en')).toEqual([]);
  });

  test('kind note only for a kind taken from public knowledge', () => {
    const col = { kindSource: 'public-knowledge' as const, kindNote: 'connaissance publique', kindNoteEn: 'public knowledge' };
    expect(kindNoteOf(col, 'en')).toBe('public knowledge');
    expect(kindNoteOf(col, 'fr')).toBe('connaissance publique');
    expect(kindNoteOf({ kindNote: 'x' }, 'fr')).toBeUndefined();
  });
});

describe('figureValue', () => {
  test('qualifier, range, number format and percent of each language', () => {
    expect(figureValue({ value: 25, qualifier: 'about' }, 'fr')).toBe('environ 25');
    expect(figureValue({ value: 25, qualifier: 'about' }, 'en')).toBe('about 25');
    expect(figureValue({ value: 200, qualifier: 'more-than' }, 'en')).toBe('more than 200');
    expect(figureValue({ value: 7, max: 8 }, 'fr')).toBe('7 à 8');
    expect(figureValue({ value: 28, max: 37 }, 'en')).toBe('28 to 37');
    expect(figureValue({ value: 188640 }, 'fr')).toBe('188\u202f640');
    expect(figureValue({ value: 188640 }, 'en')).toBe('188,640');
    expect(figureValue({ value: 9.84, unit: '%' }, 'fr')).toBe('9,84\u202f%');
    expect(figureValue({ value: 9.84, unit: '%' }, 'en')).toBe('9.84%');
  });
});

describe('aboutSections', () => {
  // The fixture's posts and cooperations, plus key figures and facts in several groups.
  const dataset: Dataset = {
    ...fixture,
    posts: {
      ...fixture.posts,
      schemes: [
        {
          id: 'atp',
          name: 'Assistants (ATP)',
          nameEn: 'Assistants (ATP)',
          period: { start: 2000, end: 2011 },
          rate: { min: 25, max: 25, text: 'Environ 25 postes par an', textEn: 'About 25 posts a year' },
          since: 1999,
          sources: src,
        },
      ],
      figures: [
        { id: 'atp-rate', label: 'Rythme', labelEn: 'Pace', value: 25, qualifier: 'about', sources: src },
        {
          id: 'deficit',
          label: 'Déficit',
          labelEn: 'Shortfall',
          group: 'posts',
          value: 172,
          unit: 'postes',
          unitEn: 'posts',
          note: 'Soit 1 pour 3.',
          noteEn: 'One to three.',
          when: '2012-11',
          sources: src,
        },
      ],
    },
    keyFigures: {
      figures: [{ id: 'beds', label: 'Lits', labelEn: 'Beds', group: 'chru', value: 3053, sources: src }],
      facts: [
        {
          id: 'perinatal',
          group: 'unmapped',
          title: 'Réseau périnatal',
          titleEn: 'Perinatal network',
          text: 'Membres non nommés.',
          textEn: 'Members not named.',
          figures: [{ value: 14, label: 'établissements', labelEn: 'establishments' }],
          dates: [{ date: '2001-01-22', precision: 'day', label: 'confirmé', labelEn: 'confirmed' }],
          sources: src,
        },
      ],
    },
  };

  test('sections in order, empty ones left out; a rate without a group is shown only with its scheme', () => {
    const sections = aboutSections(dataset, 'en');
    expect(sections.map((s) => [s.group, s.items.map((i) => i.id)])).toEqual([
      ['chru', ['beds']],
      ['posts', ['scheme-atp', 'deficit']],
      ['unmapped', ['perinatal', 'cht-boulogne-montreuil']],
    ]);
  });

  test('the scheme: start, pace as described and published count on separate lines (never an average)', () => {
    const [, posts] = aboutSections(dataset, 'fr');
    expect(posts?.items[0]).toEqual({
      id: 'scheme-atp',
      value: null,
      unit: null,
      label: 'Assistants (ATP)',
      when: null,
      lines: [
        'Depuis 1999',
        'Environ 25 postes par an : rythme du dispositif tel que la source le décrit, non une moyenne de la période de la carte',
        '32 recrutés de 2000 à 2011 (carte publiée)',
      ],
      details: [],
      topics: [],
      sources: src.concat(fixture.posts.grandTotals[0]?.sources ?? []),
    });
    expect(posts?.items[1]).toMatchObject({ value: '172', unit: 'postes', when: 'novembre 2012', lines: ['Soit 1 pour 3.'] });
  });

  test('English: figures, facts and single-party cooperations', () => {
    const sections = aboutSections(dataset, 'en');
    expect(sections[1]?.items[0]?.lines).toEqual([
      'Since 1999',
      'About 25 posts a year: the scheme’s pace as the source describes it, not an average over the map’s period',
      '32 recruited from 2000 to 2011 (published map)',
    ]);
    expect(sections[1]?.items[1]).toMatchObject({
      value: '172',
      unit: 'posts',
      label: 'Shortfall',
      when: 'November 2012',
      lines: ['One to three.'],
    });
    expect(sections[2]?.items[0]).toMatchObject({
      label: 'Perinatal network',
      lines: ['Members not named.'],
      details: ['14 establishments', 'confirmed: 22 Jan 2001'],
    });
    expect(sections[2]?.items[1]).toMatchObject({ id: 'cht-boulogne-montreuil', when: null });
  });

  test('real data: every item the issue asks for is in the panel, in its section', () => {
    const sections = aboutSections(realDataset(), 'fr');
    const where = Object.fromEntries(sections.flatMap((s) => s.items.map((i) => [i.id, s.group])));
    expect(where).toMatchObject({
      'ccu-deficit': 'posts',
      'projection-2012-posts': 'posts',
      'projection-2012-interns': 'posts',
      'scheme-atp': 'posts',
      'scheme-ccu': 'posts',
      'scheme-asc': 'posts',
      'medical-cooperation-conventions': 'cooperation',
      'medical-time-sharing': 'cooperation',
      'priority-disciplines-cht': 'cooperation',
      m2rc: 'research',
      'health-networks': 'networks',
      'perinatal-network-lille': 'unmapped',
      'telemedicine-perinat': 'unmapped',
      'poles-hu-partage-regional': 'unmapped',
      zoast: 'unmapped',
      'cross-border-smur': 'unmapped',
      'convention-conseil-regional': 'unmapped',
    });
    const item = (id: string) => sections.flatMap((s) => s.items).find((i) => i.id === id);
    expect(item('scheme-atp')?.lines).toEqual([
      'Depuis 1999',
      'Environ 25 postes par an : rythme du dispositif tel que la source le décrit, non une moyenne de la période de la carte',
      '182 recrutés de 2000 à 2011 (carte publiée)',
    ]);
    expect(item('scheme-ccu')?.lines[1]?.startsWith('7 à 8 postes par an')).toBe(true);
    expect(item('scheme-asc')?.lines.slice(0, 2)).toEqual([
      'Depuis 2009',
      'De 28 à 37 postes par an : rythme du dispositif tel que la source le décrit, non une moyenne de la période de la carte',
    ]);
    expect(item('medical-cooperation-conventions')?.value).toBe('plus de 200');
    expect([item('projection-2012-posts')?.value, item('projection-2012-interns')?.value, item('projection-2012-interns')?.lines]).toEqual([
      '82',
      '232',
      ['Soit un rapport d’à peine 1 pour 3.'],
    ]);
    expect(item('perinatal-network-lille')?.details).toEqual([
      '14 établissements publics, privés et participant au service public',
      'constitué\u00a0: 2000',
      'confirmé par délibération du Conseil d’Administration\u00a0: 22 janv. 2001',
    ]);
    expect(item('telemedicine-perinat')?.details).toEqual(['10 centres pouvant être réunis en visioconférence']);
    // No caption of the panel turns the 2013 pace into the 2000–2011 average.
    expect(
      sections
        .flatMap((s) => s.items)
        .flatMap((i) => i.lines)
        .filter((l) => l.includes('25') && l.includes('182')),
    ).toEqual([]);
  });
});
