/**
 * The links the map draws, from the cooperations and post site values in
 * force. Over 350 lines: hub/spoke and shortest-tree plans, post links, lanes
 * and the cache that keeps unchanged links the same objects belong together.
 */
import { shownFrom } from '../model/attest.ts';
import { COOPERATION_KINDS } from '../model/types.ts';
import type { Cooperation, CooperationKind, Dataset, Establishment } from '../model/types.ts';
import { schemeWithPeriod } from './countsByBassin.ts';
import { datasetIndex } from './datasetIndex.ts';
import { memoizeByObject, memoizeLast } from './memoizeLast.ts';
import { HUB_ID, POSTS_LINK_PREFIX, establishmentFilterKey, establishmentFilterOfKey, type EstablishmentFilter } from './state.ts';
import type { Filters, Link, Scheme } from './types.ts';
import { visibilityMask } from './visibleEstablishments.ts';

/**
 * The links the map draws for the current filters, in a stable order
 * (cooperations in dataset order, then post links in site-value order).
 *
 * - Cooperations in force at `filters.date`, except `listed` ones (dated and undated, see
 *   `cooperationsInForce`) whose kind is in `filters.links`. Only VISIBLE
 *   members are joined (see `visibleEstablishments`): a filter hides the links
 *   to what it hides, not the whole cooperation.
 *   - with a `hub`: one link hub → each other member (none if the hub is
 *     hidden); directed only for `posts` cooperations;
 *   - without a hub: the edges of the minimum spanning tree of the visible
 *     members by great-circle distance (a neutral "these belong together";
 *     Prim from the smallest id, ties broken by id), each oriented
 *     `from` < `to` by id;
 *   - a `posts` cooperation without hub radiates from the CHRU if it is a member.
 *   Their certainty is `stated`; `dated` is false for undated cooperations.
 *   With `filters.hideAttested`, the cooperations in force only by an
 *   attestation (no stated date) are left out; those nothing dates stay.
 * - Post links of the current scheme (`filters.scheme`), when `links` has
 *   `posts` and the date is on or after the scheme's period start (the figure
 *   is cumulative, never prorated): CHRU → each site of each site value,
 *   directed, with the site value's certainty. A single-site value gives the
 *   `weight`; a group value (split unknown) is drawn to each of its sites with
 *   no weight. Their `cooperationId` is `posts:<scheme>:<siteValueId>` (never a
 *   real cooperation id: it has colons), so ids stay unique even when two
 *   values share a site.
 * - Links to an unknown establishment, or from an establishment to itself,
 *   are dropped; repeated members count once.
 * - `lane`/`lanes`: the links joining the same unordered pair, ordered by kind
 *   (`COOPERATION_KINDS` order), then cooperation id, then id, get lanes
 *   `i − (n − 1) / 2` (…, −1, 0, 1, … for odd n; ±0.5, ±1.5, … for even n).
 *
 * The `Link` objects are frozen and shared between calls (a link whose lane
 * is unchanged is the same object as in the previous result), so that a
 * filter change allocates only what changed.
 */
export function visibleLinks(
  dataset: Dataset,
  filters: Pick<Filters, 'links' | 'date' | 'scheme' | 'hideAttested'> & EstablishmentFilter,
): Link[] {
  return linksMemo(
    dataset,
    filters.links.join(','),
    filters.date,
    filters.scheme,
    establishmentFilterKey(filters),
    filters.hideAttested === true,
  );
}

const KIND_ORDER = new Map<CooperationKind, number>(COOPERATION_KINDS.map((k, i) => [k, i]));

/**
 * Every link a dataset can draw, built once per dataset. A link "template" is
 * an index t: `links[t]` is its `Link` as last drawn (frozen; replaced only
 * when its lane changes), `from[t]`/`to[t]` the positions of its ends in
 * `dataset.establishments`, `pair[t]` the dense index of its unordered pair.
 * Plain integer arrays rather than one object per template: at 100,000 links,
 * fewer objects means far less garbage-collection work on the first render.
 */
