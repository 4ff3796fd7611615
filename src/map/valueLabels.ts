/**
 * The numbers the map writes that follow the filters: each territory's value
 * (a count or a rate) under its name, and in the rate view each territory
 * circle's count. Map text is laid out in MapLibre's worker, so a text that
 * changed with the state would cost frames at each filter change; these few
 * (one per territory) are written in HTML over the map instead (see
 * `ValueOverlay`), in the room the label sets keep for them (`labelSets.ts`).
 * Pure: read from `MapData`, as the exports read it.
 */
import type { Point } from 'geojson';
import type { MapData } from './mapData.ts';
import { isTerritoryMark } from './model.ts';
import {
  LABEL_PX,
  MARK_TEXT,
  TERRITORY_GAP_EM,
  TERRITORY_NAME_SCALE,
  TERRITORY_TEXT,
  TERRITORY_VALUE_SCALE,
  labelPx,
  type TextMode,
} from './palette.ts';

/** One number written over the map. */
export interface ValueLabel {
  /** `territory:<id>` or `mark:<mark id>`. */
  key: string;
  /** Under a territory name (its top at the point), or centred on a circle. */
  place: 'below' | 'centre';
  at: [number, number];
  /** How far below the point it starts, CSS pixels (the gap under a territory name). */
  dy: number;
  text: string;
  /** Font size, CSS pixels. */
  size: number;
  color: string;
  /** Halo (a white outline), CSS pixels. */
  halo: number;
  opacity: number;
}

/**
 * The value written under each territory's name (`''` for none), as `[id, text]`:
 * rates carry their display text (the legend's decimals, the UI's decimal mark),
 * counts print as they are. The SVG export and the static map write the same.
 */
export function territoryValues(data: MapData): [string, string][] {
  return data.sources['territory-labels'].features.map((f) => {
    const v = f.properties?.['value'];
    return [String(f.properties?.['id']), v === null || v === undefined ? '' : String(f.properties?.['valueText'] ?? v)];
  });
}

/** The opacity of a mark's text by emphasis, as the style's `count-mark-labels` (normal, focus, related, dim). */
const MARK_OPACITY: Readonly<Record<string, number>> = { normal: 1, focus: 1, related: 1, dim: 0.3 };

/** The numbers `data` writes, sized for `mode`. */
export function valueLabels(data: MapData, mode: TextMode): ValueLabel[] {
  const out: ValueLabel[] = [];
  const texts = new Map(territoryValues(data));
  for (const f of data.sources['territory-labels'].features) {
    const p = f.properties ?? {};
    const text = texts.get(String(p['id'])) ?? '';
    if (text === '' || f.geometry?.type !== 'Point') continue;
    const labelSize = labelPx(Number(p['size'] ?? 13), mode, TERRITORY_NAME_SCALE);
    const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
    out.push({
      key: `territory:${String(p['id'])}`,
      place: 'below',
      at: [lon, lat],
      dy: labelSize * TERRITORY_GAP_EM,
      text,
      size: labelSize * TERRITORY_VALUE_SCALE,
      color: TERRITORY_TEXT,
      halo: 1.8,
      opacity: 1,
    });
  }
  for (const f of data.sources['count-marks'].features) {
    const p = f.properties ?? {};
    const id = String(p['id']);
    const text = String(p['label'] ?? '');
    if (!isTerritoryMark(id) || text === '' || f.geometry?.type !== 'Point') continue;
    const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
    out.push({
      key: `mark:${id}`,
      place: 'centre',
      at: [lon, lat],
      dy: 0,
      text,
      size: labelPx(LABEL_PX.mark, mode),
      color: MARK_TEXT,
      halo: 1.4,
      opacity: MARK_OPACITY[String(p['emphasis'] ?? 'normal')] ?? 1,
    });
  }
  return out;
}
