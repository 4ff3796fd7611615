/**
 * Export of the view, for `<coop-map>`: PNG (1×, 2×, 4×; 16:9 or the current
 * size), SVG and CSV, asked from the export menu or through
 * `presentation.exportFile`. Loaded when the menu is first opened or the API
 * first called (see `mode-controller.ts`); the exporters themselves
 * (`src/export/`) load with the first file.
 */
import type { TextMode } from '../map/palette.ts';
import type { ReactiveControllerHost } from 'lit';
import type { MapData } from '../map/mapData.ts';
import type { MapView } from '../map/map-view.ts';
import { REGION_BOUNDS } from '../map/map-view.ts';
import type { Counts, Lang } from '../query/types.ts';
import { creditLine, describeView } from '../export/overlay.ts';
import type { ExportCamera } from '../export/svg.ts';
import { FRAME_16_9, type ExportRequest } from '../ui/export-menu/export-menu.ts';
import { msg, presentText } from '../i18n/index.ts';
import type { Store } from './store.ts';

/** What the element lets the export see. */
export interface ExportHost {
  store: Store;
  view(): MapView | null;
  mapData(): MapData | null;
  counts(): Counts | null;
  /** The language drawn. */
  lang(): Lang;
  /** The scene shown, or null (it names the file). */
  sceneId(): string | null;
  /** The scene's title and caption, or null outside scene mode. */
  sceneTexts(): { title: string; caption: string } | null;
  /** The bounds a scene or the embed holds: the export frames them for its own layout. */
  heldBounds(): [number, number, number, number] | undefined;
  /** Text sized as the live map sizes it (a scene's export is for slides too). */
  textMode(): TextMode;
}

export class ExportController {
  /** What the last export from the menu did (the menu shows it). */
  status = '';

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: ExportHost,
  ) {}

  /** The live map's camera and size (the region fitted to the element when there is no map). */
  private viewCamera(cameraForBounds: typeof import('../export/svg.ts').cameraForBounds): ExportCamera {
    const map = this.access.view()?.map;
    if (map) {
      const c = map.getContainer();
      const center = map.getCenter();
      return { center: [center.lng, center.lat], zoom: map.getZoom(), width: c.clientWidth, height: c.clientHeight };
    }
    const r = this.host.getBoundingClientRect();
    return cameraForBounds(REGION_BOUNDS, { width: Math.max(320, r.width), height: Math.max(240, r.height) }, 16);
  }

  /** Title and caption of the view: the scene's, or a sentence saying what the map shows. */
  private texts(): { title: string; caption: string } {
    const scene = this.access.sceneTexts();
    if (scene) return scene;
    const state = this.access.store.state;
    const counts = this.access.counts();
    return describeView(state, counts ? counts[state.filters.scheme].period : null);
  }

  /** Builds an export of the current view: the file's content and name. */
  async exportFile(request: ExportRequest): Promise<{ blob: Blob; name: string }> {
    const { buildSvg, cameraForBounds, canvasMeasure, countsCsv, exportFileName, legendFor, renderPng } =
      await import('../export/index.ts');
    const state = this.access.store.state;
    const counts = this.access.counts();
    const name = exportFileName(state, request.format, { sceneId: this.access.sceneId(), scale: request.scale });
    if (request.format === 'csv') {
      if (!counts) throw new Error('no counts');
      return { blob: new Blob([countsCsv(counts, state.lang)], { type: 'text/csv;charset=utf-8' }), name };
    }
    const mapData = this.access.mapData();
    if (!mapData) throw new Error('no map data');
    const view = this.viewCamera(cameraForBounds);
    const size = request.frame === '16:9' ? { ...FRAME_16_9 } : { width: Math.round(view.width), height: Math.round(view.height) };
    const { title, caption } = this.texts();
    const common = {
      mapData,
      view,
      size,
      // While a scene (or the embed's framing) holds the camera, the export frames its bounds for the image's own layout.
      bounds: this.access.heldBounds(),
      lang: state.lang,
      title,
      caption,
      credit: creditLine(state.lang),
      legend: legendFor(state, mapData, counts ? counts[state.filters.scheme] : null),
      textMode: this.access.textMode(),
    };
    if (request.format === 'svg') {
      return { blob: new Blob([buildSvg({ ...common, measure: canvasMeasure() })], { type: 'image/svg+xml;charset=utf-8' }), name };
    }
    return { blob: await renderPng({ ...common, scale: request.scale }), name };
  }

  /** A format chosen in the menu: the file is made and downloaded, and the menu says how it went. */
  ask(request: ExportRequest): void {
    // A PNG is drawn by MapLibre: without WebGL (or its worker) it cannot be made; the menu does not offer it.
    if (request.format === 'png' && this.access.view() === null) {
      this.status = msg(this.access.lang()).failures.pngNeedsWebgl;
      this.host.requestUpdate();
      return;
    }
    void this.download(request);
  }

  private async download(request: ExportRequest): Promise<void> {
    const t = presentText(this.access.lang()).export;
    this.status = t.working;
    this.host.requestUpdate();
    try {
      const { blob, name } = await this.exportFile(request);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.status = t.done(name);
    } catch (error) {
      console.warn('coopmap: export', error);
      this.status = t.failed(error instanceof Error ? error.message : String(error));
    }
    this.host.requestUpdate();
  }
}
