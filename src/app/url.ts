/**
 * The app state in the URL query string: `parseUrl` reads it (forgivingly:
 * every bad value is dropped with a notice, the rest applies) and
 * `serializeState` writes only what differs from the default.
 *
 * Over 350 lines: one parser and one serialiser per parameter, each with its located message; kept together so a parameter is read and written in one place.
 */
import { BASSIN_IDS } from '../model/types.ts';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS, SCHEMES } from '../model/registry.ts';
import type { CooperationKind, Dataset, EstablishmentKind } from '../model/types.ts';
import { isCalendarDate } from '../model/guards.ts';
import { CLASS_METHODS, DEFAULT_STATE, HUB_ID, MAX_WITHIN_KM, TIMELINE, cloneDefaultState, type ClassMethod } from '../query/state.ts';
import type { AppState, Grid, Measure, Scheme } from '../query/types.ts';
import { LANG_CODES, isLang, msg, type Lang, type Messages } from '../i18n/index.ts';
import type { StatePatch } from './store.ts';

/** A URL value the app ignored or changed, to tell the user why (rendered as text). */
export interface UrlNotice {
  /** The parameter name (cleaned and truncated like `value`). */
  param: string;
  /** The offending value, cleaned of control characters and truncated to 60 characters for display. */
  value: string;
  /** The reason, in every language of the app (from the catalogues' `url` group). */
  message: Record<Lang, string>;
}

/** The parameters the app reads, in the order `serializeState` writes them. */
export const URL_PARAMS = [
  'lang',
  'scheme',
  'links',
  'date',
  'grid',
  'focus',
  'kinds',
  'member',
  'measure',
  'classes',
  'within',
  'attested',
] as const;

/** Parameters other parts of the app read (scene and embed mode, `data=local` of an import): left alone, without notice. */
export const RESERVED_PARAMS: readonly string[] = ['scene', 'embed', 'controls', 'data'];

/** Values longer than this are refused outright. */
export const MAX_VALUE_LENGTH = 200;
/** Notices show at most this many characters of a value or name. */
export const DISPLAY_LENGTH = 60;
/** At most this many notices; one last notice says how many more were dropped. */
export const MAX_NOTICES = 20;

const GRIDS: readonly Grid[] = ['bassins', 'zones'];
const MEASURES: readonly Measure[] = ['count', 'rate'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids longer than this are not ids (without a dataset to check against). */
const MAX_ID_LENGTH = 100;

/**
 * Makes a value safe and short to show as text: control, format (bidi
 * override, zero-width) and separator characters become U+FFFD, and it is cut
 * to {@link DISPLAY_LENGTH} code points with an ellipsis.
 */
export function displayValue(value: string): string {
  const chars = Array.from(value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, '\uFFFD'));
  return chars.length > DISPLAY_LENGTH ? `${chars.slice(0, DISPLAY_LENGTH - 1).join('')}…` : chars.join('');
}

type UrlText = Messages['url'];

const notice = (param: string, value: string, text: (t: UrlText) => string): UrlNotice => ({
  param: displayValue(param),
  value: displayValue(value),
  message: Object.fromEntries(LANG_CODES.map((l) => [l, text(msg(l).url)])) as Record<Lang, string>,
});

export { isCalendarDate } from '../model/guards.ts';

/**
 * Reads a comma list of known words. Items are compared in lower case, with
 * spaces trimmed; duplicates and empty items are dropped silently; unknown
 * items are dropped with one notice each. The result is in the canonical
 * order of `known`. An empty value (or only commas) is an empty list. When
 * no item is known, the list is ignored (`null`: the default applies) with
 * one more notice saying so, rather than emptying the filter.
 */
function parseList<T extends string>(
  param: string,
  value: string,
  known: readonly T[],
  what: (t: UrlText) => (known: string) => string,
  notices: UrlNotice[],
): T[] | null {
  const items = new Set(
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item !== ''),
  );
  for (const item of items) {
    if (item !== '' && !(known as readonly string[]).includes(item)) {
      notices.push(notice(param, item, (t) => what(t)(known.join(', '))));
    }
  }
  const list = known.filter((k) => items.has(k));
  if (items.size > 0 && list.length === 0) {
    notices.push(notice(param, value, (t) => t.noKnownValue));
    return null;
  }
  return list;
}

