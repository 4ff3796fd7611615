// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { parsePopulation } from '../../model/population.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { ratesByBassin } from '../../query/rates.ts';
import { DEFAULT_STATE } from '../../query/state.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './counts.ts';

const dataset = realDataset();
const counts = countsByBassin(dataset, DEFAULT_STATE.filters);
const props = { counts, maps: dataset.posts.maps, seeds: dataset.sources?.seeds ?? [] };
const cells = (el: Element, selector: string): string[] => $$(el, selector).map(text);

describe('<coop-counts>', () => {
  test('nothing without counts', async () => {
    const el = await mount('coop-counts');
    expect(el.shadowRoot?.querySelector('table')).toBeNull();
  });

  test('the published totals of the real data per bassin and scheme, the extra and the regional totals (French)', async () => {
    const el = await mount('coop-counts', props);
    expect(text($(el, 'caption'))).toBe('Postes partagés par bassin Totaux publiés par bassin');
    expect($$(el, 'tbody tr[data-bassin]').map((r) => r.dataset['bassin'])).toEqual(['metropole', 'littoral', 'artois', 'hainaut']);
    expect(cells(el, 'tbody tr[data-bassin] .bassin')).toEqual(['Métropole', 'Littoral', 'Artois', 'Hainaut']);
    expect(cells(el, 'tbody td[data-scheme="atp"] .num')).toEqual(['36', '22', '86', '38']);
    expect(cells(el, 'tbody td[data-scheme="ccu"] .num')).toEqual(['2', '6', '3', '7']);
    expect(cells(el, '[data-extra] td')).toEqual(['–', '2']);
    expect(cells(el, 'td[data-total-scheme] .num')).toEqual(['182', '20']);
    // The scheme the map shows is the highlighted column.
    expect($$(el, 'thead th.current').map(text)).toEqual(['ATP 2000–2011 (compté sur la carte)']);
    expect($(el, 'tbody td[data-scheme="atp"] .num').getAttribute('aria-label')).toBe('Métropole, ATP : 36. Voir la source');
    expect($(el, 'tr[data-bassin="artois"] .bassin').getAttribute('aria-label')).toBe('Sélectionner le bassin Artois');
  });

  test('a bassin name sends coop-select with its id, or null when it is the focus', async () => {
    const seen = events('coop-select');
    const el = await mount('coop-counts', props);
    await click(el, $(el, 'tr[data-bassin="artois"] .bassin'));
    await update(el, { focusId: 'artois' });
    expect($(el, 'tr[data-bassin="artois"]').className).toBe('selected');
    expect($(el, 'tr[data-bassin="artois"] .bassin').getAttribute('aria-pressed')).toBe('true');
    await click(el, $(el, 'tr[data-bassin="artois"] .bassin'));
    expect(seen).toEqual([{ id: 'artois' }, { id: null }]);
  });

  test('"How this map was read" sends coop-open-readings', async () => {
    const seen = events('coop-open-readings');
    const el = await mount('coop-counts', { ...props, lang: 'en' });
    const open = $(el, '[data-testid="open-readings"]');
    expect(text(open)).toBe('How this map was read');
    await click(el, open);
    expect(seen).toEqual([{}]);
  });

  test('a number opens its sources in a dialog: the quote of the published total and the site values; Close closes it', async () => {
    const el = await mount('coop-counts', props);
    await click(el, $(el, 'tr[data-bassin="artois"] td[data-scheme="atp"] .num'));
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(text(dialog.querySelector('.what'))).toBe('Artois, ATP : 86');
    expect([...dialog.querySelectorAll('blockquote')].map(text)).toEqual(['« BASSIN DE L’ARTOIS : 86 ASSISTANT S »']);
    // Béthune 1 and the group Arras, Lens, Douai 85 make the 86: both deduced (*), the group said unsplit.
    const sites = [...dialog.querySelectorAll('.sites li')];
    expect(sites.map((li) => [text(li.querySelector('span')), text(li.querySelector('.v'))])).toEqual([
      ['Béthune', '1*'],
      ['Arras, Lens, Douai', '85*'],
    ]);
    expect(text(sites[1]!.querySelector('.muted'))).toBe('(valeur de groupe, répartition inconnue)');
    expect(text(sites[0]!.querySelector('[data-testid="site-status"]'))).toMatch(
      /^Déduite : les 36 lectures compatibles avec les totaux publiés la donnent toutes\./,
    );
    expect(text(dialog.querySelector('button.close'))).toBe('Fermer');
    expect(dialog.open).toBe(true);
    await click(el, dialog.querySelector('button.close')!);
    expect(dialog.open).toBe(false);
    expect(dialog.querySelector('.what')).toBeNull();
  });

  test('with rates: a population column and a rate column for the scheme shown (English)', async () => {
    const parsed = parsePopulation(readRepoJson('geo/population.json'));
    if (!('population' in parsed)) throw new Error(parsed.issue.message);
    const el = await mount('coop-counts', { ...props, lang: 'en', rates: ratesByBassin(counts, parsed.population) });
    expect(text($(el, '[data-population-head]'))).toBe('Population 2016');
    expect(cells(el, 'td[data-population]')).toEqual(['1,363,003', '811,729', '1,156,039', '743,677']);
    expect(cells(el, 'td[data-rate-scheme="atp"]')).toEqual(['2.6', '2.7', '7.4', '5.1']);
    expect(text($(el, '[data-testid="counts-rate-caveat"]'))).toBe(
      'Posts are cumulative over 2000–2011, the population is of one year (2016): the rate compares territories, it is not a number per year.',
    );
  });

  test('under an establishment filter: sums of the site values kept, with what they leave out', async () => {
    const filtered = countsByBassin(dataset, { ...DEFAULT_STATE.filters, kinds: ['chu', 'ch'] });
    const el = await mount('coop-counts', { ...props, counts: filtered });
    expect(text($(el, 'caption .cap-sub'))).toBe('Sommes des valeurs par site des établissements retenus par les filtres');
    expect(cells(el, 'tbody td[data-scheme="atp"] .num')).toEqual(['34', '22', '86', '38']);
    expect(cells(el, 'tr.notes .note-item')).toEqual([
      'ATP — 2 sur 36 publiés hors des sites retenus',
      'ATP — dont Somain (5), compté ici par toutes les lectures de la carte, bien que sa commune soit dans le bassin Artois',
      'CCU-Région — 2 sur 7 publiés hors des sites retenus',
    ]);
    expect(text($(el, '.legend p'))).toBe('Filtre actif : chaque nombre est la somme des valeurs par site des établissements retenus.');
  });
});
