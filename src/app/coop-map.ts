/**
 * `<coop-map>`: the app. It loads the data, holds the state in a `Store`
 * synced with the URL, derives everything it shows with the query layer, and
 * hands the results to the map view and to the panels.
 *
 * Public contract (tests and embedding rely on it):
 * - `state`: the current `AppState`; `setState(partial)` merges a partial
 *   state (each top-level part one level deep) and pushes a history entry;
 * - `counts`: `{ [bassinId]: { atp, ccu } }` for the current filters;
 * - `rates`: the same per 100,000 inhabitants (INSEE populations, loaded on first use);
 * - event `coop-map-change` (bubbles, composed; `detail.state`) after each change;
 * - attribute `ready` once the map is first idle with all its layers.
 *
 * Over 350 lines: loading, camera and wiring still live here; issue 11's split
 * into controllers is left for a round when fewer people edit this file.
 */
import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { BASSIN_IDS, type BassinId, type Dataset, type Zone } from '../model/types.ts';
import { loadAll, type Loaded } from '../model/load.ts';
import { aboutSections } from '../query/about.ts';
import { loadPopulation, type Population } from '../model/population.ts';
import { loadCommunes, type Commune } from '../model/communes.ts';
import {
  bassinCard,
  communeCard,
  cooperationCard,
  establishmentCard,
  hoverInfo,
  POSTS_LINK_PREFIX,
  type HoverInfo,
} from '../query/cards.ts';
import { cooperationsInForce } from '../query/cooperationsInForce.ts';
import { bassinComparison } from '../query/bassinComparison.ts';
import { countsByBassin, countsForElement } from '../query/countsByBassin.ts';
import { distancesFrom } from '../query/distances.ts';
import { ratesByBassin, ratesByZone, ratesForElement, type BassinRates } from '../query/rates.ts';
import { linkCountsByKind } from '../query/linkCountsByKind.ts';
import { schemePeriods } from '../query/controls.ts';
import { searchAll } from '../query/search.ts';
import { HUB_ID, TIMELINE, cloneDefaultState } from '../query/state.ts';
import { viewSummary } from '../query/summary.ts';
import type { AppState, Counts, Link, Scheme } from '../query/types.ts';
import { memberFilterOptions } from '../query/visibleEstablishments.ts';
import { cooperationRows, establishmentRows } from '../query/listRows.ts';
import { compareNetwork } from '../query/compare.ts';
import type { ListContext } from '../export/listCsv.ts';
import { visibleLinks } from '../query/visibleLinks.ts';
import { unzonedTotal } from '../query/zoneCounts.ts';
import type { MapData } from '../map/mapData.ts';
import { MapView, type MapHover, type MapPick } from '../map/map-view.ts';
import { contextLabelsGeoJSON } from '../map/context.ts';
import { modelOf } from '../map/model.ts';
import { mapDataFor } from '../map/viewData.ts';
import { boundsOf, territoriesFromTopology, type Territories } from '../map/territories.ts';
import '../ui/about-panel/about-panel.ts';
import '../ui/readings-panel/readings-panel.ts';
import '../ui/bassin-comparison/bassin-comparison.ts';
import '../ui/counts-table/counts-table.ts';
import '../ui/details-card/details-card.ts';
import '../ui/filters-panel/filters-panel.ts';
import type { ChangeDetail } from '../ui/filters-panel/filters-panel.ts';
import '../ui/map-legend/map-legend.ts';
import '../ui/map-tooltip/map-tooltip.ts';
import '../ui/list-view/list-view.ts';
import '../ui/notice-bar/notice-bar.ts';
import type { Notice } from '../ui/notice-bar/notice-bar.ts';
import '../ui/search-box/search-box.ts';
import type { SearchOption } from '../ui/search-box/search-box.ts';
import '../ui/view-summary/view-summary.ts';
import '../ui/error-panel/error-panel.ts';
import { webglAvailable } from './webgl.ts';
import { watchMapWorker } from './worker-probe.ts';
import { getWorkerUrl } from 'maplibre-gl';
import type { SelectDetail } from '../ui/events.ts';
import { emit } from '../ui/events.ts';
import { formatDecimal, inLang, msg, nextLang } from '../i18n/index.ts';
import { HistorySync, Store, type StatePatch } from './store.ts';
import { appStyles } from './coop-map.styles.ts';
import { Presentation } from './present.ts';
import { presentStyles } from './present.styles.ts';
import { defaultBase } from './runtime.ts';
import { ImportController } from './import-controller.ts';
import { checkPatch, type PatchError } from './url.ts';

/** Below this width the panels collapse into a bottom sheet. */
const NARROW = 760;

type Tab = 'filters' | 'counts' | 'details';

/** Runs a selector; a dataset too broken for it yields `fallback` instead of a blank page. */
function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    console.warn('coopmap:', error);
    return fallback;
  }
}

export class CoopMap extends LitElement {
  static override styles = [unsafeCSS(maplibreCss), appStyles, presentStyles];
  static override properties = {
    base: {},
    loaded: { state: true },
    narrow: { state: true },
    tab: { state: true },
    dialogOpen: { state: true },
    notices: { state: true },
    mapError: { state: true },
    codeFailure: { state: true },
    glLost: { state: true },
    retrying: { state: true },
    revision: { state: true },
    population: { state: true },
    hover: { state: true },
    communeFocus: { state: true },
    searchFn: { state: true },
    listOpen: { state: true },
  };

