/**
 * The components of the panels and of the map's tooltip, and the query
 * functions only they need (the cards, the tooltip's content), in one file
 * that `<coop-map>` fetches as the page starts, beside the data: the filters,
 * the counts and the legend show nothing before the data has come (the
 * panels keep their room, their content hidden), so the page's entry script
 * does not carry them. The details panel is here too: the legend's box below
 * it stays hidden with the panels until it has drawn its first state (a hint),
 * so the legend's title does not move when it comes.
 */
import './filters/filters.ts';
import './counts/counts.ts';
import './details/details.ts';
import './legend/legend.ts';
import './tooltip/tooltip.ts';

export { bassinCard, communeCard, cooperationCard, establishmentCard, hoverInfo } from '../query/cards.ts';
