/**
 * One dropped file → records of the shipped format, with the problems a
 * file shows on its own: size, encoding, header, cells that are not numbers,
 * and the JSON Schema of the shipped data (`validateFile`, the same code the
 * app runs on `data/*.json`). Cross-file problems come later (`check.ts`).
 */
import { validateFile, type DataIssue } from '../model/validate.ts';
import { COLUMNS, columnOf, csvKindOf, recordFromRow, type CsvKind } from './columns.ts';
import { parseCsv } from './csv.ts';
import { MAX_IMPORT_BYTES, decodeBytes, sniffSeparator } from './decode.ts';
import { jsonLines, lineAt } from './json-lines.ts';
import type { FileKind, ImportIssue, ImportedRecord, ListKey, ParsedFile } from './types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data file whose schema judges each CSV kind, and the list it fills. */
const CSV_TARGET: Record<CsvKind, { file: string; list: ListKey }> = {
  establishments: { file: 'data/establishments.json', list: 'establishments' },
  cooperations: { file: 'data/cooperations.json', list: 'cooperations' },
  siteValues: { file: 'data/posts.json', list: 'siteValues' },
};

/** posts.json's lists and the dataset lists they fill. */
export const POSTS_LISTS: Record<string, ListKey> = {
  schemes: 'schemes',
  bassinTotals: 'bassinTotals',
  grandTotals: 'grandTotals',
  siteValues: 'siteValues',
  extras: 'extras',
  figures: 'postFigures',
  maps: 'maps',
};

/** A source whose seed is not one of ours is allowed in the browser, said as a warning (publication needs a seed). */
const isSeedWarning = (d: DataIssue): boolean =>
  /^sources\[\d+\]\.seed$/.test(d.field ?? '') && d.message.startsWith('must be a seed file name');

/** Turns a validator issue into an import issue at `line`, naming the CSV column when there is one. */
export function fromDataIssue(
  d: DataIssue,
  file: string,
  line: number | undefined,
  csvKind: CsvKind | undefined,
  record?: string,
): ImportIssue {
  const seed = isSeedWarning(d);
  const issue: ImportIssue = {
    file,
    severity: seed ? 'warning' : 'error',
    code: seed ? 'source-not-seed' : 'rule',
    params: { text: d.message },
  };
  if (line !== undefined) issue.line = line;
  const column = csvKind ? columnOf(csvKind, d.field) : d.field;
  if (column !== undefined) issue.column = column;
  const id = record ?? d.record;
  if (id !== undefined && !/^\[\d+\]$/.test(id)) issue.record = id.replace(/^\w+\[(.*)\]$/, '$1');
  return issue;
}

/** The refusal of a file known to be too large from its size alone, so it is never read into memory. */
export function refuseTooLarge(file: string, size: number): ParsedFile | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const issue: ImportIssue = { file, severity: 'error', code: 'too-large', params: { size, max: MAX_IMPORT_BYTES } };
  return { file, format: /\.json$/i.test(file) ? 'json' : 'csv', kind: null, lists: [], records: [], issues: [issue] };
}

