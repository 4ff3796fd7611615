import { describe, expect, test } from 'vitest';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../../../src/model/types.ts';
import { DEFAULT_STATE, HUB_ID, TIMELINE, isEstablishmentFilterActive } from '../../../src/query/state.ts';

describe('DEFAULT_STATE', () => {
  test('is French, ATP, every link and establishment kind, the end of the timeline, bassins, no member, no focus', () => {
    expect(DEFAULT_STATE).toEqual({
      lang: 'fr',
      filters: {
        scheme: 'atp',
        links: ['gcs', 'cht', 'ght', 'convention', 'cross-border', 'posts'],
        date: '2017-12-31',
        kinds: ['chu', 'ch', 'cancer-centre', 'psychiatric', 'private', 'espic', 'foreign', 'university'],
        member: null,
      },
      view: { grid: 'bassins' },
      selection: { focus: null },
    });
  });

  test('is deeply frozen, so nobody changes it by accident', () => {
    expect(Object.isFrozen(DEFAULT_STATE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_STATE.filters.links)).toBe(true);
    expect(() => DEFAULT_STATE.filters.links.push('gcs')).toThrow(TypeError);
  });

  test('its lists do not share the model constants', () => {
    expect(DEFAULT_STATE.filters.links).not.toBe(COOPERATION_KINDS);
    expect(DEFAULT_STATE.filters.kinds).not.toBe(ESTABLISHMENT_KINDS);
  });
});

test('TIMELINE runs from 2000-01-01 to 2017-12-31 and HUB_ID is the CHRU', () => {
  expect(TIMELINE).toEqual({ start: '2000-01-01', end: '2017-12-31' });
  expect(HUB_ID).toBe('chru-lille');
});

describe('isEstablishmentFilterActive', () => {
  test('is false with every kind and no member, whatever the order', () => {
    expect(isEstablishmentFilterActive(DEFAULT_STATE.filters)).toBe(false);
    expect(isEstablishmentFilterActive({ kinds: ESTABLISHMENT_KINDS.toReversed(), member: null })).toBe(false);
  });
  test('is true when a kind is missing, when no kind is kept, or with a member', () => {
    expect(isEstablishmentFilterActive({ kinds: ['ch'], member: null })).toBe(true);
    expect(isEstablishmentFilterActive({ kinds: [], member: null })).toBe(true);
    expect(isEstablishmentFilterActive({ kinds: [...ESTABLISHMENT_KINDS], member: 'cht-artois-douaisis' })).toBe(true);
  });
});
