import { DEFAULT_STATE } from '../../../src/query/state.ts';
import type { AppState, Filters } from '../../../src/query/types.ts';

/** The default filters with some replaced. */
export const filters = (changes: Partial<Filters> = {}): Filters => ({ ...DEFAULT_STATE.filters, ...changes });

/** The default state with some filters, grid or focus replaced. */
export const stateWith = (changes: Partial<Filters> = {}, rest: Partial<Omit<AppState, 'filters'>> = {}): AppState => ({
  ...DEFAULT_STATE,
  ...rest,
  filters: filters(changes),
});
