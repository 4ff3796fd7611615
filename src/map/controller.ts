/**
 * What the map view tells MapLibre, separated from MapLibre itself so a test
 * can drive it with a fake map: the model's sources are handed over once per
 * model (dataset and grid), and the label sets (`labelSets.ts`) once per model
 * and language; every state after that is only feature-state. A filter,
 * focus or scheme change never calls `setData`, `setFilter` nor
 * `setLayoutProperty` (each sends a source back through MapLibre's worker).
 */
import type { FeatureCollection } from 'geojson';
import type { Scheme } from '../query/types.ts';
import { featureStates, stateDiff, type FeatureStates, type MapCompare } from './featureState.ts';
import type { MapData } from './mapData.ts';
import type { LayerSpecification } from 'maplibre-gl';
import { AGGREGATE_MAX_ZOOM } from './linkAggregates.ts';
import { AGGREGATE_SOURCE, STATEFUL_SOURCES, type MapModel } from './model.ts';
import { AGGREGATES_BEFORE, aggregateLayers, INDIVIDUAL_LINK_LAYERS, SITE_LAYERS, sharedPrograms } from './style.ts';
import { buildLabelSets, LABEL_SOURCES, labelSetOf, labelSource, type LabelSets, type LabelSource } from './labelSets.ts';

/** The part of a MapLibre map the controller uses. */
export interface MapTarget {
  getSource(id: string): unknown;
  setFeatureState(feature: { source: string; id: number }, state: Record<string, unknown>): void;
  removeFeatureState(target: { source: string }): void;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  /** Whether the style can take calls (a style rebuilt after a context loss cannot until `style.load`). */
  isStyleLoaded(): boolean | void;
  addSource(id: string, source: { type: 'geojson'; data: FeatureCollection }): unknown;
  addLayer(layer: LayerSpecification, before?: string): unknown;
  setLayerZoomRange(layer: string, minzoom: number, maxzoom: number): unknown;
  getZoom(): number;
  on(type: 'zoomend', listener: () => void): unknown;
  once(type: 'style.load', listener: () => void): unknown;
}

/** Sources only drawn from `AGGREGATE_MAX_ZOOM` on when a model has aggregate lanes. */
const INDIVIDUAL_LINK_SOURCES: readonly ('links' | 'link-arrows')[] = ['links', 'link-arrows'];

/** The model's sources the map does not draw: their labels are drawn from the label sets. */
const UNDRAWN_SOURCES: readonly string[] = ['territory-labels'];

export class MapController {
  private model: MapModel | null = null;
  private context: FeatureCollection | null = null;
  private states: FeatureStates | null = null;
  private scheme: Scheme = 'atp';
  /** The label sets of the model and the language, null until both are known or after either changed. */
  private labels: LabelSets | null = null;
  /** The label sets the map holds now (see `handLabels`). */
  private readonly handed = new Set<LabelSource>();
  /** The description last shown: shown again (a re-render with the same state), nothing to do. */
  private lastData: MapData | null = null;
  /** A model whose sources are still to be handed over (see `setModel`). */
  private pending: MapModel | null = null;
  /** Compare mode: the links that appeared and ended, or null (see `setCompare`). */
  private compare: MapCompare | null = null;
  /** The state last asked for, shown once a rebuilt style has loaded (see `resend`). */
  private asked: { data: MapData; scheme: Scheme } | null = null;
  /** Waiting for a style rebuilt after a context loss: no call reaches the map meanwhile. */
  private waiting = false;
  /** Whether the individual links are limited to high zooms (a model with aggregate lanes). */
  private aggregated = false;
  /** Whether the aggregate source and layer were added (a restored style keeps them: they are in its snapshot). */
  private aggregateSource = false;
  /** Whether a `style.load` listener is set. */
  private listening = false;
  /** Features `MapData` held that the model lacked, at the last state (0 unless the model is incomplete). */
  missing = 0;

  /**
   * The individual links of a model with aggregate lanes, handed over the
   * first time the map reaches the zoom they are drawn at: until then the
   * worker neither indexes nor tiles them (at 100,000 links, most of a load),
   * and their feature-state is kept here, not sent (see `show`).
   */
  private deferred: MapModel | null = null;

  constructor(private readonly map: MapTarget) {
    map.on('zoomend', () => this.handDeferred());
  }

