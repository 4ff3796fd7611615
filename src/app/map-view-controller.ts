/**
 * The live map inside `<coop-map>`: creates the MapLibre view, falls back to
 * the static map when WebGL, the map's code or worker or the context fails,
 * hands the view what the query layer derived (one map model per dataset and
 * grid, the per-state `MapData` memoized on what it depends on), and holds the camera:
 * framing the region or the network, revealing a focused establishment, the
 * padding the floating panels take. The view's code and the code that
 * derives the drawing are fetched as it starts, beside the data, not carried
 * by the page's entry script. A lit reactive controller; the element
 * renders the fallbacks from `mapError`, `glLost` and `codeFailure`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getWorkerUrl } from 'maplibre-gl';
import type { Dataset } from '../model/types.ts';
import type { Population } from '../model/population.ts';
import type { MapData } from '../map/mapData.ts';
import type { MapCompare } from '../map/featureState.ts';
import type { MapHover, MapPick, MapView } from '../map/map-view.ts';
import { boundsOf } from '../map/bounds.ts';
import type { AppState } from '../query/types.ts';
import type { TextMode } from '../map/palette.ts';
import { formatDecimal, msg } from '../i18n/index.ts';
import type { DataController } from './data-controller.ts';
import { webglAvailable } from './webgl.ts';
import { watchMapWorker } from './worker-probe.ts';
import { markStart } from './start-marks.ts';

type Bounds = [number, number, number, number];

export type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * The interactive map's own code (the view over MapLibre, its style and layers): fetched when the
 * map is created, beside the data, rather than carried by the page's entry script. MapLibre itself
 * loads with the page.
 */
const fetchMapView = () => import('../map/map-view.ts');

/**
 * What the map draws, derived from the state (see `parts/map-data.ts`): fetched as the page starts,
 * beside the data; the static map and the legend draw from it too.
 */
const fetchDrawing = () => import('./parts/map-data.ts');

export interface MapViewHost {
  state(): AppState;
  /** The element is in its narrow (bottom sheet) layout. */
  narrow(): boolean;
  /** A scene or the embed's framing holds the camera: a focus does not move it. */
  holdsCamera(): boolean;
  /** The element's shadow root, where the map container and the panels are. */
  root(): ParentNode;
  onPick(pick: MapPick): void;
  onHover(hover: MapHover | null): void;
  /** Rectangles where the map is covered by the page (panels, controls): labels under them are hidden. */
  covered(): readonly DOMRect[];
  /** The comparison the list asks the map to show, or null. */
  comparison(): MapCompare | null;
  /** How the map's text is sized: `presentation` in scene mode (projected: no label under 14 px). */
  textMode(): TextMode;
  /** Settles once the code the page fetches as it starts (the panels) has come or failed: `ready` waits for it. */
  started(): Promise<void>;
  /** `ready` was just set. */
  readied(): void;
}

export class MapViewController implements ReactiveController {
  view: MapView | null = null;
  /** No interactive map (no WebGL 2, MapLibre failed, or its worker did not load): the static map stands in. */
  mapError = false;
  /**
   * Code the map needs failed to load: the interactive map's (its worker or its view; the static
   * map stands in), the static map itself, or what derives the drawing from the state (neither map
   * can draw the data).
   */
  codeFailure: 'map' | 'static-map' | 'drawing' | null = null;
  /** What derives the drawing from the state (see {@link fetchDrawing}), once it has come. */
  private drawing: Awaited<ReturnType<typeof fetchDrawing>> | null = null;
  /** The WebGL context is lost: the static map stands in until it is restored. */
  glLost = false;

