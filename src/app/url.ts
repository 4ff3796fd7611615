/**
 * The app state in the URL query string: `parseUrl` reads it (forgivingly:
 * every bad value is dropped with a notice, the rest applies) and
 * `serializeState` writes only what differs from the default.
 */
import { BASSIN_IDS } from '../model/types.ts';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS, SCHEMES } from '../model/registry.ts';
import type { CooperationKind, Dataset, EstablishmentKind } from '../model/types.ts';
import { isCalendarDate } from '../model/guards.ts';
import { CLASS_METHODS, type ClassMethod } from '../query/classes.ts';
import { DEFAULT_STATE, TIMELINE, cloneDefaultState } from '../query/state.ts';
import type { AppState, Grid, Measure, Scheme } from '../query/types.ts';
import { LANG_CODES, isLang, msg, type Lang, type Messages } from '../i18n/index.ts';

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
export const URL_PARAMS = ['lang', 'scheme', 'links', 'date', 'grid', 'focus', 'kinds', 'member', 'measure', 'classes'] as const;

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
 * Reads a comma list of known words: unknown items are dropped with one
 * notice each, duplicates and empty items silently; the result is in the
 * canonical order of `known`. An empty value is an empty list.
 */
function parseList<T extends string>(
  param: string,
  value: string,
  known: readonly T[],
  what: (t: UrlText) => (known: string) => string,
  notices: UrlNotice[],
): T[] {
  const items = new Set(value.split(','));
  for (const item of items) {
    if (item !== '' && !(known as readonly string[]).includes(item)) {
      notices.push(notice(param, item, (t) => what(t)(known.join(', '))));
    }
  }
  return known.filter((k) => items.has(k));
}

/**
 * Reads the app state from a query string (`location.search`, with or
 * without `?`). Start from `DEFAULT_STATE`; every parameter value that is
 * unknown or malformed is ignored with a notice, and the rest still applies:
 * - `lang` fr|en · `scheme` atp|ccu · `grid` bassins|zones · `measure` count|rate ·
 *   `classes` ckmeans|quantile|equal;
 * - `links`, `kinds`: comma lists (`links=` empty = no link kind); unknown items dropped;
 * - `date`: a real YYYY-MM-DD date, clamped to the timeline (with a notice);
 * - `focus`: a bassin or establishment id; `member`: a CHT/GHT id. With a
 *   dataset they must exist; without, any kebab-case id up to 100 characters is kept;
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
      state.filters.links = parseList<CooperationKind>(
        param,
        value,
        COOPERATION_KINDS,
        (t) => t.linkKind,
        notices,
      );
      return;
    case 'kinds':
      state.filters.kinds = parseList<EstablishmentKind>(
        param,
        value,
        ESTABLISHMENT_KINDS,
        (t) => t.establishmentKind,
        notices,
      );
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
        ? (BASSIN_IDS as readonly string[]).includes(value) || dataset.establishments.some((e) => e.id === value)
        : value.length <= MAX_ID_LENGTH && KEBAB.test(value);
      if (known) state.selection.focus = value;
      else refuse((t) => t.focus);
      return;
    }
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
 * kinds, member, measure, classes; lists are comma-separated in canonical order (`links=` when
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
  return out.join('&');
}
