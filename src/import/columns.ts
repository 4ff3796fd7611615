/**
 * The three CSV kinds — establishments, cooperations, site values — as
 * columns: how a row becomes a record of the shipped format, how a record
 * becomes a row (templates, export), and which column a field of the record
 * comes from (so a message points at the cell to fix).
 *
 * Lists in one cell (cooperation members and topics, the establishments of a
 * site value, several sources) are separated by `|`: a comma or semicolon
 * would clash with the CSV separator itself; ids never contain `|`.
 */
import type { Cooperation, Establishment, SiteValue, Source } from '../model/types.ts';

/** A CSV kind. */
export type CsvKind = 'establishments' | 'cooperations' | 'siteValues';

export const CSV_KINDS: readonly CsvKind[] = ['establishments', 'cooperations', 'siteValues'];

/** The columns of each kind, in template order; `required` ones must be in the header. */
export const COLUMNS: Record<CsvKind, { all: readonly string[]; required: readonly string[] }> = {
  establishments: {
    all: [
      'id',
      'shortName',
      'name',
      'nameEn',
      'kind',
      'kindSource',
      'kindNote',
      'kindNoteEn',
      'country',
      'commune',
      'insee',
      'zone',
      'bassin',
      'longitude',
      'latitude',
      'located',
      'note',
      'noteEn',
      'source',
      'quote',
      'asOf',
    ],
    required: ['id', 'shortName', 'name', 'kind', 'country', 'commune', 'longitude', 'latitude', 'located', 'source', 'quote'],
  },
  cooperations: {
    all: [
      'id',
      'kind',
      'name',
      'nameEn',
      'status',
      'members',
      'hub',
      'date',
      'datePrecision',
      'topics',
      'topicsEn',
      'certainty',
      'note',
      'noteEn',
      'source',
      'quote',
      'asOf',
    ],
    required: ['id', 'kind', 'name', 'status', 'members', 'source', 'quote'],
  },
  siteValues: {
    all: [
      'id',
      'scheme',
      'bassin',
      'establishments',
      'label',
      'value',
      'certainty',
      'assumption',
      'communeBassin',
      'note',
      'noteEn',
      'source',
      'quote',
      'asOf',
    ],
    required: ['id', 'scheme', 'bassin', 'establishments', 'label', 'value', 'certainty', 'source', 'quote'],
  },
};

/** The separator of lists inside one cell. */
export const LIST_SEPARATOR = '|';

/** The kind a header describes, from the columns only that kind has; null when none fits. */
export function csvKindOf(header: readonly string[]): CsvKind | null {
  const has = (c: string): boolean => header.includes(c);
  if (has('members')) return 'cooperations';
  if (has('scheme') || has('establishments')) return 'siteValues';
  if (has('longitude') || has('latitude') || has('shortName')) return 'establishments';
  return null;
}

