/**
 * Every string the app shows, in French (default) and English: one catalogue
 * per language (`fr.ts` is the reference, the others `satisfies` its shape),
 * and the number and date formats of each language through `Intl`. Any layer
 * may import text from here; nothing here imports from `app/` or `ui/`.
 * Proper nouns of the domain (bassin, CHT, GHT, GCS, ATP, CCU-Région) stay as they are.
 */
import type { Lang } from '../query/types.ts';
import { en } from './en.ts';
import { fr, type Messages } from './fr.ts';

export type { Messages } from './fr.ts';

const MESSAGES: Record<Lang, Messages> = { fr, en };

/** The strings of `lang` (French for anything unknown). */
export function msg(lang: Lang | string | undefined): Messages {
  return MESSAGES[lang === 'en' ? 'en' : 'fr'];
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
  return new Intl.NumberFormat(msg(lang).dateFormat, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
}

/** A number in the UI's language. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(msg(lang).dateFormat).format(n);
}
