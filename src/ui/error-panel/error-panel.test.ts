// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fetchJson } from '../../model/load.ts';
import { validateFile, type DataIssue } from '../../model/validate.ts';
import { readRepoJson } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './error-panel.ts';

/** Real issues: data/figures.json answered 404, and data/posts.json with two values broken (as test/fixtures/broken does). */
async function realIssues(): Promise<DataIssue[]> {
  const missing = await fetchJson('https://example.org/', 'data/figures.json', async () => ({
    ok: false,
    status: 404,
    statusText: 'Not Found',
    text: async () => 'Not found',
  }));
  const posts = readRepoJson('data/posts.json') as { bassinTotals: { value: unknown }[]; siteValues: { value: unknown }[] };
  posts.bassinTotals[0]!.value = -3;
  posts.siteValues[0]!.value = 'twelve';
  return [...('issue' in missing ? [missing.issue] : []), ...validateFile('data/posts.json', posts)];
}

describe('<coop-error-panel>', () => {
  test('without issues: only an empty live region', async () => {
    const el = await mount('coop-error-panel');
    expect(el.shadowRoot?.querySelector('[data-testid="error-panel"]')).toBeNull();
    expect(text($(el, '[role="status"]'))).toBe('');
  });

  test('one entry per file: what is wrong, what the page shows without it, and the details (French)', async () => {
    const issues = await realIssues();
    const el = await mount('coop-error-panel', { issues });
    expect(text($(el, '#error-title'))).toBe('⚠ Une partie des données n’a pas pu être chargée');
    expect(text($(el, '[role="status"]'))).toBe('Une partie des données n’a pas pu être chargée : data/figures.json, data/posts.json.');
    const files = $$(el, 'li.file');
    expect(files.map((f) => [f.dataset['file'], f.dataset['category']])).toEqual([
      ['data/figures.json', 'missing'],
      ['data/posts.json', 'schema'],
    ]);
    expect(files.map((f) => text(f.querySelector('.what')))).toEqual([
      'Fichier introuvable sur le serveur (HTTP 404).',
      'Le fichier ne respecte pas son schéma : 2 problèmes.',
    ]);
    expect(files.map((f) => text(f.querySelector('.then')))).toEqual([
      'Sans ce fichier, les chiffres clés du CHRU ne sont pas disponibles ; le reste de la carte fonctionne.',
      'Les enregistrements lisibles sont affichés ; les autres sont laissés de côté.',
    ]);
    // Details only for the schema file (a single missing file needs none), open when short.
    const details = $$<HTMLDetailsElement>(el, 'details');
    expect(details.map((d) => [d.open, text(d.querySelector('summary'))])).toEqual([[true, 'Détails (2)']]);
    expect($$(el, 'details li').map(text)).toEqual([
      'bassinTotals[0] › value : doit être un entier positif ou nul, reçu -3',
      'siteValues[atp-roubaix] › value : doit être un entier positif ou nul, reçu "twelve"',
    ]);
  });

  test('Retry sends coop-retry; while busy it says so and ignores clicks (English)', async () => {
    const seen = events('coop-retry');
    const el = await mount('coop-error-panel', { issues: await realIssues(), lang: 'en' });
    const retry = $(el, '[data-testid="retry"]');
    expect(text(retry)).toBe('Retry');
    await click(el, retry);
    expect(seen).toEqual([{}]);
    await update(el, { busy: true });
    expect(text(retry)).toBe('Retrying…');
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    await click(el, retry);
    expect(seen).toHaveLength(1);
  });

  test('Hide collapses the panel to a bar that opens it again; new issues open it; a retry that clears them is announced', async () => {
    const issues = await realIssues();
    const el = await mount('coop-error-panel', { issues });
    await click(el, $(el, '[data-testid="error-hide"]'));
    const bar = $(el, '[data-testid="error-panel"]');
    expect(bar.hasAttribute('data-collapsed')).toBe(true);
    expect(text(bar.querySelector('.link-btn'))).toBe('Problèmes de données (2 fichiers) — afficher');
    await click(el, bar.querySelector('.link-btn')!);
    expect($(el, '[data-testid="error-panel"]').hasAttribute('data-collapsed')).toBe(false);
    await click(el, $(el, '[data-testid="error-hide"]'));
    await update(el, { issues: issues.slice(0, 1) });
    expect($(el, '[data-testid="error-panel"]').hasAttribute('data-collapsed')).toBe(false);
    await update(el, { issues: [] });
    expect(text($(el, '[role="status"]'))).toBe('Toutes les données sont chargées.');
  });
});
