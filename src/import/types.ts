/** The shapes the import works with: located issues, parsed files, imported records. */
import type { Encoding, Separator } from './decode.ts';
import type { CsvKind } from './columns.ts';

/** The lists of a dataset a file can bring records to. */
export type ListKey =
  | 'establishments'
  | 'cooperations'
  | 'siteValues'
  | 'schemes'
  | 'bassinTotals'
  | 'grandTotals'
  | 'extras'
  | 'postFigures'
  | 'maps'
  | 'keyFigures';

/** What kind of file was recognised: a CSV kind, or a JSON data file. */
export type FileKind = CsvKind | 'establishments.json' | 'cooperations.json' | 'posts.json' | 'figures.json';

/** Every problem the import can report; the text of each, in French and English, is in `src/i18n/importer.ts`. */
export type IssueCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'unknown-json'
  | 'unknown-header'
  | 'missing-column'
  | 'unknown-column'
  | 'extra-cells'
  | 'not-number'
  | 'duplicate-id'
  | 'published-id'
  | 'outside-extent'
  | 'breakdown'
  | 'source-not-seed'
  | 'dropped-published'
  | 'rule';

/** One located problem: file, line (and column or field), what is wrong; `formatImportIssue` says it and how to fix it. */
export interface ImportIssue {
  file: string;
  /** Line in the file (1 = the CSV header), when known. */
  line?: number;
  /** The CSV column, or the field path in a JSON record. */
  column?: string;
  /** The record's id, when it has one. */
  record?: string;
  /** Errors block the record (or the file); warnings are only said. */
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Values the message quotes (for `rule`: the validator's English text, in `text`). */
  params: Record<string, string | number>;
}

/** A record read from a file, in the shipped format, with where it came from. */
export interface ImportedRecord {
  list: ListKey;
  record: Record<string, unknown>;
  file: string;
  line?: number;
  /** CSV kind, to map a field to its column; absent for JSON. */
  csvKind?: CsvKind;
  issues: ImportIssue[];
}

/** A file once read: what it was recognised as, how it was decoded, its records and its file-level issues. */
export interface ParsedFile {
  file: string;
  format: 'csv' | 'json';
  kind: FileKind | null;
  encoding?: Encoding;
  separator?: Separator;
  /** Lists this file provides (in "replace" mode they replace the published ones). */
  lists: ListKey[];
  records: ImportedRecord[];
  issues: ImportIssue[];
}

/** Where an imported record came from: file name and line. Keyed `list:id` in {@link Provenance}. */
export interface Origin {
  file: string;
  line?: number;
}

export type Provenance = Record<string, Origin>;
