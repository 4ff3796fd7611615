/**
 * Visual encodings shared by the map and the legend: colour AND dash pattern
 * per cooperation kind (readable without colour), a shape per establishment
 * kind, and the base colours of the territory. Colours follow the Okabe–Ito
 * colour-blind-safe palette, darkened where a line must stand on light land.
 */
import type { CooperationKind, EstablishmentKind } from '../model/types.ts';

export interface LinkStyle {
  color: string;
  /** MapLibre `line-dasharray`, in line widths; `[1, 0]` = solid. */
  dash: number[];
  /** The same pattern for an SVG `stroke-dasharray` at a 2 px stroke (legend). */
  svgDash: string;
}

export const LINK_STYLES: Record<CooperationKind, LinkStyle> = {
  gcs: { color: '#0072B2', dash: [1, 0], svgDash: '' },
  cht: { color: '#D55E00', dash: [3, 1.5], svgDash: '6 3' },
  ght: { color: '#AA4499', dash: [4, 1.2, 1, 1.2], svgDash: '8 2.4 2 2.4' },
  convention: { color: '#007A5A', dash: [1.2, 1.2], svgDash: '2.4 2.4' },
  'cross-border': { color: '#2F8FCC', dash: [0.3, 1.4], svgDash: '0.8 3' },
  posts: { color: '#262626', dash: [1, 0], svgDash: '' },
};

/** Shapes drawn for establishment kinds (see `symbolPolygon`). */
export type SymbolShape = 'star' | 'diamond' | 'circle' | 'cross' | 'triangle' | 'square' | 'hexagon' | 'triangle-down' | 'bar';

export const ESTABLISHMENT_SHAPES: Record<EstablishmentKind, SymbolShape> = {
  chu: 'diamond',
  ch: 'circle',
  'cancer-centre': 'cross',
  psychiatric: 'triangle',
  private: 'square',
  espic: 'hexagon',
  foreign: 'triangle-down',
  university: 'bar',
};


export const COLORS = {
  sea: '#cfdde8',
  land: '#f4f2ec',
  neighbour: '#ecebe5',
  border: '#4a4a4a',
  regionOutline: '#33302b',
  territoryLine: '#ffffff',
  text: '#1c1c1c',
  halo: '#ffffff',
  symbolFill: '#2e3440',
  hubFill: '#111111',
  hubStroke: '#F0E442',
  countFill: 'rgba(230,159,0,0.42)',
  countStroke: '#8a5200',
  focus: '#000000',
};

/** Choropleth classes, light to dark (sequential, sand → brown, away from the link hues). */
export const CHOROPLETH_RAMP = ['#f8f4ea', '#efe4cb', '#e3d0a8', '#d2b785', '#bc9b63'];

/**
 * Outline of a symbol as polygon points in a unit box centred on 0 (radius 1),
 * y pointing down (canvas and SVG). Circles are approximated by 32 points.
 */
/** `n` points around the centre at radius `r(i)`, starting at angle `start` (top by default). */
const ring = (n: number, r: (i: number) => number, start = -Math.PI / 2): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n;
    return [Math.round(r(i) * Math.cos(a) * 1e4) / 1e4, Math.round(r(i) * Math.sin(a) * 1e4) / 1e4];
  });

export function symbolPolygon(shape: SymbolShape | 'hub'): [number, number][] {
  switch (shape) {
    case 'hub':
    case 'star':
      return ring(10, (i) => (i % 2 === 0 ? 1 : 0.45));
    case 'diamond':
      return ring(4, () => 1);
    case 'circle':
      return ring(32, () => 0.8);
    case 'triangle':
      return [[0, -0.95], [0.9, 0.7], [-0.9, 0.7]];
    case 'triangle-down':
      return [[-0.9, -0.7], [0.9, -0.7], [0, 0.95]];
    case 'square':
      return [[-0.72, -0.72], [0.72, -0.72], [0.72, 0.72], [-0.72, 0.72]];
    case 'hexagon':
      return ring(6, () => 0.85, 0);
    case 'bar':
      return [[-0.95, -0.45], [0.95, -0.45], [0.95, 0.45], [-0.95, 0.45]];
    case 'cross': {
      const a = 0.32;
      const b = 0.9;
      return [[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]];
    }
  }
}

/** SVG `points` attribute for a symbol of radius `r` centred at (cx, cy). */
export function symbolPoints(shape: SymbolShape | 'hub', cx: number, cy: number, r: number): string {
  return symbolPolygon(shape)
    .map(([x, y]) => `${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`)
    .join(' ');
}
