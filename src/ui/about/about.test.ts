// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { aboutSections } from '../../query/about.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, mount, text } from '../../../test/fixtures/components.ts';
import './about.ts';

const dataset = realDataset();
const seeds = dataset.sources?.seeds ?? [];

describe('<coop-about>', () => {
  test('the sections of the real data, in order, one entry per item (French)', async () => {
    const sections = aboutSections(dataset, 'fr');
    const el = await mount('coop-about', { sections, seeds });
    expect($$(el, 'section').map((s) => s.dataset['testid'])).toEqual([
      'about-chru',
      'about-posts',
      'about-cooperation',
      'about-research',
      'about-networks',
      'about-unmapped',
    ]);
    expect($$(el, 'section h3').map(text)).toEqual([
      'Le CHRU',
      'Dispositifs de post-internat',
      'La coopération en chiffres',
      'Recherche',
      'Réseaux de santé',
      'Réseaux et coopérations sans membres cartographiables',
    ]);
    expect($$(el, 'section').map((s) => s.querySelectorAll('li').length)).toEqual(sections.map((s) => s.items.length));
    // A figure: its value as written, its label, its source named by the seed's title.
    const professionals = $(el, '[data-testid="key-figures"] li[data-id="professionals"]');
    expect(text(professionals.querySelector('.value'))).toBe('14 000');
    expect(text(professionals)).toMatch(/^14 000 Professionnels, en exercice ou en formation Sources Diaporama « Le CHU et son Territoire/);
    expect(text(professionals.querySelector('q'))).toBe('Le CHRU mobilise 14.000 professionnels, en exercice ou en formation');
    expect(professionals.querySelector('cite')?.getAttribute('title')).toBe('000_15e9185a92ff980b.txt');
    // A scheme: no single value (a wide list), its lines.
    const atp = $(el, 'li[data-id="scheme-atp"]');
    expect(atp.querySelector('.value')).toBeNull();
    expect(atp.parentElement?.className).toBe('wide');
    expect([...atp.querySelectorAll('.line')].map(text)).toEqual([
      'Depuis 1999',
      'Environ 25 postes par an : rythme du dispositif tel que la source le décrit, non une moyenne de la période de la carte',
      '182 recrutés de 2000 à 2011 (carte publiée)',
    ]);
    // The unmapped section says why nothing is drawn.
    expect(text($(el, '[data-testid="about-unmapped"] p'))).toBe(
      'Les sources les citent, mais leurs membres ne sont pas nommés ou ne sont pas des établissements : aucun lien n’est tracé sur la carte.',
    );
    expect(text($(el, 'li[data-id="perinatal-network-lille"] .details'))).toBe(
      '14 établissements publics, privés et participant au service public · constitué : 2000 · confirmé par délibération du Conseil d’Administration : 22 janv. 2001',
    );
  });

  test('English with lang="en"', async () => {
    const el = await mount('coop-about', { sections: aboutSections(dataset, 'en'), seeds, lang: 'en' });
    expect(text($(el, 'p.muted'))).toBe('Key figures as the source documents give them.');
    expect(text($(el, 'section h3'))).toBe('The CHRU');
    expect(text($(el, 'li[data-id="professionals"] .value'))).toBe('14,000');
    expect(text($(el, 'li[data-id="professionals"] summary'))).toBe('Sources');
  });

  test('no sections: only the introduction', async () => {
    const el = await mount('coop-about');
    expect($$(el, 'section')).toEqual([]);
    expect(text($(el, 'p'))).toBe('Chiffres clés tels que les documents sources les donnent.');
  });
});
