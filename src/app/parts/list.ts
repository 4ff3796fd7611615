/**
 * What the list view needs, fetched when it first opens: its component, its
 * rows, the comparison between two dates it shows, and the same comparison
 * in map terms (the map marks it while the list is open).
 */
import '../../ui/list/list.ts';

export { cooperationRows, establishmentRows, listContext } from '../../query/listRows.ts';
export { compareNetwork } from '../../query/compare.ts';
export { mapComparison } from '../../map/compare.ts';