  private handDeferred(): void {
    const model = this.deferred;
    // A zoom before the links show: their tiles are ready when the layers appear.
    if (!model || this.waiting || this.map.getZoom() < AGGREGATE_MAX_ZOOM - 1) return;
    this.deferred = null;
    // The map holds no state for these sources yet: the state last shown goes over whole, with the data.
    const shown = this.lastData && this.states ? featureStates(model, this.lastData, this.scheme, this.compare).states : null;
    for (const source of INDIVIDUAL_LINK_SOURCES) {
      this.setSourceData(source, model.sources[source]);
      if (!shown || !this.states) continue;
      this.states[source] = shown[source];
      for (const [id, state] of shown[source]) this.map.setFeatureState({ source, id }, state);
    }
  }

  /** Hands a new model's sources to the map (a no-op for the same model). */
  setModel(model: MapModel): void {
    if (model === this.model) return;
    this.model = model;
    // Handed over by the next `show`, after the label layouts it sets: a layout change on a
    // source holding data would send it through the worker a second time.
    this.pending = model;
    // Numeric ids restart with each model: drop the states of the last one.
    // (A style being rebuilt holds no state, and cannot take the call.)
    if (!this.waiting) {
      for (const source of STATEFUL_SOURCES) {
        if (source !== AGGREGATE_SOURCE || this.aggregateSource) this.map.removeFeatureState({ source });
      }
    }
    this.states = null;
    this.lastData = null;
    this.labels = null;
  }

  /**
   * Sends every feature-state again once the map's style can take it. On a
   * WebGL context loss MapLibre destroys its style, and with it every
   * source's feature-state; on restore it rebuilds the style from a snapshot
   * (sources with their data, layouts as last set), which loads a frame
   * later: a feature-state set before then would throw, and one never sent
   * again would leave every hidden feature drawn. So the controller waits for
   * `style.load`, then shows the last state asked for as if for the first
   * time (MapLibre keeps states set before the tiles exist and applies them
   * as the tiles load).
   */
  resend(): void {
    this.pause();
    if (this.map.isStyleLoaded() === true) {
      this.resume();
      return;
    }
    if (this.listening) return;
    this.listening = true;
    this.map.once('style.load', () => {
      this.listening = false;
      this.resume();
    });
  }

  /** Holds every call while the context is lost (MapLibre has no style then); `resend` ends it. */
  pause(): void {
    this.waiting = true;
    this.states = null;
    this.lastData = null;
  }

  /**
   * Compare mode: marks the links that appeared and ended between two dates
   * (feature-state only), or turns it off with null. Applied now when a state
   * is shown, else by the next `show`.
   */
  setCompare(compare: MapCompare | null): void {
    if (compare === this.compare) return;
    this.compare = compare;
    const data = this.lastData;
    if (data && this.states) {
      this.lastData = null;
      this.show(data, this.scheme);
    }
  }

  private resume(): void {
    this.waiting = false;
    this.showAsked();
  }

  private showAsked(): void {
    if (this.asked) this.show(this.asked.data, this.asked.scheme);
  }

  /** The context labels of a language: the label sets are built again with them at the next `show`. */
  setContext(labels: FeatureCollection): void {
    if (labels === this.context) return;
    this.context = labels;
    this.labels = null;
    this.lastData = null;
  }

