/**
 * Validation of the curated data: each file against its JSON Schema
 * (`data/schema/*.schema.json`), then the dataset as a whole (ids that refer
 * to each other, calendar dates, counts, bassins and zones).
 *
 * Used by the app at load time and by the tests. Pure: no DOM, no Node APIs.
 * Schemas are checked with `@cfworker/json-schema`, which does not use
 * `eval`/`new Function` and so runs under the app's strict CSP, after a
 * pass/fail check compiled from the same schemas at build time
 * (`schemaGates.generated.js`): the full validator runs only on a file that
 * fails it, to name each problem.
 *
 * Over 350 lines: the schema-to-message mapping and the cross-file checks of
 * the four data files are kept together so that every data message is worded
 * in one place (the error panel translates them by pattern).
 */
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import cooperationsSchema from '../../data/schema/cooperations.schema.json' with { type: 'json' };
import establishmentsSchema from '../../data/schema/establishments.schema.json' with { type: 'json' };
import figuresSchema from '../../data/schema/figures.schema.json' with { type: 'json' };
import postsSchema from '../../data/schema/posts.schema.json' with { type: 'json' };
import sourcesSchema from '../../data/schema/sources.schema.json' with { type: 'json' };
import scenesSchema from '../../data/schema/scenes.schema.json' with { type: 'json' };
import { isCalendarDate, isObject } from './guards.ts';
import * as gates from './schemaGates.generated.js';
import type { BassinId, Dataset } from './types.ts';

/** One problem found in the data, precise enough to fix it without searching. */
export interface DataIssue {
  /** The data file, e.g. `data/cooperations.json`. */
  file: string;
  /**
   * The record: its `id`, or `[index]` when it has none. In the object files
   * (`posts.json`, `figures.json`) prefixed by its list: `siteValues[atp-lens]`, `bassinTotals[2]`.
   */
  record?: string;
  /** Path of the field inside the record, e.g. `members[1]`, `sources[0].quote`. */
  field?: string;
  /**
   * The record's position in its list (the file's array, or the list named in
   * `record` for the object files), when known: the loader leaves out exactly
   * that record, even when its id is duplicated.
   */
  index?: number;
  /** What is wrong, in plain English. */
  message: string;
}

/** The four data files, by their path in the repository. */
export const DATA_FILE_NAMES = [
  'data/establishments.json',
  'data/cooperations.json',
  'data/posts.json',
  'data/figures.json',
  'data/sources.json',
] as const;

/**
 * A data file name: one of {@link DATA_FILE_NAMES}, with or without the
 * `data/` prefix (the loader passes bare file names). Any other string is
 * accepted by the type and reported as an issue.
 */
export type DataFileName = (typeof DATA_FILE_NAMES)[number] | (string & {});

/** The files that have a JSON Schema in `data/schema/`. */
export type FileKey = 'establishments' | 'cooperations' | 'posts' | 'figures' | 'sources' | 'scenes';

const SCHEMAS: Record<FileKey, Schema> = {
  establishments: establishmentsSchema as Schema,
  cooperations: cooperationsSchema as Schema,
  posts: postsSchema as Schema,
  figures: figuresSchema as Schema,
  sources: sourcesSchema as Schema,
  scenes: scenesSchema as Schema,
};

/** Validators are built on first use: building one dereferences its schema. */
const validators = new Map<FileKey, Validator>();

function fileKey(file: string): FileKey | null {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const key = base.replace(/\.json$/, '');
  // scenes.json is read by the scene module (`parseScenes`), not as a data file.
  return key in SCHEMAS && key !== 'scenes' ? (key as FileKey) : null;
}

function validatorFor(key: FileKey): Validator {
  let validator = validators.get(key);
  if (!validator) {
    // A deep copy: cfworker annotates the schema object it is given.
    validator = new Validator(JSON.parse(JSON.stringify(SCHEMAS[key])) as Schema, '2020-12', false);
    validators.set(key, validator);
  }
  return validator;
}

