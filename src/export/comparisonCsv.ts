/**
 * The bassin comparison as CSV, with the conventions of the counts CSV
 * (`csv.ts`: BOM, `;` in French and `,` in English, CRLF, a stable id first).
 * Rates carry two decimals and the language's decimal mark (a French
 * spreadsheet reads "2,64" as a number); distances one decimal, in km;
 * populations as plain integers. The header names the population vintage
 * and the posts' periods, so the file stands on its own. Pure.
 */
import { COOPERATION_KINDS } from '../model/types.ts';
import type { BassinComparisonRow } from '../query/bassinComparison.ts';
import type { Lang, Scheme } from '../query/types.ts';
import { formatNumber, msg } from '../i18n/index.ts';
import { dialogsText } from '../i18n/dialogs.ts';
import { CSV_BOM, csvField, csvSeparator } from './csv.ts';

const SCHEMES: readonly Scheme[] = ['atp', 'ccu'];

/** The comparison rows as a CSV file's text, BOM included. */
export function comparisonCsv(
  rows: readonly BassinComparisonRow[],
  lang: Lang,
  context: { year: number; periods: Record<Scheme, { start: number; end: number }> },
): string {
  const t = msg(lang);
  const d = dialogsText(lang).rates;
  const sep = csvSeparator(lang);
  // The decimal mark of the language (2,64 / 2.64), no thousands separator: a spreadsheet reads it as a number.
  const decimal = (v: number, digits: number): string =>
    formatNumber(v, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  const scheme = (s: Scheme): string => `${t.filters.schemeNames[s]} ${context.periods[s].start}–${context.periods[s].end}`;
  const header = [
    'id',
    d.columns.bassin,
    `${d.columns.population} ${context.year}`,
    ...SCHEMES.flatMap((s) => [scheme(s), d.columns.rate(scheme(s))]),
    d.columns.establishments,
    ...COOPERATION_KINDS.map((k) => t.linkKinds[k]),
    d.columns.medianKm,
  ];
  const lines: string[][] = [header];
  for (const r of rows) {
    lines.push([
      r.bassin,
      t.bassins[r.bassin],
      String(r.population),
      ...SCHEMES.flatMap((s) => [String(r[s].count), decimal(r[s].rate, 2)]),
      String(r.establishments),
      ...COOPERATION_KINDS.map((k) => String(r.cooperations[k])),
      r.medianKmToHub === null ? '' : decimal(r.medianKmToHub, 1),
    ]);
  }
  return `${CSV_BOM}${lines.map((l) => l.map((v) => csvField(v, sep)).join(sep)).join('\r\n')}\r\n`;
}

/** The comparison CSV's file name at `date`: `coopmap_comparaison-bassins_2017-12-31.csv`. */
export function comparisonCsvName(lang: Lang, date: string): string {
  return `coopmap_${dialogsText(lang).rates.comparisonFile}_${date}.csv`;
}
