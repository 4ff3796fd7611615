/**
 * The MapLibre map of `<coop-map>`: creates the map with the offline style,
 * hands it the GeoJSON of each state, frames the region or the network, and
 * reports clicks. It owns no state of its own beyond the camera.
 *
 * Over 350 lines: the view owns every contact with MapLibre (creation, camera, picking, hover, label culling, export hooks), kept in one file so no other module touches the map object.
 */
import { AttributionControl, Map as MapLibreMap, setWorkerUrl, type LngLatBoundsLike, type MapGeoJSONFeature } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { COOPERATION_KINDS } from '../model/types.ts';
import { addSymbolImages } from './icons.ts';
import { nearestLine, type ScreenPoint } from './pick.ts';
import type { Scheme } from '../query/types.ts';
import { MapController, type MapTarget } from './controller.ts';
import type { MapCompare } from './featureState.ts';
import type { MapData } from './mapData.ts';
import type { MapModel } from './model.ts';
import { buildStyle, labelSizes, logicalLayer } from './style.ts';
import { ValueOverlay, type OverlayBox } from './value-overlay.ts';
import { valueLabels } from './valueLabels.ts';
import { COLORS, type TextMode } from './palette.ts';
import type { AggregateHover } from '../query/cards.ts';
import { AGGREGATE_MAX_ZOOM } from './linkAggregates.ts';
import { AGGREGATE_SOURCE } from './model.ts';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/** The map's method that runs one frame (MapLibre 6.17, internal: see `MapView.holdFirstState`). */
const MAP_FRAME = '_render';

/** The parts of MapLibre's symbol placement `labelBoxes` reads (internal, test aid only). */
interface InternalGrid {
  boxKeys: { bucketInstanceId: number; featureIndex: number }[];
  bboxes: number[];
}
interface InternalPlacement {
  collisionIndex: { grid: InternalGrid; ignoredGrid: InternalGrid };
  retainedQueryData: Record<
    number,
    {
      bucketIndex: number;
      sourceLayerIndex: number;
      featureIndex: {
        bucketLayerIDs: string[][];
        loadVTLayers(): void;
        sourceLayerCoder: { decode(i: number): string };
        vtLayers: Record<string, { feature(i: number): { id?: number | string; properties?: Record<string, unknown> } } | undefined>;
      };
    }
  >;
}

/** MapLibre's collision grid extends this far beyond the viewport (`viewportPadding` in its source). */
const VIEWPORT_PADDING = 100;

/**
 * Label layers whose boxes `labelBoxes` reports by default (logical names: each label set has its
 * own copy, see `labelSets.ts`), and the numbers written in HTML over the map (`territory-values`).
 */
const LABEL_LAYERS = [
  'establishment-labels',
  'establishment-labels-focus',
  'territory-labels',
  'context-labels',
  'count-mark-labels',
  'territory-values',
];
/** Label layers a panel edge can cull (feature-state `h`): all of them. */
const CULLED_LAYERS = LABEL_LAYERS;

/** A label's box, in CSS pixels of the map. */
export interface LabelBox {
  layer: string;
  /** The feature's string id (`properties.id`). */
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface PlacedLabel extends LabelBox {
  source: string;
  fid: number;
  culled: boolean;
}

/** Nord-Pas-de-Calais, used until the geometry says better. */
export const REGION_BOUNDS: [number, number, number, number] = [1.55, 49.97, 4.26, 51.09];

/** Link line layers, which a click or a hover picks before the marks and territories beneath them. */
const LINK_LAYERS = COOPERATION_KINDS.map((k) => `links-${k}`);
/** How far from a link, in CSS pixels, the pointer still picks it (thin lines need some slack). */
const LINK_TOLERANCE = 6;

/** What a click picks: an establishment, a territory (with its bassin), or one drawn link of a cooperation. */
export type MapPick =
  | { kind: 'establishment' | 'territory'; id: string; bassin?: string }
  | { kind: 'link'; id: string; cooperationId: string; from: string; to: string };

/** What lies under the pointer for the tooltip, with where to show it (CSS pixels in the map). */
export interface MapHover {
  target: { type: 'establishment'; id: string } | { type: 'link'; cooperationId: string; from: string; to: string } | AggregateHover;
  x: number;
  y: number;
}

/** Room kept free around framed extents, in CSS pixels. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface MapViewOptions {
  /** Called when an establishment, a link or a territory is clicked (a link never lets the territory beneath through). */
  onPick: (pick: MapPick) => void;
  /** Called with what lies under the pointer (hover, or a tap on touch screens), null when nothing. */
  onHover?: (hover: MapHover | null) => void;
  /** Accessible name of the map canvas. */
  label: string;
  /** Room the surrounding panels take over the map, asked for each time the view is framed. */
  padding: () => Padding;
  attribution: string;
  /** Rectangles (viewport CSS pixels) of what floats over the map: labels they would cut are hidden. */
  covered?: () => readonly DOMRect[];
  /** MapLibre's interface strings in the reader's language (its `locale` option). */
  locale?: Record<string, string>;
  /** The credit line collapsed to its button (a phone), from the first frame. */
  compact?: boolean;
}

