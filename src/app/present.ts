/**
 * Scene mode, embed mode and export, for `<coop-map>`: a lit controller the
 * element creates and renders. It reads the element's attributes (`scene`,
 * `embed`, `controls`, `lang`) and, on the app page, the same URL parameters;
 * it drives the element's store and the map camera, never the data.
 *
 * - Scene mode (`scene="<id>"`, `?scene=<id>`): the scene's state and camera,
 *   its caption and step indicator in large type; ←/→, PageUp/PageDown, Space,
 *   Home/End move between scenes with a smooth camera flight; Esc leaves
 *   scene mode and keeps the state. On the app page every step is a history
 *   entry whose URL has the state and `scene`.
 * - Embed mode (`embed`, `?embed=1`): map, legend and caption only; the page
 *   scrolls over the map until it is clicked (or with Ctrl/⌘ + wheel); a link
 *   opens the full map in the same state.
 * - Export: PNG (1×, 2×, 4×; 16:9 or current size), SVG, CSV, from a menu.
 *
 * Over 350 lines: it still holds scene, embed and export behaviour; issue 11
 * splits them into lit controllers, a change left for when the element is split.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../model/types.ts';
import { sha256 } from '../model/load.ts';
import type { SchemaIssue } from '../model/validate.ts';
import verified from 'virtual:coopmap-verified';
import type { MapData } from '../map/mapData.ts';
import type { MapView } from '../map/map-view.ts';
import { REGION_BOUNDS } from '../map/map-view.ts';
import type { AppState, Counts } from '../query/types.ts';
import { creditLine, describeView } from '../export/overlay.ts';
import type { ExportCamera } from '../export/svg.ts';
import { emit } from '../ui/events.ts';
import '../ui/export-menu/export-menu.ts';
import { FRAME_16_9, type ExportRequest } from '../ui/export-menu/export-menu.ts';
import '../ui/scene-caption/scene-caption.ts';
import type { SceneMoveDetail } from '../ui/scene-caption/scene-caption.ts';
import { isLang, langReady, msg, presentText, type Lang } from '../i18n/index.ts';
import { elementOwnsUrl } from './runtime.ts';
import {
  checkScenes,
  formatSceneIssue,
  moveScene,
  sceneAppState,
  sceneIdFromSearch,
  sceneKeyMove,
  sceneProblem,
  sceneTexts,
  type Scene,
  type SceneIssue,
  type SceneMove,
} from './scenes.ts';
import { queryFor, type Store } from './store.ts';
import { serializeState } from './url.ts';

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

/** What the element lets the controller see and drive. */
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

/** Camera flights between scenes, in milliseconds (none when the reader prefers reduced motion). */
const FLIGHT_MS = 1600;

const isEditable = (el: Element | undefined): boolean =>
  !!el &&
  (el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el as HTMLElement).isContentEditable);
const isActivatable = (el: Element | undefined): boolean => !!el && /^(BUTTON|A|SUMMARY|INPUT)$/.test(el.tagName);

