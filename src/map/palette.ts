/**
 * Visual encodings shared by the map and the legend: colour AND dash pattern
 * per cooperation kind (readable without colour), a shape per establishment
 * kind, and the base colours of the territory. Colours follow the Okabe–Ito
 * colour-blind-safe palette, darkened where a line must stand on light land.
 */
import {
  COOPERATION_KIND_DEFS,
  ESTABLISHMENT_KIND_DEFS,
  type CooperationKind,
  type CooperationKindDef,
  type EstablishmentKind,
  type SymbolShape,
} from '../model/registry.ts';

import type { LinkStatus } from '../query/linkStatus.ts';

export type { SymbolShape } from '../model/registry.ts';

/** How a link kind is drawn: its registry entry (`src/model/registry.ts`). */
export type LinkStyle = CooperationKindDef;

/** Colour, dash, line end and opacity per cooperation kind, from the registry. */
export const LINK_STYLES: Readonly<Record<CooperationKind, LinkStyle>> = COOPERATION_KIND_DEFS;

/**
 * The dash of a link line drawn `width` px wide, as an SVG `stroke-dasharray`
 * ('' when solid): MapLibre's `line-dasharray` counts in line widths, so the
 * exports and the static map scale the same pattern by the drawn width.
 */
export function linkDash(kind: CooperationKind, width: number): string {
  const dash = LINK_STYLES[kind].dash;
  return dash[1] === 0 ? '' : dash.map((v) => Math.round(v * width * 100) / 100).join(' ');
}

/**
 * How a link's status is drawn, on top of its kind's colour and dash (the
 * kind owns the dash, so the status uses opacity and a hollow core). One
 * definition read by the MapLibre style, the SVG export, the static map and
 * the legend.
 */
export interface LinkStatusStyle {
  /** Multiplies the line's opacity: what only a source attests, or only a list names, is paler. */
  readonly opacity: number;
  /** Drawn hollow (a white core inside a wider coloured line): not constituted, a project or a name in a list. */
  readonly hollow: boolean;
}

export const LINK_STATUS_STYLES: Readonly<Record<LinkStatus, LinkStatusStyle>> = {
  firm: { opacity: 1, hollow: false },
  attested: { opacity: 0.5, hollow: false },
  project: { opacity: 1, hollow: true },
  listed: { opacity: 0.5, hollow: true },
};

/** A hollow line is drawn this many pixels wider than its width… */
export const HOLLOW_WIDEN = 2;
/** …around a white core this many pixels narrower than the width (1.25 px of colour each side). */
export const HOLLOW_CORE_INSET = 0.5;

/** The drawn width of a link line `width` px wide with `status` (hollow ones are wider). */
export const linkStrokeWidth = (status: LinkStatus, width: number): number =>
  width + (LINK_STATUS_STYLES[status].hollow ? HOLLOW_WIDEN : 0);

/** The white core of a hollow link `width` px wide (0 when the status is not hollow). */
export const linkCoreWidth = (status: LinkStatus, width: number): number =>
  LINK_STATUS_STYLES[status].hollow ? Math.max(0.5, width - HOLLOW_CORE_INSET) : 0;

/** Compare mode (feature-state `c`): appeared links get a halo, ended ones are grey, the unchanged ones fade. */
export const COMPARE_STYLES = {
  appearedHalo: '#FFC20A',
  /** The halo's extra width over the drawn line, in px. */
  appearedHaloWidth: 5,
  endedColor: '#8a8a8a',
  unchangedOpacity: 0.3,
} as const;

/** The symbol per establishment kind, from the registry. */
export const ESTABLISHMENT_SHAPES: Readonly<Record<EstablishmentKind, SymbolShape>> = Object.fromEntries(
  Object.entries(ESTABLISHMENT_KIND_DEFS).map(([kind, def]) => [kind, def.symbol]),
) as Record<EstablishmentKind, SymbolShape>;

/** Size of the arrows of directed links (MapLibre icon scale; the exports draw them 7 px × this). */
export const ARROW_SIZE = 1.1;

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
  /** Leader lines of dodged establishments. */
  leader: '#4a4a4a',
};

/** How the map's text is sized: for a screen, or for presentation (scene mode: an image projected in a room). */
export type TextMode = 'screen' | 'presentation';

/** Label sizes on screen (CSS px). Context and territory labels carry theirs as their feature's `size`. */
export const LABEL_PX = { site: 12, hub: 14, mark: 12 } as const;

/** Territory labels: the name's and the value's scale of the label size. */
export const TERRITORY_NAME_SCALE = 0.85;
export const TERRITORY_VALUE_SCALE = 1.25;
/**
 * The gap between a territory's name and its value, in ems of the label size:
 * the name ends this far above the label point and the value starts this far
 * below (two labels whose boxes touched would collide).
 */
export const TERRITORY_GAP_EM = 0.12;
/** The territory labels' ink (names on the map, values written over it, the exports'). */
export const TERRITORY_TEXT = '#4a3a1f';
/** The ink of the values printed on count circles. */
export const MARK_TEXT = '#4a2c00';

/** The smallest text each mode allows: in presentation no label is under 14 px. */
export const MIN_TEXT_PX: Readonly<Record<TextMode, number>> = { screen: 0, presentation: 14 };

/** A label's size in `mode`: raised until its smallest part (drawn at `scale` of the size) reaches the mode's minimum. */
export function labelPx(size: number, mode: TextMode, scale = 1): number {
  return Math.max(size, MIN_TEXT_PX[mode] / scale);
}

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
      return [
        [0, -0.95],
        [0.9, 0.7],
        [-0.9, 0.7],
      ];
    case 'triangle-down':
      return [
        [-0.9, -0.7],
        [0.9, -0.7],
        [0, 0.95],
      ];
    case 'square':
      return [
        [-0.72, -0.72],
        [0.72, -0.72],
        [0.72, 0.72],
        [-0.72, 0.72],
      ];
    case 'hexagon':
      return ring(6, () => 0.85, 0);
    case 'bar':
      return [
        [-0.95, -0.45],
        [0.95, -0.45],
        [0.95, 0.45],
        [-0.95, 0.45],
      ];
    case 'cross': {
      const a = 0.32;
      const b = 0.9;
      return [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ];
    }
  }
}

/** SVG `points` attribute for a symbol of radius `r` centred at (cx, cy). */
export function symbolPoints(shape: SymbolShape | 'hub', cx: number, cy: number, r: number): string {
  return symbolPolygon(shape)
    .map(([x, y]) => `${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`)
    .join(' ');
}
