/**
 * The compiled schema gates (`scripts/schema-gates.mjs`) against the full
 * validator: the committed module is what the script writes from the
 * schemas now, and on the real files and hundreds of broken variants of
 * them the gate passes a file exactly when the full validator finds nothing.
 * A gate that passed what the full validator rejects would let an invalid
 * record through unnamed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as gates from '../../src/model/schemaGates.generated.js';
import { namedSchemaIssues, type FileKey } from '../../src/model/validate.ts';
import { GATED, GATES_FILE, schemaGatesSource } from '../../scripts/schema-gates.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES: Record<FileKey, string> = {
  establishments: 'data/establishments.json',
  cooperations: 'data/cooperations.json',
  posts: 'data/posts.json',
  figures: 'data/figures.json',
  sources: 'data/sources.json',
  scenes: 'data/scenes.json',
};
const read = (key: FileKey): unknown => JSON.parse(readFileSync(resolve(ROOT, FILES[key]), 'utf8'));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values a broken file puts in place of a field: wrong types, empty, out of range, a wrong shape. */
const REPLACEMENTS: Json[] = [null, -1, 1.5, '', 'Not An Id!', [], {}, true, ['x'], '2017-13-45'];

/**
 * Variants of `json`, each with one change: in the first records of each
 * list (and the file's own fields), a field removed, replaced by each of
 * {@link REPLACEMENTS}, or an unknown field added; the first element of a
 * list inside a record replaced too.
 */
function* variants(json: Json): Generator<Json> {
  const objects: { path: (string | number)[]; value: { [k: string]: Json } }[] = [];
  const collect = (node: Json, path: (string | number)[], depth: number): void => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.slice(0, 2).forEach((item, i) => collect(item, [...path, i], depth + 1));
      return;
    }
    objects.push({ path, value: node });
    for (const [k, v] of Object.entries(node)) collect(v, [...path, k], depth + 1);
  };
  collect(json, [], 0);
  const at = (root: Json, path: (string | number)[]): { [k: string]: Json } =>
    path.reduce<Json>((node, k) => (node as Record<string | number, Json>)[k] as Json, root) as { [k: string]: Json };
  for (const { path, value } of objects) {
    for (const key of Object.keys(value)) {
      const removed = structuredClone(json);
      delete at(removed, path)[key];
      yield removed;
      for (const replacement of REPLACEMENTS) {
        const replaced = structuredClone(json);
        at(replaced, path)[key] = replacement;
        yield replaced;
      }
    }
    const extra = structuredClone(json);
    at(extra, path)['unexpected'] = 1;
    yield extra;
  }
}

test('the committed gates are what scripts/schema-gates.mjs writes from the schemas now (npm run schema:gates)', () => {
  expect(GATED).toEqual(Object.keys(FILES));
  expect(readFileSync(GATES_FILE, 'utf8')).toBe(schemaGatesSource());
});

describe('each gate passes a file exactly when the full validator finds nothing', () => {
  for (const key of Object.keys(FILES) as FileKey[]) {
    test(key, () => {
      const gate = gates[key] as (json: unknown) => boolean;
      const real = read(key) as Json;
      expect(gate(real)).toBe(true);
      expect(namedSchemaIssues(key, real)).toEqual([]);
      let rejected = 0;
      let total = 0;
      const disagreements: string[] = [];
      // posts.json has many small records: one variant in three is enough (about 700), and keeps the test short.
      const stride = key === 'posts' ? 3 : 1;
      let index = 0;
      for (const variant of variants(real)) {
        if (index++ % stride !== 0) continue;
        total += 1;
        const full = namedSchemaIssues(key, variant).length === 0;
        if (!full) rejected += 1;
        if (gate(variant) !== full) disagreements.push(`${JSON.stringify(variant).slice(0, 200)} (gate ${String(!full)})`);
      }
      expect(disagreements).toEqual([]);
      // The variants do break the files: most of them are rejected.
      expect(total).toBeGreaterThan(40);
      expect(rejected / total).toBeGreaterThan(0.5);
    });
  }
});
