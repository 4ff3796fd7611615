/**
 * The current view as a PNG: the map drawn by MapLibre — a second, hidden map
 * with the same style and data, at the export's size and pixel ratio, so the
 * live map never flickers — composed on a 2D canvas with the panel of
 * `overlay.ts` (title, caption, legend, credit line) drawn over it. Runs in
 * the browser only.
 */
import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { MapData } from '../map/mapData.ts';
import { addSymbolImages } from '../map/icons.ts';
import { buildStyle, SOURCE_IDS } from '../map/style.ts';
import type { Lang } from '../query/types.ts';
import { drawOnCanvas, FONT_FAMILY, type Measure } from './draw.ts';
import { overlayShapes, type LegendInput } from './overlay.ts';
import { exportFrame, type ExportCamera } from './svg.ts';

export interface PngInput {
  mapData: MapData;
  /** The live map's camera and size. */
  view: ExportCamera;
  /** Size of the image at 1×, CSS pixels. */
  size: { width: number; height: number };
  /** Bounds to frame instead of the live view (a scene's). */
  bounds?: [number, number, number, number];
  /** Pixel ratio: the PNG is `size × scale` pixels. */
  scale: number;
  lang: Lang;
  title: string;
  caption?: string;
  credit: string;
  legend: LegendInput;
}

/** A text measure backed by a 2D canvas, in the export's font. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Renders the map of `input` off screen and resolves with its canvas, before the map is removed. */
async function renderMap(input: PngInput, camera: ExportCamera, draw: (canvas: HTMLCanvasElement) => void): Promise<void> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // Off screen but laid out: MapLibre needs a sized container.
  container.style.cssText = `position:fixed;left:-${Math.ceil(camera.width) + 100}px;top:0;width:${camera.width}px;height:${camera.height}px;pointer-events:none;`;
  document.body.append(container);
  const fonts = { regular: new URL(regularFont, import.meta.url).href, bold: new URL(boldFont, import.meta.url).href };
  const map = new MapLibreMap({
    container,
    style: buildStyle(fonts),
    center: camera.center,
    zoom: camera.zoom,
    interactive: false,
    attributionControl: false,
    maplibreLogo: false,
    pixelRatio: input.scale,
    maxCanvasSize: [16384, 16384],
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 0,
    minZoom: 0,
    maxZoom: 22,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('error', (e) => reject(e.error ?? new Error('map error')));
      map.once('load', () => resolve());
    });
    addSymbolImages(map);
    for (const id of SOURCE_IDS) (map.getSource(id) as GeoJSONSource | undefined)?.setData(input.mapData.sources[id] as GeoJSON.GeoJSON);
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    draw(map.getCanvas());
  } finally {
    map.remove();
    container.remove();
  }
}

/** The PNG of a view, `size × scale` pixels, with the panel burned in. */
export async function renderPng(input: PngInput): Promise<Blob> {
  const { layout, camera } = exportFrame(input.view, input.size, input.bounds);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(input.size.width * input.scale);
  canvas.height = Math.round(input.size.height * input.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // The panel text is drawn with the page's Noto Sans once it is loaded.
  await Promise.all([document.fonts.load(`400 16px 'Noto Sans'`), document.fonts.load(`700 16px 'Noto Sans'`)]).catch(() => undefined);
  ctx.scale(input.scale, input.scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, input.size.width, input.size.height);
  await renderMap(input, camera, (mapCanvas) => {
    // MapLibre may lower the pixel ratio to fit the GPU: drawing to the target rectangle keeps the requested size.
    ctx.drawImage(mapCanvas, layout.map.x, layout.map.y, layout.map.w, layout.map.h);
  });
  drawOnCanvas(
    ctx,
    overlayShapes({
      width: input.size.width,
      height: input.size.height,
      lang: input.lang,
      title: input.title,
      caption: input.caption,
      credit: input.credit,
      legend: input.legend,
      measure: canvasMeasure(),
    }),
  );
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}
