/**
 * The element's `presentation` API (scenes, moving between them, export) and
 * what the modes of `<coop-map>` share: the on-map controls `controls` can
 * list, what the element lets them see, the `coop-map-scene` event. Types and
 * one small parser: it ships with the page.
 */
import type { Dataset } from '../model/types.ts';
import type { MapData } from '../map/mapData.ts';
import type { MapView } from '../map/map-view.ts';
import type { Counts, SceneMove } from '../query/types.ts';
import type { ExportRequest } from '../ui/export-menu/export-menu.ts';
import type { Scene } from './scenes.ts';
import type { Store } from './store.ts';

/** On-map controls `controls` can list: zoom buttons, scene navigation, the export menu, the "open full map" link, the legend. */
export type Control = 'zoom' | 'nav' | 'export' | 'link' | 'legend';
export const CONTROLS: readonly Control[] = ['zoom', 'nav', 'export', 'link', 'legend'];

/** Reads a `controls` value: a list of controls separated by spaces or commas, `all`, or `none`. Null: the mode's default. */
export function parseControls(value: string | null): Set<Control> | null {
  if (value === null) return null;
  const words = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  if (words.includes('all')) return new Set(CONTROLS);
  return new Set(words.filter((w): w is Control => (CONTROLS as readonly string[]).includes(w)));
}

/** What the element lets the modes see and drive. */
export interface PresentationAccess {
  store: Store;
  view(): MapView | null;
  dataset(): Dataset | null;
  mapData(): MapData | null;
  counts(): Counts | null;
  /** Base URL of the data files. */
  base(): string;
}

/** Detail of `coop-map-scene`, sent when a scene is shown (`id`) or scene mode is left (`id: null`). */
export interface SceneEventDetail {
  id: string | null;
  index: number;
  total: number;
}

/** The element's `presentation` API: the scenes, moving between them, and the export. */
export interface Presentation {
  /** The scenes of `data/scenes.json` that passed every check, in order. */
  readonly scenes: Scene[];
  /** The scene shown, or null outside scene mode. */
  readonly sceneId: string | null;
  /**
   * Shows scene `id` (false, with a notice, when there is no such scene). The
   * answer is immediate; outside scene mode the scene appears once scene
   * mode's code has loaded (a `coop-map-scene` event says when).
   */
  show(id: string): boolean;
  /** Moves to the next, previous, first or last scene, or leaves scene mode (`exit`). */
  move(move: SceneMove): void;
  /** Leaves scene mode into free exploration of the same state. */
  exit(): void;
  /** Builds an export of the current view: the file's content and name. */
  exportFile(request: ExportRequest): Promise<{ blob: Blob; name: string }>;
}

declare global {
  interface HTMLElementEventMap {
    'coop-map-scene': CustomEvent<SceneEventDetail>;
  }
}
