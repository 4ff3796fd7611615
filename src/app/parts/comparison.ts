/** What the bassin comparison dialog needs, fetched when it first opens: its component and its rows. */
import '../../ui/comparison/comparison.ts';

export { bassinComparison } from '../../query/bassinComparison.ts';