interface LinkPlans {
  cooperations: CooperationPlan[];
  /** Template indexes of the post links per scheme, in site-value order. */
  posts: Map<string, number[]>;
  links: Link[];
  from: number[];
  to: number[];
  pair: number[];
  /** Unordered pair key (a·n + b, a < b) → dense pair index; grows as new pairs appear. */
  pairs: Map<number, number>;
  /** Per pair index (dense), its first template: a pair becomes a lane group when a second one comes. */
  firstOfPair: number[];
  /** Per pair index, its templates in lane order (kind order, cooperation id, id): only pairs with several. */
  lanesOrder: Map<number, number[]>;
  /** Spanning trees of partly visible cooperations: the last one per cooperation. */
  partialTrees: WeakMap<Cooperation, { key: string; edges: number[] }>;
  /** Link id → template, for spanning-tree edges only (a partial tree reuses known edges). */
  treeEdges: Map<string, number>;
}

/** What a cooperation can draw, prepared once per dataset. */
interface CooperationPlan {
  cooperation: Cooperation;
  kind: CooperationKind;
  /** The date it is shown from (`shownFrom`: stated date, else attestation), or '' when nothing dates it (in force at every date). */
  date: string;
  /** True when only an attestation dates it (no stated date): what `hideAttested` hides. */
  attestedOnly: boolean;
  /** Position of the hub, or -1 for a hubless cooperation. */
  hub: number;
  /** With a hub: templates hub → each other known member. */
  spokes: number[];
  /** Without a hub: the known members' positions, ascending by id. */
  parties: number[];
  /** Without a hub: the templates of the spanning tree with every party visible. */
  fullTree: number[];
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lane order within a pair: kind (`COOPERATION_KINDS` order), then cooperation id, then id. */
function compareLinks(a: Link, b: Link): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) ||
    compareStrings(a.cooperationId, b.cooperationId) ||
    compareStrings(a.id, b.id)
  );
}

/**
 * Registers a link template (its `Link` at lane 0 of 1) and keeps the lane
 * order of its pair, so that no call ever sorts. Returns its index.
 */
function addTemplate(plans: LinkPlans, position: ReadonlyMap<string, number>, n: number, link: Link): number {
  const t = plans.links.length;
  const a = position.get(link.from) as number;
  const b = position.get(link.to) as number;
  const key = a < b ? a * n + b : b * n + a;
  let pair = plans.pairs.get(key);
  if (pair === undefined) {
    pair = plans.pairs.size;
    plans.pairs.set(key, pair);
  }
  plans.links.push(Object.freeze(link));
  plans.from.push(a);
  plans.to.push(b);
  plans.pair.push(pair);
  const first = plans.firstOfPair[pair];
  if (first === undefined) {
    // Pair indexes are handed out in order: this is the next slot.
    plans.firstOfPair.push(t);
    return t;
  }
  let order = plans.lanesOrder.get(pair);
  if (!order) plans.lanesOrder.set(pair, (order = [first]));
  // Insert in lane order (groups are small: a linear scan from the end).
  let i = order.length;
  while (i > 0 && compareLinks(plans.links[order[i - 1] as number] as Link, link) > 0) i--;
  order.splice(i, 0, t);
  return t;
}

function cooperationLink(c: Cooperation, from: string, to: string, directed: boolean): Link {
  return {
    id: `${c.id}:${from}:${to}`,
    cooperationId: c.id,
    kind: c.kind,
    from,
    to,
    certainty: 'stated',
    directed,
    dated: c.date !== undefined,
    lane: 0,
    lanes: 1,
  };
}

/** The template of a spanning-tree edge: the known one (full tree, earlier partial tree) or a new one. */
function treeEdge(plans: LinkPlans, position: ReadonlyMap<string, number>, n: number, c: Cooperation, from: string, to: string): number {
  const link = cooperationLink(c, from, to, false);
  let t = plans.treeEdges.get(link.id);
  if (t === undefined) {
    t = addTemplate(plans, position, n, link);
    plans.treeEdges.set(link.id, t);
  }
  return t;
}

