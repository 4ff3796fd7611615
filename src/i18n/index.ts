/**
 * Every string the app shows, in French (default) and English: one catalogue
 * file per language (`fr.ts` is the reference, `en.ts` `satisfies` its shape;
 * French scene, embed and export strings in `present.ts`; the French of the
 * list and of the dialogs in `list.ts` and `dialogs.ts`, which load with
 * their code: see {@link PartTexts}; `importer.ts` for the import's, which
 * load with its code: see `importer-text.ts`), and the number
 * and date formats of each language through `Intl`. Any layer may import text
 * from here; nothing here imports from `app/` or `ui/`.
 * Proper nouns of the domain (bassin, CHT, GHT, GCS, ATP, CCU-Région) stay as they are.
 *
 * Adding a language: see "Adding a language" in the README — a catalogue
 * file, the data's translated fields, and one entry in {@link LANGUAGES}.
 */
import { fr, type Messages } from './fr.ts';
import type { DialogsText } from './dialogs.ts';
import type { ImporterText } from './importer.ts';
import type { IssuesText } from './issues.ts';
import type { ListText } from './list.ts';
import type { PanelsText } from './panels.ts';
import { presentFr, type PresentText } from './present.ts';

export type { Messages } from './fr.ts';
export type { PresentText } from './present.ts';

/** A catalogue that may leave keys out: each missing key falls back to French, key by key. */
export type PartialCatalogue<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? PartialCatalogue<T[K]> : T[K];
};

/**
 * The catalogue parts: strings only code fetched later shows (the list, the dialogs). The French
 * of each, the reference, is a module of its own that the code showing it imports, so it loads
 * with that code, not with the page; another language holds its parts beside its main catalogue
 * and they come with it (`ensureLang`). Read through each part's function (`listText`, `dialogsText`).
 */
export interface PartTexts {
  panels: PanelsText;
  list: ListText;
  dialogs: DialogsText;
  issues: IssuesText;
}

/** A catalogue given as it is (French, which ships with the page) or fetched on first use (`ensureLang`). */
export type CatalogueSource<T> = T | (() => Promise<T>);

/** One language of the app: its catalogues (complete or partial) and the BCP 47 locale `Intl` formats with. */
export interface Language {
  /** The language's own name, as the language switch shows it. */
  name: string;
  /**
   * Its main catalogue. Only French's ships with the page: the others are
   * fetched on first use (`ensureLang`), so a visitor downloads the strings
   * of the language they read, and French for any key a catalogue lacks.
   */
  messages: CatalogueSource<PartialCatalogue<Messages>>;
  /** Its presentation strings (scene, embed, export), fetched with its main catalogue. */
  present: CatalogueSource<PartialCatalogue<PresentText>>;
  /** Its catalogue parts ({@link PartTexts}), fetched with its main catalogue; none for French (the parts' modules are French). */
  parts?: () => Promise<PartialCatalogue<PartTexts>>;
  /**
   * The import's strings (dialog, badge, messages), fetched with the import's
   * code (`ensureImporterText`); French, the reference, comes with that code.
   */
  importer?: () => Promise<PartialCatalogue<ImporterText>>;
}

/**
 * The languages of the app, French first (the reference and the fallback).
 * Adding a language is adding its entry here: `Lang`, the URL parser and the
 * fallbacks follow.
 */
export const LANGUAGES = {
  fr: { name: 'Français', messages: fr, present: presentFr },
  en: {
    name: 'English',
    messages: () => import('./en.ts').then((m) => m.en),
    present: () => import('./en.ts').then((m) => m.presentEn),
    parts: () => import('./en.ts').then((m) => m.enParts),
    importer: () => import('./importer.en.ts').then((m) => m.importerEn),
  },
} as const satisfies Record<string, Language>;

/** A language code of {@link LANGUAGES}. */
export type Lang = keyof typeof LANGUAGES;

/** The language codes, French first. */
export const LANG_CODES: readonly Lang[] = Object.freeze(Object.keys(LANGUAGES) as Lang[]);

/** The language the language switch offers from `lang`: the next one of {@link LANGUAGES}, round. */
export function nextLang(lang: Lang): Lang {
  return LANG_CODES[(LANG_CODES.indexOf(lang) + 1) % LANG_CODES.length] as Lang;
}

/** Whether a string is one of the app's language codes. */
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A complete catalogue from a partial one: every key the partial catalogue
 * lacks (at any depth) is taken from `reference`. Functions and arrays are
 * values, not merged.
 */
export function withFallback<T extends object>(partial: PartialCatalogue<T>, reference: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, ref] of Object.entries(reference)) {
    const own = (partial as Record<string, unknown>)[key];
    out[key] = own === undefined ? ref : isPlainObject(own) && isPlainObject(ref) ? withFallback(own, ref) : own;
  }
  return out as T;
}

const resolved = new Map<Lang, { messages: Messages; present: PresentText }>();
/** What each loader of {@link LANGUAGES} has fetched so far. */
const fetched = new Map<object, unknown>();
/** Each language's parts with the French of any key they lack, by language and part. */
const resolvedParts = new Map<string, unknown>();
const fetching = new Map<Lang, Promise<void>>();

/** A catalogue of {@link LANGUAGES}: as given, as fetched, or undefined while not fetched. */
function at<T>(source: CatalogueSource<T> | undefined): T | undefined {
  return typeof source === 'function' ? (fetched.get(source) as T | undefined) : source;
}

/** The catalogues of a language that are fetched on first use. */
function loadersOf(lang: Lang): (() => Promise<unknown>)[] {
  const entry: Language = LANGUAGES[lang];
  return [entry.messages, entry.present, entry.parts].filter((source) => typeof source === 'function');
}

