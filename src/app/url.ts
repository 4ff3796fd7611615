/**
 * The app state in the URL query string: `parseUrl` reads it (forgivingly:
 * every bad value is dropped with a notice, the rest applies) and
 * `serializeState` writes only what differs from the default.
 */
import { BASSIN_IDS, COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../model/types.ts';
import type { CooperationKind, Dataset, EstablishmentKind } from '../model/types.ts';
import { DEFAULT_STATE, TIMELINE } from '../query/state.ts';
import type { AppState, Grid, Lang, Scheme } from '../query/types.ts';

/** A URL value the app ignored or changed, to tell the user why (rendered as text). */
export interface UrlNotice {
  /** The parameter name (cleaned and truncated like `value`). */
  param: string;
  /** The offending value, cleaned of control characters and truncated to 60 characters for display. */
  value: string;
  message: { fr: string; en: string };
}

/** The parameters the app reads, in the order `serializeState` writes them. */
export const URL_PARAMS = ['lang', 'scheme', 'links', 'date', 'grid', 'focus', 'kinds', 'member'] as const;

/** Parameters other parts of the app read (scene and embed mode): left alone, without notice. */
export const RESERVED_PARAMS: readonly string[] = ['scene', 'embed', 'controls'];

/** Values longer than this are refused outright. */
export const MAX_VALUE_LENGTH = 200;
/** Notices show at most this many characters of a value or name. */
export const DISPLAY_LENGTH = 60;
/** At most this many notices; one last notice says how many more were dropped. */
export const MAX_NOTICES = 20;

const LANGS: readonly Lang[] = ['fr', 'en'];
const SCHEMES: readonly Scheme[] = ['atp', 'ccu'];
const GRIDS: readonly Grid[] = ['bassins', 'zones'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
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

const notice = (param: string, value: string, fr: string, en: string): UrlNotice => ({
  param: displayValue(param),
  value: displayValue(value),
  message: { fr, en },
});

/** Whether a YYYY-MM-DD string is a real calendar date (leap years included). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] as number);
}

function cloneDefault(): AppState {
  const d = DEFAULT_STATE;
  return {
    lang: d.lang,
    filters: { ...d.filters, links: [...d.filters.links], kinds: [...d.filters.kinds] },
    view: { ...d.view },
    selection: { ...d.selection },
  };
}

/**
 * Reads a comma list of known words: unknown items are dropped with one
 * notice each, duplicates and empty items silently; the result is in the
 * canonical order of `known`. An empty value is an empty list.
 */
function parseList<T extends string>(
  param: string,
  value: string,
  known: readonly T[],
  what: { fr: string; en: string },
  notices: UrlNotice[],
): T[] {
  const items = new Set(value.split(','));
  for (const item of items) {
    if (item !== '' && !(known as readonly string[]).includes(item)) {
      notices.push(
        notice(
          param,
          item,
          `${what.fr} inconnu, ignoré. Valeurs possibles : ${known.join(', ')}.`,
          `Unknown ${what.en}, ignored. Possible values: ${known.join(', ')}.`,
        ),
      );
    }
  }
  return known.filter((k) => items.has(k));
}

/**
 * Reads the app state from a query string (`location.search`, with or
 * without `?`). Start from `DEFAULT_STATE`; every parameter value that is
 * unknown or malformed is ignored with a notice, and the rest still applies:
 * - `lang` fr|en · `scheme` atp|ccu · `grid` bassins|zones;
 * - `links`, `kinds`: comma lists (`links=` empty = no link kind); unknown items dropped;
 * - `date`: a real YYYY-MM-DD date, clamped to the timeline (with a notice);
 * - `focus`: a bassin, establishment or cooperation id; `member`: a CHT/GHT id. With a
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
  const state = cloneDefault();
  const notices: UrlNotice[] = [];
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const seen = new Set<string>();

  for (const [param, value] of params) {
    if (RESERVED_PARAMS.includes(param)) continue;
    if (!(URL_PARAMS as readonly string[]).includes(param)) {
      notices.push(notice(param, value, `Paramètre inconnu, ignoré.`, `Unknown parameter, ignored.`));
      continue;
    }
    if (seen.has(param)) {
      notices.push(
        notice(
          param,
          value,
          `Paramètre répété : seule sa première valeur compte.`,
          `Repeated parameter: only its first value counts.`,
        ),
      );
      continue;
    }
    seen.add(param);
    if (value.length > MAX_VALUE_LENGTH) {
      notices.push(
        notice(
          param,
          value,
          `Valeur trop longue (${value.length} caractères, ${MAX_VALUE_LENGTH} au plus), ignorée.`,
          `Value too long (${value.length} characters, at most ${MAX_VALUE_LENGTH}), ignored.`,
        ),
      );
      continue;
    }
    applyParam(state, param as (typeof URL_PARAMS)[number], value, dataset, notices);
  }

  if (notices.length > MAX_NOTICES) {
    const dropped = notices.length - (MAX_NOTICES - 1);
    notices.length = MAX_NOTICES - 1;
    notices.push(
      notice(
        '',
        '',
        `Et ${dropped} autres valeurs ignorées dans l’adresse.`,
        `And ${dropped} more values ignored in the address.`,
      ),
    );
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
  const refuse = (fr: string, en: string): void => {
    notices.push(notice(param, value, fr, en));
  };
  switch (param) {
    case 'lang':
      if ((LANGS as readonly string[]).includes(value)) state.lang = value as Lang;
      else refuse('Langue inconnue, ignorée. Valeurs possibles : fr, en.', 'Unknown language, ignored. Possible values: fr, en.');
      return;
    case 'scheme':
      if ((SCHEMES as readonly string[]).includes(value)) state.filters.scheme = value as Scheme;
      else refuse('Dispositif inconnu, ignoré. Valeurs possibles : atp, ccu.', 'Unknown scheme, ignored. Possible values: atp, ccu.');
      return;
    case 'grid':
      if ((GRIDS as readonly string[]).includes(value)) state.view.grid = value as Grid;
      else
        refuse(
          'Grille inconnue, ignorée. Valeurs possibles : bassins, zones.',
          'Unknown grid, ignored. Possible values: bassins, zones.',
        );
      return;
    case 'links':
      state.filters.links = parseList<CooperationKind>(
        param,
        value,
        COOPERATION_KINDS,
        { fr: 'Type de lien', en: 'link kind' },
        notices,
      );
      return;
    case 'kinds':
      state.filters.kinds = parseList<EstablishmentKind>(
        param,
        value,
        ESTABLISHMENT_KINDS,
        { fr: 'Type d’établissement', en: 'establishment kind' },
        notices,
      );
      return;
    case 'date':
      if (!isCalendarDate(value)) {
        refuse(
          'Date invalide, ignorée. Format attendu : AAAA-MM-JJ (une date du calendrier).',
          'Invalid date, ignored. Expected format: YYYY-MM-DD (a calendar date).',
        );
      } else if (value < TIMELINE.start || value > TIMELINE.end) {
        const clamped = value < TIMELINE.start ? TIMELINE.start : TIMELINE.end;
        state.filters.date = clamped;
        refuse(
          `Date hors de la frise (${TIMELINE.start} – ${TIMELINE.end}), ramenée au ${clamped}.`,
          `Date outside the timeline (${TIMELINE.start} – ${TIMELINE.end}), moved to ${clamped}.`,
        );
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
      else
        refuse(
          'Sélection inconnue (ni bassin, ni établissement, ni coopération), ignorée.',
          'Unknown selection (not a bassin, an establishment or a cooperation), ignored.',
        );
      return;
    }
    case 'member': {
      const known = dataset
        ? dataset.cooperations.some((c) => c.id === value && (c.kind === 'cht' || c.kind === 'ght'))
        : value.length <= MAX_ID_LENGTH && KEBAB.test(value);
      if (known) state.filters.member = value;
      else refuse('CHT ou GHT inconnue, filtre ignoré.', 'Unknown CHT or GHT, filter ignored.');
      return;
    }
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/**
 * The query string (without `?`) of a state: only the values that differ
 * from `DEFAULT_STATE`, in the order lang, scheme, links, date, grid, focus,
 * kinds, member; lists are comma-separated in canonical order (`links=` when
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
  return out.join('&');
}