  /** Base URL the data and geometry are fetched from (default: the page's `document.baseURI`). */
  declare base: string | undefined;
  declare private loaded: Loaded | null;
  declare private narrow: boolean;
  declare private tab: Tab;
  declare private dialogOpen: 'about' | 'sources' | 'readings' | 'compare' | null;
  /** INSEE populations (`geo/population.json`), loaded on first use of a rate or the comparison. */
  declare private population: Population | null;
  private populationRequest: Promise<void> | null = null;
  declare private notices: Notice[];
  declare private mapError: boolean;
  /** Code the map needs failed to load: its worker (the static map stands in) or the static map itself. */
  declare private codeFailure: 'worker' | 'static-map' | null;
  /** The WebGL context is lost: the static map stands in until it is restored. */
  declare private glLost: boolean;
  /** A retry of the data files is under way. */
  declare private retrying: boolean;
  /** Bumped on each store change so lit re-renders. */
  declare private revision: number;
  /** The tooltip's content and place (CSS pixels in the map), or null. */
  declare private hover: { info: HoverInfo; x: number; y: number } | null;
  /** The commune chosen in the search (INSEE code): its card shows while nothing else is focused. Not in the URL. */
  declare private communeFocus: string | null;
  /** The search box's function: replaced once the commune list has loaded, so the box re-runs its query. */
  declare private searchFn: (query: string) => SearchOption[];
  /** The "Liste" view is open (not in the URL: it is a way of looking, not what is shown). */
  declare private listOpen: boolean;
  /** The commune list, loaded on first use of the search; null until then. */
  private communes: Commune[] | null = null;
  private communesRequested = false;

  private readonly store = new Store(cloneDefaultState());
  /** Scene mode, embed mode and export (see `present.ts`). */
  private readonly present = new Presentation(this, {
    store: this.store,
    view: () => this.view,
    dataset: () => this.loaded?.dataset ?? null,
    mapData: () => (this.loaded ? this.currentMapData() : null),
    counts: () => this.derivedCounts(),
    base: () => this.base ?? defaultBase(),
  });
  /** Bring your own data: the dialog, the badge, the kept import (see `import-controller.ts`). */
  private readonly importer = new ImportController(this, {
    lang: () => this.store.state.lang,
    ownsUrl: () => this.present.ownsUrl,
    useDataset: (dataset) => this.useDataset(dataset),
  });
  private historySync: HistorySync | null = null;
  private territories: Territories = territoriesFromTopology(null);
  private zones: Zone[] = [];
  private view: MapView | null = null;
  private mapDataKey = '';
  private mapData: MapData | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private lastFocus: string | null = null;

  constructor() {
    super();
    this.base = undefined;
    this.loaded = null;
    this.narrow = false;
    this.tab = 'counts';
    this.dialogOpen = null;
    this.notices = [];
    this.mapError = false;
    this.codeFailure = null;
    this.glLost = false;
    this.retrying = false;
    this.revision = 0;
    this.population = null;
    this.hover = null;
    this.communeFocus = null;
    this.listOpen = false;
    this.searchFn = (query) => this.searchOptions(query);
    this.store.subscribe(({ changed, state, previous }) => {
      if (!changed) return;
      this.revision += 1;
      if (state.selection.focus !== previous.selection.focus && state.selection.focus !== null && this.narrow) this.tab = 'details';
      if (state.selection.focus !== previous.selection.focus && state.selection.focus !== null) this.communeFocus = null;
      emit(this, 'coop-map-change', { state });
    });
  }

  // ——— public contract ———

  /** Scenes and export: `presentation.scenes`, `.show(id)`, `.move('next')`, `.exit()`, `.exportFile({format, scale, frame})`. */
  get presentation(): Presentation {
    return this.present;
  }

  /** The current app state (a plain object; do not mutate it, use `setState`). */
  get state(): AppState {
    return this.store.state;
  }

  /** Counts per bassin for the current filters: `{ [bassinId]: { atp, ccu } }`. */
  get counts(): Partial<Record<BassinId, Record<Scheme, number>>> {
    const counts = this.derivedCounts();
    return counts ? countsForElement(counts) : {};
  }

  /**
   * Posts per 100,000 inhabitants per bassin for the current filters,
   * `{ [bassinId]: { atp, ccu } }`, unrounded (INSEE populations légales,
   * year in the legend). `{}` until the population file has loaded: reading
   * this property starts that load, and a `coop-map-change`-independent
   * re-render follows; the rate view and the comparison load it too.
   */
  get rates(): Partial<Record<BassinId, { atp: number; ccu: number }>> {
    const rates = this.derivedRates();
    if (!rates) void this.ensurePopulation();
    return rates ? ratesForElement(rates) : {};
  }

  /**
   * Merges a partial state (each top-level part one level deep) and records it in the history.
   * The patch is read by the URL parser (`checkPatch`): what an address could not hold is refused
   * as a whole, with a `coop-map-error` event and a console message naming the field.
   */
  setState(partial: StatePatch): void {
    const { patch, errors } = checkPatch(partial, this.loaded?.dataset);
    if (!patch) {
      for (const e of errors) console.error(`coopmap: setState refused ${e.field || 'its argument'} = ${e.value}: ${e.message.en}`);
      emit(this, 'coop-map-error', { source: 'setState', field: errors[0]?.field ?? '', errors });
      return;
    }
    this.store.update(patch, 'push');
  }