export class Presentation implements ReactiveController {
  /** The scenes of `data/scenes.json` that passed every check, in order. */
  scenes: Scene[] = [];
  /** The scene shown, or null outside scene mode. */
  sceneId: string | null = null;
  private scenesJson: unknown = null;
  /** What the scenes' JSON Schema found (none for the file the build validated). */
  private scenesSchema: SchemaIssue[] = [];
  /** Scenes left out by their checks, by id, with their problems. */
  private rejected = new Map<string, SceneIssue[]>();
  private scenesFailed = false;
  private started = false;
  private notice: string | null = null;
  /** Who holds the camera until the reader moves the map: the scene, the embed's region framing, or nobody. */
  private held: 'scene' | 'region' | null = null;
  private legendOpen: boolean | null = null;
  private exportStatus = '';
  private boundMap: MapLibreMap | null = null;
  private readonly observer: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private size = { width: 0, height: 0 };

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: PresentationAccess,
  ) {
    host.addController(this);
    this.observer = new MutationObserver((records) => this.onAttributes(records));
    this.resizeObserver = new ResizeObserver(() => {
      const r = this.host.getBoundingClientRect();
      if (r.width !== this.size.width || r.height !== this.size.height) {
        this.size = { width: r.width, height: r.height };
        this.host.requestUpdate();
      }
    });
  }

  // ——— modes ———

  /** Whether the element syncs with the page URL (the app page) rather than living in a host page. */
  get ownsUrl(): boolean {
    return elementOwnsUrl();
  }

  private param(name: string): string | null {
    return this.ownsUrl ? new URLSearchParams(window.location.search).get(name) : null;
  }

  /** Embed mode: the `embed` attribute, or `?embed=1` on the app page. */
  get embed(): boolean {
    const value = this.host.getAttribute('embed') ?? this.param('embed');
    return value !== null && value !== 'false' && value !== '0';
  }

  /** The on-map controls shown, from `controls` or the mode's default. */
  get controls(): Set<Control> {
    const chosen = parseControls(this.host.getAttribute('controls') ?? this.param('controls'));
    if (chosen) return chosen;
    if (this.embed) return new Set<Control>(['zoom', 'nav', 'export', 'link', 'legend']);
    return new Set<Control>(['nav', 'export', 'legend', 'zoom']);
  }

  /** Classes of the app's root: `mode-embed`, `mode-scene`, and `no-zoom` when the zoom buttons are hidden. */
  /** The language drawn: the state's, once its strings have arrived (French until then, as the element does). */
  private get lang(): Lang {
    const lang = this.access.store.state.lang;
    return langReady(lang) ? lang : 'fr';
  }

  get modeClass(): string {
    const classes: string[] = [];
    if (this.embed) classes.push('mode-embed');
    if (this.sceneId) classes.push('mode-scene');
    if (classes.length > 0 && !this.controls.has('zoom')) classes.push('no-zoom');
    return classes.join(' ');
  }

  /** Whether a scene or the embed's framing holds the camera (until the reader moves the map). */
  get holdsCamera(): boolean {
    return this.held !== null;
  }

  private get scene(): Scene | null {
    return this.scenes.find((s) => s.id === this.sceneId) ?? null;
  }

  // ——— lifecycle ———

  hostConnected(): void {
    // A `lang` attribute set by the host page wins over the default, before the first render writes it back.
    const lang = this.host.getAttribute('lang');
    const state = this.access.store.state;
    if (isLang(lang) && lang !== state.lang) this.access.store.replace({ ...state, lang }, 'none');
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang', 'scene', 'embed', 'controls'] });
    this.resizeObserver.observe(this.host);
    (this.ownsUrl ? window : this.host).addEventListener('keydown', this.onKey as EventListener);
    if (this.ownsUrl) window.addEventListener('popstate', this.onPopState);
    this.syncHostMode();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.resizeObserver.disconnect();
    window.removeEventListener('keydown', this.onKey as EventListener);
    this.host.removeEventListener('keydown', this.onKey as EventListener);
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    this.syncHostMode();
    this.bindMap();
  }

  /** Mirrors the mode on the host (`data-mode="embed scene"`), for the host's own styles and the page's CSS. */
  private syncHostMode(): void {
    const mode = [this.embed ? 'embed' : '', this.sceneId ? 'scene' : ''].filter(Boolean).join(' ');
    if (mode === '') this.host.removeAttribute('data-mode');
    else if (this.host.getAttribute('data-mode') !== mode) this.host.setAttribute('data-mode', mode);
  }

  /** Fetches `data/scenes.json` (in parallel with the data); a failure only disables scene mode. */
  async loadScenes(base: string): Promise<void> {
    try {
      const response = await fetch(new URL('data/scenes.json', base).href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      this.scenesJson = JSON.parse(text) as unknown;
      // The file the build validated needs no schema check here; any other loads the validator.
      if (verified['data/scenes.json'] !== (await sha256(text))) {
        const { schemaIssues } = await import('../model/validate.ts');
        this.scenesSchema = schemaIssues('scenes', this.scenesJson);
      }
    } catch (error) {
      this.scenesFailed = true;
      console.warn('coopmap: data/scenes.json', error);
    }
  }

  /** Once the data is loaded (and the URL read): checks the scenes against it and opens the scene asked for. */
  start(dataset: Dataset): void {
    const { scenes, issues, rejected } = checkScenes(this.scenesJson, dataset, this.scenesSchema);
    if (this.scenesJson !== null) for (const issue of issues) console.warn(`coopmap: ${formatSceneIssue(issue)}`);
    this.scenes = scenes;
    this.rejected = rejected;
    this.started = true;
    const asked = this.host.getAttribute('scene') ?? (this.ownsUrl ? new URLSearchParams(window.location.search).get('scene') : null);
    if (asked !== null && asked !== '') this.show(asked, { initial: true });
    else if (this.embed) this.held = 'region';
    this.host.requestUpdate();
  }

  // ——— scenes ———

  /**
   * Shows scene `id`: its state (in the reader's language), its camera (a
   * flight unless `initial`), its caption. On the app page the URL gets the
   * state and `scene=<id>` (a new history entry, or the current one at start).
   */
  show(id: string, options: { initial?: boolean } = {}): boolean {
    const valid = sceneIdFromSearch(`scene=${encodeURIComponent(id)}`);
    const scene = valid ? this.scenes.find((s) => s.id === valid) : undefined;
    if (!scene) {
      const t = presentText(this.lang).scene;
      const problems = valid ? this.rejected.get(valid) : undefined;
      if (problems) {
        // Say which scene and why (field, token), not just "unknown": the console has every problem.
        const p = sceneProblem(problems);
        this.notice = msg(this.lang).failures.sceneRejected(valid ?? id, p.token ? `${p.field} ${p.token}` : p.field, p.message, p.more);
      } else this.notice = this.scenesFailed ? t.unavailable : t.unknown(id.slice(0, 60));
      this.host.requestUpdate();
      return false;
    }
    const store = this.access.store;
    const state = sceneAppState(scene, store.state.lang);
    const wasScene = this.sceneId;
    this.sceneId = scene.id;
    this.notice = null;
    if (this.ownsUrl) {
      if (options.initial) {
        store.replace(state, 'none');
        window.history.replaceState(null, '', this.urlFor(state, scene.id));
      } else {
        const changed = store.replace(state, 'push');
        // The store's history sync has pushed the new state with the old scene id: name the new one.
        if (changed) window.history.replaceState(null, '', this.urlFor(state, scene.id));
        else if (wasScene !== scene.id) window.history.pushState(null, '', this.urlFor(state, scene.id));
      }
    } else {
      store.replace(state, 'none');
      if (this.host.getAttribute('scene') !== scene.id) this.host.setAttribute('scene', scene.id);
    }
    this.held = 'scene';
    this.boundMap?.keyboard.disable();
    this.announce();
    this.host.requestUpdate();
    // Frame once the caption and legend are drawn: they set the room the camera keeps free.
    void this.host.updateComplete.then(() => this.applyCamera(!options.initial));
    return true;
  }

  /** Moves to the next, previous, first or last scene, or leaves scene mode (`exit`). */
  move(move: SceneMove): void {
    if (move === 'exit') {
      this.exit();
      return;
    }
    const id = moveScene(this.scenes, this.sceneId, move);
    if (id) this.show(id);
  }

  /** Leaves scene mode into free exploration of the same state. */
  exit(): void {
    if (!this.sceneId) return;
    this.sceneId = null;
    this.held = null;
    this.boundMap?.keyboard.enable();
    if (this.ownsUrl) {
      const params = new URLSearchParams(window.location.search);
      params.delete('scene');
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${queryFor(this.access.store.state, `?${params}`)}${window.location.hash}`,
      );
    } else if (this.host.hasAttribute('scene')) this.host.removeAttribute('scene');
    this.announce();
    this.host.requestUpdate();
  }

  private announce(): void {
    const index = this.scenes.findIndex((s) => s.id === this.sceneId);
    emit(this.host, 'coop-map-scene', { id: this.sceneId, index, total: this.scenes.length });
  }

  /** The app page's URL for a state in scene `sceneId`: state parameters, then `scene` (and `embed`, `controls` if present). */
  private urlFor(state: AppState, sceneId: string): string {
    const params = new URLSearchParams(window.location.search);
    params.set('scene', sceneId);
    return `${window.location.pathname}${queryFor(state, `?${params}`)}${window.location.hash}`;
  }

  private readonly onPopState = (): void => {
    // The store's history sync restores the state; the scene follows the URL.
    const id = sceneIdFromSearch(window.location.search);
    if (id === this.sceneId) return;
    const scene = this.scenes.find((s) => s.id === id);
    this.sceneId = scene ? scene.id : null;
    this.held = scene ? 'scene' : null;
    if (scene) this.applyCamera(true);
    this.announce();
    this.host.requestUpdate();
  };

  private onAttributes(records: MutationRecord[]): void {
    for (const record of records) {
      const value = this.host.getAttribute(record.attributeName ?? '');
      if (record.attributeName === 'lang') {
        // On the app page the element writes its own `lang`; only a host page sets it.
        if (this.ownsUrl) continue;
        const state = this.access.store.state;
        if (isLang(value) && value !== state.lang) this.access.store.update({ lang: value }, this.ownsUrl ? 'push' : 'none');
      } else if (record.attributeName === 'scene' && this.started) {
        if (value === null || value === '') this.exit();
        else if (value !== this.sceneId) this.show(value);
      } else if (record.attributeName === 'embed') {
        this.held = this.embed && !this.sceneId ? 'region' : this.held;
        this.bindGestures();
        this.host.requestUpdate();
      } else this.host.requestUpdate();
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.sceneId || e.defaultPrevented) return;
    // In a host page without scene navigation (a slide deck driving `scene`), the page keeps the keys.
    if (!this.ownsUrl && !this.controls.has('nav')) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (isEditable(target)) return;
    if ((e.key === ' ' || e.key === 'Enter') && isActivatable(target)) return;
    // An open dialog (about, sources) or menu keeps its own keys.
    if (this.host.shadowRoot?.querySelector('dialog[open]')) return;
    const move = sceneKeyMove(e);
    // A move past either end is left to the page (a deck goes on to its next slide).
    if (!move || (move !== 'exit' && moveScene(this.scenes, this.sceneId, move) === null)) return;
    e.preventDefault();
    this.move(move);
  };

  // ——— camera and gestures ———

  private bindMap(): void {
    const map = this.access.view()?.map ?? null;
    if (!map || map === this.boundMap) return;
    this.boundMap = map;
    // The reader moving the map takes the camera back.
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: Event }).originalEvent) this.held = null;
    });
    // A resize (projector, full screen, the embed's container) re-frames what the scene or the embed holds;
    // during a flight, once it lands.
    map.on('resize', () => {
      if (map.isMoving()) this.refitAfterMove = true;
      else this.applyCamera(false);
    });
    map.on('moveend', () => {
      if (!this.refitAfterMove) return;
      this.refitAfterMove = false;
      this.applyCamera(false);
    });
    if (this.sceneId) map.keyboard.disable();
    this.bindGestures();
    void this.access
      .view()
      ?.whenLoaded()
      .then(() => this.applyCamera(false));
  }

  /** Embed mode: wheel and one-finger drags scroll the page until the map is clicked; Ctrl/⌘ + wheel zooms. */
  private bindGestures(): void {
    const map = this.boundMap;
    if (!map) return;
    const t = presentText(this.lang).embed;
    if (!this.embed) {
      map.cooperativeGestures.disable();
      return;
    }
    // MapLibre reads its UI strings from `_locale` when the gesture screen is built; it has no public setter after construction.
    // oxlint-disable-next-line no-underscore-dangle
    map._locale = {
      // oxlint-disable-next-line no-underscore-dangle
      ...map._locale,
      'CooperativeGesturesHandler.WindowsHelpText': t.wheelHint,
      'CooperativeGesturesHandler.MacHelpText': t.wheelHintMac,
      'CooperativeGesturesHandler.MobileHelpText': t.touchHint,
    };
    map.cooperativeGestures.disable();
    map.cooperativeGestures.enable();
    if (!this.gesturesBound) {
      this.gesturesBound = true;
      map.on('mousedown', () => {
        if (this.embed) map.cooperativeGestures.disable();
      });
      this.host.addEventListener('mouseleave', () => {
        if (this.embed) map.cooperativeGestures.enable();
      });
    }
  }
  private gesturesBound = false;
  private refitAfterMove = false;

  /** Room the overlays take over the map, for framing. */
  private padding(map: MapLibreMap): { top: number; bottom: number; left: number; right: number } {
    const m = map.getContainer().getBoundingClientRect();
    const root = this.host.shadowRoot;
    const caption = root?.querySelector<HTMLElement>('.present-caption')?.getBoundingClientRect();
    const legend = root?.querySelector<HTMLElement>('.present-legend')?.getBoundingClientRect();
    const top = root?.querySelector<HTMLElement>('.present-top')?.getBoundingClientRect();
    const pad = { top: 16, bottom: 24, left: 16, right: 16 };
    if (caption && caption.height > 0) pad.bottom = Math.max(pad.bottom, m.bottom - caption.top + 12);
    if (legend && legend.width > 0 && legend.height > 0) pad.right = Math.max(pad.right, m.right - legend.left + 12);
    if (top && top.height > 0) pad.top = Math.max(pad.top, top.bottom - m.top + 8);
    // Never ask for more room than the map has.
    return {
      top: Math.min(pad.top, m.height * 0.3),
      bottom: Math.min(pad.bottom, m.height * 0.45),
      left: Math.min(pad.left, m.width * 0.2),
      right: Math.min(pad.right, m.width * 0.45),
    };
  }

  private applyCamera(animate: boolean): void {
    const map = this.boundMap;
    if (!map || !this.held) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const duration = animate && !reduced ? FLIGHT_MS : 0;
    const padding = this.padding(map);
    // Padding given to an earlier easeTo stays on the map and would shift every later fit: clear it.
    const p = map.getPadding();
    if (p.top || p.bottom || p.left || p.right) map.setPadding({ top: 0, bottom: 0, left: 0, right: 0 });
    const camera = this.held === 'scene' ? this.scene?.camera : { bounds: REGION_BOUNDS };
    if (!camera) return;
    if ('bounds' in camera) map.fitBounds(camera.bounds, { padding, duration, essential: true });
    else map.flyTo({ center: camera.center, zoom: camera.zoom, duration, essential: true });
  }

  // ——— export ———

  /** The live map's camera and size (the region fitted to the element when there is no map). */
  private viewCamera(cameraForBounds: typeof import('../export/svg.ts').cameraForBounds): ExportCamera {
    const map = this.boundMap;
    if (map) {
      const c = map.getContainer();
      const center = map.getCenter();
      return { center: [center.lng, center.lat], zoom: map.getZoom(), width: c.clientWidth, height: c.clientHeight };
    }
    const r = this.host.getBoundingClientRect();
    return cameraForBounds(REGION_BOUNDS, { width: Math.max(320, r.width), height: Math.max(240, r.height) }, 16);
  }

  /** Title and caption of the view: the scene's, or a sentence saying what the map shows. */
  texts(): { title: string; caption: string } {
    const dataset = this.access.dataset();
    const state = this.access.store.state;
    const scene = this.scene;
    if (scene && dataset) return sceneTexts(scene, dataset, state.lang);
    const counts = this.access.counts();
    return describeView(state, counts ? counts[state.filters.scheme].period : null);
  }

  /** Builds an export of the current view: the file's content and name. */
  async exportFile(request: ExportRequest): Promise<{ blob: Blob; name: string }> {
    const { buildSvg, cameraForBounds, canvasMeasure, countsCsv, exportFileName, legendFor, renderPng } =
      await import('../export/index.ts');
    const state = this.access.store.state;
    const counts = this.access.counts();
    const name = exportFileName(state, request.format, { sceneId: this.sceneId, scale: request.scale });
    if (request.format === 'csv') {
      if (!counts) throw new Error('no counts');
      return { blob: new Blob([countsCsv(counts, state.lang)], { type: 'text/csv;charset=utf-8' }), name };
    }
    const mapData = this.access.mapData();
    if (!mapData) throw new Error('no map data');
    const view = this.viewCamera(cameraForBounds);
    const size = request.frame === '16:9' ? { ...FRAME_16_9 } : { width: Math.round(view.width), height: Math.round(view.height) };
    const { title, caption } = this.texts();
    // While a scene (or the embed's framing) holds the camera, the export frames its bounds for the image's own layout.
    const held = this.held === 'scene' ? this.scene?.camera : this.held === 'region' ? { bounds: REGION_BOUNDS } : undefined;
    const common = {
      mapData,
      view,
      size,
      bounds: held && 'bounds' in held ? held.bounds : undefined,
      lang: state.lang,
      title,
      caption,
      credit: creditLine(state.lang),
      legend: legendFor(state, mapData, counts ? counts[state.filters.scheme] : null),
    };
    if (request.format === 'svg') {
      return { blob: new Blob([buildSvg({ ...common, measure: canvasMeasure() })], { type: 'image/svg+xml;charset=utf-8' }), name };
    }
    return { blob: await renderPng({ ...common, scale: request.scale }), name };
  }

  private async download(request: ExportRequest): Promise<void> {
    const t = presentText(this.lang).export;
    this.exportStatus = t.working;
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
      this.exportStatus = t.done(name);
    } catch (error) {
      console.warn('coopmap: export', error);
      this.exportStatus = t.failed(error instanceof Error ? error.message : String(error));
    }
    this.host.requestUpdate();
  }

  private readonly onExport = (e: CustomEvent<ExportRequest>): void => {
    e.stopPropagation();
    // A PNG is drawn by MapLibre: without WebGL (or its worker) it cannot be made; the menu does not offer it.
    if (e.detail.format === 'png' && this.access.view() === null) {
      this.exportStatus = msg(this.lang).failures.pngNeedsWebgl;
      this.host.requestUpdate();
      return;
    }
    void this.download(e.detail);
  };

  // ——— rendering ———

  /** The link that opens the full map in the same state: the app page, next to the data. */
  fullMapUrl(): string {
    const query = serializeState(this.access.store.state);
    if (this.ownsUrl) return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
    return new URL(`index.html${query ? `?${query}` : ''}`, this.access.base()).href;
  }

  private exportMenu(tone: 'light' | 'dark' = 'light'): TemplateResult {
    const map = this.boundMap?.getContainer();
    return html`<coop-export-menu
      tone=${tone}
      .lang=${this.lang}
      .status=${this.exportStatus}
      .currentSize=${{ width: map?.clientWidth ?? 0, height: map?.clientHeight ?? 0 }}
      .png=${this.access.view() !== null}
      @coop-export=${this.onExport}
    ></coop-export-menu>`;
  }

  /** The app header's actions in normal mode: start the presentation, export. */
  headerActions(): TemplateResult | typeof nothing {
    if (this.embed || this.sceneId) return nothing;
    const t = presentText(this.lang).scene;
    // Phones do not present; their header has no room to spare.
    const first = this.size.width >= 760 ? this.scenes[0] : undefined;
    return html`${
      first
        ? html`<button class="hbtn" data-testid="present" aria-label=${t.startLabel} @click=${() => this.show(first.id)}>
            ${t.start}
          </button>`
        : nothing
    }${this.controls.has('export') ? this.exportMenu('dark') : nothing}`;
  }

  /** What scene and embed modes draw over the map: caption, legend, export menu, "open full map", notices. */
  render(legend: TemplateResult): TemplateResult | typeof nothing {
    const lang = this.lang;
    const t = presentText(lang);
    const scene = this.scene;
    const controls = this.controls;
    const notice = this.notice
      ? html`<p class="present-notice" role="status">
          ${this.notice} <button class="pbtn" @click=${() => ((this.notice = null), this.host.requestUpdate())}>${t.scene.dismiss}</button>
        </p>`
      : nothing;
    if (!this.embed && !scene) return notice === nothing ? nothing : html`<div class="present">${notice}</div>`;
    // The legend shows by default when the map has room for it, and can be toggled.
    const roomy = this.size.width >= 880 && this.size.height >= 480;
    const legendOpen = controls.has('legend') && (this.legendOpen ?? roomy);
    const texts = this.texts();
    const index = scene ? this.scenes.indexOf(scene) : -1;
    return html`<div class="present" data-testid="present">
      <div class="present-top">
        ${
          controls.has('legend')
            ? html`<button
                class="pbtn"
                data-testid="legend-toggle"
                aria-expanded=${legendOpen ? 'true' : 'false'}
                aria-label=${legendOpen ? t.embed.hideLegend : t.embed.showLegend}
                @click=${() => ((this.legendOpen = !legendOpen), this.host.requestUpdate())}
              >
                ${t.embed.legend}
              </button>`
            : nothing
        }
        ${controls.has('export') ? this.exportMenu() : nothing}
        ${
          this.embed && controls.has('link')
            ? html`<a
                class="pbtn open-full"
                data-testid="open-full"
                href=${this.fullMapUrl()}
                target="_blank"
                rel="noopener"
                aria-label=${t.embed.openFullLabel}
                ><span class="long">${t.embed.openFull}</span><span class="short">${t.embed.openFullShort}</span>
                <span aria-hidden="true">↗</span></a
              >`
            : nothing
        }
      </div>
      ${legendOpen ? html`<section class="present-legend" data-testid="present-legend" aria-label=${t.embed.legend} tabindex="0">${legend}</section>` : nothing}
      ${
        scene
          ? html`<coop-scene-caption
              class="present-caption"
              .lang=${lang}
              .heading=${texts.title}
              .caption=${texts.caption}
              .index=${index}
              .total=${this.scenes.length}
              .nav=${controls.has('nav')}
              @coop-scene-move=${(e: CustomEvent<SceneMoveDetail>) => this.move(e.detail.move)}
            ></coop-scene-caption>`
          : html`<div class="present-caption embed-caption" data-testid="embed-caption">
              <strong>${texts.title}</strong>
              <span>${texts.caption}</span>
            </div>`
      }
      ${notice}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coop-map-scene': CustomEvent<SceneEventDetail>;
  }
}