  private mapDataKey = '';
  private mapData: MapData | null = null;
  private langOfView = '';
  private narrowOfView = false;
  private lastFocus: string | null = null;
  private lastNarrow = false;
  private lastLoaded: unknown = null;
  /** The map has drawn the data once: `ready` is set, or will be once the page's start has settled. */
  private readied = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: DataController,
    private readonly access: MapViewHost,
  ) {
    host.addController(this);
    fetchDrawing().then(
      (drawing) => {
        this.drawing = drawing;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.error('coopmap: the code that draws the map could not be loaded', error);
        this.codeFailure = 'drawing';
        this.host.requestUpdate();
      },
    );
  }

  /** The code that derives the drawing is on its way: what the map and the legend show is not known yet. */
  get pending(): boolean {
    return this.drawing === null && this.codeFailure !== 'drawing';
  }

  /** Creates the map in `container` (once, after the first render), when its code has come. */
  attach(container: HTMLElement): void {
    // Without WebGL 2 the static map stands in at once (MapLibre would only throw).
    if (!webglAvailable()) {
      this.fail();
      return;
    }
    fetchMapView().then(
      ({ MapView }) => this.create(MapView, container),
      (error: unknown) => this.onCodeFailure(`its code did not load: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** Builds the view, watches its worker and its context, and shows the data once they are here. */
  private create(View: typeof MapView, container: HTMLElement): void {
    const t = msg(this.access.state().lang);
    try {
      this.view = new View(container, {
        label: t.mapLabel,
        attribution: t.attribution,
        locale: t.failures.mapLocale,
        compact: this.access.narrow(),
        onPick: (pick) => this.access.onPick(pick),
        onHover: (hover) => this.access.onHover(hover),
        padding: () => this.padding(),
        covered: () => this.access.covered(),
      });
      markStart('map-created');
      this.frameData();
      // Framed at once, before the first frame asks for tiles: framed only once loaded, the map
      // tiled every source twice (empty at the unpadded framing's zoom, then with the data at the
      // padded one), a second of worker time. Framed again once loaded, with the geometry's bounds.
      this.view.frameRegion(false);
      // A worker that cannot load leaves MapLibre waiting forever: probe it, and fall back to the static map.
      watchMapWorker(getWorkerUrl(), this.view.whenLoaded(), (why) => this.onCodeFailure(why));
      void this.view.whenLoaded().then(() => {
        markStart('style-loaded');
        this.view?.frameRegion(false);
      });
      // A lost context (GPU reset, too many contexts) shows the static map until the browser restores it.
      this.view.map.on('webglcontextlost', () => {
        this.glLost = true;
        this.host.requestUpdate();
      });
      this.view.map.on('webglcontextrestored', () => {
        this.invalidate();
        this.glLost = false;
        this.host.requestUpdate();
      });
      // The data may have come first: it is shown now.
      this.host.requestUpdate();
    } catch (error) {
      console.warn('coopmap: no map', error);
      this.fail();
    }
  }

  hostUpdated(): void {
    // The static map (d3-geo) is fetched only when WebGL fails: most visitors never need it.
    if ((this.mapError || this.glLost) && this.codeFailure !== 'static-map') {
      import('../ui/static-map/static-map.ts').catch((error: unknown) => {
        console.error('coopmap: the static map could not be loaded', error);
        this.codeFailure = 'static-map';
        this.host.requestUpdate();
      });
    }
    const narrow = this.access.narrow();
    if (narrow !== this.lastNarrow || this.data.loaded !== this.lastLoaded) {
      this.lastNarrow = narrow;
      this.lastLoaded = this.data.loaded;
      this.view?.resize();
    }
    if (!this.data.loaded) return;
    void this.push();
    const focus = this.access.state().selection.focus;
    if (focus !== this.lastFocus) {
      this.lastFocus = focus;
      this.reveal(focus);
    }
  }

  /** Everything built from the data or the language is built again on the next update. */
  invalidate(): void {
    this.mapDataKey = '';
    this.langOfView = '';
  }

  /** Frames the data shown (first load, retry, import): the region, or the network when it reaches beyond. */
  frameData(): void {
    if (this.view && this.data.loaded) this.view.setBounds(this.regionBounds(), this.networkBounds(this.data.loaded.dataset));
  }

  frame(which: 'region' | 'network'): void {
    if (which === 'region') this.view?.frameRegion();
    else this.view?.frameNetwork();
  }

  /** What the map shows for the current state, memoized on what it depends on. */
  current(): MapData | null {
    const dataset = this.data.dataset;
    const drawing = this.drawing;
    if (!dataset || !drawing) return null;
    const state = this.access.state();
    const population: Population | null = this.data.population;
    const rateView = state.view.measure === 'rate' && population !== null;
    const key = `${state.lang}|${JSON.stringify(state.filters)}|${state.view.grid}|${state.selection.focus}|${rateView ? (state.view.classes ?? 'ckmeans') : 'count'}`;
    if (key === this.mapDataKey && this.mapData) return this.mapData;
    const rate =
      rateView && population ? { population, format: (v: number, digits: number) => formatDecimal(v, state.lang, digits) } : undefined;
    this.mapData = drawing.mapDataFor(dataset, this.data.territories, this.data.zones, state, rate);
    this.mapDataKey = key;
    return this.mapData;
  }

  /** Room the floating panels take over the map, so framing keeps the region visible between them. */
  padding(): Padding {
    const root = this.access.root();
    const map = root.querySelector<HTMLElement>('#map');
    if (!map || this.access.narrow()) return { top: 48, bottom: 24, left: 16, right: 16 };
    const m = map.getBoundingClientRect();
    const left = root.querySelector<HTMLElement>('.panel.left')?.getBoundingClientRect();
    const right = root.querySelector<HTMLElement>('.panel.right')?.getBoundingClientRect();
    return {
      top: 56,
      bottom: 32,
      // Hidden panels (embed and scene modes) take no room.
      left: left && left.width > 0 ? Math.max(12, left.right - m.left + 70) : 12,
      right: right && right.width > 0 ? Math.max(12, m.right - right.left + 64) : 12,
    };
  }

  /** Pans to `point` (a commune chosen in the search). */
  panTo(point: [number, number]): void {
    this.view?.panTo(point);
  }

  private async push(): Promise<void> {
    const view = this.view;
    // Without the interactive map, the page is ready once the static map's data can be derived (or cannot be).
    if (!view) {
      if (this.mapError && !this.pending) this.markReady();
      return;
    }
    if (this.codeFailure === 'drawing') {
      this.markReady();
      return;
    }
    const state = this.access.state();
    const narrow = this.access.narrow();
    if (state.lang !== this.langOfView || narrow !== this.narrowOfView) {
      this.langOfView = state.lang;
      this.narrowOfView = narrow;
      const t = msg(state.lang);
      await view.whenLoaded();
      view.setLanguage(t.mapLabel, t.attribution, narrow, t.failures.mapLocale);
    }
    // Read the data only now: a later push may have run while this one waited for the map
    // (e.g. the populations arriving first), and the older data must not overwrite it.
    const data = this.current();
    const dataset = this.data.dataset;
    const drawing = this.drawing;
    if (!data || !dataset || !drawing) return;
    const now = this.access.state();
    await view.whenLoaded();
    view.setTextMode(this.access.textMode());
    await view.show(
      drawing.modelOf(dataset, this.data.territories, now.view.grid),
      drawing.contextLabelsGeoJSON(now.lang),
      data,
      now.filters.scheme,
      this.access.comparison(),
    );
    if (!this.readied) {
      markStart('data-handed');
      await view.whenIdle();
      markStart('tiled');
      view.drawFirstState();
      await view.whenIdle();
      this.markReady();
    }
    view.prepareLabels();
  }

  /** Sets `ready` (once), when the code the page fetches as it starts has settled too. */
  private markReady(): void {
    if (this.readied) return;
    this.readied = true;
    // Without a state to show (its code failed to load), the map draws what it has.
    this.view?.drawFirstState();
    void this.access.started().then(() => {
      markStart('ready');
      this.host.setAttribute('ready', '');
      this.access.readied();
    });
  }

  /** Brings a focused establishment into view (`MapView.reveal`). */
  private reveal(focus: string | null): void {
    // A scene (or the embed's framing) holds the camera: the focus is already in its view.
    const dataset = this.data.dataset;
    if (!focus || !this.view || !dataset || this.access.holdsCamera()) return;
    const e = dataset.establishments.find((x) => x.id === focus);
    if (e) this.view.reveal(e.coordinates);
  }

  private regionBounds(): Bounds | null {
    return boundsOf(this.data.territories.region) ?? boundsOf(this.data.territories.bassins);
  }

  private networkBounds(dataset: Dataset): Bounds | null {
    const points = {
      type: 'FeatureCollection' as const,
      features: dataset.establishments.map((e) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'Point' as const, coordinates: e.coordinates },
      })),
    };
    const region = this.regionBounds();
    const b = boundsOf(points);
    if (!b) return region;
    return region ? [Math.min(b[0], region[0]), Math.min(b[1], region[1]), Math.max(b[2], region[2]), Math.max(b[3], region[3])] : b;
  }

  private fail(): void {
    this.mapError = true;
    this.host.requestUpdate();
  }

  /** The interactive map's code (its worker, or the view's own file) could not load: the static map stands in, and the page says so with a reload. */
  private onCodeFailure(why: string): void {
    console.error(`coopmap: the interactive map's code could not be loaded (${why}); the static map stands in`);
    try {
      this.view?.map.remove();
    } catch {
      // The map is being dropped anyway.
    }
    this.view = null;
    // Without the drawing's code the static map has nothing to draw either: that failure is the one the page names.
    if (this.codeFailure !== 'drawing') this.codeFailure = 'map';
    this.fail();
  }
}
