/**
 * Bring your own data: read CSV or JSON files, validate them with the rules
 * of the shipped data, and merge them with the published dataset. Pure: no
 * DOM (the browser dialog and `npm run data:check` both call this).
 */
export { MAX_IMPORT_BYTES, decodeBytes, sniffSeparator, type Encoding, type Separator } from './decode.ts';
export { parseCsv, neutraliseCell, formatCsv } from './csv.ts';
export { COLUMNS, CSV_KINDS, LIST_SEPARATOR, type CsvKind } from './columns.ts';
export { parseImportFile, refuseTooLarge } from './parse.ts';
export { buildImport, type ImportOptions, type ImportResult, type KeepMode, type MergeMode } from './check.ts';
export { issueText, formatImportIssue } from './format.ts';
export { templateCsv, exportJson, exportCsv } from './templates.ts';
export type { ImportIssue, ParsedFile, Provenance, Origin } from './types.ts';