/** Every link template of a dataset, built on first use and kept while the dataset lives. */
const linkPlans = memoizeByObject((dataset: Dataset): LinkPlans => {
  const { establishmentIndex: position, establishmentById: byId } = datasetIndex(dataset);
  const n = dataset.establishments.length;
  const plans: LinkPlans = {
    cooperations: [],
    posts: new Map(),
    links: [],
    from: [],
    to: [],
    pair: [],
    pairs: new Map(),
    firstOfPair: [],
    lanesOrder: new Map(),
    partialTrees: new WeakMap(),
    treeEdges: new Map(),
  };

  for (const c of dataset.cooperations) {
    // A `listed` record only restates a name seen on a map (the CHT of January
    // 2012): the constituted or project record of the same CHT draws its links.
    if (c.status === 'listed') continue;
    // Known members, each once (member lists are short: a scan beats a Set).
    const parties: string[] = [];
    for (const id of c.members) if (byId.has(id) && !parties.includes(id)) parties.push(id);
    const hubId = c.hub ?? (c.kind === 'posts' && c.members.includes(HUB_ID) ? HUB_ID : undefined);
    const plan: CooperationPlan = {
      cooperation: c,
      kind: c.kind,
      date: shownFrom(c) ?? '',
      attestedOnly: c.date === undefined && c.attested !== undefined,
      hub: -1,
      spokes: [],
      parties: [],
      fullTree: [],
    };
    if (hubId !== undefined) {
      if (!byId.has(hubId)) continue;
      plan.hub = position.get(hubId) as number;
      for (const to of parties) {
        if (to !== hubId) plan.spokes.push(addTemplate(plans, position, n, cooperationLink(c, hubId, to, c.kind === 'posts')));
      }
    } else {
      if (parties.length < 2) continue;
      const sorted = parties.toSorted(compareStrings);
      plan.parties = sorted.map((id) => position.get(id) as number);
      plan.fullTree = spanningTree(sorted, byId).map(([from, to]) => treeEdge(plans, position, n, c, from, to));
    }
    plans.cooperations.push(plan);
  }

  if (byId.has(HUB_ID)) {
    for (const v of dataset.posts.siteValues) {
      const sites = v.establishments.filter((id, i) => v.establishments.indexOf(id) === i);
      let list = plans.posts.get(v.scheme);
      if (!list) plans.posts.set(v.scheme, (list = []));
      const cooperationId = `${POSTS_LINK_PREFIX}${v.scheme}:${v.id}`;
      for (const to of sites) {
        if (to === HUB_ID || !byId.has(to)) continue;
        const link: Link = {
          id: `${cooperationId}:${HUB_ID}:${to}`,
          cooperationId,
          kind: 'posts',
          from: HUB_ID,
          to,
          certainty: v.certainty === 'stated' ? 'stated' : 'inferred',
          directed: true,
          dated: true,
          lane: 0,
          lanes: 1,
          siteValueId: v.id,
        };
        if (sites.length === 1) link.weight = v.value;
        list.push(addTemplate(plans, position, n, link));
      }
    }
  }
  return plans;
});

const linksMemo = memoizeLast(
  (dataset: Dataset, linksKey: string, date: string, scheme: Scheme, filterKey: string, hideAttested: boolean): Link[] => {
    const plans = linkPlans(dataset);
    const kinds = new Set(linksKey.split(','));
    const filter = establishmentFilterOfKey(filterKey);
    const mask = filter === null ? null : visibilityMask(dataset, filter);
    const { to } = plans;
    const chosen: number[] = [];

    for (const plan of plans.cooperations) {
      // Plans with nothing to date them have date '', before any date: in force at every date.
      if (!kinds.has(plan.kind) || plan.date > date || (hideAttested && plan.attestedOnly)) continue;
      if (plan.hub >= 0) {
        if (mask === null) {
          for (const t of plan.spokes) chosen.push(t);
        } else if (mask[plan.hub] === 1) {
          for (const t of plan.spokes) if (mask[to[t] as number] === 1) chosen.push(t);
        }
      } else if (mask === null || plan.parties.every((p) => mask[p] === 1)) {
        for (const t of plan.fullTree) chosen.push(t);
      } else {
        for (const t of partialTree(dataset, plans, plan, mask)) chosen.push(t);
      }
    }

    const posts = plans.posts.get(scheme);
    if (posts && kinds.has('posts') && date >= `${schemeWithPeriod(dataset, scheme).period.start}-01-01`) {
      const { from } = plans;
      for (const t of posts) if (mask === null || (mask[from[t] as number] === 1 && mask[to[t] as number] === 1)) chosen.push(t);
    }
    return withLanes(plans, chosen);
  },
);

