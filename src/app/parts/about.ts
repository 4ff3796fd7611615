/** What the "CHRU in figures" dialog needs, fetched when it first opens: its component and its sections. */
import '../../ui/about/about.ts';

export { aboutSections } from '../../query/about.ts';
