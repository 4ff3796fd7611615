/**
 * CSV templates (the header of each kind and one example row taken from the
 * published data) and the export of a dataset: as JSON in the shipped format
 * (`data/*.json`, as a maintainer commits it) and as the CSV templates.
 */
import type { Dataset, Establishment } from '../model/types.ts';
import { COLUMNS, CSV_KINDS, rowFromRecord, type CsvKind } from './columns.ts';
import { formatCsv } from './csv.ts';
import type { Separator } from './decode.ts';

/** The records of one CSV kind in a dataset. */
export function recordsOf(dataset: Dataset, kind: CsvKind): Establishment[] | Dataset['cooperations'] | Dataset['posts']['siteValues'] {
  return kind === 'establishments' ? dataset.establishments : kind === 'cooperations' ? dataset.cooperations : dataset.posts.siteValues;
}

/**
 * The CSV of `kind` for `records`: UTF-8 with a BOM (so Excel reads accents),
 * `;` with decimal commas (French spreadsheets) or `,` with points.
 */
export function csvOf(kind: CsvKind, records: readonly unknown[], separator: Separator): string {
  const rows = records.map((r) => rowFromRecord(kind, r as Establishment, separator === ';'));
  return `\uFEFF${formatCsv(COLUMNS[kind].all, rows, separator)}`;
}

/** The template of `kind`: header and the first published record as the example row. */
export function templateCsv(kind: CsvKind, published: Dataset, separator: Separator = ';'): string {
  return csvOf(kind, recordsOf(published, kind).slice(0, 1), separator);
}

const text = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** File name → content: the dataset as the four `data/*.json` files an import can change, formatted as they are committed. */
export function exportJson(dataset: Dataset): Record<string, string> {
  return {
    'establishments.json': text(dataset.establishments),
    // `attested` is derived at load time from the seeds' dates, never written in the data.
    'cooperations.json': text(dataset.cooperations.map(({ attested: _attested, ...c }) => c)),
    'posts.json': text(dataset.posts),
    'figures.json': text(dataset.keyFigures),
  };
}

/** File name → content: the dataset as the three CSV templates. */
export function exportCsv(dataset: Dataset, separator: Separator = ';'): Record<string, string> {
  return Object.fromEntries(CSV_KINDS.map((kind) => [`${kind}.csv`, csvOf(kind, recordsOf(dataset, kind), separator)]));
}
