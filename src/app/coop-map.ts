/**
 * `<coop-map>`: the app's wiring. Its controllers do the jobs — the data and
 * the URL sync (`data-controller.ts`), the live map and its camera
 * (`map-view-controller.ts`), the modes and their attributes — scenes, embed
 * and export, each loaded when used (`mode-controller.ts`) — the import
 * (`import-controller.ts`); the query layer derives every number and
 * card; this element holds the state in a `Store` and hands each result to the
 * component that shows it. A selector that throws is shown in the error panel
 * and logged with its input (`derive`), never hidden.
 *
 * Public contract (tests and embedding rely on it):
 * - `state`: the current `AppState`; `setState(partial)` merges a partial
 *   state (each top-level part one level deep) and pushes a history entry;
 * - `counts`: `{ [bassinId]: { atp, ccu } }` for the current filters;
 * - `rates`: the same per 100,000 inhabitants (INSEE populations, loaded on first use);
 * - event `coop-map-change` (bubbles, composed; `detail.state`) after each change;
 * - attribute `ready` once the map is first idle with all its layers.
 *
 * Over 350 lines because of its template: the header, the map stage, the
 * panels (a bottom sheet with tabs on a phone) and the dialogs are one layout
 * whose parts size each other; splitting it into files would pass the same
 * twenty values through each.
 */
