// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildImport, type ImportOptions } from '../../import/check.ts';
import { parseCommuneZones } from '../../import/communeZones.ts';
import { parseImportFile } from '../../import/parse.ts';
import type { Lang } from '../../query/types.ts';
import { BROKEN, VALID, type ImportFixture } from '../../../test/fixtures/import/files.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './import-dialog.ts';

const root = resolve(import.meta.dirname, '../../..');
const published = realDataset();
const options = (o: Partial<ImportOptions> = {}): ImportOptions => ({
  mode: 'add',
  keep: 'reject',
  communeZones: parseCommuneZones(
    readFileSync(resolve(root, 'geo/communes.csv'), 'utf8'),
    readFileSync(resolve(root, 'geo/zones.csv'), 'utf8'),
  ),
  extent: (readRepoJson('geo/npdc.topo.json') as { bbox: [number, number, number, number] }).bbox,
  ...o,
});

/** The dialog's properties for `fixtures` read and checked against the published data, as the import controller sets them. */
function dialogProps(fixtures: readonly ImportFixture[], o: Partial<ImportOptions> = {}, lang: Lang = 'fr') {
  const parsed = fixtures.map((f) => parseImportFile(f.name, f.bytes));
  const result = buildImport(parsed, published, options(o));
  return {
    lang,
    files: parsed.map((p) => ({ file: p.file, kind: p.kind, encoding: p.encoding, separator: p.separator, records: p.records.length })),
    issues: result.issues,
    result: {
      errors: result.errors,
      warnings: result.warnings,
      kept: result.kept,
      refused: result.refused,
      usable: result.dataset !== null,
    },
    keep: o.keep ?? 'reject',
    mode: o.mode ?? 'add',
  };
}
const publishedId = BROKEN.find((b) => b.fixture.name === 'id-publie.csv')!.fixture;

