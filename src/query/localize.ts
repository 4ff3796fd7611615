/**
 * Picks the language of a data string. The data holds French (`note`,
 * `topics`, `label`…) and each other language next to it (`noteEn`,
 * `topicsEn`, `labelEn`…): the language's own text is shown where it exists,
 * French otherwise (a proper noun, or a quote of the slide). Every accessor
 * reads through `translated` (src/i18n), one place for the rule, so cards,
 * panels and exports cannot drift, and a new language needs no code here. Pure.
 */
import { translated } from '../i18n/index.ts';
import type { Lang } from './types.ts';

/** A record's name in `lang`. */
export const nameOf = (r: { name: string; nameEn?: string | undefined }, lang: Lang): string => translated(lang, r, 'name');

/** A record's note in `lang`, or undefined when it has none. */
export const noteOf = (r: { note?: string | undefined; noteEn?: string | undefined }, lang: Lang): string | undefined =>
  translated(lang, r, 'note');

/** A record's label in `lang`. */
export const labelOf = (r: { label: string; labelEn?: string | undefined }, lang: Lang): string => translated(lang, r, 'label');

/** A record's unit in `lang`, or undefined when it has none. */
export const unitOf = (r: { unit?: string | undefined; unitEn?: string | undefined }, lang: Lang): string | undefined =>
  translated(lang, r, 'unit');

/** A record's topics in `lang`: the language's topics when they translate every topic (same length), otherwise the French ones. */
export function topicsOf(r: { topics?: readonly string[] | undefined; topicsEn?: readonly string[] | undefined }, lang: Lang): string[] {
  return [...(translated(lang, r, 'topics') ?? [])];
}

/** Why an establishment has its kind when the seeds do not say it, in `lang`; undefined when the kind is from the seeds. */
export const kindNoteOf = (
  e: { kindSource?: 'seed' | 'public-knowledge' | undefined; kindNote?: string | undefined; kindNoteEn?: string | undefined },
  lang: Lang,
): string | undefined => (e.kindSource === 'public-knowledge' ? translated(lang, e, 'kindNote') : undefined);
