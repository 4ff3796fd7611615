/** `npm run data:check`: the dialog's validation and messages in Node, exit code 1 on error. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../scripts/data-check-cli.ts';
import { BROKEN, VALID } from '../fixtures/import/files.ts';

const root = resolve(import.meta.dirname, '../..');
const run = (args: string[], cwd = root): { code: number; lines: string[] } => {
  const lines: string[] = [];
  const code = main(args, root, cwd, (l) => lines.push(l));
  return { code, lines };
};

test('the published data passes', () => {
  const { code, lines } = run(['data/establishments.json', 'data/cooperations.json', 'data/posts.json', 'data/figures.json']);
  expect(lines.at(-1)).toBe('No problem found.');
  expect(lines[0]).toBe('data/establishments.json: establishments.json · 48 records · encoding UTF-8');
  expect(code).toBe(0);
});

test('a broken file: located message, exit 1; French on demand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  const broken = BROKEN.find((b) => b.fixture.name === 'date-impossible.csv')!.fixture;
  writeFileSync(join(dir, broken.name), broken.bytes);
  writeFileSync(join(dir, VALID.establishments.name), VALID.establishments.bytes);
  const en = run([broken.name, '--add'], dir);
  expect(en.code).toBe(1);
  expect(en.lines[0]).toBe('date-impossible.csv: cooperations (CSV) · 1 record · encoding UTF-8 · separator comma (,)');
  expect(en.lines).toContain(
    'Error · date-impossible.csv, line 2, “gcs-import-test”, column date: 2011-02-30 is not a calendar date — Write a date that exists, YYYY-MM-DD or DD/MM/YYYY.',
  );
  const fr = run(['--lang', 'fr', VALID.establishments.name, '--add'], dir);
  expect(fr.lines[0]).toBe(
    'etablissements-excel.csv: établissements (CSV) · 1 enregistrement · encodage Windows-1252 (Excel français) · séparateur point-virgule (;)',
  );
  expect(fr.lines.at(-1)).toBe('0 erreur, 1 avertissement.');
  expect(fr.code).toBe(0);
  expect(run(['--lang', 'fr', VALID.establishments.name, '--add', '--strict'], dir).code).toBe(1);
  expect(run([], dir).code).toBe(2);
});