/** Whether a placed label and a box overlap. */
const overlaps = (l: Omit<LabelBox, 'layer' | 'id'>, r: LabelBox): boolean => l.x1 < r.x2 && r.x1 < l.x2 && l.y1 < r.y2 && r.y1 < l.y2;

export class MapView {
  readonly map: MapLibreMap;
  private loaded: Promise<void>;
  private regionBounds: [number, number, number, number] = REGION_BOUNDS;
  private networkBounds: [number, number, number, number] = REGION_BOUNDS;
  private attribution: AttributionControl;
  /** The last framing asked for, kept until the user moves the map: re-applied when the map resizes. */
  private framing: 'region' | 'network' | null = null;
  private compact = false;
  private textMode: TextMode = 'screen';
  /** Whether the map's drawing is held until its first state is tiled (see `holdFirstState`). */
  private held = false;
  private attributionText: string;
  /** Sources once per model, feature-state per state. */
  readonly controller: MapController;
  /** The numbers that follow the filters, written over the map (see `valueLabels.ts`). */
  private readonly values: ValueOverlay;
  /** The state last shown (its numbers are sized again when the text mode changes). */
  private shown: MapData | null = null;
  /** Whether `prepareLabels` waits for an idle. */
  private preparing = false;

  constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    const fonts = { regular: new URL(regularFont, import.meta.url).href, bold: new URL(boldFont, import.meta.url).href };
    this.map = new MapLibreMap({
      container,
      style: buildStyle(fonts),
      bounds: REGION_BOUNDS,
      attributionControl: false,
      maplibreLogo: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      minZoom: 4,
      maxZoom: 13,
      locale: { ...options.locale, 'Map.Title': options.label },
      // No preserveDrawingBuffer: the PNG export renders its own off-screen map, and keeping
      // the buffer costs a copy per frame, which software WebGL feels.
      // No symbol fade: each faded frame is a full redraw, costly with software WebGL.
      fadeDuration: 0,
      // Labels keep clear of the labels of their own source only: each label set is a source,
      // so the sets not shown take no room from the one shown (see `labelSets.ts`).
      crossSourceCollisions: false,
      // The style is ours, built by `buildStyle`, and checked against MapLibre's own validator by the
      // style test; checked again here it cost about 100 ms of the main thread before any data moved.
      validateStyle: false,
    });
    // The sea's colour: what the map shows until its first state is drawn whole (see `holdFirstState`).
    container.style.backgroundColor = COLORS.sea;
    this.values = new ValueOverlay(this.map.getContainer(), (at) => this.map.project(at));
    this.map.on('render', () => this.values.place());
    this.controller = new MapController(this.map as unknown as MapTarget);
    // A lost context takes the style and its feature-state with it; the restored one is rebuilt from a snapshot.
    this.map.on('webglcontextlost', () => this.controller.pause());
    this.map.on('webglcontextrestored', () => this.controller.resend());
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.attributionText = options.attribution;
    this.compact = options.compact ?? false;
    this.attribution = new AttributionControl({ compact: this.compact, customAttribution: options.attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    // A compact credit starts open; on a phone it must not cover the map until asked for.
    if (this.compact) container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    this.loaded = new Promise((resolve) => {
      this.map.once('load', () => {
        addSymbolImages(this.map);
        resolve();
      });
    });
    this.map.setMissingStyleImageResolver(() => addSymbolImages(this.map));
    this.wireEvents();
    this.holdFirstState();
  }

  /** The link nearest `point` within the tolerance: lanes a few pixels apart are told apart by distance. */
  private linkAt(point: { x: number; y: number }): MapPick | null {
    const t = LINK_TOLERANCE;
    const box: [[number, number], [number, number]] = [
      [point.x - t, point.y - t],
      [point.x + t, point.y + t],
    ];
    const layers = LINK_LAYERS.filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return null;
    const hits = this.visible(this.map.queryRenderedFeatures(box, { layers }));
    if (hits.length === 0) return null;
    const project = (c: GeoJSON.Position): ScreenPoint => {
      const p = this.map.project([c[0]!, c[1]!]);
      return [p.x, p.y];
    };
    const lines = hits.map((f) =>
      f.geometry.type === 'LineString'
        ? [f.geometry.coordinates.map(project)]
        : f.geometry.type === 'MultiLineString'
          ? f.geometry.coordinates.map((l) => l.map(project))
          : [],
    );
    const i = nearestLine([point.x, point.y], lines, t);
    const top = hits[i];
    if (!top) return null;
    const props = top.properties as Record<string, unknown>;
    const id = String(props['id']);
    // Link ids end with `:from:to` (establishment ids hold no colon).
    const parts = id.split(':');
    return { kind: 'link', id, cooperationId: String(props['cooperationId']), from: parts.at(-2) ?? '', to: parts.at(-1) ?? '' };
  }

  /** What a click or a hover at `point` picks: an establishment, then a link, then a count mark, then a territory. */
  private pickAt(point: { x: number; y: number }): MapPick | null {
    const box = (r: number): [[number, number], [number, number]] => [
      [point.x - r, point.y - r],
      [point.x + r, point.y + r],
    ];
    const site = this.visible(this.map.queryRenderedFeatures(box(4), { layers: ['establishments'] }))[0];
    if (site) return { kind: 'establishment', id: String(site.properties['id']) };
    const link = this.linkAt(point);
    if (link) return link;
    // The sites' marks only (a territory's circle, layer `territory-marks`, picks its territory, beneath it).
    const mark = this.visible(this.map.queryRenderedFeatures(box(4), { layers: ['count-marks'] }))[0];
    // Site mark ids are `<scheme>|<establishment id>` or `<scheme>|group:<site value>`.
    const markId = mark ? String(mark.properties['id']) : '';
    if (mark) {
      const id = markId.slice(markId.indexOf('|') + 1);
      // A group's mark stands for several sites: it picks none of them, and hides what is beneath.
      return id.startsWith('group:') ? null : { kind: 'establishment', id };
    }
    const area = this.visible(this.map.queryRenderedFeatures(box(0), { layers: ['territories-fill'] }))[0];
    if (area) return { kind: 'territory', id: String(area.properties['id']), bassin: String(area.properties['bassin']) };
    return null;
  }

  /** The aggregate lane under `point` (large networks, low zoom), with the number of its links shown. */
  private aggregateAt(point: { x: number; y: number }): { hover: AggregateHover; at: [number, number] } | null {
    if (!this.map.getLayer(AGGREGATE_SOURCE)) return null;
    const t = LINK_TOLERANCE;
    const box: [[number, number], [number, number]] = [
      [point.x - t, point.y - t],
      [point.x + t, point.y + t],
    ];
    const hit = this.visible(this.map.queryRenderedFeatures(box, { layers: [AGGREGATE_SOURCE] }))[0];
    if (!hit) return null;
    const p = hit.properties as Record<string, unknown>;
    const count = Number(this.controller.stateOf(AGGREGATE_SOURCE, hit.id)?.['n'] ?? 0);
    const coordinates = hit.geometry.type === 'LineString' ? hit.geometry.coordinates : [];
    const middle = coordinates[Math.floor(coordinates.length / 2)] ?? [0, 0];
    return {
      hover: {
        type: 'aggregate',
        id: String(p['id']),
        kind: p['kind'] as AggregateHover['kind'],
        count,
        ends: [String(p['fromName']), String(p['toName'])],
      },
      at: [middle[0] ?? 0, middle[1] ?? 0],
    };
  }

  /** What the pointer is over: a pick, else an aggregate lane. */
  private hoverAt(point: { x: number; y: number }): { pick: MapPick | null; hover: MapHover | null; lane: [number, number] | null } {
    const pick = this.pickAt(point);
    if (pick && pick.kind !== 'territory') return { pick, hover: this.hoverOf(pick, point), lane: null };
    const lane = this.aggregateAt(point);
    if (lane) return { pick: null, hover: { target: lane.hover, x: point.x, y: point.y }, lane: lane.at };
    return { pick, hover: null, lane: null };
  }

  private hoverOf(pick: MapPick | null, point: { x: number; y: number }): MapHover | null {
    if (!pick || pick.kind === 'territory') return null;
    const target: MapHover['target'] =
      pick.kind === 'link'
        ? { type: 'link', cooperationId: pick.cooperationId, from: pick.from, to: pick.to }
        : { type: 'establishment', id: pick.id };
    return { target, x: point.x, y: point.y };
  }

  private wireEvents(): void {
    let hovered = '';
    const report = (hover: MapHover | null): void => {
      const key = hover ? JSON.stringify(hover.target) : '';
      // Only a change of target (or a move over one) is reported, not every mouse move over the void.
      if (key === '' && hovered === '') return;
      hovered = key;
      this.options.onHover?.(hover);
    };
    this.map.on('click', (e) => {
      const { pick, hover, lane } = this.hoverAt(e.point);
      // A tap shows the tooltip too (touch screens have no hover).
      report(hover);
      if (pick) this.options.onPick(pick);
      // A click on an aggregate lane zooms in to where its links are drawn one by one.
      else if (lane) this.map.easeTo({ center: lane, zoom: Math.max(AGGREGATE_MAX_ZOOM, this.map.getZoom() + 1), duration: 400 });
    });
    // Picking queries several layers: do it at most once a frame, for the last position.
    let pending: { x: number; y: number } | null = null;
    this.map.on('mousemove', (e) => {
      if (pending === null) {
        requestAnimationFrame(() => {
          const point = pending;
          pending = null;
          if (!point) return;
          const { pick, hover } = this.hoverAt(point);
          this.map.getCanvas().style.cursor = pick || hover ? 'pointer' : '';
          report(hover);
        });
      }
      pending = { x: e.point.x, y: e.point.y };
    });
    this.map.on('mouseout', () => {
      pending = null;
      report(null);
    });
    this.map.on('movestart', () => report(null));
    // Until the user moves the map, a resize (layout settling, phone rotated) keeps the same framing.
    this.map.on('movestart', (e) => {
      if ((e as { originalEvent?: Event }).originalEvent) this.framing = null;
    });
    this.map.on('idle', () => this.cullLabels());
    this.map.on('resize', () => {
      if (this.framing === 'region') this.frameRegion(false);
      else if (this.framing === 'network') this.frameNetwork(false);
    });
  }

  /** The features of a query that are shown: hidden ones are drawn at opacity 0 but never picked. */
  visible(features: MapGeoJSONFeature[]): MapGeoJSONFeature[] {
    return features.filter((f) => this.controller.shown(f.source, f.id));
  }

  /** Resolves once the style and the symbol images are in place. */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /**
   * Holds the map's drawing from its creation until the first state's
   * sources are all tiled. Until the data comes the map has nothing to show
   * but the sea (the container's background is the sea's colour), and as each
   * source's tiles arrive MapLibre runs a frame (it must: a frame is where it
   * places the labels and asks for more tiles) and draws it. With software
   * WebGL a drawn frame holds the main thread (the read-back of the canvas
   * waits for the GPU process) and competes for the cores the data checks and
   * the worker need, so a dozen half-loaded drawings cost seconds. Held, the
   * frames still run, their drawing is skipped, and the first state appears
   * whole in one drawing (`drawFirstState`). Later states are feature-state
   * changes, drawn in the next frame.
   *
   * While held, a frame is not even run as long as tiles are on their way
   * (each arriving tile asks for one): placing labels and applying
   * feature-state to half the tiles, a dozen times, only to do it again, took
   * the main thread from the worker's messages. The frame after the last
   * tile runs, and tiles the camera then asks for are fetched as before. The
   * sources are tiled about 0.3 s sooner; navigation → ready 3.60 → 3.49 s
   * (median of 21, interleaved), a national-scale load 8.2 → 7.6 s (of 4).
   *
   * MapLibre has no public switch for this: the view wraps its painter's
   * `render` and the map's `_render` (MapLibre 6.17, pinned in package.json;
   * the browser tests check that the map is drawn once ready). Without them,
   * nothing is held.
   */
  private holdFirstState(): void {
    const painter = (this.map as unknown as { painter?: { render?: (...args: unknown[]) => void } }).painter;
    const render = painter?.render;
    if (!painter || typeof render !== 'function') return;
    this.held = true;
    // The values written over the map wait for it: numbers floating over an empty sea say nothing.
    this.values.reveal(false);
    painter.render = (...args: unknown[]) => {
      if (!this.held) render.apply(painter, args);
    };
    const map = this.map as unknown as Record<typeof MAP_FRAME, ((...args: unknown[]) => unknown) | undefined>;
    const frame = map[MAP_FRAME];
    if (typeof frame !== 'function') return;
    map[MAP_FRAME] = (...args: unknown[]) =>
      // The next tile to arrive asks for a frame again (MapLibre repaints on every source event).
      this.held && !this.map.areTilesLoaded() ? this.map : frame.apply(this.map, args);
  }

  /** Ends `holdFirstState` (once the first state is tiled, or when there is none to show): the next frame draws. */
  drawFirstState(): void {
    if (!this.held) return;
    this.held = false;
    this.map.once('render', () => this.values.reveal(true));
    this.map.triggerRepaint();
  }

  /** Resolves at the next `idle` (everything loaded, placed and, unless held, drawn). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else this.map.once('idle', () => resolve());
    });
  }

  /**
   * Shows a state: the model's sources go to MapLibre only when the model
   * changes (dataset, grid) and the context labels when the language does;
   * otherwise only feature-state changes (see `MapController`), compare mode included.
   */
  async show(model: MapModel, context: FeatureCollection, data: MapData, scheme: Scheme, compare: MapCompare | null = null): Promise<void> {
    await this.loaded;
    this.controller.setModel(model);
    this.controller.setContext(context);
    this.controller.setCompare(compare);
    this.controller.show(data, scheme);
    this.shown = data;
    this.values.set(valueLabels(data, this.textMode));
  }

  /**
   * Once the map has settled, hands it the label sets not shown yet
   * (`MapController.handRemaining`): their layout in the worker then stays
   * out of the first state's way, and a later scheme switch is
   * feature-state only. Settled means now if the map is loaded and still
   * (after `ready`: waiting for an idle then would wait for the reader's first
   * move, since no frame follows the first state's, and the first switch to
   * CCU-Région sent its labels through the worker), else its next idle.
   */
  prepareLabels(): void {
    if (this.preparing) return;
    this.preparing = true;
    const hand = (): void => {
      this.preparing = false;
      this.controller.handRemaining();
    };
    if (this.map.loaded() && !this.map.isMoving()) {
      // On the next task: `ready` goes out first. A map removed meanwhile (its code failed) takes nothing.
      const timer = setTimeout(hand, 0);
      this.map.once('remove', () => clearTimeout(timer));
    } else this.map.once('idle', hand);
  }

  /** Extents used by the framing controls. */
  setBounds(region: [number, number, number, number] | null, network: [number, number, number, number] | null): void {
    if (region) this.regionBounds = region;
    if (network) this.networkBounds = network;
  }

  /** Frames Nord-Pas-de-Calais inside the part of the map the panels leave free. */
  frameRegion(animate = true): void {
    this.framing = 'region';
    this.fit(this.regionBounds, animate);
  }

  /** Frames the whole network: the G4 CHUs and Belgium. */
  frameNetwork(animate = true): void {
    this.framing = 'network';
    this.fit(this.networkBounds, animate);
  }

  /**
   * Brings a focused site into view: centred on it when it is outside the
   * part of the map the panels leave free; in a large network, zoomed in to
   * where sites are drawn (`SITE_LAYERS`), else the focus would not show.
   */
  reveal(at: [number, number]): void {
    const zoom = this.controller.detailZoom;
    if (this.map.getZoom() < zoom) {
      this.panTo(at, zoom);
      return;
    }
    const p = this.map.project(at);
    const c = this.map.getContainer();
    const pad = this.options.padding();
    if (p.x < pad.left || p.x > c.clientWidth - pad.right || p.y < pad.top || p.y > c.clientHeight - pad.bottom) this.panTo(at);
  }

  /** Centres on a point when the user asks for a place off screen, keeping the zoom unless given one. */
  panTo(at: [number, number], zoom?: number): void {
    this.framing = null;
    // (MapLibre reads a `zoom` key even when undefined: only passed when given.)
    this.map.easeTo({ center: at, ...(zoom === undefined ? {} : { zoom }), padding: this.options.padding(), duration: 600 });
  }

  private fit(bounds: [number, number, number, number], animate: boolean): void {
    const padding = this.options.padding();
    const canvas = this.map.getContainer();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    // Never ask for more padding than the map has room for.
    const safe = {
      left: Math.min(padding.left, w * 0.45),
      right: Math.min(padding.right, w * 0.45),
      top: Math.min(padding.top, h * 0.45),
      bottom: Math.min(padding.bottom, h * 0.45),
    };
    this.map.fitBounds(bounds as LngLatBoundsLike, { padding: safe, duration: animate ? 600 : 0 });
  }

  zoomBy(delta: number): void {
    this.framing = null;
    this.map.easeTo({ zoom: this.map.getZoom() + delta, duration: 250 });
  }

  /** Updates what depends on the language and the layout: the canvas's name and the credit line (collapsed on a phone). */
  setLanguage(label: string, attribution: string, compact = this.compact, locale?: Record<string, string>): void {
    this.map.getCanvas().setAttribute('aria-label', label);
    // MapLibre reads its interface strings when a control is built: the attribution control below is rebuilt.
    // MapLibre has no setter for its locale after construction; its table is a plain object field.
    if (locale) {
      const internals = this.map as unknown as Record<string, Record<string, string> | undefined>;
      internals['_locale'] = { ...internals['_locale'], ...locale, 'Map.Title': label };
    }
    if (attribution === this.attributionText && compact === this.compact) return;
    this.attributionText = attribution;
    this.compact = compact;
    this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact, customAttribution: attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    // A compact credit starts open; on a phone it must not cover the map until asked for.
    if (compact) this.map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
  }

  /** Sizes the labels for `mode` (see `labelSizes`): a layout change only, no data goes through the worker. */
  setTextMode(mode: TextMode): void {
    if (mode === this.textMode) return;
    this.textMode = mode;
    for (const [layer, size] of labelSizes(mode)) if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'text-size', size);
    if (this.shown) this.values.set(valueLabels(this.shown, mode));
  }

