/**
 * Presentation scenes (`data/scenes.json`): an ordered list of named views,
 * each a full app state, a camera and a title and caption in French and
 * English. Pure: no DOM, no MapLibre, no lit.
 *
 * Truth rule: a title or caption never writes a figure. Every number or date
 * is a `{token}` resolved from the other data files when the scene is shown,
 * so a caption cannot drift from the data; `parseScenes` refuses a text with
 * a digit outside a token, and a token that does not resolve.
 *
 * Tokens (`<…>` are ids of `data/*.json`):
 * - `{grandTotal:<scheme>}`, `{bassinTotal:<scheme>:<bassin>}`, `{extra:<id>}`: published post counts;
 * - `{period:<scheme>}` (2000–2011), `{start:<scheme>}`, `{end:<scheme>}`: the scheme's period;
 * - `{figure:<id>}`: a figure of posts.json or figures.json, with its qualifier
 *   ("environ 25", "plus de 200") and unit; `{when:<id>}`: the date it refers to;
 * - `{date:<cooperation>}` (at its stated precision), `{year:<cooperation>}`;
 * - `{members:<cooperation>}`: its number of members;
 * - `{count:<kind>}`, `{count:<kind>:<status>}`: cooperations of a kind (and status) in force at the
 *   scene's date (stated date or attestation on or before it), so a caption of January 2012 never
 *   counts a status a September 2013 source gives;
 * - `{inForce:<kind>}`: cooperations of a kind with a stated date on or before the scene's date;
 * - `{attested:<cooperation>}`: the year from which the sources attest an undated cooperation;
 * - `{links}`: links the map draws for the scene's state;
 * - `{quoted:<record>:<fr text>|<en text>}`: words copied from one of the
 *   record's source quotes (checked), with an English rendering that keeps
 *   the same digits, for figures the data holds only as quoted text.
 *
 * Over 350 lines: the types, tokens, checks and navigation of scenes are one
 * pure module, tested in Node. The page loads it with scene mode; the build
 * runs its checks on the shipped files (`verifiedData` in vite.config.ts).
 */
import { BASSIN_IDS } from '../model/types.ts';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS, SCHEMES } from '../model/registry.ts';
import type { BassinId, CooperationKind, Dataset, EstablishmentKind, Figure, Source } from '../model/types.ts';
import { cooperationsInForce } from '../query/cooperationsInForce.ts';
import { TIMELINE } from '../query/state.ts';
import type { AppState, Grid, Lang, SceneMove, Scheme } from '../query/types.ts';
import { visibleLinks } from '../query/visibleLinks.ts';
import { isCalendarDate, isObject } from '../model/guards.ts';
import type { SchemaIssue } from '../model/validate.ts';
import { formatLongDate, formatNumber, inLang, msg } from '../i18n/index.ts';

/** A scene text: French and English (the schema requires both), and any other language of the app it is translated into. */
export type SceneText = { fr: string; en: string } & Partial<Record<Lang, string>>;

/** Where the map looks: a centre and a zoom, or bounds [west, south, east, north] fitted to the screen. */
export type SceneCamera = { center: [number, number]; zoom: number } | { bounds: [number, number, number, number] };

/** Everything a scene fixes of the app state (the reader's language is kept). */
export interface SceneState {
  scheme: Scheme;
  links: CooperationKind[];
  date: string;
  grid: Grid;
  focus: string | null;
  kinds: EstablishmentKind[];
  member: string | null;
}

/** One presentation step. `title` and `caption` are templates: see the tokens above. */
export interface Scene {
  id: string;
  title: SceneText;
  caption: SceneText;
  state: SceneState;
  camera: SceneCamera;
}

/** `data/scenes.json`. */
export interface ScenesFile {
  scenes: Scene[];
}

/** A problem found in the scenes file: where (`scenes[2].caption.fr`) and what. */
export interface SceneIssue {
  path: string;
  message: string;
}

/** Formats an issue the way the data issues read: `data/scenes.json scenes[2].caption.fr: …`. */
export function formatSceneIssue(issue: SceneIssue): string {
  return `data/scenes.json ${issue.path}: ${issue.message}`;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `{name}` or `{name:arguments}`. */
const TOKEN = /\{([A-Za-z]+)(?::([^{}]*))?\}/g;

const show = (v: unknown): string =>
  typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 39)}…` : v}"` : (JSON.stringify(v) ?? String(v));

