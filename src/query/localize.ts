/**
 * Picks the language of a data string. The data holds French (`note`,
 * `topics`, `label`…) and English next to it (`noteEn`, `topicsEn`,
 * `labelEn`…): under `lang=en` the English one is shown, and French is kept
 * only where no English exists (a proper noun, or a quote of the slide).
 * One place for the rule, so cards, panels and exports cannot drift. Pure.
 */
import { inLang } from '../i18n/index.ts';
import type { Lang } from './types.ts';

/** `en` when the language is English and an English text exists, otherwise `fr`. */
export function localized(fr: string, en: string | undefined, lang: Lang): string {
  return inLang(lang, { fr, en: en === '' ? undefined : en });
}

/** A record's name in `lang` (`nameEn` under English when present). */
export const nameOf = (r: { name: string; nameEn?: string | undefined }, lang: Lang): string => localized(r.name, r.nameEn, lang);

/** A record's note in `lang`, or undefined when it has none. */
export const noteOf = (r: { note?: string | undefined; noteEn?: string | undefined }, lang: Lang): string | undefined =>
  r.note === undefined ? undefined : localized(r.note, r.noteEn, lang);

/** A record's label in `lang`. */
export const labelOf = (r: { label: string; labelEn?: string | undefined }, lang: Lang): string => localized(r.label, r.labelEn, lang);

/** A record's unit in `lang`, or undefined when it has none. */
export const unitOf = (r: { unit?: string | undefined; unitEn?: string | undefined }, lang: Lang): string | undefined =>
  r.unit === undefined ? undefined : localized(r.unit, r.unitEn, lang);

/**
 * A record's topics in `lang`: `topicsEn` under English when it translates
 * every topic (same length), otherwise the French topics.
 */
export function topicsOf(r: { topics?: readonly string[] | undefined; topicsEn?: readonly string[] | undefined }, lang: Lang): string[] {
  const fr = r.topics ?? [];
  const en = r.topicsEn;
  const byLang: Partial<Record<Lang, readonly string[]>> = { fr, en: en !== undefined && en.length === fr.length ? en : undefined };
  return [...(byLang[lang] ?? fr)];
}

/** Why an establishment has its kind when the seeds do not say it, in `lang`; undefined when the kind is from the seeds. */
export const kindNoteOf = (
  e: { kindSource?: 'seed' | 'public-knowledge' | undefined; kindNote?: string | undefined; kindNoteEn?: string | undefined },
  lang: Lang,
): string | undefined =>
  e.kindSource === 'public-knowledge' && e.kindNote !== undefined ? localized(e.kindNote, e.kindNoteEn, lang) : undefined;
