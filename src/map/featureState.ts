/**
 * What the map shows for one state, as feature-state of the model's features
 * (`model.ts`): read from `MapData`, the one description of what is drawn,
 * which `buildMapData` makes from the query results. The view applies only
 * the difference from the previous state. Pure.
 *
 * State keys (short: MapLibre copies them per feature):
 * - `o`: 1 shown, 0 hidden (hidden features are also skipped by picking);
 * - `e`: emphasis, 0 normal, 1 focus, 2 related (a partner of the focus), 3 dim;
 * - `w`: link width (px); `r`: mark radius (px);
 * - `fill`: territory fill colour; `f`: 1 for the focused territory's outline;
 * - `n`: the number of links an aggregate lane shows (`linkAggregates.ts`).
 * - `c`: compare mode (links): 1 appeared between the two dates, 2 ended, 3 unchanged.
 *
 * A key absent from a state reads 0 in the style: a diff that drops a key sets it to 0.
 */
import type { Scheme } from '../query/types.ts';
import type { MapData } from './mapData.ts';
import { aggregateWidth } from './linkAggregates.ts';
import { AGGREGATE_SOURCE, isTerritoryMark, markKey, STATEFUL_SOURCES, type MapModel, type StatefulSource } from './model.ts';
import { LABEL_SOURCES, labelKey, labelSetOf, labelSource, type LabelRole, type LabelSets, type LabelSource } from './labelSets.ts';

export type FeatureStateValue = Record<string, number | string>;
/** Every source styled by feature-state: the model's, and the label sets'. */
export const STATE_SOURCES: readonly (StatefulSource | LabelSource)[] = [...STATEFUL_SOURCES, ...LABEL_SOURCES];
export type StateSource = (typeof STATE_SOURCES)[number];
/** Per stateful source: numeric feature id → its state. */
export type FeatureStates = Record<StateSource, Map<number, FeatureStateValue>>;

/** One `setFeatureState` call. */
export interface StateChange {
  source: StateSource;
  id: number;
  state: FeatureStateValue;
}

/** Compare mode on the map: the links that appeared and ended between two dates (from `mapComparison`). */
export interface MapCompare {
  appeared: ReadonlySet<string>;
  ended: ReadonlySet<string>;
}

/** Emphasis codes of the `e` state key. */
export const EMPHASIS_CODE: Readonly<Record<string, number>> = { normal: 0, focus: 1, related: 2, dim: 3 };

const code = (emphasis: unknown): number => EMPHASIS_CODE[String(emphasis)] ?? 0;

/** The emphasis of a lane of several links: focus over related over normal over dim. */
const RANK = [1, 3, 2, 0]; // by code: normal, focus, related, dim
const strongest = (a: number, b: number): number => ((RANK[a] ?? 0) >= (RANK[b] ?? 0) ? a : b);

/**
 * The state of every model feature shown in `data` (features of the model
 * not listed are hidden). `scheme` says which scheme's marks `data` holds.
 * Features of `data` the model lacks are counted in `missing` (a defect: the
 * model must hold everything a state can draw). The sources of `skip` get no
 * state (the map does not hold them yet: see `MapController`).
 */