/** Splits a JSON pointer (`#/3/members/1`) into its unescaped segments. */
function pointerSegments(pointer: string): string[] {
  const path = pointer.replace(/^#/, '');
  if (path === '' || path === '/') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => {
      let decoded = s;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        // keep the raw segment
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function valueAt(json: unknown, segments: readonly (string | number)[]): unknown {
  let node: unknown = json;
  for (const s of segments) {
    if (Array.isArray(node)) node = node[Number(s)];
    else if (isObject(node)) node = node[String(s)];
    else return undefined;
  }
  return node;
}

/** `['members', 1]` → `members[1]`; `['sources', 0, 'quote']` → `sources[0].quote`. */
function fieldPath(segments: readonly (string | number)[]): string | undefined {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out === '' ? undefined : out;
}

function recordName(record: unknown, index: string | number): string {
  return isObject(record) && typeof record['id'] === 'string' && record['id'] !== '' ? record['id'] : `[${index}]`;
}

/**
 * Turns a path inside a parsed file into the record it belongs to and the
 * field inside that record. Array files (establishments, cooperations): the
 * first segment is the record index. Object files (posts, figures): the
 * first segment names a list, the second the record in it.
 */
export function locate(json: unknown, segments: readonly (string | number)[]): { record?: string; field?: string; index?: number } {
  if (segments.length === 0) return {};
  const [first, ...rest] = segments as [string | number, ...(string | number)[]];
  if (Array.isArray(json)) {
    const located: { record?: string; field?: string; index?: number } = {
      record: recordName(json[Number(first)], first),
      index: Number(first),
    };
    const field = fieldPath(rest);
    if (field !== undefined) located.field = field;
    return located;
  }
  const list = isObject(json) ? json[String(first)] : undefined;
  if (Array.isArray(list) && rest.length > 0) {
    const [index, ...inner] = rest as [string | number, ...(string | number)[]];
    const item = list[Number(index)];
    const located: { record?: string; field?: string; index?: number } = {
      record: `${String(first)}${isObject(item) ? locateIndex(item, Number(index)) : `[${index}]`}`,
      index: Number(index),
    };
    const field = fieldPath(inner);
    if (field !== undefined) located.field = field;
    return located;
  }
  const field = fieldPath(segments);
  return field === undefined ? {} : { field };
}

/** Follows a keyword location through local `$ref`s to the subschema holding the keyword. */
function subschemaAt(root: Schema, keywordLocation: string): Schema | undefined {
  const segments = pointerSegments(keywordLocation).slice(0, -1);
  let node: unknown = root;
  for (const s of segments) {
    if (s === '$ref' && isObject(node) && typeof node['$ref'] === 'string') {
      node = valueAt(root, pointerSegments(node['$ref']));
      continue;
    }
    node = valueAt(node, [s]);
    if (node === undefined) return undefined;
  }
  if (isObject(node) && typeof node['$ref'] === 'string') node = valueAt(root, pointerSegments(node['$ref']));
  return isObject(node) ? (node as Schema) : undefined;
}

/** Plain-English names for the patterns the schemas use. */
const PATTERN_NAMES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'must match pattern YYYY-MM-DD',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be a kebab-case id (lowercase letters, digits and single hyphens)',
  '^\\d{3}_[0-9a-f]{16}\\.txt$': 'must be a seed file name like 000_15e9185a92ff980b.txt',
  '^\\d[0-9AB]\\d{3}$': 'must be an INSEE commune code of 5 characters, e.g. 59350',
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'must match pattern YYYY, YYYY-MM or YYYY-MM-DD',
};

/** A value as a message shows it: strings quoted, long values cut. */
function show(v: unknown): string {
  const text = typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const isCountSchema = (s: Schema | undefined): boolean => s?.type === 'integer' && s.minimum === 0;

/** Keywords whose errors only say that something below them failed. */
const WRAPPERS = new Set([
  'items',
  'prefixItems',
  'properties',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
  '$ref',
  'dependentSchemas',
  'contains',
]);

/** Maps one cfworker output unit to the path of what is wrong and a specific message; null for wrapper units. */
function issueFromUnit(json: unknown, root: Schema, unit: OutputUnit): SchemaIssue | null {
  if (WRAPPERS.has(unit.keyword)) return null;
  const segments = pointerSegments(unit.instanceLocation);
  const value = valueAt(json, segments);
  const schema = subschemaAt(root, unit.keywordLocation);
  let target = segments as (string | number)[];
  let message: string;
  const quoted = [...unit.error.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  switch (unit.keyword) {
    case 'required': {
      target = [...segments, quoted[0] ?? '?'];
      message = 'is required';
      break;
    }
    case 'dependentRequired': {
      // 'Instance has "zone" but does not have "bassin".'
      target = [...segments, quoted[1] ?? '?'];
      message = `is required when "${quoted[0] ?? '?'}" is present`;
      break;
    }
    case 'additionalProperties': {
      target = [...segments, quoted[0] ?? '?'];
      message = 'is not an allowed property';
      break;
    }
    case 'false':
      message = 'must not be present here';
      break;
    case 'pattern': {
      const pattern = typeof schema?.pattern === 'string' ? schema.pattern : '';
      message = `${PATTERN_NAMES[pattern] ?? `must match pattern ${pattern}`}, got ${show(value)}`;
      break;
    }
    case 'type':
      message = isCountSchema(schema)
        ? `must be a non-negative integer, got ${show(value)}`
        : `must be of type ${schema?.type ?? quoted[1] ?? '?'}, got ${show(value)}`;
      break;
    case 'minimum':
      message = isCountSchema(schema)
        ? `must be a non-negative integer, got ${show(value)}`
        : `must be at least ${schema?.minimum}, got ${show(value)}`;
      break;
    case 'maximum':
      message = `must be at most ${schema?.maximum}, got ${show(value)}`;
      break;
    case 'enum':
      message = `must be one of ${(schema?.enum ?? []).map(show).join(', ')}, got ${show(value)}`;
      break;
    case 'const':
      message = `must be ${show(schema?.const)}, got ${show(value)}`;
      break;
    case 'minItems':
      message = `must have at least ${schema?.minItems} item${schema?.minItems === 1 ? '' : 's'}`;
      break;
    case 'maxItems':
      message = `must have at most ${schema?.maxItems} items`;
      break;
    case 'uniqueItems': {
      const [i, j] = [...unit.error.matchAll(/\d+/g)].map((m) => Number(m[0]));
      message =
        i !== undefined && j !== undefined
          ? `must not contain duplicates: items [${i}] and [${j}] are both ${show(valueAt(value, [j]))}`
          : 'must not contain duplicates';
      break;
    }
    case 'minLength':
      message = schema?.minLength === 1 ? 'must not be empty' : `must be at least ${schema?.minLength} characters long`;
      break;
    default:
      message = unit.error;
  }
  return { path: target, message };
}

/** A schema violation: the path of the offending value inside the file (`['scenes', 2, 'caption', 'fr']`) and what is wrong. */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks a parsed file against the JSON Schema of `key` (one of the data
 * files or `scenes`); each problem once, most specific keyword first.
 */
export function schemaIssues(key: FileKey, json: unknown): SchemaIssue[] {
  // The compiled check first (`scripts/schema-gates.mjs`): a file it passes has nothing for the full validator to
  // name, and at 100,000 records the full validator takes seconds. Both read the same schema (a test checks they agree).
  return gates[key](json) === true ? [] : namedSchemaIssues(key, json);
}

/** The full validator alone: every problem of a file against its schema, named (exported for the test that checks the gates agree with it). */
export function namedSchemaIssues(key: FileKey, json: unknown): SchemaIssue[] {
  const result = validatorFor(key).validate(json);
  if (result.valid) return [];
  const root = SCHEMAS[key];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const extraProps = new Set(result.errors.filter((u) => u.keyword === 'additionalProperties').map((u) => u.instanceLocation));
  for (const unit of result.errors) {
    // An unexpected property is reported once, by additionalProperties, not again by its `false` subschema.
    if (unit.keyword === 'false' && extraProps.has(unit.instanceLocation.replace(/\/[^/]*$/, ''))) continue;
    const issue = issueFromUnit(json, root, unit);
    if (!issue) continue;
    const text = `${issue.path.join('/')}\u0000${issue.message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    issues.push(issue);
  }
  return issues;
}

/** Schema-validates one parsed file; `file` is e.g. 'data/establishments.json'. Returns issues (empty = valid). */
export function validateFile(file: DataFileName, json: unknown): DataIssue[] {
  const key = fileKey(file);
  if (!key) return [{ file, message: `is not a known data file (expected one of ${DATA_FILE_NAMES.join(', ')})` }];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (const { path, message } of schemaIssues(key, json)) {
    const issue: DataIssue = { file, ...locate(json, path), message };
    const text = formatIssue(issue);
    if (seen.has(text)) continue;
    seen.add(text);
    issues.push(issue);
  }
  return issues;
}

/** "data/cooperations.json › gcs-neurochirurgie › members[1]: unknown establishment id \"ch-foo\"". */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.record, issue.field].filter((p): p is string => p !== undefined && p !== '').join(' › ');
  return `${where}: ${issue.message}`;
}

export { isCalendarDate } from './guards.ts';

/** A count: a non-negative integer small enough that sums of counts stay exact (1e308 is an integer, not a count). */
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Commune → zone table, as `geo/communes.csv` joined with `geo/zones.csv`
 * (the tests build it with `src/import/communeZones.ts`; the app passes an
 * empty table: the geometry already carries the zones).
 */
export type CommuneZones = ReadonlyMap<string, { zone: string; bassin: BassinId }>;

const FILES = {
  establishments: 'data/establishments.json',
  cooperations: 'data/cooperations.json',
  posts: 'data/posts.json',
  figures: 'data/figures.json',
} as const;

/** INSEE codes of Nord (59) and Pas-de-Calais (62): the communes the zone table covers. */
const isNpdcInsee = (insee: unknown): boolean => typeof insee === 'string' && /^(59|62)/.test(insee);

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reports every id used twice in a list of records. */
function duplicateIds(file: string, records: unknown[], list?: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    if (!isObject(r) || typeof r['id'] !== 'string') return;
    const id = r['id'];
    const seenAt = first.get(id);
    if (seenAt === undefined) first.set(id, i);
    else
      issues.push({
        file,
        record: list ? `${list}[${id}]` : id,
        index: i,
        field: 'id',
        message: `duplicate id "${id}" (records [${seenAt}] and [${i}])`,
      });
  });
  return issues;
}

/**
 * Cross-file checks on a schema-valid dataset: member ids exist, no self link
 * (hub not duplicated in members, no duplicate members), dates valid calendar
 * dates, counts non-negative integers, ids unique, siteValue establishments
 * exist and lie in the bassin they claim, every French NPdC establishment's
 * commune belongs to the zone and bassin it claims (via the commune→zone
 * table passed in).
 *
 * The hub of a cooperation is one of its parties, so it must be listed in
 * `members`, exactly once. An empty `communeZones` table skips the commune
 * check (the app loads no table at run time; the tests pass the real one).
 * Defensive: records of an unexpected shape are skipped, never thrown on.
 */
export function validateDataset(dataset: Dataset, communeZones: CommuneZones): DataIssue[] {
  const issues: DataIssue[] = [];
  const establishments = asArray(dataset?.establishments);
  const cooperations = asArray(dataset?.cooperations);
  const posts = isObject(dataset?.posts) ? dataset.posts : undefined;
  const keyFigures = asArray(isObject(dataset?.keyFigures) ? dataset.keyFigures.figures : undefined);

  issues.push(...duplicateIds(FILES.establishments, establishments));
  issues.push(...duplicateIds(FILES.cooperations, cooperations));
  const byId = new Map<string, Record<string, unknown>>();
  for (const e of establishments) if (isObject(e) && typeof e['id'] === 'string' && !byId.has(e['id'])) byId.set(e['id'], e);

  // Establishments: commune → zone → bassin.
  establishments.forEach((e, i) => {
    if (!isObject(e)) return;
    const record = recordName(e, i);
    const insee = isObject(e['commune']) ? e['commune']['insee'] : undefined;
    const inNpdc = e['country'] === 'FR' && isNpdcInsee(insee);
    if (!inNpdc) {
      for (const field of ['zone', 'bassin']) {
        if (e[field] !== undefined)
          issues.push({ file: FILES.establishments, record, index: i, field, message: 'must be absent outside Nord-Pas-de-Calais' });
      }
      return;
    }
    for (const field of ['zone', 'bassin']) {
      if (e[field] === undefined)
        issues.push({
          file: FILES.establishments,
          record,
          index: i,
          field,
          message: 'is required for an establishment in Nord-Pas-de-Calais',
        });
    }
    if (communeZones.size === 0) return;
    const row = communeZones.get(String(insee));
    if (!row) {
      issues.push({
        file: FILES.establishments,
        record,
        index: i,
        field: 'commune.insee',
        message: `commune ${String(insee)} is not in the commune table`,
      });
      return;
    }
    if (e['zone'] !== undefined && e['zone'] !== row.zone) {
      issues.push({
        file: FILES.establishments,
        record,
        index: i,
        field: 'zone',
        message: `commune ${String(insee)} belongs to zone "${row.zone}", not ${show(e['zone'])}`,
      });
    }
    if (e['bassin'] !== undefined && e['bassin'] !== row.bassin) {
      issues.push({
        file: FILES.establishments,
        record,
        index: i,
        field: 'bassin',
        message: `commune ${String(insee)} belongs to bassin "${row.bassin}", not ${show(e['bassin'])}`,
      });
    }
  });

  // Cooperations: parties, hub, dates.
  cooperations.forEach((c, i) => {
    if (!isObject(c)) return;
    const record = recordName(c, i);
    const members = asArray(c['members']);
    const seen = new Map<unknown, number>();
    members.forEach((m, j) => {
      const field = `members[${j}]`;
      if (typeof m !== 'string' || !byId.has(m))
        issues.push({ file: FILES.cooperations, record, index: i, field, message: `unknown establishment id ${show(m)}` });
      const before = seen.get(m);
      if (before !== undefined)
        issues.push({
          file: FILES.cooperations,
          record,
          index: i,
          field,
          message: `duplicate member ${show(m)} (already members[${before}])`,
        });
      else seen.set(m, j);
    });
    if (members.length === 0)
      issues.push({ file: FILES.cooperations, record, index: i, field: 'members', message: 'must have at least 1 item' });
    const hub = c['hub'];
    if (hub !== undefined) {
      if (typeof hub !== 'string' || !byId.has(hub))
        issues.push({ file: FILES.cooperations, record, index: i, field: 'hub', message: `unknown establishment id ${show(hub)}` });
      else if (!members.includes(hub))
        issues.push({ file: FILES.cooperations, record, index: i, field: 'hub', message: `hub "${hub}" is not one of the members` });
      else if (members.length === 1)
        issues.push({
          file: FILES.cooperations,
          record,
          index: i,
          field: 'hub',
          message: `hub "${hub}" is the only member: it would link to itself`,
        });
    }
    checkDate(issues, FILES.cooperations, record, 'date', c['date'], c['datePrecision']);
    checkTranslatedList(issues, FILES.cooperations, record, c, 'topics');
  });

  // Posts: schemes, counts, site values.
  if (posts) {
    const schemes = asArray(posts.schemes);
    const siteValues = asArray(posts.siteValues);
    const extras = asArray(posts.extras);
    issues.push(...duplicateIds(FILES.posts, schemes, 'schemes'));
    issues.push(...duplicateIds(FILES.posts, siteValues, 'siteValues'));
    issues.push(...duplicateIds(FILES.posts, extras, 'extras'));
    issues.push(...duplicateIds(FILES.posts, asArray(posts.figures), 'figures'));
    const schemeIds = new Set(schemes.filter(isObject).map((s) => s['id']));
    const checkScheme = (list: string, r: Record<string, unknown>, i: number): void => {
      if (!schemeIds.has(r['scheme']))
        issues.push({
          file: FILES.posts,
          record: `${list}${locateIndex(r, i)}`,
          index: i,
          field: 'scheme',
          message: `unknown scheme ${show(r['scheme'])}`,
        });
    };
    const checkCount = (list: string, r: Record<string, unknown>, i: number, field = 'value'): void => {
      const v = valueAt(r, field.split('.'));
      if (!isCount(v))
        issues.push({
          file: FILES.posts,
          record: `${list}${locateIndex(r, i)}`,
          index: i,
          field,
          message: `must be a non-negative integer, got ${show(v)}`,
        });
    };
    schemes.forEach((s, i) => {
      if (!isObject(s) || !isObject(s['rate'])) return;
      checkCount('schemes', s, i, 'rate.min');
      checkCount('schemes', s, i, 'rate.max');
    });
    const totalKeys = new Map<string, number>();
    asArray(posts.bassinTotals).forEach((t, i) => {
      if (!isObject(t)) return;
      checkScheme('bassinTotals', t, i);
      checkCount('bassinTotals', t, i);
      const key = `${String(t['scheme'])} ${String(t['bassin'])}`;
      const before = totalKeys.get(key);
      if (before !== undefined)
        issues.push({
          file: FILES.posts,
          record: `bassinTotals[${i}]`,
          index: i,
          message: `second total for scheme ${show(t['scheme'])} in bassin ${show(t['bassin'])} (first: bassinTotals[${before}])`,
        });
      else totalKeys.set(key, i);
    });
    const grandKeys = new Map<unknown, number>();
    asArray(posts.grandTotals).forEach((t, i) => {
      if (!isObject(t)) return;
      checkScheme('grandTotals', t, i);
      checkCount('grandTotals', t, i);
      const before = grandKeys.get(t['scheme']);
      if (before !== undefined)
        issues.push({
          file: FILES.posts,
          record: `grandTotals[${i}]`,
          index: i,
          message: `second grand total for scheme ${show(t['scheme'])} (first: grandTotals[${before}])`,
        });
      else grandKeys.set(t['scheme'], i);
    });
    siteValues.forEach((v, i) => {
      if (!isObject(v)) return;
      const record = `siteValues${locateIndex(v, i)}`;
      checkScheme('siteValues', v, i);
      checkCount('siteValues', v, i);
      asArray(v['establishments']).forEach((id, j) => {
        const field = `establishments[${j}]`;
        const e = typeof id === 'string' ? byId.get(id) : undefined;
        if (!e) issues.push({ file: FILES.posts, record, index: i, field, message: `unknown establishment id ${show(id)}` });
        else if (e['bassin'] === undefined)
          issues.push({
            file: FILES.posts,
            record,
            index: i,
            field,
            message: `establishment "${String(id)}" has no bassin, not ${show(v['bassin'])}`,
          });
        // A site the readings count in another bassin than its commune's (Somain) says so in `communeBassin`.
        else if (v['communeBassin'] !== undefined) {
          if (e['bassin'] !== v['communeBassin'])
            issues.push({
              file: FILES.posts,
              record,
              index: i,
              field: 'communeBassin',
              message: `establishment "${String(id)}" is in bassin "${String(e['bassin'])}", not ${show(v['communeBassin'])}`,
            });
          else if (v['communeBassin'] === v['bassin'])
            issues.push({ file: FILES.posts, record, index: i, field: 'communeBassin', message: 'must be absent when it equals bassin' });
        } else if (e['bassin'] !== v['bassin'])
          issues.push({
            file: FILES.posts,
            record,
            index: i,
            field,
            message: `establishment "${String(id)}" is in bassin "${String(e['bassin'])}", not ${show(v['bassin'])}`,
          });
      });
    });
    extras.forEach((x, i) => {
      if (!isObject(x)) return;
      checkScheme('extras', x, i);
      checkCount('extras', x, i);
    });
    asArray(posts.figures).forEach((f, i) => checkFigure(issues, FILES.posts, 'figures', f, i));
  }
  issues.push(...duplicateIds(FILES.figures, keyFigures, 'figures'));
  keyFigures.forEach((f, i) => checkFigure(issues, FILES.figures, 'figures', f, i));
  const facts = asArray(isObject(dataset?.keyFigures) ? dataset.keyFigures.facts : undefined);
  issues.push(...duplicateIds(FILES.figures, facts, 'facts'));
  facts.forEach((f, i) => {
    if (!isObject(f)) return;
    const record = `facts${locateIndex(f, i)}`;
    asArray(f['dates']).forEach((d, j) => {
      if (isObject(d)) checkDate(issues, FILES.figures, record, `dates[${j}].date`, d['date'], d['precision']);
    });
    checkTranslatedList(issues, FILES.figures, record, f, 'topics');
  });
  return issues;
}

/** A stated date must exist, and a year or month precision must be written as its first day. */
function checkDate(issues: DataIssue[], file: string, record: string, field: string, date: unknown, precision: unknown): void {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  if (!isCalendarDate(date)) issues.push({ file, record, field, message: `${date} is not a calendar date` });
  else if (precision === 'year' && !date.endsWith('-01-01')) {
    issues.push({ file, record, field, message: `a date of precision "year" must be written YYYY-01-01, got ${date}` });
  } else if (precision === 'month' && !date.endsWith('-01')) {
    issues.push({ file, record, field, message: `a date of precision "month" must be written YYYY-MM-01, got ${date}` });
  }
}

/** `<key>En` must translate `<key>` item by item: same length when both are present. */
function checkTranslatedList(issues: DataIssue[], file: string, record: string, r: Record<string, unknown>, key: string): void {
  const fr = r[key];
  const en = r[`${key}En`];
  if (!Array.isArray(fr) || !Array.isArray(en) || fr.length === en.length) return;
  issues.push({
    file,
    record,
    field: `${key}En`,
    message: `must have one English item per item of ${key} (${fr.length}), got ${en.length}`,
  });
}

/** `[id]` or `[index]` for a record of an object file's list. */
function locateIndex(r: Record<string, unknown>, i: number): string {
  return typeof r['id'] === 'string' && r['id'] !== '' ? `[${r['id']}]` : `[${i}]`;
}

function checkFigure(issues: DataIssue[], file: string, list: string, f: unknown, i: number): void {
  if (!isObject(f)) return;
  const record = `${list}${locateIndex(f, i)}`;
  const value = f['value'];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    issues.push({ file, record, index: i, field: 'value', message: `must be a non-negative number, got ${show(value)}` });
  const max = f['max'];
  if (max !== undefined && (typeof max !== 'number' || typeof value !== 'number' || max < value)) {
    issues.push({ file, record, index: i, field: 'max', message: `must be a number not below value ${show(value)}, got ${show(max)}` });
  }
  const when = f['when'];
  if (typeof when === 'string') {
    const full = /^\d{4}$/.test(when) ? `${when}-01-01` : /^\d{4}-\d{2}$/.test(when) ? `${when}-01` : when;
    if (/^\d{4}-\d{2}-\d{2}$/.test(full) && !isCalendarDate(full))
      issues.push({ file, record, index: i, field: 'when', message: `${when} is not a calendar date` });
  }
}
