// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { msg } from '../../i18n/index.ts';
import { $, $$, click, events, mount, text } from '../../../test/fixtures/components.ts';
import type { Notice } from './notices.ts';
import './notices.ts';

// Two notices as the app words them (a population file that failed to load, a data file with issues).
const notices = (lang: 'fr' | 'en'): Notice[] => [
  { id: 'population', kind: 'data', text: msg(lang).rates.failed('geo/population.json: HTTP 404') },
  { id: 'data-posts', kind: 'data', text: msg(lang).notices.data('data/posts.json', 'HTTP 404') },
];

describe('<coop-notices>', () => {
  test('renders nothing without notices', async () => {
    const el = await mount('coop-notices');
    expect(el.shadowRoot?.querySelector('section')).toBeNull();
  });

  test('one line per notice, as text, in a labelled region (French by default)', async () => {
    const el = await mount('coop-notices', { notices: notices('fr') });
    expect($(el, 'section').getAttribute('aria-label')).toBe('Avertissements');
    expect($$(el, 'li .text').map(text)).toEqual([
      'Populations indisponibles (geo/population.json: HTTP 404) : les comptes restent affichés.',
      'Données (data/posts.json) : HTTP 404',
    ]);
    expect($$(el, 'li').map((li) => li.dataset['notice'])).toEqual(['data', 'data']);
    expect($$(el, 'button').map(text)).toEqual(['Masquer', 'Masquer', 'Tout masquer']);
  });

  test('Dismiss sends coop-dismiss with the notice id; Dismiss all with null', async () => {
    const seen = events('coop-dismiss');
    const el = await mount('coop-notices', { notices: notices('en'), lang: 'en' });
    const buttons = $$(el, 'button');
    expect(buttons.map(text)).toEqual(['Dismiss', 'Dismiss', 'Dismiss all']);
    await click(el, buttons[1]!);
    await click(el, buttons[2]!);
    expect(seen).toEqual([{ id: 'data-posts' }, { id: null }]);
  });

  test('a single notice has no "Dismiss all"', async () => {
    const el = await mount('coop-notices', { notices: notices('fr').slice(0, 1) });
    expect($$(el, 'button').map(text)).toEqual(['Masquer']);
  });

  test('a notice quoting markup shows it as text', async () => {
    const el = await mount('coop-notices', { notices: [{ id: 'url', kind: 'url', text: '<img src=x onerror=alert(1)>' }] });
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(text($(el, '.text'))).toBe('<img src=x onerror=alert(1)>');
  });
});
