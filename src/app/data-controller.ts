/**
 * What `<coop-map>` shows comes from here: the data files and the geometry
 * (loaded once, again on Retry, or replaced by an accepted import), the
 * territories and zones read from the geometry, the populations and the
 * commune list (each fetched on first use), and the URL sync that checks ids
 * against the dataset shown. A lit reactive controller: each arrival asks the
 * element to render again; nothing here draws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import verified from 'virtual:coopmap-verified';
import { COMMUNE_INDEX_FILE, POPULATION_FILE, loadAll, type Fetch, type Loaded } from '../model/load.ts';
import type { Population } from '../model/population.ts';
import type { Commune } from '../model/communes.ts';
import type { Dataset, Zone } from '../model/types.ts';
import type { Territories } from '../map/territories.ts';
import { ensureLang } from '../i18n/index.ts';
import type { ImportController } from './import-controller.ts';
import { HistorySync, type Store } from './store.ts';
import type { UrlNotice } from './url.ts';
import { markStart } from './start-marks.ts';

/**
 * The geometry reader (TopoJSON → GeoJSON) comes with the code that draws the map
 * (`parts/map-data.ts`), fetched beside the data. Without it (that code failed to load: the page
 * says so) the data is still shown, in the panels, with no territories.
 */
const fetchGeometryReader = () =>
  import('./parts/map-data.ts').catch((error: unknown) => {
    console.error('coopmap: the geometry reader could not be loaded', error);
    return null;
  });
type GeometryReader = Awaited<ReturnType<typeof fetchGeometryReader>>;

const none = (): Territories['zones'] => ({ type: 'FeatureCollection', features: [] });
/** No geometry: before the data, or without its reader. */
const NO_TERRITORIES: Territories = {
  zones: none(),
  bassins: none(),
  departements: none(),
  region: none(),
  neighbours: none(),
  countries: none(),
  countryBorders: { type: 'FeatureCollection', features: [] },
};

/** A fetch past the HTTP cache (the error panel's Retry). */
const noStore: Fetch = (url) => fetch(url, { cache: 'no-store' });

export interface DataHost {
  /** Base URL of the data and geometry. */
  base(): string;
  /** The language the element or the page address asks for, before the state is read. */
  askedLang(): string | undefined;
  /** Whether the element owns the page URL (the URL sync runs only then). */
  ownsUrl(): boolean;
  /** Fetches the scenes, in parallel with the data. */
  loadScenes(base: string): Promise<void>;
  /** The dataset about to be shown first: the scenes are checked against it (`published`: the data the build checked, no import). */
  checkScenes(dataset: Dataset, published: boolean): Promise<void>;
  /** The data is shown for the first time: `notices` are what the URL could not hold. */
  started(loaded: Loaded, notices: UrlNotice[]): void;
  /** Another dataset or geometry is shown (retry, import): the map frames it again. */
  changed(): void;
  /** The populations could not be loaded: the counts stay, a notice says why. */
  populationFailed(file: string, message: string): void;
}

export class DataController implements ReactiveController {
  /** The data and geometry shown, with every issue found; null until loaded. */
  loaded: Loaded | null = null;
  territories: Territories = NO_TERRITORIES;
  zones: Zone[] = [];
  /** INSEE populations, loaded on first use of a rate or the comparison. */
  population: Population | null = null;
  /** The commune list, loaded on first use of the search; null until then. */
  communes: Commune[] | null = null;
  /** A retry of the data files is under way. */
  retrying = false;
  /** Bumped when the commune list arrives, so a search can run again. */
  communesRevision = 0;