/** The spanning-tree templates of a hubless cooperation's visible parties (cached per cooperation and visible set). */
function partialTree(dataset: Dataset, plans: LinkPlans, plan: CooperationPlan, mask: Uint8Array): number[] {
  const visible = plan.parties.filter((p) => mask[p] === 1);
  if (visible.length < 2) return [];
  const key = visible.join(',');
  const cached = plans.partialTrees.get(plan.cooperation);
  if (cached && cached.key === key) return cached.edges;
  const { establishmentById: byId, establishmentIndex: position } = datasetIndex(dataset);
  const ids = visible.map((p) => (dataset.establishments[p] as Establishment).id);
  const c = plan.cooperation;
  const n = dataset.establishments.length;
  const edges = spanningTree(ids, byId).map(([from, to]) => treeEdge(plans, position, n, c, from, to));
  plans.partialTrees.set(c, { key, edges });
  return edges;
}

/**
 * The links of the chosen templates, in order, with `lane`/`lanes`: links
 * are counted per pair in a dense array; for pairs with several, the pair's
 * precomputed lane order is walked, giving lanes to the chosen ones. A
 * template's `Link` is replaced (frozen, then kept) only when its lane changes.
 */
function withLanes(plans: LinkPlans, chosen: readonly number[]): Link[] {
  const { links, pair } = plans;
  const perPair = new Uint32Array(plans.pairs.size);
  const crowded: number[] = [];
  for (const t of chosen) {
    const p = pair[t] as number;
    const count = (perPair[p] as number) + 1;
    perPair[p] = count;
    if (count === 2) crowded.push(p);
  }
  let lane: Float64Array | undefined;
  if (crowded.length > 0) {
    const isChosen = new Uint8Array(links.length);
    for (const t of chosen) isChosen[t] = 1;
    lane = new Float64Array(links.length);
    for (const p of crowded) {
      const offset = ((perPair[p] as number) - 1) / 2;
      let k = 0;
      for (const t of plans.lanesOrder.get(p) as number[]) {
        if (isChosen[t] === 1) lane[t] = k++ - offset;
      }
    }
  }
  const out: Link[] = [];
  for (const t of chosen) {
    const lanes = perPair[pair[t] as number] as number;
    const l = lanes > 1 ? ((lane as Float64Array)[t] as number) : 0;
    let link = links[t] as Link;
    if (link.lane !== l || link.lanes !== lanes) {
      link = Object.freeze({ ...link, lane: l, lanes });
      links[t] = link;
    }
    out.push(link);
  }
  return out;
}

/** Great-circle distance in km between two [lon, lat] points (haversine). */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The minimum spanning tree of establishments `ids` (sorted ascending) by
 * great-circle distance, as edges `[from, to]` with from < to by id. Prim's
 * algorithm, O(m²) for m parties (cooperations have few), starting from the
 * smallest id; on equal distances the smaller id joins first, attached to the
 * smaller-id tree vertex.
 */