/** A cell that could not become the value its column needs. */
export interface CellProblem {
  column: string;
  code: 'not-number';
  value: string;
}

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** "3,034" (French decimal comma) or "3.034" → 3.034; anything else → NaN. */
export function parseNumber(cell: string): number {
  const t = cell.trim().replace(/\s/g, '');
  return /^[-+]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** "13/07/2001" (a French spreadsheet's date) → "2001-07-13"; an ISO date stays; anything else is returned as is. */
export function parseDate(cell: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell.trim());
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : cell.trim();
}

/** Sources from the `source`, `quote` and `asOf` cells, paired in order when several are given with `|`. */
function sourcesOf(cells: Record<string, string>): Source[] {
  const seeds = list(cells['source']);
  const parts = (column: string): string[] => (cells[column] ?? '').split(LIST_SEPARATOR).map((s) => s.trim());
  const quotes = parts('quote');
  const asOf = parts('asOf');
  return seeds.map((seed, i) => {
    const source: Source = { seed, quote: quotes[i] ?? '' };
    const date = asOf[i];
    if (date) source.asOf = parseDate(date);
    return source;
  });
}

/** Sets `key` on `out` when the cell is not empty. */
function put(out: Record<string, unknown>, key: string, cell: string | undefined, convert: (s: string) => unknown = (s) => s): void {
  if (cell !== undefined && cell !== '') out[key] = convert(cell);
}

/**
 * A CSV row → a record of the shipped format (not yet validated: the schema
 * and cross-file checks judge it), and the cells that could not be converted.
 */
export function recordFromRow(kind: CsvKind, cells: Record<string, string>): { record: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const number = (column: string): number | string | undefined => {
    const cell = cells[column];
    if (cell === undefined || cell === '') return undefined;
    const n = parseNumber(cell);
    if (Number.isNaN(n)) {
      problems.push({ column, code: 'not-number', value: cell });
      return cell;
    }
    return n;
  };
  const out: Record<string, unknown> = {};
  put(out, 'id', cells['id']);
  if (kind === 'establishments') {
    for (const k of ['shortName', 'name', 'nameEn', 'kind', 'kindSource', 'kindNote', 'kindNoteEn', 'country']) put(out, k, cells[k]);
    const commune: Record<string, unknown> = {};
    put(commune, 'name', cells['commune']);
    put(commune, 'insee', cells['insee']);
    out['commune'] = commune;
    put(out, 'zone', cells['zone']);
    put(out, 'bassin', cells['bassin']);
    const lon = number('longitude');
    const lat = number('latitude');
    out['coordinates'] = [lon, lat].filter((v) => v !== undefined);
    put(out, 'located', cells['located']);
    put(out, 'note', cells['note']);
    put(out, 'noteEn', cells['noteEn']);
  } else if (kind === 'cooperations') {
    for (const k of ['kind', 'name', 'nameEn', 'status']) put(out, k, cells[k]);
    out['members'] = list(cells['members']);
    put(out, 'hub', cells['hub']);
    put(out, 'date', cells['date'], parseDate);
    put(out, 'datePrecision', cells['datePrecision']);
    out['topics'] = list(cells['topics']);
    if (cells['topicsEn']) out['topicsEn'] = list(cells['topicsEn']);
    put(out, 'certainty', cells['certainty']);
    put(out, 'note', cells['note']);
    put(out, 'noteEn', cells['noteEn']);
  } else {
    put(out, 'scheme', cells['scheme']);
    put(out, 'bassin', cells['bassin']);
    out['establishments'] = list(cells['establishments']);
    put(out, 'label', cells['label']);
    const value = number('value');
    if (value !== undefined) out['value'] = value;
    put(out, 'certainty', cells['certainty']);
    put(out, 'assumption', cells['assumption']);
    put(out, 'communeBassin', cells['communeBassin']);
    put(out, 'note', cells['note']);
    put(out, 'noteEn', cells['noteEn']);
  }
  out['sources'] = sourcesOf(cells);
  return { record: out, problems };
}

const joined = (values: readonly string[] | undefined): string => (values ?? []).join(` ${LIST_SEPARATOR} `);
const num = (n: number | undefined, decimalComma: boolean): string =>
  n === undefined ? '' : decimalComma ? String(n).replace('.', ',') : String(n);

/** A record → its CSV cells in column order (templates and export). `decimalComma` for `;` files, as French spreadsheets read them. */
export function rowFromRecord(kind: CsvKind, record: Establishment | Cooperation | SiteValue, decimalComma = false): string[] {
  const r = record as unknown as Record<string, unknown>;
  const sources = (record.sources ?? []) as Source[];
  const cell = (column: string): string => {
    switch (column) {
      case 'commune':
        return (record as Establishment).commune?.name ?? '';
      case 'insee':
        return (record as Establishment).commune?.insee ?? '';
      case 'longitude':
        return num((record as Establishment).coordinates?.[0], decimalComma);
      case 'latitude':
        return num((record as Establishment).coordinates?.[1], decimalComma);
      case 'members':
      case 'topics':
      case 'topicsEn':
      case 'establishments':
        return joined(r[column] as string[] | undefined);
      case 'source':
        return joined(sources.map((s) => s.seed));
      case 'quote':
        return joined(sources.map((s) => s.quote));
      case 'asOf':
        return sources.some((s) => s.asOf) ? joined(sources.map((s) => s.asOf ?? '')) : '';
      default: {
        const v = r[column];
        return v === undefined || v === null ? '' : String(v);
      }
    }
  };
  return COLUMNS[kind].all.map(cell);
}

/** The CSV column a field path of a record comes from: `coordinates[1]` → `latitude`, `sources[0].quote` → `quote`. */
export function columnOf(kind: CsvKind, field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (field.startsWith('coordinates')) return field === 'coordinates[1]' ? 'latitude' : 'longitude';
  if (field === 'commune.insee') return 'insee';
  if (field.startsWith('commune')) return 'commune';
  if (field.startsWith('sources')) return field.endsWith('.quote') ? 'quote' : field.endsWith('.asOf') ? 'asOf' : 'source';
  const head = /^[A-Za-z]+/.exec(field)?.[0];
  return head !== undefined && (COLUMNS[kind].all as readonly string[]).includes(head) ? head : field;
}