/** A token of a template: its name, its arguments split on `:`, and the text it stands for. */
export interface SceneToken {
  raw: string;
  name: string;
  args: string[];
}

/** The tokens of a template, in order. */
export function templateTokens(template: string): SceneToken[] {
  return [...template.matchAll(TOKEN)].map((m) => {
    const name = m[1] as string;
    const rest = m[2];
    // `quoted` keeps everything after the record id, colons included.
    const args = rest === undefined ? [] : name === 'quoted' ? splitOnce(rest) : rest.split(':');
    return { raw: m[0], name, args };
  });
}

function splitOnce(text: string): string[] {
  const i = text.indexOf(':');
  return i < 0 ? [text] : [text.slice(0, i), text.slice(i + 1)];
}

/** The text of a template with its tokens removed: what must hold no digit. */
export function literalText(template: string): string {
  return template.replace(TOKEN, '');
}

/** What a token needs to be resolved. */
export interface TextContext {
  dataset: Dataset;
  lang: Lang;
  /** The scene's state (for `{inForce}` and `{links}`). */
  state: SceneState;
}

/** A number as the UI writes it (French: narrow no-break space between thousands). */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, lang, { maximumFractionDigits: 2 });
}

/** An ISO date at a precision: "13 juillet 2001", "1er juillet 2009" / "13 July 2001"; "juillet 2001"; "2001". Throws on a non-date. */
export function formatSceneDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (!isCalendarDate(iso)) throw new Error(`not a calendar date: ${show(iso)}`);
  return formatLongDate(iso, lang, precision);
}