/** Whether the strings of `lang` are at hand (always for French); see {@link ensureLang}. */
export function langReady(lang: Lang | string | undefined): boolean {
  return !isLang(lang) || loadersOf(lang).every((load) => fetched.has(load));
}

/** Fetches the catalogues of `lang` once (a no-op for French and for a language already here). */
export function ensureLang(lang: Lang | string | undefined): Promise<void> {
  if (!isLang(lang) || langReady(lang)) return Promise.resolve();
  let pending = fetching.get(lang);
  if (!pending) {
    const loaders = loadersOf(lang);
    pending = Promise.all(loaders.map((load) => load())).then(
      (catalogues) => loaders.forEach((load, i) => fetched.set(load, catalogues[i])),
      (error: unknown) => {
        // The page stays in French for this language's keys; a later call tries again.
        fetching.delete(lang);
        console.error(`coopmap: the ${lang} strings could not be loaded`, error);
      },
    );
    fetching.set(lang, pending);
  }
  return pending;
}

function language(lang: Lang | string | undefined): { messages: Messages; present: PresentText } {
  const code: Lang = isLang(lang) ? lang : 'fr';
  let done = resolved.get(code);
  if (!done) {
    const entry: Language = LANGUAGES[code];
    const messages = at(entry.messages);
    const present = at(entry.present);
    // A catalogue not fetched yet reads as French for now, and is resolved once it arrives.
    if (!messages || !present) return language('fr');
    done = { messages: withFallback(messages, fr), present: withFallback(present, presentFr) };
    resolved.set(code, done);
  }
  return done;
}

/**
 * The strings of `lang` (French for an unknown language, and for any key its
 * catalogue lacks). A catalogue not yet fetched reads as French: callers that
 * show a page first `await ensureLang(lang)`.
 */
export function msg(lang: Lang | string | undefined): Messages {
  return language(lang).messages;
}

/**
 * The strings of catalogue part `name` in `lang` ({@link PartTexts}): `reference`, its French,
 * for French, for an unknown language or one whose parts have not come yet, and for any key they lack.
 * Each part's module calls it with its French (`listText`, `dialogsText`).
 */
export function partText<P extends keyof PartTexts>(name: P, lang: Lang | string | undefined, reference: PartTexts[P]): PartTexts[P] {
  const code = isLang(lang) ? lang : 'fr';
  const entry: Language = LANGUAGES[code];
  const own = at(entry.parts)?.[name] as PartialCatalogue<PartTexts[P]> | undefined;
  if (!own) return reference;
  const key = `${code}:${name}`;
  let done = resolvedParts.get(key) as PartTexts[P] | undefined;
  if (!done) {
    done = withFallback(own, reference);
    resolvedParts.set(key, done);
  }
  return done;
}

/** The presentation strings of `lang` (scene, embed, export), with the same fallback. */
export function presentText(lang: Lang | string | undefined): PresentText {
  return language(lang).present;
}

/** A date as the UI shows it, e.g. "31 déc. 2011" / "31 Dec 2011". */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(msg(lang).dateFormat, options).format(d);
}

/** A number with exactly `fractionDigits` decimals in the UI's language (2,6 / 2.6). */
export function formatDecimal(n: number, lang: Lang, fractionDigits: number): string {
  return new Intl.NumberFormat(msg(lang).dateFormat, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(n);
}

/**
 * A date written out, as captions and exports say it: "13 juillet 2001",
 * "1er juillet 2009" / "13 July 2001"; "juillet 2001"; "2001". The input must
 * be a valid ISO date (callers check it).
 */
export function formatLongDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (precision === 'year') return String(d.getUTCFullYear());
  const t = msg(lang);
  const monthYear = new Intl.DateTimeFormat(t.dateFormat, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  if (precision === 'month') return monthYear;
  const intl = new Intl.DateTimeFormat(t.dateFormat, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  return t.format.longDate(d.getUTCDate(), monthYear, intl);
}

/** A number in the UI's language (French: narrow no-break space between thousands, decimal comma). */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(msg(lang).dateFormat, options).format(n);
}

const collators = new Map<Lang, Intl.Collator>();

/** The collation of `lang` (sorting names as its readers expect), built once per language. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(msg(lang).dateFormat);
    collators.set(lang, c);
  }
  return c;
}

/** "3 / 11" and its spoken form, for the scene step indicator. */
export function stepLabel(index: number, total: number, lang: Lang): { text: string; label: string } {
  return { text: `${index + 1} / ${total}`, label: msg(lang).format.step(index + 1, total) };
}

/**
 * A translated field of the data in `lang`: `values.en` for English, …,
 * `values.fr` when the data has no translation (data names are French).
 */
export function inLang(lang: Lang, values: { fr: string } & Partial<Record<Lang, string | undefined>>): string;
/** The same for an optional field (a note): undefined when the data has none. */
export function inLang(lang: Lang, values: Partial<Record<Lang, string | undefined>>): string | undefined;
export function inLang(lang: Lang, values: Partial<Record<Lang, string | undefined>>): string | undefined {
  return values[lang] ?? values.fr;
}

/**
 * The field `key` of a data record in `lang`. The data holds French under
 * the key (`name`) and each other language under the key and the language's
 * code (`nameEn`): a new language needs its fields in the data, no code here.
 * French is kept where the record has no (non-empty) translation.
 */
export function translated<R extends object, K extends keyof R & string>(lang: Lang, record: R, key: K): R[K] {
  const french = record[key];
  if (lang === 'fr') return french;
  const own = (record as Record<string, unknown>)[`${key}${lang.charAt(0).toUpperCase()}${lang.slice(1)}`];
  return (typeof own === 'string' && own !== '') || (Array.isArray(own) && Array.isArray(french) && own.length === french.length)
    ? (own as R[K])
    : french;
}
