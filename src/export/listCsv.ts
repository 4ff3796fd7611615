/**
 * The "Liste" view as CSV: exactly the rows the table shows (cooperations,
 * establishments, or the counts per bassin), preceded by lines that state the
 * date and the filters the table was made under. Same conventions as the
 * counts CSV (BOM, `;` in French, CRLF); every cell a spreadsheet could read
 * as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe, so opening the file never runs anything.
 * Inferred values keep their marker: a "certainty" column, and `*` on counts.
 * Pure.
 */
import type { Counts, Lang } from '../query/types.ts';
import type { CooperationRow, EstablishmentRow, ListContext } from '../query/listRows.ts';
import { formatNumber, translated, msg } from '../i18n/index.ts';
import { listText } from '../i18n/list.ts';
import { BASSIN_IDS } from '../model/types.ts';
import { CSV_BOM, csvField, csvSeparator } from './csv.ts';

/** Prefixes a cell that a spreadsheet would take for a formula (OWASP "CSV injection"). */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const cell = (value: string | number, sep: string): string => csvField(typeof value === 'number' ? value : neutralizeFormula(value), sep);
const lines = (rows: (string | number)[][], sep: string): string => rows.map((r) => r.map((v) => cell(v, sep)).join(sep)).join('\r\n');

function preamble(title: string, context: ListContext, lang: Lang): (string | number)[][] {
  const t = listText(lang);
  return [[title], [t.csvDate, context.date], ...context.filters.map(([k, v]) => [k, v]), []];
}

/** The cooperation rows as CSV text (BOM included). */
export function cooperationsCsv(rows: readonly CooperationRow[], context: ListContext, lang: Lang): string {
  const t = msg(lang);
  const l = listText(lang);
  const sep = csvSeparator(lang);
  const header = [
    'id',
    l.colName,
    l.colKind,
    l.colDate,
    l.colStatus,
    l.colAtDate,
    l.colMembers,
    l.colTopics,
    l.colCertainty,
    l.colSourceFile,
    l.colSourceQuote,
  ];
  const body = rows.map((r) => [
    r.id,
    translated(lang, r, 'name'),
    t.linkKinds[r.kind],
    r.date ?? l.undated,
    t.details.status[r.status] ?? r.status,
    t.explore.atDate[r.atDate] ?? r.atDate,
    r.members.join(' · '),
    r.topics.join(' · '),
    r.inferred ? l.inferred : l.stated,
    r.source?.seed ?? '',
    r.source?.quote ?? '',
  ]);
  return `${CSV_BOM}${lines([...preamble(l.csvTitleCooperations, context, lang), header, ...body], sep)}\r\n`;
}

/**
 * The establishment rows as CSV text (BOM included). The distance column names
 * its origin (the focused establishment, else the CHRU) and carries one
 * decimal with the language's decimal mark, as the comparison CSV does.
 */
export function establishmentsCsv(
  rows: readonly EstablishmentRow[],
  context: ListContext,
  lang: Lang,
  zoneNames: ReadonlyMap<string, string>,
): string {
  const t = msg(lang);
  const l = listText(lang);
  const sep = csvSeparator(lang);
  const header = [
    'id',
    l.colName,
    l.colFullName,
    l.colKind,
    l.colCommune,
    l.colZone,
    l.colBassin,
    l.colPlace,
    l.colCooperations,
    rows[0]?.kmFrom ? l.colDistance(rows[0].kmFrom) : l.colDistanceShort,
    l.colSourceFile,
    l.colSourceQuote,
  ];
  const km = (v: number): string => formatNumber(v, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  const body = rows.map((r) => [
    r.id,
    r.shortName,
    r.name,
    t.kinds[r.kind],
    r.commune,
    r.zone ? (zoneNames.get(r.zone) ?? r.zone) : '',
    r.bassin ? t.bassins[r.bassin] : '',
    r.approximate ? l.placeCommune : l.placeSite,
    r.cooperations,
    r.km === null ? '' : km(r.km),
    r.source?.seed ?? '',
    r.source?.quote ?? '',
  ]);
  return `${CSV_BOM}${lines([...preamble(l.csvTitleEstablishments, context, lang), header, ...body], sep)}\r\n`;
}

/**
 * The counts per bassin under the same preamble: for each scheme the number
 * shown, marked `*` when it includes an inferred site value, and the
 * published total; then the counts outside any bassin and the total.
 */
export function countsListCsv(counts: Counts, context: ListContext, lang: Lang): string {
  const t = msg(lang);
  const sep = csvSeparator(lang);
  const schemes = ['atp', 'ccu'] as const;
  const name = (s: (typeof schemes)[number]): string => `${t.filters.schemeNames[s]} ${counts[s].period.start}–${counts[s].period.end}`;
  const header = ['id', t.counts.bassin, ...schemes.flatMap((s) => [name(s), `${name(s)} (${listText(lang).published})`])];
  const body: (string | number)[][] = BASSIN_IDS.map((b) => [
    b,
    t.bassins[b],
    ...schemes.flatMap((s) => {
      const c = counts[s].byBassin[b];
      return [c.inferred ? `${c.value}*` : c.value, c.published];
    }),
  ]);
  const extra = (s: (typeof schemes)[number]): number | '' =>
    counts[s].extras.length === 0 ? '' : counts[s].extras.reduce((sum, x) => sum + x.value, 0);
  if (schemes.some((s) => counts[s].extras.length > 0))
    body.push(['hors-bassin', t.counts.extra, ...schemes.flatMap((s) => [extra(s), extra(s)])]);
  body.push(['total', t.counts.total, ...schemes.flatMap((s) => [counts[s].total, counts[s].published])]);
  const notes = schemes.some((s) => BASSIN_IDS.some((b) => counts[s].byBassin[b].inferred)) ? [[], [`* ${t.counts.inferredMark}`]] : [];
  return `${CSV_BOM}${lines([...preamble(listText(lang).csvTitleCounts, context, lang), header, ...body, ...notes], sep)}\r\n`;
}
