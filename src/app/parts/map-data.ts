/**
 * What the map draws, derived from the state: the map data (links, marks,
 * classes, colours: `mapDataFor`), the drawing models of the dataset
 * (`modelOf`) and the neighbouring countries' labels; and the geometry reader
 * (TopoJSON → the territories and their zones), which the data's controller
 * uses. Fetched as the page starts, beside the data: the interactive map, the
 * static map, the legend and the exports all draw from it.
 */
export { mapDataFor } from '../../map/viewData.ts';
export { modelOf } from '../../map/model.ts';
export { contextLabelsGeoJSON } from '../../map/context.ts';
export { territoriesFromTopology, zonesOf } from '../../map/territories.ts';
