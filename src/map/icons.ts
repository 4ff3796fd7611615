/**
 * Symbol images drawn on a canvas at start-up (no sprite server): one per
 * establishment shape, the CHRU's star, and the direction arrow.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { COLORS, ESTABLISHMENT_SHAPES, symbolPolygon, type SymbolShape } from './palette.ts';

const PIXEL_RATIO = 2;

function draw(shape: SymbolShape | 'hub' | 'arrow', radius: number, fill: string, stroke: string, strokeWidth: number): ImageData {
  const size = Math.ceil((radius + strokeWidth + 1) * 2 * PIXEL_RATIO);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  const c = size / PIXEL_RATIO / 2;
  const points: [number, number][] =
    shape === 'arrow'
      ? [
          [0, -1],
          [0.85, 0.75],
          [0, 0.35],
          [-0.85, 0.75],
        ]
      : symbolPolygon(shape);
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(c + x * radius, c + y * radius) : ctx.lineTo(c + x * radius, c + y * radius)));
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = strokeWidth;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  ctx.fillStyle = fill;
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

/** Adds every symbol the style names (`sym-<shape>`, `sym-hub`, `arrow`) to the map. */
export function addSymbolImages(map: MapLibreMap): void {
  const add = (id: string, image: ImageData): void => {
    if (map.hasImage(id)) map.updateImage(id, image);
    else map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
  };
  for (const shape of new Set(Object.values(ESTABLISHMENT_SHAPES))) {
    add(`sym-${shape}`, draw(shape, 6.5, COLORS.symbolFill, '#ffffff', 1.6));
  }
  add('sym-hub', draw('hub', 14, COLORS.hubFill, COLORS.hubStroke, 2.4));
  add('arrow', draw('arrow', 7, '#262626', '#ffffff', 1.4));
}