export function featureStates(
  model: MapModel,
  data: MapData,
  scheme: Scheme,
  compare: MapCompare | null = null,
  labels: LabelSets | null = null,
  skip: readonly StateSource[] = [],
): { states: FeatureStates; missing: number } {
  const states = Object.fromEntries(STATE_SOURCES.map((s) => [s, new Map<number, FeatureStateValue>()])) as FeatureStates;
  let missing = 0;
  const put = (source: StatefulSource, key: string, state: FeatureStateValue): void => {
    const id = model.ids[source].get(key);
    if (id === undefined) missing += 1;
    else states[source].set(id, state);
  };
  for (const f of data.sources.territories.features) {
    const p = f.properties ?? {};
    put('territories', String(p['id']), { o: 1, fill: String(p['fill']), f: p['focus'] === true ? 1 : 0 });
  }
  const links = !skip.includes('links');
  if (links) for (const d of data.drawnLinks) put('links', d.link.id, { o: 1, w: d.width, e: code(d.emphasis) });
  if (compare && links) {
    // Compare mode: the links of both dates are shown, appeared and ended ones marked, the others faded.
    for (const [ids, c] of [
      [compare.appeared, 1],
      [compare.ended, 2],
    ] as const) {
      for (const key of ids) {
        const id = model.ids.links.get(key);
        if (id !== undefined) states.links.set(id, { ...(states.links.get(id) ?? { o: 1, w: 2, e: 0 }), c });
      }
    }
    for (const [id, state] of states.links) if (state['c'] === undefined) states.links.set(id, { ...state, c: 3 });
  }
  // Aggregate lanes (large networks): each carries the exact number of its links shown, their widest emphasis.
  const of = model.aggregates?.of;
  if (of) {
    const sums = new Map<string, { n: number; e: number }>();
    for (const d of data.drawnLinks) {
      const agg = of.get(d.link.id);
      if (agg === undefined) continue;
      const e = code(d.emphasis);
      const sum = sums.get(agg);
      if (sum) {
        sum.n += 1;
        sum.e = strongest(sum.e, e);
      } else sums.set(agg, { n: 1, e });
    }
    for (const [agg, { n, e }] of sums) put(AGGREGATE_SOURCE, agg, { o: 1, n, w: aggregateWidth(n), e });
  }
  if (!skip.includes('link-arrows')) {
    // A directed link carries an arrow, under the link's id.
    for (const d of data.drawnLinks) if (d.link.directed) put('link-arrows', d.link.id, { o: 1, w: d.width, e: code(d.emphasis) });
  }
  for (const f of data.sources['count-marks'].features) {
    const p = f.properties ?? {};
    put('count-marks', markKey(scheme, String(p['id'])), { o: 1, r: Number(p['r']), e: code(p['emphasis']) });
  }
  for (const f of data.sources.establishments.features) {
    const p = f.properties ?? {};
    put('establishments', String(p['id']), { o: 1, e: code(p['emphasis']) });
    // A dodged establishment's leader line shows with it (the others have none).
    const leader = model.ids.leaders.get(String(p['id']));
    if (leader !== undefined) states.leaders.set(leader, { o: 1, e: code(p['emphasis']) });
  }
  if (labels) labelStates(states, labels, data, scheme);
  return { states, missing };
}

/**
 * The labels shown: the set of the scheme (or of the rate view) shows the
 * labels of the features `data` shows, with their emphasis; the other sets
 * show nothing. (A feature without a label has no key in its set: skipped.)
 */
function labelStates(states: FeatureStates, labels: LabelSets, data: MapData, scheme: Scheme): void {
  const rate = data.rateYear !== undefined;
  const source = labelSource(labelSetOf(scheme, rate));
  const ids = labels.ids[source];
  const into = states[source];
  const show = (role: LabelRole, id: string, state: FeatureStateValue): void => {
    const n = ids.get(labelKey(role, id));
    if (n !== undefined) into.set(n, state);
  };
  for (const [key, n] of ids) if (key.startsWith('context:')) into.set(n, { o: 1 });
  for (const f of data.sources['territory-labels'].features) {
    const id = String(f.properties?.['id']);
    show('territory', id, { o: 1 });
    show('value-room', id, { o: 1 });
  }
  for (const f of data.sources['count-marks'].features) {
    const p = f.properties ?? {};
    const id = String(p['id']);
    const state = { o: 1, e: code(p['emphasis']) };
    if (isTerritoryMark(id)) show('mark-room', id, state);
    else show('mark', markKey(scheme, id), state);
  }
  for (const f of data.sources.establishments.features) {
    const p = f.properties ?? {};
    show('site', String(p['id']), { o: 1, e: code(p['emphasis']) });
  }
}

const HIDDEN: FeatureStateValue = { o: 0 };

const same = (a: FeatureStateValue | undefined, b: FeatureStateValue): boolean => {
  if (!a) return false;
  for (const k of Object.keys(b)) if (a[k] !== b[k]) return false;
  for (const k of Object.keys(a)) if (!(k in b) && a[k] !== 0) return false;
  return true;
};

/** `next`, with 0 for the keys `previous` set that it drops (MapLibre merges states: a dropped key would stay). */
const withDropped = (previous: FeatureStateValue | undefined, next: FeatureStateValue): FeatureStateValue => {
  if (!previous) return next;
  let out = next;
  for (const k of Object.keys(previous)) if (!(k in next) && previous[k] !== 0) out = { ...out, [k]: 0 };
  return out;
};

/**
 * The `setFeatureState` calls that turn `previous` into `next`: changed or
 * newly shown features get their new state, features no longer shown get
 * `{o: 0}`. With `previous` null, every feature of `next` is set.
 */
export function stateDiff(previous: FeatureStates | null, next: FeatureStates): StateChange[] {
  const changes: StateChange[] = [];
  for (const source of STATE_SOURCES) {
    const before = previous?.[source];
    const after = next[source];
    for (const [id, state] of after) {
      const was = before?.get(id);
      if (!same(was, state)) changes.push({ source, id, state: withDropped(was, state) });
    }
    if (before) for (const [id, state] of before) if (!after.has(id) && state['o'] !== 0) changes.push({ source, id, state: HIDDEN });
  }
  return changes;
}