/** Reads one file (its name and bytes) into records and file-level issues. Never throws. */
export function parseImportFile(file: string, bytes: Uint8Array): ParsedFile {
  const parsed: ParsedFile = { file, format: /\.json$/i.test(file) ? 'json' : 'csv', kind: null, lists: [], records: [], issues: [] };
  const fail = (code: ImportIssue['code'], params: ImportIssue['params'] = {}, line?: number, column?: string): ParsedFile => {
    const issue: ImportIssue = { file, severity: 'error', code, params };
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    parsed.issues.push(issue);
    return parsed;
  };
  const tooLarge = refuseTooLarge(file, bytes.length);
  if (tooLarge) return tooLarge;
  const { text, encoding } = decodeBytes(bytes);
  parsed.encoding = encoding;
  if (text.trim() === '') return fail('empty');
  if (parsed.format === 'csv' && /^\s*[[{]/.test(text)) parsed.format = 'json';
  try {
    return parsed.format === 'json' ? readJson(parsed, text) : readCsv(parsed, text);
  } catch (error) {
    // A shape no check foresaw must not take the page down: the file is refused, named.
    return fail('rule', { text: `could not be read (${error instanceof Error ? error.message : String(error)})` });
  }
}

function readCsv(parsed: ParsedFile, text: string): ParsedFile {
  const { file } = parsed;
  const separator = sniffSeparator(text);
  parsed.separator = separator;
  const table = parseCsv(text, separator);
  const kind = csvKindOf(table.header);
  if (!kind) {
    parsed.issues.push({ file, line: 1, severity: 'error', code: 'unknown-header', params: { columns: table.header.join(separator) } });
    return parsed;
  }
  parsed.kind = kind;
  const target = CSV_TARGET[kind];
  parsed.lists = [target.list];
  const missing = COLUMNS[kind].required.filter((c) => !table.header.includes(c));
  for (const column of missing)
    parsed.issues.push({ file, line: 1, column, severity: 'error', code: 'missing-column', params: { column, kind } });
  for (const column of table.header) {
    if (column !== '' && !COLUMNS[kind].all.includes(column))
      parsed.issues.push({ file, line: 1, column, severity: 'warning', code: 'unknown-column', params: { column } });
  }
  if (missing.length > 0) return parsed;
  if (table.rows.length === 0) {
    parsed.issues.push({ file, line: 2, severity: 'error', code: 'empty', params: {} });
    return parsed;
  }
  for (const row of table.rows) {
    const { record, problems } = recordFromRow(kind, row.cells);
    const id = typeof record['id'] === 'string' ? record['id'] : undefined;
    const imported: ImportedRecord = { list: target.list, record, file, line: row.line, csvKind: kind, issues: [] };
    const at = (issue: Omit<ImportIssue, 'file' | 'line' | 'record'>): void => {
      const full: ImportIssue = { file, line: row.line, ...issue };
      if (id !== undefined) full.record = id;
      imported.issues.push(full);
    };
    if (row.width > table.header.length)
      at({ severity: 'error', code: 'extra-cells', params: { cells: row.width, columns: table.header.length } });
    for (const p of problems) at({ column: p.column, severity: 'error', code: p.code, params: { value: p.value } });
    // The record alone against the shipped schema: wrapped as the file it would sit in.
    const wrapped =
      kind === 'siteValues' ? { schemes: [], bassinTotals: [], grandTotals: [], siteValues: [record], extras: [], figures: [] } : [record];
    for (const d of validateFile(target.file, wrapped)) {
      // The empty lists around a site value are the wrapper's, not the row's.
      if (kind === 'siteValues' && !d.record?.startsWith('siteValues')) continue;
      const issue = fromDataIssue(d, file, row.line, kind, id);
      // A cell already said to be no number is not said again by the schema.
      if (problems.some((p) => p.column === issue.column)) continue;
      imported.issues.push(issue);
    }
    parsed.records.push(imported);
  }
  return parsed;
}

/** Which data file a JSON file is: by its name first (`establishments.json`, `posts (2).json`), then by its shape. */
function jsonKindOf(file: string, json: unknown): Exclude<FileKind, CsvKind> | null {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  for (const k of ['establishments', 'cooperations', 'posts', 'figures'] as const) if (base.startsWith(k)) return `${k}.json`;
  if (Array.isArray(json)) {
    const first = json.find(isObject);
    if (first && 'members' in first) return 'cooperations.json';
    if (first && ('coordinates' in first || 'shortName' in first)) return 'establishments.json';
    return null;
  }
  if (isObject(json)) {
    if ('siteValues' in json || 'bassinTotals' in json) return 'posts.json';
    if ('figures' in json) return 'figures.json';
  }
  return null;
}

function readJson(parsed: ParsedFile, text: string): ParsedFile {
  const { file } = parsed;
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    parsed.issues.push({
      file,
      line: position ? lineAt(text, Number(position[1])) : 1,
      severity: 'error',
      code: 'not-json',
      params: { detail },
    });
    return parsed;
  }
  const kind = jsonKindOf(file, json);
  if (!kind) {
    parsed.issues.push({ file, line: 1, severity: 'error', code: 'unknown-json', params: {} });
    return parsed;
  }
  parsed.kind = kind;
  const lines = jsonLines(text);
  // [list, records of that list in the file, line of each]
  const groups: [ListKey, unknown[], number[]][] = [];
  if (kind === 'establishments.json' || kind === 'cooperations.json') {
    const list = kind === 'establishments.json' ? 'establishments' : 'cooperations';
    groups.push([list, Array.isArray(json) ? json : [], lines.root]);
  } else if (kind === 'figures.json') {
    const figures = isObject(json) && Array.isArray(json['figures']) ? json['figures'] : [];
    groups.push(['keyFigures', figures, lines.lists.get('figures') ?? []]);
  } else {
    for (const [name, list] of Object.entries(POSTS_LISTS)) {
      const records = isObject(json) && Array.isArray(json[name]) ? (json[name] as unknown[]) : [];
      groups.push([list, records, lines.lists.get(name) ?? []]);
    }
  }
  parsed.lists = groups.map(([list]) => list);
  // The records by the name the validator gives them (`id`, `[index]`, `siteValues[id]`), to hang each issue on its record.
  const byName = new Map<string, ImportedRecord>();
  for (const [list, records, recordLines] of groups) {
    const prefix =
      kind === 'posts.json' ? Object.keys(POSTS_LISTS).find((k) => POSTS_LISTS[k] === list) : kind === 'figures.json' ? 'figures' : '';
    records.forEach((r, i) => {
      const line = recordLines[i];
      const imported: ImportedRecord = { list, record: isObject(r) ? r : { value: r }, file, issues: [] };
      if (line !== undefined) imported.line = line;
      parsed.records.push(imported);
      const id = isObject(r) && typeof r['id'] === 'string' && r['id'] !== '' ? r['id'] : null;
      const names = prefix ? [`${prefix}[${i}]`, ...(id ? [`${prefix}[${id}]`] : [])] : [`[${i}]`, ...(id ? [id] : [])];
      for (const n of names) if (!byName.has(n)) byName.set(n, imported);
    });
  }
  for (const d of validateFile(`data/${kind}`, json)) {
    const target = d.record !== undefined ? byName.get(d.record) : undefined;
    if (target) target.issues.push(fromDataIssue(d, file, target.line, undefined));
    else parsed.issues.push(fromDataIssue(d, file, undefined, undefined));
  }
  return parsed;
}
