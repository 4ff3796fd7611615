/**
 * The panels' code, fetched by `<coop-map>` as the page starts, beside the
 * data: their components (`ui/panels.ts`) and the query functions the element
 * derives their inputs with (counts, rates, links, cards, summary, search,
 * distances). None of them has anything to compute before the data has come,
 * so the page's entry script does not carry them; the element's `ready`
 * waits for this part, and its public `counts` and `rates` read through it.
 */
export * from '../../ui/panels.ts';
export { cooperationsInForce } from '../../query/cooperationsInForce.ts';
export { countsAvailable, countsByBassin, countsForElement } from '../../query/countsByBassin.ts';
export { distancesFrom } from '../../query/distances.ts';
export { ratesByBassin, ratesForElement, zoneRateNote } from '../../query/rates.ts';
export { linkCountsByKind } from '../../query/linkCountsByKind.ts';
export { schemePeriods } from '../../query/controls.ts';
export { searchAll } from '../../query/search.ts';
export { searchOptions } from '../search-options.ts';
export { viewSummary } from '../../query/summary.ts';
export { memberChoices, originChoices } from '../../query/visibleEstablishments.ts';
export { visibleLinks } from '../../query/visibleLinks.ts';
export { unzonedTotal } from '../../query/zoneCounts.ts';