  /**
   * Builds the label sets of the model and the language (on a new model or
   * language only) and hands the map the one shown: the others wait for
   * `handRemaining` (once the map is ready), so the first state lays out one
   * set, not three. Feature ids restart: states are dropped and sent again.
   */
  private handLabels(model: MapModel, shown: LabelSource): void {
    this.labels = buildLabelSets(model, this.context);
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const source of LABEL_SOURCES) {
      this.map.removeFeatureState({ source });
      this.states?.[source].clear();
      if (source === shown) this.setSourceData(source, this.labels.sources[source]);
      // A set of the last model or language, not handed again yet: emptied, so no stale label waits in it.
      else if (this.handed.has(source)) this.setSourceData(source, empty);
    }
    this.handed.clear();
    this.handed.add(shown);
  }

  /**
   * Hands the label sets not handed yet, so that a later scheme switch finds
   * its set laid out and is feature-state only. Called once the map is ready;
   * a switch before then hands its set itself.
   */
  handRemaining(): void {
    if (!this.labels || this.waiting) return;
    for (const source of LABEL_SOURCES) {
      if (this.handed.has(source)) continue;
      this.handed.add(source);
      this.setSourceData(source, this.labels.sources[source]);
    }
  }

  /** Shows one state of the map, as `data` describes it. Returns the number of feature-state calls made. */
  show(data: MapData, scheme: Scheme): number {
    this.asked = { data, scheme };
    const model = this.model;
    if (this.waiting) return 0;
    if (!model || (data === this.lastData && scheme === this.scheme && this.states !== null)) return 0;
    this.lastData = data;
    this.scheme = scheme;
    if (this.pending) {
      const lanes = this.pending.aggregates !== null;
      const sources = this.pending.sources;
      for (const id of Object.keys(sources) as (keyof typeof sources)[]) {
        if (UNDRAWN_SOURCES.includes(id)) continue;
        // Read only when handed: the individual links of a model with lanes are built when first read.
        if (!(lanes && (INDIVIDUAL_LINK_SOURCES as readonly string[]).includes(id))) this.setSourceData(id, sources[id]);
      }
      this.setAggregates(this.pending);
      // The last model's links, if any were handed over, stay out of sight below the zoom they are drawn at.
      this.deferred = lanes ? this.pending : null;
      this.pending = null;
      this.handDeferred();
    }
    const shownSet = labelSource(labelSetOf(scheme, data.rateYear !== undefined));
    if (!this.labels) this.handLabels(model, shownSet);
    else if (!this.handed.has(shownSet)) {
      this.handed.add(shownSet);
      this.setSourceData(shownSet, this.labels?.sources[shownSet]);
    }
    // Links not handed over yet take no state (at 100,000 links, as many calls per change, and as many states to
    // work out): they get the state of the moment they are handed over (`handDeferred`).
    const held = this.deferred ? INDIVIDUAL_LINK_SOURCES : [];
    const { states, missing } = featureStates(model, data, scheme, this.compare, this.labels, held);
    this.missing = missing;
    const changes = stateDiff(this.states, states);
    for (const c of changes) this.map.setFeatureState({ source: c.source, id: c.id }, c.state);
    this.states = states;
    return changes.length;
  }

  /**
   * A model with aggregate lanes: their source and layer are added (once;
   * later models hand their lanes over), and the individual links are drawn
   * only from `AGGREGATE_MAX_ZOOM` on, so below it MapLibre does not even tile
   * them. A model without: the individual links at every zoom, no lane.
   */
  private setAggregates(model: MapModel): void {
    const on = model.aggregates !== null;
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (this.aggregateSource) this.setSourceData(AGGREGATE_SOURCE, model.aggregates?.source ?? empty);
    else if (model.aggregates) {
      this.aggregateSource = true;
      this.map.addSource(AGGREGATE_SOURCE, { type: 'geojson', data: model.aggregates.source });
      for (const layer of sharedPrograms(aggregateLayers())) this.map.addLayer(layer, AGGREGATES_BEFORE);
    }
    if (on === this.aggregated) return;
    this.aggregated = on;
    for (const layer of [...INDIVIDUAL_LINK_LAYERS, ...SITE_LAYERS]) this.map.setLayerZoomRange(layer, on ? AGGREGATE_MAX_ZOOM : 0, 24);
  }

  /** The zoom the sites and the individual links are drawn from: `AGGREGATE_MAX_ZOOM` in a model with lanes, else 0. */
  get detailZoom(): number {
    return this.aggregated ? AGGREGATE_MAX_ZOOM : 0;
  }

  /** The state last sent for a feature of a stateful source (undefined when hidden or unknown). */
  stateOf(source: string, id: number | string | undefined): Readonly<Record<string, number | string>> | undefined {
    if (typeof id !== 'number') return undefined;
    return this.states?.[source as keyof FeatureStates]?.get(id);
  }

  /** Whether a feature of a stateful source is shown now (picking skips hidden ones). */
  shown(source: string, id: number | string | undefined): boolean {
    if (typeof id !== 'number') return false;
    const states = this.states?.[source as keyof FeatureStates];
    return (states?.get(id)?.['o'] ?? 0) === 1;
  }

  private setSourceData(id: string, data: unknown): void {
    const source = this.map.getSource(id) as { setData(d: unknown): unknown } | undefined;
    source?.setData(data);
  }
}