  /** Test and debugging aid: what the map holds and draws now. */
  mapSnapshot(): {
    linkIds: string[];
    establishmentIds: string[];
    /** Establishments drawn as the focus or its partners. */
    highlighted: { focus: string[]; related: string[] };
    rendered: { renderedLinks: number; renderedLinksByKind: Record<string, number>; establishments: number } | null;
  } {
    const sources = this.mapData?.sources;
    return {
      linkIds: (sources?.links.features ?? []).map((f) => String(f.properties?.['id'])),
      establishmentIds: (sources?.establishments.features ?? []).map((f) => String(f.properties?.['id'])),
      highlighted: {
        focus: (sources?.establishments.features ?? [])
          .filter((f) => f.properties?.['emphasis'] === 'focus')
          .map((f) => String(f.properties?.['id'])),
        related: (sources?.establishments.features ?? [])
          .filter((f) => f.properties?.['emphasis'] === 'related')
          .map((f) => String(f.properties?.['id'])),
      },
      rendered: this.view ? this.view.inspect() : null,
    };
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this);
    if (!this.loaded) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.historySync?.stop();
  }

  private async load(): Promise<void> {
    const base = this.base ?? defaultBase();
    const [published] = await Promise.all([loadAll(base), this.present.loadScenes(base)]);
    // An import kept from an earlier visit applies before the URL is read, so a focus on an imported record survives a reload.
    const imported = await this.importer.start(published);
    const loaded = imported ? { ...published, dataset: imported } : published;
    this.territories = territoriesFromTopology(loaded.geo);
    this.zones = this.territories.zones.features.map((f) => ({
      id: String(f.properties['id']),
      name: String(f.properties['name']),
      bassin: f.properties['bassin'] as BassinId,
    }));
    this.historySync = new HistorySync(this.store, loaded.dataset);
    const urlNotices = this.present.ownsUrl ? this.historySync.start() : [];
    this.present.start(loaded.dataset);
    const lang = this.store.state.lang;
    const t = msg(lang);
    // Data issues go to the error panel (`loaded.issues`); the notices are the URL's.
    this.notices = urlNotices.map((n, i): Notice => ({
      id: `url-${i}`,
      kind: 'url',
      text: t.notices.url(n.param, n.value, n.message[lang]),
    }));
    this.loaded = loaded;
    if (this.view) this.view.setBounds(this.regionBounds(), this.networkBounds(loaded.dataset));
  }

  /** Shows another dataset than the one loaded (an accepted import, or the published data back). */
  private useDataset(dataset: Dataset): void {
    if (!this.loaded) return;
    // The URL's ids are checked against the dataset shown (back/forward to an imported record).
    this.historySync?.stop();
    this.historySync = new HistorySync(this.store, dataset);
    if (this.present.ownsUrl) this.historySync.start();
    this.loaded = { ...this.loaded, dataset };
    this.mapDataKey = '';
    this.view?.setBounds(this.regionBounds(), this.networkBounds(dataset));
  }

  /** The error panel's Retry: loads the data and geometry again, past the HTTP cache, and shows what now loads. */
  private async retryLoad(): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    const published = await loadAll(this.base ?? defaultBase(), (url) => fetch(url, { cache: 'no-store' }));
    const imported = await this.importer.start(published);
    const loaded = imported ? { ...published, dataset: imported } : published;
    this.territories = territoriesFromTopology(loaded.geo);
    this.zones = this.territories.zones.features.map((f) => ({
      id: String(f.properties['id']),
      name: String(f.properties['name']),
      bassin: f.properties['bassin'] as BassinId,
    }));
    // Ids the URL named may exist now: read it again against the new dataset (its notices were shown already).
    this.historySync?.stop();
    this.historySync = new HistorySync(this.store, loaded.dataset);
    if (this.present.ownsUrl) this.historySync.start();
    this.mapDataKey = '';
    this.loaded = loaded;
    this.retrying = false;
    if (this.view) this.view.setBounds(this.regionBounds(), this.networkBounds(loaded.dataset));
  }

  private regionBounds(): [number, number, number, number] | null {
    return boundsOf(this.territories.region) ?? boundsOf(this.territories.bassins);
  }

  private networkBounds(dataset: Dataset): [number, number, number, number] | null {
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

  private onResize(): void {
    const narrow = this.clientWidth < NARROW;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      void this.updateComplete.then(() => this.view?.resize());
    }
  }

  protected override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!container) return;
    const t = msg(this.store.state.lang);
    // Without WebGL 2 the static map stands in at once (MapLibre would only throw).
    if (!webglAvailable()) {
      this.mapError = true;
      return;
    }
    try {
      this.view = new MapView(container, {
        label: t.mapLabel,
        attribution: t.attribution,
        locale: t.failures.mapLocale,
        onPick: (pick) => this.onPick(pick),
        onHover: (hover) => this.onHover(hover),
        padding: () => this.mapPadding(),
      });
      if (this.loaded) this.view.setBounds(this.regionBounds(), this.networkBounds(this.loaded.dataset));
      // A worker that cannot load leaves MapLibre waiting forever: probe it, and fall back to the static map.
      watchMapWorker(getWorkerUrl(), this.view.whenLoaded(), (why) => this.onMapCodeFailure(why));
      void this.view.whenLoaded().then(() => this.view?.frameRegion(false));
      // A lost context (GPU reset, too many contexts) shows the static map until the browser restores it.
      this.view.map.on('webglcontextlost', () => (this.glLost = true));
      this.view.map.on('webglcontextrestored', () => {
        this.mapDataKey = '';
        this.glLost = false;
      });
    } catch (error) {
      console.warn('coopmap: no map', error);
      this.mapError = true;
    }
  }

  /** The map's worker could not load: the static map stands in, and the page says so with a reload. */
  private onMapCodeFailure(why: string): void {
    console.error(`coopmap: the map worker could not be loaded (${why}); the static map stands in`);
    try {
      this.view?.map.remove();
    } catch {
      // The map is being dropped anyway.
    }
    this.view = null;
    this.codeFailure = 'worker';
    this.mapError = true;
  }

  protected override updated(changed: PropertyValues): void {
    // The static map (d3-geo) is fetched only when WebGL fails: most visitors never need it.
    if ((this.mapError || this.glLost) && this.codeFailure !== 'static-map') {
      import('../ui/static-map/static-map.ts').catch((error: unknown) => {
        console.error('coopmap: the static map could not be loaded', error);
        this.codeFailure = 'static-map';
      });
    }
    const state = this.store.state;
    if (changed.has('narrow') || changed.has('loaded')) this.view?.resize();
    this.setAttribute('lang', state.lang);
    if (!this.loaded) return;
    if (state.view.measure === 'rate' || this.dialogOpen === 'compare') void this.ensurePopulation();
    void this.pushMapData();
    if (state.selection.focus !== this.lastFocus) {
      this.lastFocus = state.selection.focus;
      this.revealFocus(state.selection.focus);
    }
  }

  private langOfView = '';
  private narrowOfView = false;

  private async pushMapData(): Promise<void> {
    const view = this.view;
    if (!view) {
      if (this.mapError) this.markReady();
      return;
    }
    const lang = this.store.state.lang;
    if (lang !== this.langOfView || this.narrow !== this.narrowOfView) {
      this.langOfView = lang;
      this.narrowOfView = this.narrow;
      const t = msg(lang);
      await view.whenLoaded();
      view.setLanguage(t.mapLabel, t.attribution, this.narrow, t.failures.mapLocale);
    }
    // Read the data only now: a later push may have run while this one waited for the map
    // (e.g. the populations arriving first), and the older data must not overwrite it.
    const data = this.currentMapData();
    if (!data || !this.loaded) return;
    const state = this.store.state;
    await view.show(
      modelOf(this.loaded.dataset, this.territories, state.view.grid),
      contextLabelsGeoJSON(state.lang),
      data,
      state.filters.scheme,
    );
    if (!this.hasAttribute('ready')) {
      await view.whenIdle();
      this.markReady();
    }
  }

  private markReady(): void {
    if (!this.hasAttribute('ready')) this.setAttribute('ready', '');
  }

  /** Pans to a focused establishment when it is outside the view. */
  private revealFocus(focus: string | null): void {
    // A scene (or the embed's framing) holds the camera: the focus is already in its view.
    if (!focus || !this.view || !this.loaded || this.present.holdsCamera) return;
    const e = this.loaded.dataset.establishments.find((x) => x.id === focus);
    if (!e) return;
    const map = this.view.map;
    const p = map.project(e.coordinates);
    const c = map.getContainer();
    const pad = this.mapPadding();
    if (p.x < pad.left || p.x > c.clientWidth - pad.right || p.y < pad.top || p.y > c.clientHeight - pad.bottom) {
      this.view.panTo(e.coordinates);
    }
  }

  /** Room the floating panels take over the map, so framing keeps the region visible between them. */
  private mapPadding(): { top: number; bottom: number; left: number; right: number } {
    const map = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!map || this.narrow) return { top: 48, bottom: 24, left: 16, right: 16 };
    const m = map.getBoundingClientRect();
    const left = this.renderRoot.querySelector<HTMLElement>('.panel.left')?.getBoundingClientRect();
    const right = this.renderRoot.querySelector<HTMLElement>('.panel.right')?.getBoundingClientRect();
    return {
      top: 56,
      bottom: 32,
      // Hidden panels (embed and scene modes) take no room.
      left: left && left.width > 0 ? Math.max(12, left.right - m.left + 70) : 12,
      right: right && right.width > 0 ? Math.max(12, m.right - right.left + 64) : 12,
    };
  }

  // ——— derived values (memoized by the query layer) ———

  private derivedCounts(): Counts | null {
    const data = this.loaded?.dataset;
    if (!data) return null;
    return safe(() => countsByBassin(data, this.store.state.filters), null);
  }

  private derivedRates(): BassinRates | null {
    const counts = this.derivedCounts();
    const population = this.population;
    return counts && population ? safe(() => ratesByBassin(counts, population), null) : null;
  }

  /** Loads the populations once; a failure becomes a notice and the counts stay. */
  private ensurePopulation(): Promise<void> {
    this.populationRequest ??= loadPopulation(this.base ?? defaultBase()).then((result) => {
      if ('population' in result) {
        this.population = result.population;
        return;
      }
      const t = msg(this.store.state.lang);
      this.notices = [
        ...this.notices,
        { id: 'population', kind: 'data', text: t.rates.failed(`${result.issue.file}: ${result.issue.message}`) },
      ];
    });
    return this.populationRequest;
  }

  private derivedLinks(): Link[] {
    const data = this.loaded?.dataset;
    if (!data) return [];
    return safe(() => visibleLinks(data, this.store.state.filters), []);
  }

  private currentMapData(): MapData | null {
    const dataset = this.loaded?.dataset;
    if (!dataset) return null;
    const state = this.store.state;
    const rateView = state.view.measure === 'rate' && this.population !== null;
    const key = `${state.lang}|${JSON.stringify(state.filters)}|${state.view.grid}|${state.selection.focus}|${rateView ? (state.view.classes ?? 'ckmeans') : 'count'}`;
    if (key === this.mapDataKey && this.mapData) return this.mapData;
    const population = this.population;
    const rate =
      rateView && population ? { population, format: (v: number, digits: number) => formatDecimal(v, state.lang, digits) } : undefined;
    const data = mapDataFor(dataset, this.territories, this.zones, state, rate);
    this.mapDataKey = key;
    this.mapData = data;
    return data;
  }

  // ——— events ———

  private onPick(pick: MapPick): void {
    const focus = this.store.state.selection.focus;
    // A shared-posts link stands for a site value, not a cooperation: it selects the site it reaches.
    const id =
      pick.kind === 'territory'
        ? (pick.bassin ?? pick.id)
        : pick.kind === 'link'
          ? pick.cooperationId.startsWith(POSTS_LINK_PREFIX)
            ? pick.to
            : pick.cooperationId
          : pick.id;
    this.store.update({ selection: { focus: focus === id ? null : id } });
  }

  private onHover(hover: MapHover | null): void {
    const dataset = this.loaded?.dataset;
    const info = hover && dataset ? safe(() => hoverInfo(dataset, hover.target, this.store.state.filters.date), null) : null;
    this.hover = info && hover ? { info, x: hover.x, y: hover.y } : null;
  }

  private onChange(e: CustomEvent<ChangeDetail>): void {
    e.stopPropagation();
    this.store.update(e.detail.patch, e.detail.history);
  }

  private onSelect(e: CustomEvent<SelectDetail>): void {
    e.stopPropagation();
    const id = e.detail.id;
    if (id?.startsWith('commune:')) {
      this.selectCommune(id.slice('commune:'.length));
      return;
    }
    if (id === null) this.communeFocus = null;
    // A zone focuses its bassin (the map's focus is per bassin) and frames the zone.
    const zone = id?.startsWith('zone:') ? this.zones.find((z) => z.id === id.slice('zone:'.length)) : undefined;
    this.store.update({ selection: { focus: zone ? zone.bassin : id } });
    if (e.detail.id !== null && !this.narrow) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('#panel-details')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }),
      );
    }
  }

  private onDismiss(e: CustomEvent<{ id: string | null }>): void {
    e.stopPropagation();
    this.notices = e.detail.id === null ? [] : this.notices.filter((n) => n.id !== e.detail.id);
  }

  /** Loads the commune list on first use of the search; the box re-runs its query when it arrives. */
  private requestCommunes(): void {
    if (this.communesRequested) return;
    this.communesRequested = true;
    void loadCommunes(this.base ?? defaultBase()).then(({ communes, issues }) => {
      this.communes = communes;
      if (issues.length > 0 && this.loaded) this.loaded = { ...this.loaded, issues: [...this.loaded.issues, ...issues] };
      this.searchFn = (query) => this.searchOptions(query);
    });
  }

  private selectCommune(insee: string): void {
    const commune = this.communes?.find((c) => c.insee === insee);
    if (!commune) return;
    this.store.update({ selection: { focus: null } });
    this.communeFocus = insee;
    this.view?.panTo(commune.centroid);
    if (this.narrow) this.tab = 'details';
  }

  private searchOptions(query: string): SearchOption[] {
    const dataset = this.loaded?.dataset;
    if (!dataset) return [];
    this.requestCommunes();
    const lang = this.store.state.lang;
    const t = msg(lang);
    const zoneName = new Map(this.zones.map((z) => [z.id, z.name]));
    const results = safe(
      () => searchAll({ dataset, zones: this.zones, communes: this.communes, bassinNames: t.bassins, kindNames: t.linkKinds }, query, lang),
      [],
    );
    return results.map((r): SearchOption => {
      switch (r.type) {
        case 'bassin':
          return { id: r.id, label: t.bassins[r.id], detail: t.search.bassin };
        case 'zone':
          return { id: `zone:${r.id}`, label: r.zone.name, detail: t.explore.searchZone(t.bassins[r.zone.bassin]) };
        case 'establishment':
          return {
            id: r.id,
            label: r.establishment.shortName,
            detail: `${r.establishment.commune.name} · ${t.kinds[r.establishment.kind]}${this.importer.origin('establishments', r.establishment.id) ? ` · ${t.importer.imported}` : ''}`,
          };
        case 'cooperation': {
          const c = r.cooperation;
          const topic = r.matched === 'topic' && r.topic ? ` · ${t.explore.searchTopic(r.topic)}` : '';
          return { id: c.id, label: inLang(lang, { fr: c.name, en: c.nameEn }), detail: `${t.linkKinds[c.kind]}${topic}` };
        }
        case 'commune':
          return {
            id: `commune:${r.id}`,
            label: r.commune.name,
            detail: t.explore.searchCommune(r.id, zoneName.get(r.commune.zone) ?? r.commune.zone),
          };
      }
    });
  }

  /** Downloads the bassin comparison as CSV (the exporter is loaded on demand, like the others). */
  private async exportComparison(): Promise<void> {
    const dataset = this.loaded?.dataset;
    const counts = this.derivedCounts();
    const population = this.population;
    if (!dataset || !counts || !population) return;
    const state = this.store.state;
    const { comparisonCsv } = await import('../export/comparisonCsv.ts');
    const rows = bassinComparison(dataset, state.filters, counts, population);
    const text = comparisonCsv(rows, state.lang, { year: population.year, periods: { atp: counts.atp.period, ccu: counts.ccu.period } });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `coopmap_${msg(state.lang).rates.comparisonFile}_${state.filters.date}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private openDialog(which: 'about' | 'sources' | 'readings' | 'compare'): void {
    this.dialogOpen = which;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.info')?.showModal());
  }

  private frame(which: 'region' | 'network'): void {
    if (which === 'region') this.view?.frameRegion();
    else this.view?.frameNetwork();
  }

  // ——— rendering ———

  override render() {
    const state = this.store.state;
    const lang = state.lang;
    const t = msg(lang);
    const dataset = this.loaded?.dataset;
    const counts = this.derivedCounts();
    const links = this.derivedLinks();
    const focus = state.selection.focus;
    const scheme = state.filters.scheme;
    const isBassin = focus !== null && (BASSIN_IDS as readonly string[]).includes(focus);
    const eCard = dataset && focus && !isBassin ? safe(() => establishmentCard(dataset, focus, counts ?? undefined), null) : null;
    const bCard = dataset && counts && isBassin ? safe(() => bassinCard(dataset, focus as BassinId, counts, this.zones), null) : null;
    const cCard = dataset && focus && !isBassin && !eCard ? safe(() => cooperationCard(dataset, focus, state.filters.date), null) : null;
    const communeFocus = this.communeFocus;
    const mCard =
      dataset && focus === null && communeFocus && this.communes
        ? safe(() => communeCard(dataset, this.communes ?? [], this.zones, communeFocus), null)
        : null;
    const undated = dataset
      ? safe(
          () =>
            [
              ...cooperationsInForce(dataset, state.filters.date).attested,
              ...cooperationsInForce(dataset, state.filters.date).undated,
            ].filter((c) => state.filters.links.includes(c.kind)).length,
          0,
        )
      : 0;
    const names = new Map((dataset?.establishments ?? []).map((e) => [e.id, e.shortName]));
    const mapData = this.loaded ? this.currentMapData() : null;
    const tabs: [Tab, string][] = [
      ['filters', t.tabs.filters],
      ['counts', t.tabs.counts],
      ['details', t.tabs.details],
    ];
    const panelAttrs = (tab: Tab) => (this.narrow ? { role: 'tabpanel', hidden: this.tab !== tab } : { role: undefined, hidden: false });
    const summary = dataset && counts ? safe(() => viewSummary(dataset, state, counts, links, lang), '') : '';
    const legend = html`<coop-legend
      .lang=${lang}
      .scheme=${scheme}
      .grid=${state.view.grid}
      .classes=${mapData?.classes ?? []}
      .links=${state.filters.links}
      .maxMark=${mapData?.maxMark ?? 0}
      .maxWeight=${mapData?.maxWeight ?? 0}
      .filtered=${counts?.[scheme].filtered ?? false}
      .period=${counts?.[scheme].period ?? null}
      .unzoned=${dataset && state.view.grid === 'zones' ? safe(() => unzonedTotal(dataset, state.filters), 0) : 0}
      .measure=${state.view.measure ?? 'count'}
      .populationYear=${this.population?.year ?? 0}
      .rateNote=${this.zoneRateNote()}
    ></coop-legend>`;

    return html`
      <div class="app ${this.narrow ? 'narrow' : 'wide'} ${this.present.modeClass}">
        <header class="top">
          <div class="brand">
            <h1>${t.title}</h1>
            <p>${t.subtitle}</p>
          </div>
          <coop-search class="search" .lang=${lang} .search=${this.searchFn} @coop-select=${this.onSelect}></coop-search>
          <nav class="actions" aria-label=${t.title}>
            ${this.present.headerActions()}
            ${
              this.narrow
                ? nothing
                : html`<button
                    class="hbtn"
                    data-testid="list-toggle"
                    aria-pressed=${this.listOpen ? 'true' : 'false'}
                    title=${t.list.openLabel}
                    @click=${() => (this.listOpen = !this.listOpen)}
                  >
                    ${t.list.open}
                  </button>`
            }
            <button class="hbtn" data-testid="compare" @click=${() => this.openDialog('compare')}>${t.rates.compare}</button>
            <button class="hbtn" data-testid="about" aria-label=${t.about} @click=${() => this.openDialog('about')}>
              ${this.narrow ? t.aboutShort : t.about}
            </button>
            <button class="hbtn" data-testid="sources" @click=${() => this.openDialog('sources')}>${t.sources}</button>
            <button
              class="hbtn lang"
              data-testid="lang"
              lang=${nextLang(lang)}
              aria-label=${this.narrow ? `${t.switchLangShort} – ${t.switchLangLabel}` : t.switchLangLabel}
              @click=${() => this.store.update({ lang: nextLang(lang) })}
            >
              ${this.narrow ? t.switchLangShort : t.switchLang}
            </button>
          </nav>
        </header>
        <div class="alerts">
          <coop-error-panel
            .lang=${lang}
            .issues=${this.loaded?.issues ?? []}
            ?busy=${this.retrying}
            @coop-retry=${() => void this.retryLoad()}
          ></coop-error-panel>
          <coop-notices .lang=${lang} .notices=${this.notices} @coop-dismiss=${this.onDismiss}></coop-notices>
          ${this.importer.badge()}
          ${
            this.codeFailure
              ? html`<p class="code-failure" role="alert" data-testid="code-failure">
                  ${this.codeFailure === 'worker' ? t.failures.mapCodeFailed : t.failures.staticMapFailed}
                  <button class="hbtn" data-testid="reload" @click=${() => window.location.reload()}>${t.failures.reload}</button>
                </p>`
              : nothing
          }
        </div>
        <div class="stage">
          <div class="map-wrap">
            <div id="map"></div>
            ${this.present.render(legend)} ${this.hover ? this.tooltip(this.hover, lang) : nothing} ${this.listView(dataset, links, counts)}
            <div class="map-controls" role="group" aria-label=${t.controls.group} ?hidden=${this.mapError || this.glLost}>
              <button class="mbtn" aria-label=${t.controls.zoomIn} title=${t.controls.zoomIn} @click=${() => this.view?.zoomBy(1)}>
                +
              </button>
              <button class="mbtn" aria-label=${t.controls.zoomOut} title=${t.controls.zoomOut} @click=${() => this.view?.zoomBy(-1)}>
                −
              </button>
              <button
                class="mbtn wide-btn"
                data-testid="frame-region"
                aria-label=${t.controls.frameRegion}
                title=${t.controls.frameRegion}
                @click=${() => this.frame('region')}
              >
                ${this.narrow ? html`<span aria-hidden="true">⌂</span>` : t.controls.frameRegion}
              </button>
              <button
                class="mbtn wide-btn"
                data-testid="frame-network"
                aria-label=${t.controls.frameNetwork}
                title=${t.controls.frameNetwork}
                @click=${() => this.frame('network')}
              >
                ${this.narrow ? html`<span aria-hidden="true">⤢</span>` : t.controls.frameNetwork}
              </button>
              ${
                this.narrow
                  ? html`<button
                      class="mbtn"
                      data-testid="list-toggle"
                      aria-label=${t.list.open}
                      title=${t.list.openLabel}
                      aria-pressed=${this.listOpen ? 'true' : 'false'}
                      @click=${() => (this.listOpen = !this.listOpen)}
                    >
                      <span aria-hidden="true">☰</span>
                    </button>`
                  : nothing
              }
            </div>
            ${!this.loaded ? html`<p class="overlay" role="status">${t.loading}</p>` : nothing}
            ${
              this.mapError || this.glLost
                ? html`<coop-static-map
                    .data=${mapData}
                    .lang=${lang}
                    reason=${this.codeFailure === 'worker' ? 'code' : this.mapError ? 'unavailable' : 'lost'}
                    .insets=${this.mapPadding()}
                    @coop-select=${this.onSelect}
                  ></coop-static-map>`
                : nothing
            }
          </div>
          <div class="sheet">
            ${
              this.narrow
                ? html`<div class="tabs" role="tablist" aria-label=${t.tabs.label}>
                    ${tabs.map(
                      ([id, label]) =>
                        html`<button
                          role="tab"
                          id=${`tab-${id}`}
                          data-testid=${`tab-${id}`}
                          aria-controls=${`panel-${id}`}
                          aria-selected=${this.tab === id ? 'true' : 'false'}
                          tabindex=${this.tab === id ? '0' : '-1'}
                          @click=${() => (this.tab = id)}
                          @keydown=${(e: KeyboardEvent) =>
                            this.onTabKey(
                              e,
                              tabs.map(([x]) => x),
                            )}
                        >
                          ${label}
                        </button>`,
                    )}
                  </div>`
                : nothing
            }
            <aside
              class="panel left"
              id="panel-filters"
              role=${panelAttrs('filters').role ?? nothing}
              aria-labelledby=${this.narrow ? 'tab-filters' : nothing}
              ?hidden=${panelAttrs('filters').hidden}
            >
              <h2 class="panel-title">${t.filters.heading}</h2>
              <coop-filters
                .lang=${lang}
                .filters=${state.filters}
                .grid=${state.view.grid}
                .linkCounts=${linkCountsByKind(links)}
                .memberOptions=${dataset ? safe(() => memberFilterOptions(dataset), []).map((c) => ({ id: c.id, name: inLang(lang, { fr: c.name, en: c.nameEn }) })) : []}
                .undatedCount=${undated}
                .periods=${schemePeriods(counts)}
                @coop-change=${this.onChange}
              ></coop-filters>
              ${this.importer.button()}
            </aside>
            <!-- Focusable: it scrolls, and may hold nothing focusable when the counts could not be loaded. -->
            <aside class="panel right" tabindex="0">
              <section
                id="panel-counts"
                role=${panelAttrs('counts').role ?? nothing}
                aria-labelledby=${this.narrow ? 'tab-counts' : nothing}
                ?hidden=${panelAttrs('counts').hidden}
              >
                <coop-counts
                  .lang=${lang}
                  .counts=${counts}
                  .scheme=${scheme}
                  .focusId=${focus}
                  .maps=${dataset?.posts.maps ?? []}
                  .seeds=${dataset?.sources?.seeds ?? []}
                  .rates=${state.view.measure === 'rate' ? this.derivedRates() : null}
                  @coop-select=${this.onSelect}
                  @coop-open-readings=${() => this.openDialog('readings')}
                ></coop-counts>
                ${this.narrow ? legend : nothing}
              </section>
              <section
                id="panel-details"
                class="details"
                role=${panelAttrs('details').role ?? nothing}
                aria-labelledby=${this.narrow ? 'tab-details' : nothing}
                ?hidden=${panelAttrs('details').hidden}
              >
                ${this.narrow ? nothing : html`<h2 class="panel-title">${t.details.heading}</h2>`}
                ${this.importer.mark('establishments', eCard ? focus : null)}
                <coop-details
                  .lang=${lang}
                  .establishment=${eCard}
                  .bassin=${bCard}
                  .cooperation=${cCard}
                  .commune=${mCard}
                  .names=${names}
                  .zoneNames=${new Map(this.zones.map((z) => [z.id, z.name]))}
                  .seeds=${dataset?.sources?.seeds ?? []}
                  .distances=${eCard && dataset ? distancesFrom(dataset, eCard.establishment.id) : null}
                  .hubKm=${eCard && dataset ? (distancesFrom(dataset, HUB_ID)?.get(eCard.establishment.id) ?? null) : null}
                  @coop-select=${this.onSelect}
                ></coop-details>
              </section>
              ${
                this.narrow
                  ? nothing
                  : html`<section class="legend-box">
                      <h2 class="panel-title">${t.legend.heading}</h2>
                      ${legend}
                    </section>`
              }
            </aside>
          </div>
        </div>
        <dialog
          class="info ${this.dialogOpen === 'compare' ? 'wide' : ''}"
          aria-labelledby="info-title"
          @close=${() => (this.dialogOpen = null)}
        >
          ${
            this.dialogOpen
              ? html`<div class="dialog-body">
                  <h2 id="info-title">
                    ${
                      this.dialogOpen === 'about'
                        ? t.aboutPanel.heading
                        : this.dialogOpen === 'readings'
                          ? t.readings.heading
                          : this.dialogOpen === 'compare'
                            ? t.rates.compareHeading
                            : t.sourcesPanel.heading
                    }
                  </h2>
                  ${
                    this.dialogOpen === 'about'
                      ? html`<coop-about
                          .lang=${lang}
                          .sections=${dataset ? safe(() => aboutSections(dataset, lang), []) : []}
                          .seeds=${dataset?.sources?.seeds ?? []}
                        ></coop-about>`
                      : this.dialogOpen === 'readings'
                        ? html`<coop-readings
                            .lang=${lang}
                            .posts=${dataset?.posts ?? null}
                            .seeds=${dataset?.sources?.seeds ?? []}
                          ></coop-readings>`
                        : this.dialogOpen === 'compare'
                          ? this.renderComparison()
                          : html`<coop-sources
                              .lang=${lang}
                              .seeds=${this.seedsCited(dataset)}
                              .described=${dataset?.sources?.seeds ?? []}
                            ></coop-sources>`
                  }
                  <form method="dialog"><button class="hbtn">${t.close}</button></form>
                </div>`
              : nothing
          }
        </dialog>
        <coop-summary .text=${summary}></coop-summary>
        ${this.importer.dialog()}
      </div>
    `;
  }

  private renderComparison() {
    const dataset = this.loaded?.dataset;
    const counts = this.derivedCounts();
    const population = this.population;
    const state = this.store.state;
    const t = msg(state.lang);
    if (!dataset || !counts || !population) return html`<p role="status">${t.rates.loading}</p>`;
    const rows = safe(() => bassinComparison(dataset, state.filters, counts, population), []);
    return html`<coop-comparison
      .lang=${state.lang}
      .rows=${rows}
      .year=${population.year}
      .date=${state.filters.date}
      .periods=${{ atp: counts.atp.period, ccu: counts.ccu.period }}
      @coop-export-comparison=${() => void this.exportComparison()}
    ></coop-comparison>`;
  }

  /** Rate view on the zones grid: which zones have no rate and why, in one sentence ('' otherwise). */
  private zoneRateNote(): string {
    const state = this.store.state;
    const dataset = this.loaded?.dataset;
    const population = this.population;
    if (state.view.measure !== 'rate' || state.view.grid !== 'zones' || !dataset || !population) return '';
    const t = msg(state.lang);
    const names = new Map(this.zones.map((z) => [z.id, z.name]));
    const gaps = safe(() => ratesByZone(dataset, state.filters, population, this.zones), []).filter((z) => z.gap);
    if (gaps.length === 0) return '';
    // Zones that share a reason (a bassin-level gap) are listed together: one clause per reason.
    const byReason = new Map<string, string[]>();
    for (const z of gaps) {
      const reason = z.gap ? t.rates.gaps[z.gap.kind](z.gap.posts) : '';
      const key = `${t.bassins[z.bassin]} — ${reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), names.get(z.zone) ?? z.zone]);
    }
    return t.rates.zonesWithout([...byReason].map(([reason, zones]) => `${zones.join(', ')} (${reason})`).join(' ; '));
  }

  /** The tooltip beside the pointer, kept inside the map (flipped left or up near the edges). */
  private tooltip(hover: { info: HoverInfo; x: number; y: number }, lang: AppState['lang']) {
    const map = this.renderRoot.querySelector<HTMLElement>('#map');
    const w = map?.clientWidth ?? 0;
    const h = map?.clientHeight ?? 0;
    const left = hover.x > w - 260 ? `right:${Math.max(4, w - hover.x + 12)}px` : `left:${hover.x + 14}px`;
    const top = hover.y > h - 120 ? `bottom:${Math.max(4, h - hover.y + 12)}px` : `top:${hover.y + 14}px`;
    return html`<coop-tooltip .lang=${lang} .info=${hover.info} style=${`${left};${top}`}></coop-tooltip>`;
  }

  /** The list view over the map: what the filters show, in rows. */
  private listView(dataset: Dataset | undefined, links: Link[], counts: Counts | null) {
    if (!this.listOpen || !dataset) return nothing;
    const state = this.store.state;
    const t = msg(state.lang);
    const f = state.filters;
    const member = f.member ? dataset.cooperations.find((c) => c.id === f.member) : undefined;
    const context: ListContext = {
      date: f.date,
      filters: [
        [t.list.fLinks, f.links.length === 0 ? t.list.none : f.links.map((k) => t.linkKinds[k]).join(', ')],
        [
          t.list.fKinds,
          f.kinds.length === 0 || f.kinds.length === Object.keys(t.kinds).length ? t.list.all : f.kinds.map((k) => t.kinds[k]).join(', '),
        ],
        [t.list.fMember, member ? inLang(state.lang, { fr: member.name, en: member.nameEn }) : t.list.all],
        [t.list.fScheme, t.filters.schemeNames[f.scheme]],
      ],
    };
    return html`<section class="list-drawer" data-testid="list" aria-label=${t.list.heading}>
      <coop-list
        .lang=${state.lang}
        .cooperations=${safe(() => cooperationRows(dataset, links, f), [])}
        .establishments=${safe(() => establishmentRows(dataset, links, f), [])}
        .counts=${counts}
        .focusId=${state.selection.focus}
        .zoneNames=${new Map(this.zones.map((z) => [z.id, z.name]))}
        .context=${context}
        .compare=${(other: string) => safe(() => compareNetwork(dataset, f, other), null)}
        .timeline=${TIMELINE}
        @coop-select=${this.onSelect}
      ></coop-list>
      <button class="mbtn list-close" aria-label=${t.list.close} title=${t.list.close} @click=${() => (this.listOpen = false)}>✕</button>
    </section>`;
  }

  private seedsCited(dataset: Dataset | undefined): string[] {
    if (!dataset) return [];
    const seeds = new Set<string>();
    for (const e of dataset.establishments) for (const s of e.sources ?? []) seeds.add(s.seed);
    for (const c of dataset.cooperations) for (const s of c.sources ?? []) seeds.add(s.seed);
    return [...seeds];
  }

  private onTabKey(e: KeyboardEvent, ids: Tab[]): void {
    const i = ids.indexOf(this.tab);
    let next = i;
    if (e.key === 'ArrowRight') next = (i + 1) % ids.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + ids.length) % ids.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    else return;
    e.preventDefault();
    this.tab = ids[next] as Tab;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }
}

customElements.define('coop-map', CoopMap);

declare global {
  interface HTMLElementTagNameMap {
    'coop-map': CoopMap;
  }
  interface HTMLElementEventMap {
    'coop-map-change': CustomEvent<{ state: AppState }>;
    /** A call the element refused (`setState` with a value the URL could not hold): which fields, and why. */
    'coop-map-error': CustomEvent<{ source: 'setState'; field: string; errors: PatchError[] }>;
  }
}
