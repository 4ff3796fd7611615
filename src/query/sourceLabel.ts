/**
 * How a source is named to people: the seed's title and when it was written
 * ("Diaporama … , 20 sept. 2013"), never its file hash (the file name stays
 * in the data, and in a tooltip). Pure; the date is formatted by the caller's
 * formatter so this stays free of any language table.
 */
import type { SeedInfo } from '../model/types.ts';
import { translated } from '../i18n/index.ts';
import type { Lang } from './types.ts';

/** A seed's title and its dating, as parts the view joins. */
export interface SourceLabel {
  /** The seed file name (for a tooltip and for people who have the files). */
  file: string;
  /** The title in the UI language, or the file name when the seed is not described. */
  title: string;
  /** How it is dated: one day, a window of two dates, or an open start (`from`: "in 2010 or later"). */
  dated: { kind: 'day'; date: string } | { kind: 'between'; after: string; before: string } | { kind: 'from'; after: string } | null;
}

/** The label of the seed `file`, from `data/sources.json`. */
export function sourceLabel(file: string, seeds: readonly SeedInfo[] | undefined, lang: Lang): SourceLabel {
  const info = seeds?.find((s) => s.seed === file);
  if (!info) return { file, title: file, dated: null };
  const w = info.written;
  const dated = w.date
    ? { kind: 'day' as const, date: w.date }
    : w.after && w.before
      ? { kind: 'between' as const, after: w.after, before: w.before }
      : w.after
        ? { kind: 'from' as const, after: w.after }
        : null;
  return { file, title: translated(lang, info, 'title'), dated };
}
