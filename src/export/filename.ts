/**
 * File names that say what an export shows: the scene, or the filters that
 * differ from a bare URL, then the network's date. Pure.
 *
 * `coopmap_scene-atp_2011-12-31.png`, `coopmap_ccu_liens-gcs+cht_focus-ch-lens_2012-01-31@2x.png`,
 * `coopmap_comptes_membres-cht-artois-douaisis_2017-12-31.csv`.
 */
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../model/types.ts';
import { msg } from '../i18n/index.ts';
import { stripMarks } from '../query/search.ts';
import { HUB_ID } from '../query/state.ts';
import type { AppState } from '../query/types.ts';

export type ExportFormat = 'png' | 'svg' | 'csv';

/** Keeps a name part to lower-case letters, digits, `-` and `+`. */
const clean = (part: string): string =>
  stripMarks(part)
    .toLowerCase()
    .replace(/[^a-z0-9+-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The file name of an export of `state` (in scene `sceneId`, if any) as
 * `format`; `scale` above 1 adds `@2x`/`@4x` to PNG names. A CSV (the counts
 * table) names only what changes the counts: the establishment filters.
 */
export function exportFileName(state: AppState, format: ExportFormat, options: { sceneId?: string | null; scale?: number } = {}): string {
  const w = msg(state.lang).exported.file;
  const f = state.filters;
  const parts: string[] = ['coopmap'];
  if (format === 'csv') parts.push(w.counts);
  if (options.sceneId) parts.push(`${w.scene}-${clean(options.sceneId)}`);
  else {
    if (format !== 'csv') {
      parts.push(f.scheme);
      if (f.links.length === 0) parts.push(w.noLinks);
      else if (f.links.length < COOPERATION_KINDS.length)
        parts.push(`${w.links}-${COOPERATION_KINDS.filter((k) => f.links.includes(k)).join('+')}`);
      if (state.view.grid === 'zones') parts.push(w.zones);
    }
    if (f.kinds.length < ESTABLISHMENT_KINDS.length)
      parts.push(`${w.kinds}-${ESTABLISHMENT_KINDS.filter((k) => f.kinds.includes(k)).join('+') || '0'}`);
    if (f.member) parts.push(`${w.member}-${clean(f.member)}`);
    if (f.within) parts.push(`${w.within}-${clean(String(f.within.km))}km${f.within.from === HUB_ID ? '' : `-${clean(f.within.from)}`}`);
    if (format !== 'csv' && f.hideAttested === true) parts.push(w.noAttested);
    if (format !== 'csv' && state.selection.focus) parts.push(`${w.focus}-${clean(state.selection.focus)}`);
  }
  parts.push(f.date);
  const scale = format === 'png' && options.scale && options.scale > 1 ? `@${options.scale}x` : '';
  // Long enough to say what it shows, short enough for every file system.
  return `${parts.join('_').slice(0, 150)}${scale}.${format}`;
}