  private historySync: HistorySync | null = null;
  private populationRequest: Promise<void> | null = null;
  private communesRequested = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: Store,
    private readonly importer: ImportController,
    private readonly access: DataHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.loaded) void this.load();
  }

  hostDisconnected(): void {
    this.historySync?.stop();
  }

  get dataset(): Dataset | undefined {
    return this.loaded?.dataset;
  }

  /** First load: the data and the scenes, a kept import, the URL read against the dataset, the language it asks for. */
  private async load(): Promise<void> {
    const base = this.access.base();
    const [published, , reader] = await Promise.all([
      loadAll(base, undefined, { verified }),
      this.access.loadScenes(base),
      fetchGeometryReader(),
    ]);
    // An import kept from an earlier visit applies before the URL is read, so a focus on an imported record survives a reload.
    const loaded = await this.withImport(published);
    this.readGeometry(reader, loaded);
    await this.access.checkScenes(loaded.dataset, published.verified && loaded === published);
    // The language asked for is fetched before the address is read: its notices are written in it.
    await ensureLang(this.access.askedLang());
    const notices = this.syncUrl(loaded.dataset);
    await ensureLang(this.store.state.lang);
    this.loaded = loaded;
    markStart('data-loaded');
    this.access.started(loaded, notices);
    this.host.requestUpdate();
  }

  /** The error panel's Retry: loads the data and geometry again, past the HTTP cache, and shows what now loads. */
  async retry(): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    this.host.requestUpdate();
    const [published, reader] = await Promise.all([loadAll(this.access.base(), noStore, { verified }), fetchGeometryReader()]);
    const loaded = await this.withImport(published);
    this.readGeometry(reader, loaded);
    // Ids the URL named may exist now: it is read again against the new dataset (its notices were shown already).
    this.syncUrl(loaded.dataset);
    this.loaded = loaded;
    this.retrying = false;
    this.access.changed();
    this.host.requestUpdate();
  }

  /** Shows another dataset than the one loaded (an accepted import, or the published data back). */
  useDataset(dataset: Dataset): void {
    if (!this.loaded) return;
    // The URL's ids are checked against the dataset shown (back/forward to an imported record).
    this.syncUrl(dataset);
    this.loaded = { ...this.loaded, dataset };
    this.access.changed();
    this.host.requestUpdate();
  }

  /** Loads the populations once; a failure is reported and the counts stay. */
  ensurePopulation(): Promise<void> {
    // Its reader comes with it, on first use, like the file.
    this.populationRequest ??= import('../model/population.ts')
      .then(({ loadPopulation }) => loadPopulation(this.access.base()))
      .catch((error: unknown) => ({
        issue: { file: POPULATION_FILE, message: `could not be loaded (the code that reads it: ${String(error)})` },
      }))
      .then((result) => {
        if ('population' in result) this.population = result.population;
        else this.access.populationFailed(result.issue.file, result.issue.message);
        this.host.requestUpdate();
      });
    return this.populationRequest;
  }

  /** Loads the commune list on first use of the search; its problems join the data issues. */
  requestCommunes(): void {
    if (this.communesRequested) return;
    this.communesRequested = true;
    // Its reader comes with it, on first use, like the file.
    void import('../model/communes.ts')
      .then(({ loadCommunes }) => loadCommunes(this.access.base()))
      .catch((error: unknown) => ({
        communes: [],
        issues: [{ file: COMMUNE_INDEX_FILE, message: `could not be loaded (the code that reads it: ${String(error)})` }],
      }))
      .then(({ communes, issues }) => {
        this.communes = communes;
        if (issues.length > 0 && this.loaded) this.loaded = { ...this.loaded, issues: [...this.loaded.issues, ...issues] };
        this.communesRevision += 1;
        this.host.requestUpdate();
      });
  }

  private async withImport(published: Loaded): Promise<Loaded> {
    const imported = await this.importer.start(published);
    return imported ? { ...published, dataset: imported } : published;
  }

  private readGeometry(reader: GeometryReader, loaded: Loaded): void {
    this.territories = reader ? reader.territoriesFromTopology(loaded.geo) : NO_TERRITORIES;
    this.zones = reader ? reader.zonesOf(this.territories) : [];
  }

  /** (Re)starts the URL sync against `dataset`; returns what the address could not hold. */
  private syncUrl(dataset: Dataset): UrlNotice[] {
    this.historySync?.stop();
    this.historySync = new HistorySync(this.store, dataset);
    return this.access.ownsUrl() ? this.historySync.start() : [];
  }
}
