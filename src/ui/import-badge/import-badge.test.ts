// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { $, click, events, mount, text } from '../../../test/fixtures/components.ts';
import './import-badge.ts';

describe('<coop-import-badge>', () => {
  test('nothing without files or notice', async () => {
    const el = await mount('coop-import-badge');
    expect(el.shadowRoot?.querySelector('[role="status"]')).toBeNull();
  });

  test('the imported files, and a button that sends coop-import-reset', async () => {
    const seen = events('coop-import-reset');
    const el = await mount('coop-import-badge', { files: ['etablissements.csv', 'cooperations.csv'] });
    const badge = $(el, '[data-testid="import-badge"]');
    expect(badge.getAttribute('role')).toBe('status');
    expect(text($(el, '.text'))).toBe('Données importées : etablissements.csv, cooperations.csv');
    expect(text($(el, '[data-testid="import-reset"]'))).toBe('Revenir aux données publiées');
    await click(el, $(el, '[data-testid="import-reset"]'));
    expect(seen).toEqual([null]);
  });

  test('a notice instead, in English, whose Close sends coop-dismiss for "import"', async () => {
    const seen = events('coop-dismiss');
    const el = await mount('coop-import-badge', { notice: 'The data saved in this browser could not be shown.', lang: 'en' });
    expect(text($(el, '[data-testid="import-notice"] .text'))).toBe('The data saved in this browser could not be shown.');
    const close = $(el, '[data-testid="import-notice"] button');
    expect(text(close)).toBe('Close');
    await click(el, close);
    expect(seen).toEqual([{ id: 'import' }]);
  });

  test('files win over a notice', async () => {
    const el = await mount('coop-import-badge', { files: ['posts.json'], notice: 'x', lang: 'en' });
    expect(text($(el, '.text'))).toBe('Imported data: posts.json');
    expect(el.shadowRoot?.querySelector('[data-testid="import-notice"]')).toBeNull();
  });
});

describe('<coop-import-mark>', () => {
  test('the file and line of an imported record, in each language', async () => {
    const el = await mount('coop-import-mark', { file: 'etablissements.csv', line: 12 });
    expect(text($(el, '[data-testid="imported-mark"]'))).toBe('importé de etablissements.csv, ligne 12');
    el.lang = 'en';
    el.line = undefined;
    await el.updateComplete;
    expect(text($(el, '[data-testid="imported-mark"]'))).toBe('imported from etablissements.csv');
  });
});