/**
 * Reads the app state from a query string (`location.search`, with or
 * without `?`). Start from `DEFAULT_STATE`; every parameter value that is
 * unknown or malformed is ignored with a notice, and the rest still applies:
 * - `lang` fr|en · `scheme` atp|ccu · `grid` bassins|zones · `measure` count|rate ·
 *   `classes` ckmeans|quantile|equal;
 * - `links`, `kinds`: comma lists (`links=` empty = no link kind), any case; unknown items dropped,
 *   and a list with no known item ignored (the default applies);
 * - `date`: a real YYYY-MM-DD date, clamped to the timeline (with a notice);
 * - `focus`: a bassin, establishment or cooperation id; `member`: a CHT/GHT id. With a
 *   dataset they must exist; without, any kebab-case id up to 100 characters is kept;
 * - `within`: `km` or `km,establishment-id` (the origin; the CHRU when absent), km a
 *   decimal number in ]0, 500]; the origin is checked like `focus`;
 * - `attested`: `hide` hides the cooperations only attested (`show`, the default, is accepted);
 * - a repeated parameter: the first value wins; a value over 200 characters is
 *   refused; an unknown parameter is reported, except `scene`, `embed` and
 *   `controls` (read elsewhere), which are left alone.
 * Notices never echo more than 60 characters of a value, cleaned of control
 * characters; they are meant to be rendered as text, never as HTML.
 */
export function parseUrl(
  search: string,
  dataset?: Pick<Dataset, 'establishments' | 'cooperations'>,
): { state: AppState; notices: UrlNotice[] } {
  const state = cloneDefaultState();
  const notices: UrlNotice[] = [];
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const seen = new Set<string>();

  for (const [param, value] of params) {
    if (RESERVED_PARAMS.includes(param)) continue;
    if (!(URL_PARAMS as readonly string[]).includes(param)) {
      notices.push(notice(param, value, (t) => t.unknownParam));
      continue;
    }
    if (seen.has(param)) {
      notices.push(notice(param, value, (t) => t.repeated));
      continue;
    }
    seen.add(param);
    if (value.length > MAX_VALUE_LENGTH) {
      notices.push(notice(param, value, (t) => t.tooLong(value.length, MAX_VALUE_LENGTH)));
      continue;
    }
    applyParam(state, param as (typeof URL_PARAMS)[number], value, dataset, notices);
  }

  if (notices.length > MAX_NOTICES) {
    const dropped = notices.length - (MAX_NOTICES - 1);
    notices.length = MAX_NOTICES - 1;
    notices.push(notice('', '', (t) => t.more(dropped)));
  }
  return { state, notices };
}