import { LitElement, html, nothing, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { BASSIN_IDS, type BassinId, type Dataset } from '../model/types.ts';
import type { HoverInfo } from '../query/cards.ts';
import type { BassinRates } from '../query/rates.ts';
import { HUB_ID, POSTS_LINK_PREFIX, TIMELINE, cloneDefaultState } from '../query/state.ts';
import type { AppState, Counts, Link, Scheme } from '../query/types.ts';
import type { MapHover, MapPick, MapView } from '../map/map-view.ts';
import type { Loaded } from '../model/load.ts';
import type { ChangeDetail } from '../ui/filters/filters.ts';
import '../ui/notices/notices.ts';
import type { Notice } from '../ui/notices/notices.ts';
import '../ui/search/search.ts';
import type { SearchOption } from '../ui/search/search.ts';
import '../ui/summary/summary.ts';
import '../ui/error-panel/error-panel.ts';
import type { SelectDetail } from '../ui/events.ts';
import { emit } from '../ui/events.ts';
import { ensureLang, langReady, msg, nextLang } from '../i18n/index.ts';
import { Store, type StatePatch } from './store.ts';
import type { CompareDetail } from '../ui/list/list.ts';
import { SelectorGuard } from './selector-guard.ts';
import { DataController } from './data-controller.ts';
import { MapViewController } from './map-view-controller.ts';
import { LayoutController } from './layout-controller.ts';
import { appStyles } from './coop-map.styles.ts';
import { ModeController } from './mode-controller.ts';
import type { Presentation } from './presentation.ts';
import { presentStyles } from './present.styles.ts';
import { defaultBase } from './runtime.ts';
import { ImportController } from './import-controller.ts';
import { checkPatch, type PatchError } from './url.ts';

/**
 * What only a dialog or the list shows — its component, and the query functions only it uses:
 * fetched the first time it is opened (the dialog opens at once; its content appears when its
 * code has come).
 */
const ON_DEMAND = {
  about: () => import('./parts/about.ts'),
  sources: () => import('../ui/sources/sources.ts'),
  readings: () => import('../ui/readings/readings.ts'),
  compare: () => import('./parts/comparison.ts'),
  list: () => import('./parts/list.ts'),
} as const;

type Part = keyof typeof ON_DEMAND;
/** The on-demand modules fetched so far. */
type Parts = { -readonly [P in Part]?: Awaited<ReturnType<(typeof ON_DEMAND)[P]>> };

/**
 * The panels' components (filters, counts, legend), the map's tooltip, and the query functions
 * that derive what they show (see `parts/panels.ts`): fetched as the page starts, beside the data.
 * The panels keep their room and hide their content until both have come (`.pending`), so
 * nothing moves when they arrive.
 */
const fetchPanels = () => import('./parts/panels.ts');

/** Below this width the panels collapse into a bottom sheet. */
const NARROW = 760;
/** Below this width the header's buttons take their short names (the full one stays their accessible name). */
const COMPACT = 1200;

type Tab = 'filters' | 'counts' | 'details';

export class CoopMap extends LitElement {
  static override styles = [unsafeCSS(maplibreCss), appStyles, presentStyles];
  static override properties = {
    base: {},
    narrow: { state: true },
    compact: { state: true },
    tab: { state: true },
    dialogOpen: { state: true },
    notices: { state: true },
    revision: { state: true },
    hover: { state: true },
    communeFocus: { state: true },
    listOpen: { state: true },
    panels: { state: true },
  };

  /** Base URL the data and geometry are fetched from (default: the page's `document.baseURI`). */
  declare base: string | undefined;
  declare private narrow: boolean;
  declare private compact: boolean;
  declare private tab: Tab;
  declare private dialogOpen: 'about' | 'sources' | 'readings' | 'compare' | null;
  declare private notices: Notice[];
  /** Bumped on each store change so lit re-renders. */
  declare private revision: number;
  /** The tooltip's content and place (CSS pixels in the map), or null. */
  declare private hover: { info: HoverInfo; x: number; y: number } | null;
  /** The commune chosen in the search (INSEE code): its card shows while nothing else is focused. Not in the URL. */
  declare private communeFocus: string | null;
  /** The "Liste" view is open (not in the URL: it is a way of looking, not what is shown). */
  declare private listOpen: boolean;
  /** The panels' code (see {@link fetchPanels}): on its way, here, or failed (the page says so, with a reload). */
  declare private panels: 'loading' | 'ready' | 'failed';
  /** The panels' module once it has come: every number, card and summary the panels show is derived with it. */
  private panelCode: Awaited<ReturnType<typeof fetchPanels>> | null = null;
  /** Settles when the panels' code has come or failed: the map's `ready` waits for it. */
  private readonly panelsSettled: Promise<void> = fetchPanels().then(
    (module) => {
      this.panelCode = module;
      this.panels = 'ready';
    },
    (error: unknown) => {
      console.error('coopmap: the panels could not be loaded', error);
      this.panels = 'failed';
    },
  );
  /** The date the list compares the map with (`coop-compare`), or null. */
  private compareDate: string | null = null;
  /** The on-demand modules that have come (see {@link ON_DEMAND}). */
  private readonly parts: Parts = {};
  /** Selectors that threw: shown in the error panel (and logged with their input), never hidden. */
  // Shown on the next render (the one under way is the one that failed).
  private readonly guard = new SelectorGuard(() => void this.updateComplete.then(() => this.requestUpdate()));

  private readonly store = new Store(cloneDefaultState());
  /** Scene mode, embed mode and export, each loaded when used (see `mode-controller.ts`). */
  private readonly modes: ModeController = new ModeController(this, {
    store: this.store,
    view: () => this.map.view,
    dataset: () => this.data.dataset ?? null,
    mapData: () => (this.data.loaded ? this.map.current() : null),
    counts: () => this.derivedCounts(),
    base: () => this.base ?? defaultBase(),
  });
  /** Bring your own data: the dialog, the badge, the kept import (see `import-controller.ts`). */
  private readonly importer: ImportController = new ImportController(this, {
    lang: () => this.store.state.lang,
    ownsUrl: () => this.modes.ownsUrl,
    useDataset: (dataset) => this.data.useDataset(dataset),
  });
  /** The data, geometry, populations and communes, and the URL sync (see `data-controller.ts`). */
  private readonly data: DataController = new DataController(this, this.store, this.importer, {
    base: () => this.base ?? defaultBase(),
    askedLang: () => this.getAttribute('lang') ?? new URLSearchParams(window.location.search).get('lang') ?? undefined,
    ownsUrl: () => this.modes.ownsUrl,
    loadScenes: (base) => this.modes.loadScenes(base),
    checkScenes: (dataset, published) => this.modes.checkScenes(dataset, published),
    started: (loaded, urlNotices) => {
      this.modes.start();
      const lang = this.store.state.lang;
      const t = msg(lang);
      // Data issues go to the error panel (`loaded.issues`); the notices are the URL's.
      this.notices = urlNotices.map((n, i): Notice => ({
        id: `url-${i}`,
        kind: 'url',
        text: t.notices.url(n.param, n.value, n.message[lang]),
      }));
      this.map.frameData();
    },
    changed: () => {
      this.map.invalidate();
      this.map.frameData();
    },
    populationFailed: (file, message) => {
      const t = msg(this.store.state.lang);
      this.notices = [...this.notices, { id: 'population', kind: 'data', text: t.rates.failed(`${file}: ${message}`) }];
    },
  });
  /** The live map, its fallbacks and its camera (see `map-view-controller.ts`). */
  private readonly map: MapViewController = new MapViewController(this, this.data, {
    state: () => this.store.state,
    narrow: () => this.narrow,
    holdsCamera: () => this.modes.holdsCamera,
    root: () => this.renderRoot,
    onPick: (pick) => this.onPick(pick),
    onHover: (hover) => this.onHover(hover),
    covered: () =>
      [...this.renderRoot.querySelectorAll('.panel, .map-controls, .present-top > *, .present-legend, .present-caption')].map((e) =>
        e.getBoundingClientRect(),
      ),
    comparison: () => {
      const dataset = this.data.dataset;
      return dataset && this.listOpen
        ? (this.parts.list?.mapComparison(dataset, this.store.state.filters, this.compareDate) ?? null)
        : null;
    },
    // A scene on a page of its own is projected; an embedded one is a small frame in a page.
    textMode: () => this.modes.textMode,
    started: () => this.panelsSettled,
    // The language the switch offers is fetched once the page is ready (not in its way), so the switch is immediate;
    // scene checks held back run then too.
    readied: () => {
      void ensureLang(nextLang(this.store.state.lang));
      this.modes.readied();
    },
  });
  /** Rails, fullscreen, the phone sheet and the share buttons (see `layout-controller.ts`). */
  private readonly layout: LayoutController = new LayoutController(this, {
    lang: () => this.store.state.lang,
    viewUrl: () => this.modes.fullMapUrl(),
    resized: () => this.map.view?.resize(),
  });
  private resizeObserver: ResizeObserver | null = null;
  private searchFn: { revision: number; search: (query: string) => SearchOption[] } | null = null;

  constructor() {
    super();
    this.base = undefined;
    this.narrow = false;
    this.compact = false;
    this.tab = 'counts';
    this.dialogOpen = null;
    this.notices = [];
    this.revision = 0;
    this.hover = null;
    this.communeFocus = null;
    this.listOpen = false;
    this.panels = 'loading';
    this.store.subscribe(({ changed, state, previous }) => {
      if (!changed) return;
      this.revision += 1;
      if (state.selection.focus !== previous.selection.focus && state.selection.focus !== null && this.narrow) this.tab = 'details';
      if (state.selection.focus !== previous.selection.focus && state.selection.focus !== null) this.communeFocus = null;
      emit(this, 'coop-map-change', { state });
      // A language whose strings are not here yet (back/forward, setState, a scene): shown once they arrive.
      if (!langReady(state.lang)) {
        void ensureLang(state.lang).then(() => {
          this.map.invalidate();
          this.requestUpdate();
        });
      }
    });
  }

  /** Runs a selector of the query layer: one that throws is shown in the error panel and logged with its input. */
  private derive<T>(name: string, input: unknown, run: () => T, fallback: T): T {
    return this.guard.run(name, input, run, fallback);
  }

  // ——— public contract ———

  /** Scenes and export: `presentation.scenes`, `.show(id)`, `.move('next')`, `.exit()`, `.exportFile({format, scale, frame})`. */
  get presentation(): Presentation {
    return this.modes.presentation;
  }

  /** The current app state (a plain object; do not mutate it, use `setState`). */
  get state(): AppState {
    return this.store.state;
  }

  /** Counts per bassin for the current filters: `{ [bassinId]: { atp, ccu } }`. */
  get counts(): Partial<Record<BassinId, Record<Scheme, number>>> {
    const counts = this.derivedCounts();
    return counts && this.panelCode ? this.panelCode.countsForElement(counts) : {};
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
    if (!rates) void this.data.ensurePopulation();
    return rates && this.panelCode ? this.panelCode.ratesForElement(rates) : {};
  }

  /**
   * Merges a partial state (each top-level part one level deep) and records it in the history.
   * The patch is read by the URL parser (`checkPatch`): what an address could not hold is refused
   * as a whole, with a `coop-map-error` event and a console message naming the field.
   */
  setState(partial: StatePatch): void {
    const { patch, errors } = checkPatch(partial, this.data.dataset);
    if (!patch) {
      for (const e of errors) console.error(`coopmap: setState refused ${e.field || 'its argument'} = ${e.value}: ${e.message.en}`);
      emit(this, 'coop-map-error', { source: 'setState', field: errors[0]?.field ?? '', errors });
      return;
    }
    this.store.update(patch, 'push');
  }

  /** Test and debugging aid: the MapLibre view (null without WebGL or before the first render). */
  get view(): MapView | null {
    return this.map.view;
  }

  /** Test and debugging aid: the data and geometry loaded, with their issues (null until loaded). */
  get loaded(): Loaded | null {
    return this.data.loaded;
  }

  /** Test and debugging aid: what the map holds and draws now. */
  mapSnapshot(): {
    linkIds: string[];
    establishmentIds: string[];
    /** Establishments drawn as the focus or its partners. */
    highlighted: { focus: string[]; related: string[] };
    rendered: { renderedLinks: number; renderedLinksByKind: Record<string, number>; establishments: number } | null;
  } {
    const sources = this.map.current()?.sources;
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
      rendered: this.map.view ? this.map.view.inspect() : null,
    };
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    // The layout is known before the first render: the map is created with it (a phone's credit
    // line compact from the first frame), and nothing is drawn wide to be redrawn narrow.
    this.onResize();
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private onResize(): void {
    const narrow = this.clientWidth < NARROW;
    if (narrow !== this.narrow) this.narrow = narrow;
    const compact = this.clientWidth < COMPACT;
    if (compact !== this.compact) this.compact = compact;
  }

  protected override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (container) this.map.attach(container);
  }

  protected override updated(): void {
    const state = this.store.state;
    this.setAttribute('lang', state.lang);
    if (this.data.loaded && (state.view.measure === 'rate' || this.dialogOpen === 'compare')) void this.data.ensurePopulation();
  }

  // ——— derived values (memoized by the query layer) ———

  private derivedCounts(): Counts | null {
    const data = this.data.dataset;
    const q = this.panelCode;
    // No posts file (reported by the loader): no counts, not a failed computation.
    if (!data || !q || !q.countsAvailable(data)) return null;
    return this.derive('countsByBassin', this.store.state, () => q.countsByBassin(data, this.store.state.filters), null);
  }

  private derivedRates(): BassinRates | null {
    const counts = this.derivedCounts();
    const population = this.data.population;
    const q = this.panelCode;
    return counts && population && q
      ? this.derive('ratesByBassin', this.store.state, () => q.ratesByBassin(counts, population), null)
      : null;
  }

  private derivedLinks(): Link[] {
    const data = this.data.dataset;
    const q = this.panelCode;
    if (!data || !q) return [];
    return this.derive('visibleLinks', this.store.state, () => q.visibleLinks(data, this.store.state.filters), []);
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
    const dataset = this.data.dataset;
    const code = this.panelCode;
    const info =
      hover && dataset && code
        ? this.derive('hoverInfo', this.store.state, () => code.hoverInfo(dataset, hover.target, this.store.state.filters.date), null)
        : null;
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
    const zone = id?.startsWith('zone:') ? this.data.zones.find((z) => z.id === id.slice('zone:'.length)) : undefined;
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

  private selectCommune(insee: string): void {
    const commune = this.data.communes?.find((c) => c.insee === insee);
    if (!commune) return;
    this.store.update({ selection: { focus: null } });
    this.communeFocus = insee;
    this.map.view?.panTo(commune.centroid);
    if (this.narrow) this.tab = 'details';
  }

  /** The search box's function: a new one once the commune list has arrived, so the box runs its query again. */
  private searchFunction(): (query: string) => SearchOption[] {
    const revision = this.data.communesRevision;
    if (this.searchFn?.revision !== revision) this.searchFn = { revision, search: (query) => this.searchOptions(query) };
    return this.searchFn.search;
  }

  private searchOptions(query: string): SearchOption[] {
    const dataset = this.data.dataset;
    const q = this.panelCode;
    if (!dataset || !q) return [];
    this.data.requestCommunes();
    const lang = this.store.state.lang;
    const t = msg(lang);
    const { zones, communes } = this.data;
    const scope = { dataset, zones, communes, bassinNames: t.bassins, kindNames: t.linkKinds };
    const results = this.derive('searchAll', { query, lang }, () => q.searchAll(scope, query, lang), []);
    return q.searchOptions(results, lang, zones, (id) => this.importer.origin('establishments', id) !== undefined);
  }

  /** Downloads the bassin comparison as CSV (the exporter is loaded on demand, like the others). */
  private async exportComparison(): Promise<void> {
    const dataset = this.data.dataset;
    const counts = this.derivedCounts();
    const population = this.data.population;
    if (!dataset || !counts || !population) return;
    const state = this.store.state;
    const [{ comparisonCsv, comparisonCsvName }, { bassinComparison }] = await Promise.all([
      import('../export/comparisonCsv.ts'),
      ON_DEMAND.compare(),
    ]);
    const rows = bassinComparison(dataset, state.filters, counts, population);
    const text = comparisonCsv(rows, state.lang, { year: population.year, periods: { atp: counts.atp.period, ccu: counts.ccu.period } });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = comparisonCsvName(state.lang, state.filters.date);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The language switch: the strings are fetched first, so the page changes language in one step. */
  private async switchLanguage(lang: AppState['lang']): Promise<void> {
    await ensureLang(lang);
    this.store.update({ lang });
  }

  /** Fetches an on-demand part once; a failure is logged (its dialog stays empty, the page works). */
  private fetchPart(part: Part): void {
    if (this.parts[part]) return;
    ON_DEMAND[part]().then(
      (module) => {
        Object.assign(this.parts, { [part]: module });
        this.requestUpdate();
      },
      (error: unknown) => console.error(`coopmap: the ${part} view could not be loaded`, error),
    );
  }

  private openDialog(which: 'about' | 'sources' | 'readings' | 'compare'): void {
    this.fetchPart(which);
    this.dialogOpen = which;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.info')?.showModal());
  }

  private toggleList(): void {
    if (!this.listOpen) this.fetchPart('list');
    this.listOpen = !this.listOpen;
  }

  // ——— rendering ———

  override render() {
    const state = this.store.state;
    // A language whose strings have not arrived is drawn in French until they do, so that each
    // component sees its language change (and renders again) when they arrive.
    const lang = langReady(state.lang) ? state.lang : 'fr';
    const t = msg(lang);
    const dataset = this.data.dataset;
    const counts = this.derivedCounts();
    const links = this.derivedLinks();
    const focus = state.selection.focus;
    const scheme = state.filters.scheme;
    const isBassin = focus !== null && (BASSIN_IDS as readonly string[]).includes(focus);
    // The cards and every other panel input are derived with the panels' code, once it is here (the panels show nothing before).
    const q = this.panelCode;
    const eCard =
      q && dataset && focus && !isBassin
        ? this.derive('establishmentCard', this.store.state, () => q.establishmentCard(dataset, focus, counts ?? undefined), null)
        : null;
    const bCard =
      q && dataset && counts && isBassin
        ? this.derive('bassinCard', this.store.state, () => q.bassinCard(dataset, focus as BassinId, counts, this.data.zones), null)
        : null;
    const cCard =
      q && dataset && focus && !isBassin && !eCard
        ? this.derive('cooperationCard', this.store.state, () => q.cooperationCard(dataset, focus, state.filters.date), null)
        : null;
    const communeFocus = this.communeFocus;
    const mCard =
      q && dataset && focus === null && communeFocus && this.data.communes
        ? this.derive(
            'communeCard',
            this.store.state,
            () => q.communeCard(dataset, this.data.communes ?? [], this.data.zones, communeFocus),
            null,
          )
        : null;
    const undated =
      dataset && q
        ? this.derive(
            'cooperationsInForce',
            this.store.state,
            () => {
              const inForce = q.cooperationsInForce(dataset, state.filters.date);
              return [...inForce.attested, ...inForce.undated].filter((c) => state.filters.links.includes(c.kind)).length;
            },
            0,
          )
        : 0;
    const names = new Map((dataset?.establishments ?? []).map((e) => [e.id, e.shortName]));
    const mapData = this.data.loaded ? this.map.current() : null;
    const tabs: [Tab, string][] = [
      ['filters', t.tabs.filters],
      ['counts', t.tabs.counts],
      ['details', t.tabs.details],
    ];
    const panelAttrs = (tab: Tab) => (this.narrow ? { role: 'tabpanel', hidden: this.tab !== tab } : { role: undefined, hidden: false });
    const summary =
      dataset && counts && q
        ? this.derive('viewSummary', this.store.state, () => q.viewSummary(dataset, state, counts, links, lang), '')
        : '';
    const legend = html`<coop-legend
      .lang=${lang}
      .scheme=${scheme}
      .grid=${state.view.grid}
      .classes=${mapData?.classes ?? []}
      .links=${mapData?.linkKinds ?? state.filters.links}
      .sites=${mapData?.establishmentKinds ?? state.filters.kinds}
      .hub=${mapData?.hub ?? true}
      .maxMark=${mapData?.maxMark ?? 0}
      .maxWeight=${mapData?.maxWeight ?? 0}
      .filtered=${counts?.[scheme].filtered ?? false}
      .period=${counts?.[scheme].period ?? null}
      .unzoned=${dataset && q && state.view.grid === 'zones' ? this.derive('unzonedTotal', this.store.state, () => q.unzonedTotal(dataset, state.filters), 0) : 0}
      .measure=${state.view.measure ?? 'count'}
      .populationYear=${this.data.population?.year ?? 0}
      .rateNote=${this.zoneRateNote()}
      .statuses=${mapData?.statuses ?? []}
      .colocated=${(mapData?.sources.leaders.features.length ?? 0) > 0}
      .compare=${dataset && this.listOpen ? (this.parts.list?.mapComparison(dataset, state.filters, this.compareDate) ?? null) : null}
    ></coop-legend>`;

    return html`
      <div
        class="app ${this.narrow ? 'narrow' : 'wide'} ${this.data.loaded && this.panels !== 'loading' && !this.map.pending ? '' : 'pending'} ${this.modes.modeClass} ${!this.narrow && this.layout.isFolded('left') ? 'fold-left' : ''} ${!this.narrow && this.layout.isFolded('right') ? 'fold-right' : ''}"
        style=${`--map-share:${Math.round(this.layout.mapShare * 100)}%`}
      >
        <header class="top">
          <div class="brand">
            <h1>${t.title}</h1>
            <p>${t.subtitle}</p>
          </div>
          <coop-search class="search" .lang=${lang} .search=${this.searchFunction()} @coop-select=${this.onSelect}></coop-search>
          <nav class="actions" aria-label=${t.title}>
            ${this.modes.headerActions()}
            ${
              this.narrow
                ? nothing
                : html`<button
                    class="hbtn"
                    data-testid="list-toggle"
                    aria-pressed=${this.listOpen ? 'true' : 'false'}
                    title=${t.list.openLabel}
                    @click=${() => this.toggleList()}
                  >
                    ${t.list.open}
                  </button>`
            }
            ${this.narrow ? this.layout.shareButtons('hbtn') : nothing}
            <button
              class="hbtn"
              data-testid="compare"
              aria-label=${t.rates.compare}
              title=${t.rates.compare}
              @click=${() => this.openDialog('compare')}
            >
              ${this.compact ? t.rates.compareShort : t.rates.compare}
            </button>
            <button class="hbtn" data-testid="about" aria-label=${t.about} @click=${() => this.openDialog('about')}>
              ${this.compact ? t.aboutShort : t.about}
            </button>
            <button class="hbtn" data-testid="sources" @click=${() => this.openDialog('sources')}>${t.sources}</button>
            <button
              class="hbtn lang"
              data-testid="lang"
              lang=${nextLang(lang)}
              aria-label=${this.narrow ? `${t.switchLangShort} – ${t.switchLangLabel}` : t.switchLangLabel}
              @click=${() => void this.switchLanguage(nextLang(lang))}
            >
              ${this.narrow ? t.switchLangShort : t.switchLang}
            </button>
          </nav>
        </header>
        <div class="alerts">
          <coop-error-panel
            .lang=${lang}
            .issues=${[...(this.data.loaded?.issues ?? []), ...this.guard.issues]}
            ?busy=${this.data.retrying}
            @coop-retry=${() => void this.data.retry()}
          ></coop-error-panel>
          <coop-notices .lang=${lang} .notices=${this.notices} @coop-dismiss=${this.onDismiss}></coop-notices>
          ${this.importer.badge()}
          ${
            this.map.codeFailure
              ? html`<p class="code-failure" role="alert" data-testid="code-failure">
                  ${
                    this.map.codeFailure === 'map'
                      ? t.failures.mapCodeFailed
                      : this.map.codeFailure === 'drawing'
                        ? t.failures.mapDrawingFailed
                        : t.failures.staticMapFailed
                  }
                  <button class="hbtn" data-testid="reload" @click=${() => window.location.reload()}>${t.failures.reload}</button>
                </p>`
              : nothing
          }
          ${
            this.panels === 'failed'
              ? html`<p class="code-failure" role="alert" data-testid="panels-failure">
                  ${t.failures.panelsFailed}
                  <button class="hbtn" data-testid="reload" @click=${() => window.location.reload()}>${t.failures.reload}</button>
                </p>`
              : nothing
          }
        </div>
        <div class="stage">
          <div class="map-wrap">
            <div id="map"></div>
            ${this.modes.render(legend)} ${this.hover ? this.tooltip(this.hover, lang) : nothing} ${this.listView(dataset, links, counts)}
            <div class="map-controls" role="group" aria-label=${t.controls.group} ?hidden=${this.map.mapError || this.map.glLost}>
              <button class="mbtn" aria-label=${t.controls.zoomIn} title=${t.controls.zoomIn} @click=${() => this.map.view?.zoomBy(1)}>
                +
              </button>
              <button class="mbtn" aria-label=${t.controls.zoomOut} title=${t.controls.zoomOut} @click=${() => this.map.view?.zoomBy(-1)}>
                −
              </button>
              <button
                class="mbtn wide-btn"
                data-testid="frame-region"
                aria-label=${t.controls.frameRegion}
                title=${t.controls.frameRegion}
                @click=${() => this.map.frame('region')}
              >
                ${this.narrow ? html`<span aria-hidden="true">⌂</span>` : t.controls.frameRegion}
              </button>
              <button
                class="mbtn wide-btn"
                data-testid="frame-network"
                aria-label=${t.controls.frameNetwork}
                title=${t.controls.frameNetwork}
                @click=${() => this.map.frame('network')}
              >
                ${this.narrow ? html`<span aria-hidden="true">⤢</span>` : t.controls.frameNetwork}
              </button>
              ${this.layout.fullscreenButton()} ${this.narrow ? nothing : this.layout.shareButtons('mbtn')}
              ${
                this.narrow
                  ? html`<button
                      class="mbtn"
                      data-testid="list-toggle"
                      aria-label=${t.list.open}
                      title=${t.list.openLabel}
                      aria-pressed=${this.listOpen ? 'true' : 'false'}
                      @click=${() => this.toggleList()}
                    >
                      <span aria-hidden="true">☰</span>
                    </button>`
                  : nothing
              }
            </div>
            ${this.narrow ? this.layout.handle() : nothing}
            ${!this.data.loaded ? html`<p class="overlay" role="status">${t.loading}</p>` : nothing}
            ${
              (this.map.mapError || this.map.glLost) && this.map.codeFailure !== 'drawing'
                ? html`<coop-static-map
                    .data=${mapData}
                    .lang=${lang}
                    reason=${this.map.codeFailure === 'map' ? 'code' : this.map.mapError ? 'unavailable' : 'lost'}
                    .insets=${this.map.padding()}
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
              class="panel left ${!this.narrow && this.layout.isFolded('left') ? 'folded' : ''}"
              id="panel-filters"
              role=${panelAttrs('filters').role ?? nothing}
              aria-labelledby=${this.narrow ? 'tab-filters' : nothing}
              ?hidden=${panelAttrs('filters').hidden}
            >
              ${this.narrow ? nothing : this.layout.railButton('left', t.filters.heading)}
              <h2 class="panel-title">${t.filters.heading}</h2>
              <coop-filters
                .lang=${lang}
                .filters=${state.filters}
                .grid=${state.view.grid}
                .linkCounts=${q?.linkCountsByKind(links) ?? {}}
                .memberOptions=${dataset && q ? this.derive('memberChoices', this.store.state, () => q.memberChoices(dataset, lang), []) : []}
                .withinOrigins=${dataset && q ? this.derive('originChoices', this.store.state, () => q.originChoices(dataset.establishments), []) : []}
                .undatedCount=${undated}
                .periods=${q?.schemePeriods(counts) ?? {}}
                @coop-change=${this.onChange}
              ></coop-filters>
              ${this.importer.button()}
            </aside>
            <!-- Focusable: it scrolls, and may hold nothing focusable when the counts could not be loaded. -->
            <aside class="panel right ${!this.narrow && this.layout.isFolded('right') ? 'folded' : ''}" tabindex="0">
              ${this.narrow ? nothing : this.layout.railButton('right', `${t.tabs.counts} · ${t.tabs.details}`)}
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
                  .zoneNames=${new Map(this.data.zones.map((z) => [z.id, z.name]))}
                  .seeds=${dataset?.sources?.seeds ?? []}
                  .distances=${eCard && dataset && q ? q.distancesFrom(dataset, eCard.establishment.id) : null}
                  .hubKm=${eCard && dataset && q ? (q.distancesFrom(dataset, HUB_ID)?.get(eCard.establishment.id) ?? null) : null}
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
                      ? this.renderAbout(dataset, lang)
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

  private renderAbout(dataset: Dataset | undefined, lang: AppState['lang']) {
    const part = this.parts.about;
    if (!part) return nothing;
    const sections = dataset ? this.derive('aboutSections', this.store.state, () => part.aboutSections(dataset, lang), []) : [];
    return html`<coop-about .lang=${lang} .sections=${sections} .seeds=${dataset?.sources?.seeds ?? []}></coop-about>`;
  }

  private renderComparison() {
    const dataset = this.data.dataset;
    const counts = this.derivedCounts();
    const population = this.data.population;
    const state = this.store.state;
    const t = msg(state.lang);
    if (!dataset || !counts || !population) return html`<p role="status">${t.rates.loading}</p>`;
    const part = this.parts.compare;
    if (!part) return nothing;
    const { bassinComparison } = part;
    const rows = this.derive('bassinComparison', this.store.state, () => bassinComparison(dataset, state.filters, counts, population), []);
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
    const { dataset, population, zones } = this.data;
    const state = this.store.state;
    const q = this.panelCode;
    if (state.view.measure !== 'rate' || state.view.grid !== 'zones' || !dataset || !population || !q) return '';
    return this.derive('zoneRateNote', state, () => q.zoneRateNote(dataset, state.filters, population, zones, state.lang), '');
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
    const part = this.parts.list;
    return html`<section class="list-drawer" data-testid="list" aria-label=${t.list.heading}>
      ${part ? this.listContent(part, dataset, links, counts) : nothing}
      <button class="mbtn list-close" aria-label=${t.list.close} title=${t.list.close} @click=${() => (this.listOpen = false)}>✕</button>
    </section>`;
  }

  /** The list itself, once its code has come. */
  private listContent(part: NonNullable<Parts['list']>, dataset: Dataset, links: Link[], counts: Counts | null) {
    const { cooperationRows, establishmentRows, listContext, compareNetwork } = part;
    const state = this.store.state;
    const f = state.filters;
    const context = listContext(dataset, f, state.lang);
    return html`<coop-list
      .lang=${state.lang}
      .cooperations=${this.derive('cooperationRows', this.store.state, () => cooperationRows(dataset, links, f), [])}
      .establishments=${this.derive('establishmentRows', this.store.state, () => establishmentRows(dataset, links, f, state.selection.focus), [])}
      .counts=${counts}
      .focusId=${state.selection.focus}
      .zoneNames=${new Map(this.data.zones.map((z) => [z.id, z.name]))}
      .context=${context}
      .compare=${(other: string) => this.derive('compareNetwork', this.store.state, () => compareNetwork(dataset, f, other), null)}
      .timeline=${TIMELINE}
      @coop-select=${this.onSelect}
      @coop-compare=${(e: CustomEvent<CompareDetail>) => ((this.compareDate = e.detail.otherDate), this.requestUpdate())}
    ></coop-list>`;
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
