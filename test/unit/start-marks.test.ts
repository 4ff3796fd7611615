import { describe, expect, test } from 'vitest';
import { markStart, START_MARK } from '../../src/app/start-marks.ts';

describe('start marks', () => {
  test('each phase is marked once, under the coopmap: prefix', () => {
    markStart('tiled');
    markStart('tiled');
    markStart('ready');
    const names = performance
      .getEntriesByType('mark')
      .map((m) => m.name)
      .filter((n) => n.startsWith(START_MARK));
    expect(names).toEqual(['coopmap:tiled', 'coopmap:ready']);
  });
});
