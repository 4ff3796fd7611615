/**
 * What the map draws, derived from the state: the map data (links, marks,
 * classes, colours: `mapDataFor`), the drawing models of the dataset
 * (`modelOf`) and the neighbouring countries' labels. Fetched by the map's
 * controller as the page starts, beside the data: the interactive map, the
 * static map, the legend and the exports all draw from it.
 */
export { mapDataFor } from '../../map/viewData.ts';
export { modelOf } from '../../map/model.ts';
export { contextLabelsGeoJSON } from '../../map/context.ts';
