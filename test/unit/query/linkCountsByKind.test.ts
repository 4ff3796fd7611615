import { expect, test } from 'vitest';
import { linkCountsByKind } from '../../../src/query/linkCountsByKind.ts';
import { visibleLinks } from '../../../src/query/visibleLinks.ts';
import { fixture } from '../../fixtures/dataset.ts';
import { filters } from './helpers.ts';

test('counts every kind, zero included', () => {
  expect(linkCountsByKind(visibleLinks(fixture, filters()))).toEqual({
    gcs: 2,
    cht: 1,
    ght: 0,
    convention: 2,
    'cross-border': 0,
    posts: 7,
  });
  expect(linkCountsByKind([])).toEqual({ gcs: 0, cht: 0, ght: 0, convention: 0, 'cross-border': 0, posts: 0 });
});
