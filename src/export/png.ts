/**
 * The current view as a PNG: the map drawn on a 2D canvas from the same
 * display list as the SVG export (`mapShapes`, from `MapData`, the one
 * description of what is drawn), then the panel of `overlay.ts` over it. No
 * second WebGL map and no frame to wait for: a 1920 × 1080 image at 2× takes
 * a fraction of a second. Runs in the browser only.
 */
import type { TextMode } from '../map/palette.ts';
import type { MapData } from '../map/mapData.ts';
import type { Lang } from '../query/types.ts';
import { drawOnCanvas, FONT_FAMILY, type Measure } from './draw.ts';
import { overlayShapes, type LegendInput } from './overlay.ts';
import { exportFrame, mapShapes, type ExportCamera } from './svg.ts';

export interface PngInput {
  mapData: MapData;
  /** Text sized for a screen (default) or for presentation (a scene's export: no label under 14 px). */
  textMode?: TextMode;
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
  const measure = canvasMeasure();
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.map.x, layout.map.y, layout.map.w, layout.map.h);
  ctx.clip();
  ctx.translate(layout.map.x, layout.map.y);
  drawOnCanvas(ctx, mapShapes(input.mapData, camera, measure, input.textMode));
  ctx.restore();
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
      measure,
    }),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
