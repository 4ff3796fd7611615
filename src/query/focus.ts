import { BASSIN_IDS } from '../model/types.ts';
import type { BassinId, Dataset } from '../model/types.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeLast } from './memoizeLast.ts';
import type { Link } from './types.ts';

/** What a focus highlights on the map. */
export interface FocusSelection {
  kind: 'bassin' | 'establishment' | 'cooperation' | 'none';
  /** Ids of the establishments to highlight. */
  establishments: Set<string>;
  /** Ids of the links to highlight. */
  links: Set<string>;
  /** The focused bassin, for `kind: 'bassin'`. */
  bassin?: BassinId;
}

/**
 * What to highlight for `focus` (a bassin, establishment or cooperation id):
 * - an establishment: itself, the given links touching it, and their other ends;
 * - a bassin: its establishments (all of the dataset's, visible or not) and
 *   the given links touching any of them;
 * - a cooperation id: its parties (hub and members) and the given links drawn for it;
 * - null or an unknown id: `kind: 'none'`, empty sets.
 * Only the links passed in are considered (normally `visibleLinks`).
 */
export function focusSelection(dataset: Dataset, links: readonly Link[], focus: string | null): FocusSelection {
  return focusMemo(dataset, links, focus);
}

const isBassinId = (id: string): id is BassinId => (BASSIN_IDS as readonly string[]).includes(id);

const focusMemo = memoizeLast((dataset: Dataset, links: readonly Link[], focus: string | null): FocusSelection => {
  if (focus === null) return { kind: 'none', establishments: new Set(), links: new Set() };
  if (isBassinId(focus)) {
    const establishments = new Set(dataset.establishments.filter((e) => e.bassin === focus).map((e) => e.id));
    const touching = new Set(links.filter((l) => establishments.has(l.from) || establishments.has(l.to)).map((l) => l.id));
    return { kind: 'bassin', establishments, links: touching, bassin: focus };
  }
  const cooperation = datasetIndex(dataset).cooperationById.get(focus);
  if (cooperation) {
    const establishments = new Set([...(cooperation.hub !== undefined ? [cooperation.hub] : []), ...cooperation.members]);
    const drawn = new Set(links.filter((l) => l.cooperationId === focus).map((l) => l.id));
    return { kind: 'cooperation', establishments, links: drawn };
  }
  if (!datasetIndex(dataset).establishmentById.has(focus)) {
    return { kind: 'none', establishments: new Set(), links: new Set() };
  }
  const establishments = new Set([focus]);
  const touching = new Set<string>();
  for (const l of links) {
    if (l.from === focus || l.to === focus) {
      touching.add(l.id);
      establishments.add(l.from === focus ? l.to : l.from);
    }
  }
  return { kind: 'establishment', establishments, links: touching };
});
