/**
 * What the "Le CHRU en chiffres" panel shows, section by section: the key
 * figures of the CHRU, the post-internship schemes (each with its start, its
 * yearly pace as described and the published count of its map, never mixed
 * into one average), cooperation in numbers, research, health networks, and
 * the cooperations that have no mappable members (facts of `figures.json` in
 * group `unmapped`, and cooperations with a single party, which draw no link).
 * Everything is taken from the data, in the UI language. Pure.
 */
import { ABOUT_GROUPS, type AboutGroup, type Dataset, type Fact, type Figure, type PostScheme, type Source } from '../model/types.ts';
import { formatDate, formatNumber, translated } from '../i18n/index.ts';
import { dialogsText } from '../i18n/dialogs.ts';
import { nameOf, noteOf, topicsOf, unitOf } from './localize.ts';
import { memoizeLast } from './memoizeLast.ts';
import type { Lang } from './types.ts';

/** One entry of a section. */
export interface AboutItem {
  id: string;
  /** The figure as written ("environ 25", "7 à 8", "14 000"); null for an entry with no single figure. */
  value: string | null;
  /** Unit of `value` in the UI language, or null. */
  unit: string | null;
  label: string;
  /** When the figure applies ("2011", "novembre 2012"), or null. */
  when: string | null;
  /** Sentences: a figure's note, a scheme's start, pace and published count, a fact's text. */
  lines: string[];
  /** Stated counts and dates of a fact, each as one phrase ("14 établissements …", "constitué : 2000"). */
  details: string[];
  topics: string[];
  sources: Source[];
}

/** One section of the panel. */
export interface AboutSection {
  group: AboutGroup;
  items: AboutItem[];
}

/** A figure's value as the seed writes it: qualifier, range, number format of the language. */
export function figureValue(f: Pick<Figure, 'value' | 'max' | 'qualifier' | 'unit'>, lang: Lang): string {
  const t = dialogsText(lang).keyFacts;
  let text = formatNumber(f.value, lang);
  if (f.max !== undefined && f.max !== f.value) text = t.range(text, formatNumber(f.max, lang));
  if (f.qualifier === 'about') text = `${t.about} ${text}`;
  if (f.qualifier === 'more-than') text = `${t.moreThan} ${text}`;
  if (f.unit === '%') text = t.percent(text);
  return text;
}

/** `when` ("2011", "2012-11", "2013-09-20") at its own precision, in the UI language. */
function whenText(when: string, lang: Lang): string {
  if (/^\d{4}$/.test(when)) return when;
  if (/^\d{4}-\d{2}$/.test(when)) return formatDate(`${when}-01`, lang, 'month');
  return formatDate(when, lang, 'day');
}

const figureItem = (f: Figure, lang: Lang): AboutItem => {
  const note = noteOf(f, lang);
  return {
    id: f.id,
    value: figureValue(f, lang),
    unit: f.unit === '%' ? null : (unitOf(f, lang) ?? null),
    label: translated(lang, f, 'label'),
    when: f.when !== undefined ? whenText(f.when, lang) : null,
    lines: note !== undefined ? [note] : [],
    details: [],
    topics: [],
    sources: f.sources,
  };
};

/** Sources of several records, each seed + quote once, in order. */
function uniqueSources(lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of lists.flat()) {
    const key = `${s.seed}\n${s.quote}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/**
 * A scheme: its start year, its yearly pace as the source describes it, and
 * the published count over the map's period, as separate lines — the pace
 * ("environ 25 postes par an" on the 2013 slide) is not the period's average.
 */
function schemeItem(s: PostScheme, dataset: Dataset, lang: Lang): AboutItem {
  const t = dialogsText(lang).keyFacts;
  const grand = dataset.posts.grandTotals.find((g) => g.scheme === s.id);
  const lines: string[] = [];
  if (s.since !== undefined) lines.push(t.since(String(s.since)));
  if (s.rate) lines.push(t.rate(translated(lang, s.rate, 'text')));
  if (grand && s.period) lines.push(t.recruited(formatNumber(grand.value, lang), s.period.start, s.period.end));
  return {
    id: `scheme-${s.id}`,
    value: null,
    unit: null,
    label: nameOf(s, lang),
    when: null,
    lines,
    details: [],
    topics: [],
    sources: uniqueSources([s.sources, grand?.sources ?? []]),
  };
}

function factItem(f: Fact, lang: Lang): AboutItem {
  return {
    id: f.id,
    value: null,
    unit: null,
    label: translated(lang, f, 'title'),
    when: null,
    lines: [translated(lang, f, 'text')],
    details: [
      ...(f.figures ?? []).map((x) => `${formatNumber(x.value, lang)} ${translated(lang, x, 'label')}`),
      ...(f.dates ?? []).map((d) => dialogsText(lang).keyFacts.dated(translated(lang, d, 'label'), formatDate(d.date, lang, d.precision))),
    ],
    topics: topicsOf(f, lang),
    sources: f.sources,
  };
}

/** The sections of the panel, in `ABOUT_GROUPS` order; empty sections are left out. */
export function aboutSections(dataset: Dataset, lang: Lang): AboutSection[] {
  return aboutSectionsMemo(dataset, lang);
}

const aboutSectionsMemo = memoizeLast((dataset: Dataset, lang: Lang): AboutSection[] => {
  const items = new Map<AboutGroup, AboutItem[]>(ABOUT_GROUPS.map((g) => [g, []]));
  const push = (group: AboutGroup | undefined, item: AboutItem): void => {
    if (group !== undefined) items.get(group)?.push(item);
  };
  for (const f of dataset.keyFigures.figures) push(f.group, figureItem(f, lang));
  for (const s of dataset.posts.schemes) push('posts', schemeItem(s, dataset, lang));
  for (const f of dataset.posts.figures) push(f.group, figureItem(f, lang));
  for (const f of dataset.keyFigures.facts ?? []) push(f.group, factItem(f, lang));
  // Cooperations with a single party draw no link: list them with the unmapped ones.
  for (const c of dataset.cooperations) {
    if (new Set(c.members).size > 1) continue;
    const note = noteOf(c, lang);
    push('unmapped', {
      id: c.id,
      value: null,
      unit: null,
      label: nameOf(c, lang),
      when: c.date !== undefined ? formatDate(c.date, lang, c.datePrecision ?? 'day') : null,
      lines: note !== undefined ? [note] : [],
      details: [],
      topics: topicsOf(c, lang),
      sources: c.sources,
    });
  }
  return ABOUT_GROUPS.map((group) => ({ group, items: items.get(group) ?? [] })).filter((s) => s.items.length > 0);
});
