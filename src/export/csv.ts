/**
 * The counts table as CSV, for a spreadsheet.
 *
 * Decisions:
 * - UTF-8 with a byte-order mark, so Excel reads "Métropole" right;
 * - the separator follows the language: `;` in French (French Excel uses the
 *   comma as decimal separator and expects `;`), `,` in English;
 * - CRLF line ends (RFC 4180, what Excel writes);
 * - one row per bassin, then the counts outside any bassin, then the regional
 *   total; for each scheme the number shown (the published total, or under an
 *   establishment filter the sum of the matching site values) and the
 *   published total, so a filtered export still says what was published;
 * - a stable id in the first column (`metropole`, …, `hors-bassin`, `total`)
 *   for scripts; headers and names in the UI language for people.
 * Pure.
 */
import { BASSIN_IDS } from '../model/types.ts';
import { SCHEMES } from '../model/registry.ts';
import type { Counts, Lang, Scheme } from '../query/types.ts';
import { msg } from '../i18n/index.ts';

export const CSV_BOM = '\uFEFF';

/** The field separator of a language's CSV. */
export const csvSeparator = (lang: Lang): string => msg(lang).exported.csvSeparator;

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(value: string | number, separator: string): string {
  const text = String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The counts table (every counted scheme) as a CSV file's text, BOM included. */
export function countsCsv(counts: Counts, lang: Lang): string {
  const t = msg(lang);
  const sep = csvSeparator(lang);
  const name = (scheme: Scheme): string => {
    const { start, end } = counts[scheme].period;
    return `${t.filters.schemeNames[scheme]} ${start}–${end}`;
  };
  const published = t.exported.publishedTotal;
  const header = ['id', t.counts.bassin, ...SCHEMES.flatMap((s) => [name(s), `${name(s)} (${published})`])];
  const rows: (string | number)[][] = [header];
  for (const bassin of BASSIN_IDS) {
    rows.push([
      bassin,
      t.bassins[bassin],
      ...SCHEMES.flatMap((s) => [counts[s].byBassin[bassin].value, counts[s].byBassin[bassin].published]),
    ]);
  }
  // Counts outside any bassin (CCU-Région in general medicine), per scheme; empty cells for the other scheme.
  const extra = (s: Scheme): number | '' => (counts[s].extras.length === 0 ? '' : counts[s].extras.reduce((sum, x) => sum + x.value, 0));
  if (SCHEMES.some((s) => counts[s].extras.length > 0)) {
    rows.push(['hors-bassin', t.counts.extra, ...SCHEMES.flatMap((s) => [extra(s), extra(s)])]);
  }
  rows.push(['total', t.counts.total, ...SCHEMES.flatMap((s) => [counts[s].total, counts[s].published])]);
  return `${CSV_BOM}${rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join('\r\n')}\r\n`;
}