  resize(): void {
    this.map.resize();
  }

  /** Test and debugging aid: what is drawn now. */
  inspect(): { renderedLinks: number; renderedLinksByKind: Record<string, number>; establishments: number } {
    const layers = COOPERATION_KINDS.map((k) => `links-${k}`);
    const rendered = this.visible(this.map.queryRenderedFeatures({ layers }));
    const ids = new Map<string, string>();
    for (const f of rendered) ids.set(String(f.properties['id']), String(f.properties['kind']));
    const byKind: Record<string, number> = {};
    for (const kind of ids.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
    const sites = new Set(
      this.visible(this.map.queryRenderedFeatures({ layers: ['establishments'] })).map((f) => String(f.properties['id'])),
    );
    return { renderedLinks: ids.size, renderedLinksByKind: byKind, establishments: sites.size };
  }

  /**
   * The labels of `layers` MapLibre has placed now, for shown features (`hiddenToo`: all), with
   * their boxes (CSS pixels in the map, padding included) as its collision
   * index holds them. Reads MapLibre internals (`style.placement`).
   */
  private placedLabels(layers: readonly string[], hiddenToo = false): PlacedLabel[] {
    const placement = (this.map as unknown as { style?: { placement?: InternalPlacement } }).style?.placement;
    if (!placement) return [];
    const wanted = new Set(layers);
    const out: PlacedLabel[] = [];
    for (const grid of [placement.collisionIndex.grid, placement.collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((key, i) => {
        const data = placement.retainedQueryData[key.bucketInstanceId];
        const layerId = data?.featureIndex.bucketLayerIDs[data.bucketIndex]?.[0];
        const layer = layerId ? logicalLayer(layerId) : undefined;
        if (!data || !layerId || !layer || !wanted.has(layer)) return;
        data.featureIndex.loadVTLayers();
        const sourceLayer = data.featureIndex.sourceLayerCoder.decode(data.sourceLayerIndex);
        const feature = data.featureIndex.vtLayers[sourceLayer]?.feature(key.featureIndex);
        const source = this.map.getLayer(layerId)?.source ?? '';
        const fid = feature?.id;
        // Shown labels are those of the set shown, for features shown (feature-state).
        if (typeof fid !== 'number' || (!hiddenToo && !this.controller.shown(source, fid))) return;
        const state = this.map.getFeatureState({ source, id: fid });
        // The focus's copy draws only for the focus, the plain label for the others.
        if ((layer === 'establishment-labels-focus') !== (state['e'] === 1)) return;
        const b = grid.bboxes;
        // Collision coordinates are screen pixels shifted by MapLibre's viewport padding.
        out.push({
          layer,
          source,
          fid,
          id: String(feature?.properties?.['id'] ?? fid),
          culled: state['h'] === 1,
          x1: (b[i * 4] ?? 0) - VIEWPORT_PADDING,
          y1: (b[i * 4 + 1] ?? 0) - VIEWPORT_PADDING,
          x2: (b[i * 4 + 2] ?? 0) - VIEWPORT_PADDING,
          y2: (b[i * 4 + 3] ?? 0) - VIEWPORT_PADDING,
        });
      });
    }
    return out;
  }

  /**
   * Test and debugging aid: the boxes (CSS pixels in the map) of the labels
   * drawn now — shown features, not culled — as MapLibre placed them.
   */
  labelBoxes(layers: readonly string[] = LABEL_LAYERS): LabelBox[] {
    const written = layers.includes('territory-values')
      ? this.values.boxes().map(({ key, x1, y1, x2, y2 }) => ({ layer: 'territory-values', id: key, x1, y1, x2, y2 }))
      : [];
    return [
      ...this.placedLabels(layers)
        .filter((l) => !l.culled)
        .map(({ layer, id, x1, y1, x2, y2 }) => ({ layer, id, x1, y1, x2, y2 })),
      ...written,
    ];
  }

  /** Rectangles (CSS pixels in the map) where the map is covered: the panels, its own controls and credit line. */
  coveredRects(): LabelBox[] {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    const own = [...container.querySelectorAll('.maplibregl-ctrl')].map((e) => e.getBoundingClientRect());
    return [...(this.options.covered?.() ?? []), ...own]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        layer: '',
        id: '',
        x1: r.left - origin.left,
        y1: r.top - origin.top,
        x2: r.right - origin.left,
        y2: r.bottom - origin.top,
      }));
  }

  /**
   * Hides (feature-state `h`) the labels a panel or the map's edge would cut:
   * MapLibre places labels over the whole canvas and knows nothing of the
   * panels floating over it. Run at each `idle`; sets only what changes.
   */
  private cullLabels(): void {
    const container = this.map.getContainer();
    const width = container.clientWidth;
    const height = container.clientHeight;
    const covered = this.coveredRects();
    const cut = (label: OverlayBox | PlacedLabel): boolean =>
      label.x1 < 0 || label.y1 < 0 || label.x2 > width || label.y2 > height || covered.some((r) => overlaps(label, r));
    // Hidden labels too (the other label sets, filtered-out sites): shown again, they are already right.
    for (const label of this.placedLabels(CULLED_LAYERS, true)) {
      const hide = cut(label);
      if (hide !== label.culled) this.map.setFeatureState({ source: label.source, id: label.fid }, { h: hide ? 1 : 0 });
    }
    this.values.cull(cut);
  }

  destroy(): void {
    this.map.remove();
  }
}