function spanningTree(ids: readonly string[], byId: ReadonlyMap<string, Establishment>): [string, string][] {
  const m = ids.length;
  const points = ids.map((id) => (byId.get(id) as Establishment).coordinates);
  const inTree = Array.from({ length: m }, () => false);
  const best = Array.from({ length: m }, () => Infinity);
  const parent = Array.from({ length: m }, () => -1);
  const edges: [string, string][] = [];
  best[0] = 0;
  for (let step = 0; step < m; step++) {
    let u = -1;
    for (let v = 0; v < m; v++) {
      // Strict `<` over ascending ids: on a tie the smaller id wins.
      if (!inTree[v] && (u === -1 || (best[v] as number) < (best[u] as number))) u = v;
    }
    inTree[u] = true;
    const p = parent[u] as number;
    if (p >= 0) edges.push([ids[Math.min(p, u)] as string, ids[Math.max(p, u)] as string]);
    for (let v = 0; v < m; v++) {
      if (inTree[v]) continue;
      const d = greatCircleKm(points[u] as [number, number], points[v] as [number, number]);
      // On equal distances, attach to the tree vertex with the smaller id.
      if (d < (best[v] as number) || (d === best[v] && u < (parent[v] as number))) {
        best[v] = d;
        parent[v] = u;
      }
    }
  }
  return edges;
}

/** Key of a link's unordered pair of ends. */
const pairKey = (l: Link): string => (l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`);

/**
 * Every link the dataset can ever draw, whatever the filters, each with a
 * FIXED lane among the links of its pair: the map builds its link geometry
 * once from this list and only shows or hides links afterwards, so a filter
 * change never moves a line. It holds
 * - the hub spokes and post links of every scheme (as `visibleLinks` makes them);
 * - for each hubless cooperation, an edge for EVERY pair of its known members
 *   (ids `${cooperationId}:${from}:${to}`, from < to): under an establishment
 *   filter its spanning tree is re-drawn over the visible members, and any
 *   pair can become a tree edge.
 *
 * Lanes: per unordered pair, the non-post links in lane order (kind, then
 * cooperation id, then id), then as many post slots as the scheme with most
 * post links on that pair (the schemes are never drawn together, so they share
 * slots); lane = slot − (slots − 1) / 2. Order: the templates in `visibleLinks`
 * order, then the extra pair edges by cooperation, then by id.
 */
export const linkCatalogue = memoizeByObject((dataset: Dataset): Link[] => {
  const plans = linkPlans(dataset);
  const { establishmentById: byId } = datasetIndex(dataset);
  const all: Link[] = plans.links.map((l) => ({ ...l }));
  const seen = new Set(all.map((l) => l.id));
  for (const plan of plans.cooperations) {
    if (plan.hub >= 0) continue;
    const ids = plan.parties.map((p) => (dataset.establishments[p] as Establishment).id);
    const c = plan.cooperation;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const link = cooperationLink(c, ids[i] as string, ids[j] as string, false);
        if (!seen.has(link.id) && byId.has(link.from) && byId.has(link.to)) {
          seen.add(link.id);
          all.push(link);
        }
      }
    }
  }
  const groups = new Map<string, Link[]>();
  for (const l of all) {
    const key = pairKey(l);
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  for (const g of groups.values()) {
    if (g.length === 1) continue;
    const others = g.filter((l) => l.kind !== 'posts').toSorted(compareLinks);
    const perScheme = new Map<string, Link[]>();
    for (const l of g) {
      if (l.kind !== 'posts') continue;
      const scheme = l.cooperationId.split(':')[1] ?? '';
      const list = perScheme.get(scheme);
      if (list) list.push(l);
      else perScheme.set(scheme, [l]);
    }
    const postSlots = Math.max(0, ...[...perScheme.values()].map((list) => list.length));
    const slots = others.length + postSlots;
    if (slots < 2) continue;
    const offset = (slots - 1) / 2;
    others.forEach((l, i) => {
      l.lane = i - offset;
      l.lanes = slots;
    });
    for (const list of perScheme.values()) {
      list.toSorted(compareLinks).forEach((l, i) => {
        l.lane = others.length + i - offset;
        l.lanes = slots;
      });
    }
  }
  return all.map((l) => Object.freeze(l));
});
