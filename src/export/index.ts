/**
 * The exporters, loaded on demand: nobody pays for d3-geo, the SVG writer and
 * the PNG compositor until they ask for a file.
 */
export { countsCsv } from './csv.ts';
export { exportFileName } from './filename.ts';
export { canvasMeasure, renderPng } from './png.ts';
export { buildSvg, cameraForBounds, legendFor } from './svg.ts';
