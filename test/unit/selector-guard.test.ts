/** A selector that throws is reported (logged with its input, shown by name in the error panel), never hidden. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SelectorGuard } from '../../src/app/selector-guard.ts';
import { categorize } from '../../src/ui/error-panel/issue-groups.ts';
import { fileSummary, consequence } from '../../src/ui/error-panel/issue-text.ts';

afterEach(() => vi.restoreAllMocks());

/** A selector that throws as a real one does on a dataset it was not written for. */
const fail = (): number => {
  throw new TypeError("Cannot read properties of undefined (reading 'atp')");
};

describe('SelectorGuard', () => {
  test('a working selector returns its value and reports nothing', () => {
    let changes = 0;
    const guard = new SelectorGuard(() => (changes += 1));
    expect(guard.run('countsByBassin', { date: '2011-12-31' }, () => 42, 0)).toBe(42);
    expect(guard.issues).toEqual([]);
    expect(changes).toBe(0);
  });

  test('a throwing selector yields its fallback, is logged with its input and becomes one issue', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let changes = 0;
    const guard = new SelectorGuard(() => (changes += 1));
    const input = { filters: { date: '2011-12-31' } };
    expect(guard.run('countsByBassin', input, fail, -1)).toBe(-1);
    expect(guard.run('countsByBassin', input, fail, -1)).toBe(-1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toBe('coopmap: countsByBassin failed');
    expect((log.mock.calls[0]?.[1] as { input: unknown } | undefined)?.input).toBe(input);
    expect(changes).toBe(1);
    expect(guard.issues).toEqual([
      { file: 'countsByBassin', message: "could not be computed (Cannot read properties of undefined (reading 'atp'))" },
    ]);
  });

  test('the error panel tells a computation apart from a broken file, in both languages', () => {
    const issue = { file: 'countsByBassin', message: 'could not be computed (boom)' };
    expect(categorize(issue)).toBe('computation');
    expect(fileSummary({ category: 'computation', issues: [issue] }, 'fr')).toMatch(/calcul de la page a échoué/);
    expect(fileSummary({ category: 'computation', issues: [issue] }, 'en')).toMatch(/computation of the page failed/);
    expect(consequence('countsByBassin', 'computation', 'en')).toBe('What it feeds stays empty; the rest of the page works.');
  });
});
