/**
 * CSV text → rows with their line numbers, parsed by d3-dsv (RFC 4180
 * quoting, quoted line breaks). Line numbers are those a spreadsheet or an
 * editor shows: the header is line 1, and a quoted cell spanning lines moves
 * the following rows down.
 */
import { dsvFormat } from 'd3-dsv';
import type { Separator } from './decode.ts';

/** One data row: its first line in the file and its cells by (trimmed) column name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  /** Number of cells on the row (to tell a row with too many cells). */
  width: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Parses `text` with `separator`; blank lines are skipped (they still count for line numbers). */
export function parseCsv(text: string, separator: Separator): CsvTable {
  const raw = dsvFormat(separator).parseRows(text);
  const header = (raw[0] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  let line = 1;
  raw.forEach((cells, i) => {
    const here = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    if (i === 0) return;
    if (cells.every((c) => c.trim() === '')) return;
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      // A leading apostrophe before = + - @ is our own export's neutralisation (see neutraliseCell): undo it.
      if (h !== '') record[h] = (cells[j] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
    });
    rows.push({ line: here, cells: record, width: cells.length });
  });
  return { header, rows };
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab /
 * carriage return before one) gets a leading apostrophe, the OWASP advice
 * for CSV injection; every other cell is left as it is.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows → CSV text with `separator`, every cell neutralised, CRLF line ends. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: Separator): string {
  const format = dsvFormat(separator);
  return [format.formatRows([[...header]]), ...rows.map((r) => format.formatRows([r.map(neutraliseCell)]))].join('\r\n') + '\r\n';
}