describe('<coop-import-dialog>', () => {
  test('open shows it modally; Cancel sends coop-import-close', async () => {
    const seen = events('coop-import-close');
    const el = await mount('coop-import-dialog', { open: true });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).toBe(true);
    expect(text($(el, '#import-title'))).toBe('Importer des données');
    // Before any file: no summary, Accept disabled.
    expect(el.shadowRoot?.querySelector('[data-testid="import-summary"]')).toBeNull();
    expect($<HTMLButtonElement>(el, '[data-testid="import-accept"]').disabled).toBe(true);
    await click(el, $(el, '[data-testid="import-cancel"]'));
    expect(seen).toEqual([null]);
    // The app then sets open to false: the dialog closes.
    await update(el, { open: false });
    expect(dialog.open).toBe(false);
  });

  test('the three valid files: how each was read, no problem, Accept enabled and sending coop-import-accept (French)', async () => {
    const seen = events('coop-import-accept');
    const el = await mount('coop-import-dialog', {
      open: true,
      ...dialogProps([VALID.establishments, VALID.cooperations, VALID.siteValues]),
    });
    expect($$(el, '[data-testid="import-files"] li').map(text)).toEqual([
      'etablissements-excel.csv — établissements (CSV) · 1 enregistrement · encodage Windows-1252 (Excel français) · séparateur point-virgule (;)',
      'cooperations-utf8.csv — coopérations (CSV) · 1 enregistrement · encodage UTF-8 · séparateur virgule (,)',
      'valeurs-par-site.csv — valeurs par site (CSV) · 1 enregistrement · encodage UTF-8 avec BOM · séparateur point-virgule (;)',
    ]);
    // The warnings: sources that are not the project's seed documents.
    expect(text($(el, '[data-testid="import-summary"]'))).toBe('0 erreur, 3 avertissements.');
    expect($$(el, '[data-testid="import-issues"] li').map((li) => li.dataset['code'])).toEqual([
      'source-not-seed',
      'source-not-seed',
      'source-not-seed',
    ]);
    expect(text($(el, '[data-testid="import-issues"] .fix'))).toMatch(/^Correction : /);
    expect(text($(el, '[data-testid="import-result"]'))).toBe('3 enregistrements importés, 0 refusé.');
    const accept = $<HTMLButtonElement>(el, '[data-testid="import-accept"]');
    expect(accept.disabled).toBe(false);
    await click(el, accept);
    expect(seen).toEqual([null]);
  });

  test('a file with an error: located, with its fix; refused under "reject"; the choices send coop-import-options (English)', async () => {
    const seen = events('coop-import-options');
    const el = await mount('coop-import-dialog', { open: true, ...dialogProps([publishedId], {}, 'en') });
    const issues = $$(el, '[data-testid="import-issues"] li');
    expect(issues.map((li) => [li.className, li.dataset['code'], li.dataset['file'], li.dataset['line'], li.dataset['column']])).toEqual([
      ['error', 'published-id', 'id-publie.csv', '2', 'id'],
      ['warning', 'source-not-seed', 'id-publie.csv', '2', 'source'],
    ]);
    expect(text(issues[0]!)).toBe(
      'Error · id-publie.csv, line 2, “chru-lille”, column id: id “chru-lille” is already used by the published data Fix: Choose another id, or “Replace the published data”.',
    );
    expect(text($(el, '[data-testid="import-result"]'))).toBe('Nothing to import with these choices.');
    expect($<HTMLButtonElement>(el, '[data-testid="import-accept"]').disabled).toBe(true);
    for (const id of ['keep-valid', 'mode-replace']) {
      const radio = $<HTMLInputElement>(el, `[data-testid="${id}"]`);
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(seen).toEqual([{ keep: 'valid' }, { mode: 'replace' }]);
  });

  test('picking files sends them; templates and exports send coop-import-download', async () => {
    const files = events('coop-import-files');
    const downloads = events('coop-import-download');
    const el = await mount('coop-import-dialog', { open: true });
    const input = $<HTMLInputElement>(el, '[data-testid="import-input"]');
    const file = new File([new Uint8Array(VALID.cooperations.bytes)], VALID.cooperations.name, { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(files.map((d) => d.files.map((f) => f.name))).toEqual([['cooperations-utf8.csv']]);
    await click(el, $(el, '[data-testid="template-siteValues"]'));
    await click(el, $(el, '[data-testid="export-posts.json"]'));
    await click(el, $(el, '[data-testid="export-establishments.csv"]'));
    expect(downloads).toEqual([
      { what: 'template', name: 'siteValues' },
      { what: 'json', name: 'posts.json' },
      { what: 'csv', name: 'establishments.csv' },
    ]);
  });

  test('dropping files marks the zone while over it, then sends them', async () => {
    const seen = events('coop-import-files');
    const el = await mount('coop-import-dialog', { open: true });
    const drop = $(el, '[data-testid="import-drop"]');
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    drop.dispatchEvent(over);
    await el.updateComplete;
    expect([over.defaultPrevented, drop.classList.contains('over')]).toEqual([true, true]);
    const file = new File([new Uint8Array(VALID.siteValues.bytes)], VALID.siteValues.name, { type: 'text/csv' });
    // The dialog reads only `dataTransfer.files`: a plain event carries them.
    const dropped = Object.assign(new Event('drop', { bubbles: true, cancelable: true }), { dataTransfer: { files: [file] } });
    drop.dispatchEvent(dropped);
    await el.updateComplete;
    expect(drop.classList.contains('over')).toBe(false);
    expect(seen.map((d) => d.files.map((f) => f.name))).toEqual([['valeurs-par-site.csv']]);
  });

  test('while files are read: a status, and Accept waits', async () => {
    const el = await mount('coop-import-dialog', { open: true, ...dialogProps([VALID.cooperations]), busy: true });
    expect(text($(el, '.drop [role="status"]'))).toBe('Lecture…');
    expect($<HTMLButtonElement>(el, '[data-testid="import-accept"]').disabled).toBe(true);
  });
});
