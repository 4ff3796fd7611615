// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, mount, text } from '../../../test/fixtures/components.ts';
import './readings.ts';

const dataset = realDataset();
const seeds = dataset.sources?.seeds ?? [];

describe('<coop-readings>', () => {
  test('nothing without posts', async () => {
    const el = await mount('coop-readings');
    expect(el.shadowRoot?.querySelector('section')).toBeNull();
  });

  test('how each real post map was read: facts, readings and what they agree on (French)', async () => {
    const el = await mount('coop-readings', { posts: dataset.posts, seeds });
    const maps = $$(el, '[data-testid="map-reading"]');
    expect(maps.map((m) => m.dataset['scheme'])).toEqual(['atp', 'ccu']);
    expect(maps.map((m) => text(m.querySelector('h3')))).toEqual(['Carte ATP 2000–2011', 'Carte CCU-Région 2009–2011']);
    const atp = maps[0]!;
    expect(text(atp.querySelector('dd'))).toBe('Métropole 36 · Littoral 22 · Artois 86 · Hainaut 38');
    expect(text(atp.querySelector('[data-testid="value-block"]'))).toBe('30, 8, 26, 6, 18, 7, 37');
    const readings = [...atp.querySelectorAll<HTMLElement>('[data-testid="reading"]')];
    expect(
      readings.map((r) => [r.dataset['assumption'], r.classList.contains('shown'), text(r.querySelector('[data-testid="reading-count"]'))]),
    ).toEqual([
      ['none', false, '2 268 lectures compatibles avec les totaux publiés'],
      ['atp-adjacent-pairs', true, '36 lectures compatibles avec les totaux publiés'],
    ]);
    // The reading shown on the map: its badge, and the site values all readings agree on.
    expect(text(readings[1]!.querySelector('.badge'))).toBe('montré sur la carte');
    expect([...readings[1]!.querySelectorAll<HTMLElement>('li[data-site-value]')].map((li) => li.dataset['siteValue'])).toEqual([
      'atp-valenciennes',
      'atp-sambre-avesnois',
      'atp-bethune',
      'atp-saint-omer',
      'atp-cambrai',
      'atp-denain',
      'atp-somain',
      'atp-arras-lens-douai',
      'atp-boulogne-dunkerque-calais',
    ]);
    expect(text(readings[1]!.querySelector('li[data-site-value="atp-arras-lens-douai"] strong'))).toBe('Arras, Lens, Douai');
    // Somain: counted in Hainaut although its commune lies elsewhere, said where the value appears.
    expect(readings[1]!.querySelector('li[data-site-value="atp-somain"] [data-testid="elsewhere"]')).not.toBeNull();
    // CCU: 2 posts of the Hainaut total go to no named site.
    expect([...maps[1]!.querySelectorAll(':scope > p')].map(text)).toEqual([
      'Hainaut : 2 postes du total publié attribués à aucun site nommé',
    ]);
    expect(text($(el, 'h4'))).toBe('Règles de lecture');
  });

  test('English with lang="en"', async () => {
    const el = await mount('coop-readings', { posts: dataset.posts, seeds, lang: 'en' });
    expect($$(el, '[data-testid="map-reading"] h3').map(text)).toEqual(['ATP map 2000–2011', 'CCU-Région map 2009–2011']);
    expect($$(el, '[data-testid="reading-count"]').map(text)).toEqual([
      '2,268 readings matching the published totals',
      '36 readings matching the published totals',
      '2 readings matching the published totals',
    ]);
  });
});