/** A figure with its range, qualifier and percent sign: "environ 25", "7 à 8", "11 %". */
export function formatFigure(figure: Figure, lang: Lang): string {
  const f = msg(lang).format;
  let text = formatCount(figure.value, lang);
  if (figure.max !== undefined && figure.max !== figure.value) text = f.range(text, formatCount(figure.max, lang));
  if (figure.qualifier) text = `${f.qualifiers[figure.qualifier]} ${text}`;
  // Only the percent sign is written: the other units are French nouns ("postes par an"), which the caption words itself.
  if (figure.unit === '%') text = f.percent(text);
  return text;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Every record of the dataset with an id and sources, by id (for `{quoted}`). */
function sourcesById(dataset: Dataset): Map<string, Source[]> {
  const out = new Map<string, Source[]>();
  const add = (records: readonly { id: string; sources: Source[] }[]): void => {
    for (const r of records) out.set(r.id, [...(out.get(r.id) ?? []), ...(r.sources ?? [])]);
  };
  add(dataset.cooperations);
  add(dataset.establishments);
  add(dataset.posts.siteValues);
  add(dataset.posts.extras);
  add(dataset.posts.figures);
  add(dataset.keyFigures.figures);
  return out;
}

/**
 * The text a token stands for in `ctx.lang`. Throws an `Error` saying what is
 * wrong when the token is unknown, malformed, or names nothing in the data.
 */
export function resolveToken(token: SceneToken, ctx: TextContext): string {
  const { dataset, lang } = ctx;
  const [a, b] = token.args;
  const need = (n: number): void => {
    if (token.args.length !== n || token.args.some((x) => x === '')) {
      throw new Error(`${token.raw} needs ${n} argument${n === 1 ? '' : 's'}`);
    }
  };
  const cooperation = (id: string | undefined) => {
    const found = dataset.cooperations.find((x) => x.id === id);
    if (!found) throw new Error(`${token.raw}: no cooperation "${id}" in cooperations.json`);
    return found;
  };
  const scheme = (id: string | undefined) => {
    if (!(SCHEMES as readonly string[]).includes(id ?? ''))
      throw new Error(`${token.raw}: unknown scheme "${id}" (${SCHEMES.join(' or ')})`);
    const def = dataset.posts.schemes.find((s) => s.id === id);
    if (!def?.period) throw new Error(`${token.raw}: scheme "${id}" has no period in posts.json`);
    return def as typeof def & { period: { start: number; end: number } };
  };
  const kind = (k: string | undefined): CooperationKind => {
    if (!(COOPERATION_KINDS as readonly string[]).includes(k ?? '')) throw new Error(`${token.raw}: unknown cooperation kind "${k}"`);
    return k as CooperationKind;
  };
  switch (token.name) {
    case 'grandTotal': {
      need(1);
      const total = dataset.posts.grandTotals.find((t) => t.scheme === scheme(a).id);
      if (!total) throw new Error(`${token.raw}: no grand total for "${a}" in posts.json`);
      return formatCount(total.value, lang);
    }
    case 'bassinTotal': {
      need(2);
      if (!(BASSIN_IDS as readonly string[]).includes(b ?? '')) throw new Error(`${token.raw}: unknown bassin "${b}"`);
      const total = dataset.posts.bassinTotals.find((t) => t.scheme === scheme(a).id && t.bassin === (b as BassinId));
      if (!total) throw new Error(`${token.raw}: no ${a} total for bassin "${b}" in posts.json`);
      return formatCount(total.value, lang);
    }
    case 'extra': {
      need(1);
      const extra = dataset.posts.extras.find((x) => x.id === a);
      if (!extra) throw new Error(`${token.raw}: no extra count "${a}" in posts.json`);
      return formatCount(extra.value, lang);
    }
    case 'period': {
      need(1);
      const { start, end } = scheme(a).period;
      return `${start}–${end}`;
    }
    case 'start':
      need(1);
      return String(scheme(a).period.start);
    case 'end':
      need(1);
      return String(scheme(a).period.end);
    case 'figure':
    case 'when': {
      need(1);
      const figure = [...dataset.posts.figures, ...dataset.keyFigures.figures].find((f) => f.id === a);
      if (!figure) throw new Error(`${token.raw}: no figure "${a}" in posts.json or figures.json`);
      if (token.name === 'figure') return formatFigure(figure, lang);
      if (!figure.when) throw new Error(`${token.raw}: figure "${a}" has no "when"`);
      return /^\d{4}-\d{2}$/.test(figure.when)
        ? formatSceneDate(`${figure.when}-01`, lang, 'month')
        : /^\d{4}-\d{2}-\d{2}$/.test(figure.when)
          ? formatSceneDate(figure.when, lang)
          : figure.when;
    }
    case 'date':
    case 'year': {
      need(1);
      const coop = cooperation(a);
      if (!coop.date) throw new Error(`${token.raw}: cooperation "${a}" has no date`);
      return token.name === 'year' ? coop.date.slice(0, 4) : formatSceneDate(coop.date, lang, coop.datePrecision ?? 'day');
    }
    case 'attested': {
      need(1);
      const coop = cooperation(a);
      if (!coop.attested)
        throw new Error(`${token.raw}: cooperation "${a}" is not attested by a dated source (it has a date, or no source dates it)`);
      return coop.attested.date.slice(0, 4);
    }
    case 'members':
      need(1);
      return formatCount(cooperation(a).members.length, lang);
    case 'count': {
      if (token.args.length < 1 || token.args.length > 2) throw new Error(`${token.raw} needs a kind, and optionally a status`);
      const k = kind(a);
      const status = b;
      if (status !== undefined && !['constituted', 'signed', 'project', 'listed'].includes(status)) {
        throw new Error(`${token.raw}: unknown status "${status}"`);
      }
      const inForce = cooperationsInForce(dataset, ctx.state.date);
      const known = [...inForce.dated, ...inForce.attested, ...inForce.undated];
      return formatCount(known.filter((x) => x.kind === k && (status === undefined || x.status === status)).length, lang);
    }
    case 'inForce': {
      need(1);
      const k = kind(a);
      return formatCount(cooperationsInForce(dataset, ctx.state.date).dated.filter((x) => x.kind === k).length, lang);
    }
    case 'links':
      need(0);
      return formatCount(visibleLinks(dataset, ctx.state).length, lang);
    case 'quoted': {
      need(2);
      const bar = (b ?? '').indexOf('|');
      if (bar <= 0 || bar === (b ?? '').length - 1) throw new Error(`${token.raw}: write {quoted:<record>:<French words>|<English words>}`);
      const fr = (b as string).slice(0, bar);
      const en = (b as string).slice(bar + 1);
      const sources = sourcesById(dataset).get(a as string);
      if (!sources) throw new Error(`${token.raw}: no record "${a}" in the data`);
      if (!sources.some((s) => normalise(s.quote).includes(normalise(fr)))) {
        throw new Error(`${token.raw}: "${fr}" is in none of the quotes of "${a}"`);
      }
      if (digitsOf(fr) !== digitsOf(en)) throw new Error(`${token.raw}: the English words must keep the figures of the French ones`);
      return inLang(lang, { fr, en });
    }
    default:
      throw new Error(`unknown token ${token.raw}`);
  }
}

/** A template with its tokens resolved. Throws like `resolveToken`. */
export function resolveText(template: string, ctx: TextContext): string {
  return template.replace(TOKEN, (raw) => resolveToken(templateTokens(raw)[0] as SceneToken, ctx));
}

/** The scene's title and caption in `lang`, figures taken from `dataset`. */
export function sceneTexts(scene: Scene, dataset: Dataset, lang: Lang): { title: string; caption: string } {
  const ctx: TextContext = { dataset, lang, state: scene.state };
  return { title: resolveText(inLang(lang, scene.title), ctx), caption: resolveText(inLang(lang, scene.caption), ctx) };
}

/** The app state a scene shows, in the reader's language. */
export function sceneAppState(scene: Scene, lang: Lang): AppState {
  const s = scene.state;
  return {
    lang,
    filters: {
      scheme: s.scheme,
      links: COOPERATION_KINDS.filter((k) => s.links.includes(k)),
      date: s.date,
      kinds: ESTABLISHMENT_KINDS.filter((k) => s.kinds.includes(k)),
      member: s.member,
    },
    view: { grid: s.grid },
    selection: { focus: s.focus },
  };
}

// ——— validation ———

/** `['scenes', 2, 'caption', 'fr']` → `scenes[2].caption.fr`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' || /^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** What the schema cannot say about a camera: bounds must not be inverted. */
function checkCamera(camera: SceneCamera, path: string, issues: SceneIssue[]): void {
  if ('bounds' in camera) {
    const [w, s, e, n] = camera.bounds;
    if (w >= e || s >= n) {
      issues.push({
        path: `${path}.bounds`,
        message: `must be [west, south, east, north] with west < east and south < north, got ${show(camera.bounds)}`,
      });
    }
  }
}

/** What the schema cannot say about a text: no written figure, and (with a dataset) every token resolves. */
function checkText(value: SceneText, path: string, issues: SceneIssue[], dataset: Dataset | undefined, state: SceneState | null): void {
  for (const lang of Object.keys(value) as Lang[]) {
    const text = value[lang] ?? '';
    const at = `${path}.${lang}`;
    // A digit run glued to a preceding letter is part of a name (the G4 of CHUs), not a figure.
    const digit = /(?<![\p{L}\d])\d+/u.exec(literalText(text));
    if (digit) issues.push({ path: at, message: `writes the figure "${digit[0]}": take it from the data with a {token}` });
    if (dataset && state) {
      for (const token of templateTokens(text)) {
        try {
          resolveToken(token, { dataset, lang, state });
        } catch (error) {
          issues.push({ path: at, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  }
}

/** What the schema cannot say about a state: a real date on the timeline, and (with a dataset) ids that exist. Null when it fails. */
function checkState(state: SceneState, path: string, issues: SceneIssue[], dataset: Dataset | undefined): SceneState | null {
  const before = issues.length;
  const { date, focus, member } = state;
  if (!isCalendarDate(date) || date < TIMELINE.start || date > TIMELINE.end) {
    issues.push({ path: `${path}.date`, message: `must be a calendar date from ${TIMELINE.start} to ${TIMELINE.end}, got ${show(date)}` });
  }
  if (
    dataset &&
    focus !== null &&
    !(BASSIN_IDS as readonly string[]).includes(focus) &&
    !dataset.establishments.some((e) => e.id === focus)
  ) {
    issues.push({ path: `${path}.focus`, message: `names neither a bassin nor an establishment: ${show(focus)}` });
  }
  if (dataset && member !== null && !dataset.cooperations.some((x) => x.id === member && (x.kind === 'cht' || x.kind === 'ght'))) {
    issues.push({ path: `${path}.member`, message: `names no CHT or GHT: ${show(member)}` });
  }
  return issues.length === before ? state : null;
}

/**
 * Reads `data/scenes.json`: first the problems its JSON Schema found
 * (`schema`: `schemaIssues('scenes', json)` of the same validator as the other
 * data files, or none when the file is the one the build validated), then what a schema cannot
 * say — ids used once, no written figure, tokens that resolve, a date on the
 * timeline, ids that exist, bounds not inverted. Forgiving like the rest of
 * the app: a scene with a problem is left out and the problem reported; the
 * others are kept, in file order. Without a dataset, only what needs no data.
 */
export function parseScenes(
  json: unknown,
  dataset: Dataset | undefined,
  schema: readonly SchemaIssue[],
): { scenes: Scene[]; issues: SceneIssue[] } {
  const { scenes, issues } = checkScenes(json, dataset, schema);
  return { scenes, issues };
}

/**
 * {@link parseScenes}, plus `rejected`: the problems of each scene left out,
 * by its id, so the page can say why a scene asked for is not shown.
 */
export function checkScenes(
  json: unknown,
  dataset: Dataset | undefined,
  schema: readonly SchemaIssue[],
): { scenes: Scene[]; issues: SceneIssue[]; rejected: Map<string, SceneIssue[]> } {
  const rejected = new Map<string, SceneIssue[]>();
  const list = isObject(json) ? json['scenes'] : undefined;
  if (!Array.isArray(list)) return { scenes: [], issues: [{ path: '', message: 'must be an object with a list "scenes"' }], rejected };
  // Schema issues, by scene index; those above any scene (e.g. an empty list) under -1.
  const bySchema = new Map<number, SceneIssue[]>();
  for (const { path, message } of schema) {
    const index = path[0] === 'scenes' && path.length > 1 ? Number(path[1]) : -1;
    bySchema.set(index, [...(bySchema.get(index) ?? []), { path: pathText(path), message }]);
  }
  const issues: SceneIssue[] = [...(bySchema.get(-1) ?? [])];
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const path = `scenes[${i}]`;
    const invalid = bySchema.get(i);
    if (invalid) {
      issues.push(...invalid);
      const id = isObject(raw) ? raw['id'] : undefined;
      if (typeof id === 'string' && !rejected.has(id)) rejected.set(id, invalid);
      return;
    }
    const scene = raw as Scene;
    const before = issues.length;
    if (ids.has(scene.id)) issues.push({ path: `${path}.id`, message: `repeats the id "${scene.id}"` });
    ids.add(scene.id);
    const state = checkState(scene.state, `${path}.state`, issues, dataset);
    checkText(scene.title, `${path}.title`, issues, dataset, state);
    checkText(scene.caption, `${path}.caption`, issues, dataset, state);
    checkCamera(scene.camera, `${path}.camera`, issues);
    if (issues.length === before) scenes.push(scene);
    else if (typeof scene.id === 'string' && !rejected.has(scene.id) && !scenes.some((x) => x.id === scene.id))
      rejected.set(scene.id, issues.slice(before));
  });
  return { scenes, issues, rejected };
}

/**
 * Why a scene was left out, for the reader: the first problem's field inside
 * the scene (`caption.fr`, `state.member`), the `{token}` it names if any,
 * and the validator's message; `more` counts the other problems.
 */
export function sceneProblem(issues: readonly SceneIssue[]): { field: string; token: string | null; message: string; more: number } {
  const first = issues[0] ?? { path: '', message: 'fails its checks' };
  const field = first.path.replace(/^scenes\[\d+\]\.?/, '');
  const token = /^(?:unknown token )?(\{[^{}]*\})/.exec(first.message)?.[1] ?? null;
  return { field, token, message: first.message, more: Math.max(0, issues.length - 1) };
}

// ——— navigation ———

export type { SceneMove } from '../query/types.ts';

/**
 * The scene move of a key: → ↓ PageDown Space (what clickers send) go
 * forward; ← ↑ PageUp Shift+Space back; Home/End to the ends; Escape leaves.
 * Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function sceneKeyMove(e: {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): SceneMove | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}

/**
 * The id of the scene a move leads to, or null when it leads nowhere (past
 * either end: no wrap-around, a presenter must not jump back to the start by
 * one click too many; `exit`; an empty list). An unknown current id counts as
 * before the first scene.
 */
export function moveScene(scenes: readonly Pick<Scene, 'id'>[], currentId: string | null, move: SceneMove): string | null {
  if (scenes.length === 0 || move === 'exit') return null;
  const i = scenes.findIndex((s) => s.id === currentId);
  const target = move === 'first' ? 0 : move === 'last' ? scenes.length - 1 : move === 'next' ? (i < 0 ? 0 : i + 1) : i - 1;
  if (target < 0 || target >= scenes.length || target === i) return null;
  return (scenes[target] as Scene).id;
}

export { stepLabel } from '../i18n/index.ts';

/** The scene id of a query string (`?scene=<id>`), or null. */
export function sceneIdFromSearch(search: string): string | null {
  const value = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('scene');
  return value !== null && KEBAB.test(value) && value.length <= 100 ? value : null;
}