function applyParam(
  state: AppState,
  param: (typeof URL_PARAMS)[number],
  value: string,
  dataset: Pick<Dataset, 'establishments' | 'cooperations'> | undefined,
  notices: UrlNotice[],
): void {
  const refuse = (text: (t: UrlText) => string): void => {
    notices.push(notice(param, value, text));
  };
  switch (param) {
    case 'lang':
      if (isLang(value)) state.lang = value;
      else refuse((t) => t.lang(LANG_CODES.join(', ')));
      return;
    case 'scheme':
      if ((SCHEMES as readonly string[]).includes(value)) state.filters.scheme = value as Scheme;
      else refuse((t) => t.scheme(SCHEMES.join(', ')));
      return;
    case 'grid':
      if ((GRIDS as readonly string[]).includes(value)) state.view.grid = value as Grid;
      else refuse((t) => t.grid(GRIDS.join(', ')));
      return;
    case 'measure':
      if ((MEASURES as readonly string[]).includes(value)) state.view.measure = value as Measure;
      else refuse((t) => t.measure(MEASURES.join(', ')));
      return;
    case 'classes':
      if ((CLASS_METHODS as readonly string[]).includes(value)) state.view.classes = value as ClassMethod;
      else refuse((t) => t.classes(CLASS_METHODS.join(', ')));
      return;
    case 'links':
      state.filters.links = parseList<CooperationKind>(param, value, COOPERATION_KINDS, (t) => t.linkKind, notices) ?? state.filters.links;
      return;
    case 'kinds':
      state.filters.kinds =
        parseList<EstablishmentKind>(param, value, ESTABLISHMENT_KINDS, (t) => t.establishmentKind, notices) ?? state.filters.kinds;
      return;
    case 'date':
      if (!isCalendarDate(value)) {
        refuse((t) => t.date);
      } else if (value < TIMELINE.start || value > TIMELINE.end) {
        const clamped = value < TIMELINE.start ? TIMELINE.start : TIMELINE.end;
        state.filters.date = clamped;
        refuse((t) => t.dateClamped(TIMELINE.start, TIMELINE.end, clamped));
      } else {
        state.filters.date = value;
      }
      return;
    case 'focus': {
      const known = dataset
        ? (BASSIN_IDS as readonly string[]).includes(value) ||
          dataset.establishments.some((e) => e.id === value) ||
          dataset.cooperations.some((c) => c.id === value)
        : value.length <= MAX_ID_LENGTH && KEBAB.test(value);
      if (known) state.selection.focus = value;
      else refuse((t) => t.focus);
      return;
    }
    case 'within': {
      const match = /^(\d{1,3}(?:\.\d{1,2})?)(?:,([^,]+))?$/.exec(value);
      const km = match ? Number(match[1]) : NaN;
      if (!match || !(km > 0 && km <= MAX_WITHIN_KM)) {
        refuse((t) => t.within(MAX_WITHIN_KM));
        return;
      }
      const from = match[2] ?? HUB_ID;
      const known = dataset ? dataset.establishments.some((e) => e.id === from) : from.length <= MAX_ID_LENGTH && KEBAB.test(from);
      if (known) state.filters.within = { km, from };
      else refuse((t) => t.withinFrom);
      return;
    }
    case 'attested':
      if (value === 'hide') state.filters.hideAttested = true;
      else if (value === 'show') state.filters.hideAttested = false;
      else refuse((t) => t.hideAttested);
      return;
    case 'member': {
      const known = dataset
        ? dataset.cooperations.some((c) => c.id === value && (c.kind === 'cht' || c.kind === 'ght'))
        : value.length <= MAX_ID_LENGTH && KEBAB.test(value);
      if (known) state.filters.member = value;
      else refuse((t) => t.member);
      return;
    }
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/**
 * The query string (without `?`) of a state: only the values that differ
 * from `DEFAULT_STATE`, in the order lang, scheme, links, date, grid, focus,
 * kinds, member, measure, classes, within, attested; lists are comma-separated in canonical order (`links=` when
 * no link kind is kept). The default state gives `''`. Values are
 * percent-encoded; `parseUrl(serializeState(s))` gives `s` back.
 */
export function serializeState(state: AppState): string {
  const d = DEFAULT_STATE;
  const out: string[] = [];
  const put = (key: string, value: string): void => {
    out.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  };
  const { filters } = state;
  if (state.lang !== d.lang) put('lang', state.lang);
  if (filters.scheme !== d.filters.scheme) put('scheme', filters.scheme);
  if (!sameSet(filters.links, d.filters.links)) {
    put('links', COOPERATION_KINDS.filter((k) => filters.links.includes(k)).join(','));
  }
  if (filters.date !== d.filters.date) put('date', filters.date);
  if (state.view.grid !== d.view.grid) put('grid', state.view.grid);
  if (state.selection.focus !== null) put('focus', state.selection.focus);
  if (!sameSet(filters.kinds, d.filters.kinds)) {
    put('kinds', ESTABLISHMENT_KINDS.filter((k) => filters.kinds.includes(k)).join(','));
  }
  if (filters.member !== null) put('member', filters.member);
  // Absent means the default: a state that never set them writes nothing.
  if ((state.view.measure ?? 'count') !== 'count') put('measure', state.view.measure ?? 'count');
  if ((state.view.classes ?? 'ckmeans') !== 'ckmeans') put('classes', state.view.classes ?? 'ckmeans');
  if (filters.within)
    put('within', filters.within.from === HUB_ID ? String(filters.within.km) : `${filters.within.km},${filters.within.from}`);
  if (filters.hideAttested === true) put('attested', 'hide');
  return out.join('&');
}

/** A `setState` value the URL parser would ignore or change: which field, what was given, why. */
export interface PatchError {
  /** The field's path in the state, e.g. `filters.scheme`. */
  field: string;
  /** The value given, cleaned and truncated for display. */
  value: string;
  message: { fr: string; en: string };
}

/** The fields of a state patch and the URL parameter each one is read as. */
const PATCH_FIELDS: Record<string, Record<string, (typeof URL_PARAMS)[number]> | (typeof URL_PARAMS)[number]> = {
  lang: 'lang',
  filters: { scheme: 'scheme', links: 'links', date: 'date', kinds: 'kinds', member: 'member', within: 'within', hideAttested: 'attested' },
  view: { grid: 'grid', measure: 'measure', classes: 'classes' },
  selection: { focus: 'focus' },
};

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** The value `parseUrl` put in `state` for `param`. */
function valueOf(state: AppState, param: (typeof URL_PARAMS)[number]): unknown {
  switch (param) {
    case 'lang':
      return state.lang;
    case 'grid':
    case 'measure':
    case 'classes':
      return state.view[param];
    case 'focus':
      return state.selection.focus;
    case 'within':
      return state.filters.within ?? null;
    case 'attested':
      return state.filters.hideAttested ?? false;
    default:
      return state.filters[param];
  }
}

/**
 * Checks a partial state (what `<coop-map>.setState` receives) with the URL
 * parser itself: each field is written as its URL parameter and read back
 * with {@link parseUrl}, so the element accepts exactly what an address
 * would. A field the parser would ignore, clamp or report, a value of the
 * wrong type, a list item with a comma, or a key that is not a state field
 * (`__proto__`, `constructor`, a typo) refuses the whole patch: `errors`
 * says which fields, and `patch` is null. Otherwise `patch` is a clean copy
 * holding only own, known fields, lists deduplicated in canonical order and
 * lower case. `focus` and `member` may be null (cleared).
 */
export function checkPatch(
  patch: unknown,
  dataset?: Pick<Dataset, 'establishments' | 'cooperations'>,
): { patch: StatePatch | null; errors: PatchError[] } {
  const errors: PatchError[] = [];
  const refuse = (field: string, value: unknown, fr: string, en: string): void => {
    let shown: string;
    try {
      shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    } catch {
      shown = Object.prototype.toString.call(value);
    }
    errors.push({ field: displayValue(field), value: displayValue(shown), message: { fr, en } });
  };
  if (!isPlainObject(patch)) {
    refuse('', patch, 'L’état partiel doit être un objet.', 'The partial state must be an object.');
    return { patch: null, errors };
  }
  const clean: Record<string, unknown> = {};
  for (const part of Object.keys(patch)) {
    const fields = hasOwn(PATCH_FIELDS, part) ? PATCH_FIELDS[part] : undefined;
    const given = patch[part];
    if (fields === undefined) {
      refuse(part, given, 'Champ inconnu de l’état, refusé.', 'Unknown state field, refused.');
      continue;
    }
    if (typeof fields === 'string') {
      const value = readField(part, fields, given, dataset, refuse);
      if (value !== undefined) clean[part] = value;
      continue;
    }
    if (!isPlainObject(given)) {
      refuse(part, given, 'Doit être un objet.', 'Must be an object.');
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(given)) {
      const field = `${part}.${key}`;
      const param = hasOwn(fields, key) ? fields[key] : undefined;
      if (param === undefined) {
        refuse(field, given[key], 'Champ inconnu de l’état, refusé.', 'Unknown state field, refused.');
        continue;
      }
      const value = readField(field, param, given[key], dataset, refuse);
      if (value !== undefined) out[key] = value;
    }
    clean[part] = out;
  }
  return errors.length > 0 ? { patch: null, errors } : { patch: clean as StatePatch, errors };
}

/** One field read through the URL parser; `undefined` when refused (reported through `refuse`). */
function readField(
  field: string,
  param: (typeof URL_PARAMS)[number],
  value: unknown,
  dataset: Pick<Dataset, 'establishments' | 'cooperations'> | undefined,
  refuse: (field: string, value: unknown, fr: string, en: string) => void,
): unknown {
  const list = param === 'links' || param === 'kinds';
  const nullable = param === 'focus' || param === 'member' || param === 'within';
  if (value === null && nullable) return null;
  let text: string;
  if (param === 'attested') {
    if (typeof value !== 'boolean') {
      refuse(field, value, 'Doit être un booléen.', 'Must be a boolean.');
      return undefined;
    }
    return value;
  }
  if (param === 'within') {
    const w = value as { km?: unknown; from?: unknown } | null;
    if (!isPlainObject(w) || typeof w.km !== 'number' || typeof w.from !== 'string' || Object.keys(w).length !== 2) {
      refuse(field, value, 'Doit être { km, from } ou null.', 'Must be { km, from } or null.');
      return undefined;
    }
    text = `${w.km},${w.from}`;
  } else if (list) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && !v.includes(','))) {
      refuse(field, value, 'Doit être une liste de mots.', 'Must be a list of words.');
      return undefined;
    }
    text = value.join(',');
    // An empty list is valid (no link kind); a list of only blanks is not an empty list.
    if (value.length > 0 && text.replaceAll(',', '').trim() === '') {
      refuse(field, value, 'Liste sans valeur reconnue.', 'List with no known value.');
      return undefined;
    }
  } else if (typeof value === 'string') text = value;
  else {
    refuse(
      field,
      value,
      nullable ? 'Doit être un texte ou null.' : 'Doit être un texte.',
      nullable ? 'Must be a string or null.' : 'Must be a string.',
    );
    return undefined;
  }
  const { state, notices } = parseUrl(`${param}=${encodeURIComponent(text)}`, dataset);
  if (notices.length > 0) {
    const first = notices[0] as UrlNotice;
    refuse(field, value, first.message.fr, first.message.en);
    return undefined;
  }
  const parsed = valueOf(state, param);
  return Array.isArray(parsed) ? [...parsed] : parsed;
}
