// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { msg } from '../../i18n/index.ts';
import type { Lang } from '../../query/types.ts';
import { searchAll } from '../../query/search.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, events, mount, text } from '../../../test/fixtures/components.ts';
import type { SearchOption } from './search.ts';
import './search.ts';

const dataset = realDataset();

/** A search over the real establishments, cooperations and bassins, as the app words its options (zones and communes left out). */
const realSearch =
  (lang: Lang) =>
  (query: string): SearchOption[] => {
    const t = msg(lang);
    return searchAll({ dataset, zones: [], communes: null, bassinNames: t.bassins, kindNames: t.linkKinds }, query, lang).map((r) =>
      r.type === 'establishment'
        ? { id: r.id, label: r.establishment.shortName, detail: `${r.establishment.commune.name} · ${t.kinds[r.establishment.kind]}` }
        : r.type === 'cooperation'
          ? { id: r.id, label: r.cooperation.name, detail: t.linkKinds[r.cooperation.kind] }
          : { id: r.id, label: r.type === 'bassin' ? t.bassins[r.id] : r.id, detail: r.type },
    );
  };

/** Types `value` into the box as a user would. */
async function type(el: HTMLElementTagNameMap['coop-search'], value: string): Promise<HTMLInputElement> {
  const box = $<HTMLInputElement>(el, '[data-testid="search"]');
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  return box;
}

async function key(el: HTMLElementTagNameMap['coop-search'], name: string): Promise<KeyboardEvent> {
  const e = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  $(el, '[data-testid="search"]').dispatchEvent(e);
  await el.updateComplete;
  return e;
}

describe('<coop-search>', () => {
  test('a labelled combobox, closed while empty (French)', async () => {
    const el = await mount('coop-search', { search: realSearch('fr') });
    const box = $(el, '[data-testid="search"]');
    expect(box.getAttribute('role')).toBe('combobox');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('placeholder')).toBe('Rechercher : Lens, neurochirurgie, GCS, 59350…');
    expect(text($(el, 'label'))).toBe('Rechercher un établissement, une coopération, un bassin, une zone ou une commune');
    expect($(el, '[role="listbox"]').hidden).toBe(true);
  });

  test('typing lists the matches of the real data; arrows move, Enter picks and sends coop-select', async () => {
    const seen = events('coop-select');
    const el = await mount('coop-search', { search: realSearch('fr') });
    const box = await type(el, 'lens');
    const options = $$(el, '[role="option"]');
    expect(options.map((o) => o.dataset['id'])).toEqual(['ch-lens', 'convention-lens', 'partenariat-lens-2009']);
    expect([text(options[0]!.querySelector('.label')), text(options[0]!.querySelector('.detail'))]).toEqual([
      'CH Lens',
      'Lens · Centre hospitalier',
    ]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(text($(el, '[aria-live="polite"]'))).toBe('3 résultats');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    const enter = await key(el, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(seen).toEqual([{ id: options[1]!.dataset['id'] }]);
    // The box keeps the chosen label and closes.
    expect(box.value).toBe(text(options[1]!.querySelector('.label')));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  test('ArrowUp wraps to the last option; a click picks too', async () => {
    const seen = events('coop-select');
    const el = await mount('coop-search', { search: realSearch('fr') });
    await type(el, 'artois');
    const options = $$(el, '[role="option"]');
    await key(el, 'ArrowUp');
    expect(options.at(-1)!.getAttribute('aria-selected')).toBe('true');
    options[0]!.click();
    await el.updateComplete;
    expect(seen).toEqual([{ id: options[0]!.dataset['id'] }]);
  });

  test('no match: a disabled "no result" option (English); Escape closes, then clears', async () => {
    const el = await mount('coop-search', { search: realSearch('en'), lang: 'en' });
    const box = await type(el, 'zzzz');
    expect($$(el, '[role="option"]').map((o) => [text(o), o.getAttribute('aria-disabled')])).toEqual([['No result', 'true']]);
    await key(el, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('zzzz');
    await key(el, 'Escape');
    expect(box.value).toBe('');
  });

  test('focus() focuses the box; leaving it closes the list, coming back reopens it', async () => {
    const el = await mount('coop-search', { search: realSearch('fr') });
    el.focus();
    const box = $<HTMLInputElement>(el, '[data-testid="search"]');
    expect(el.shadowRoot?.activeElement).toBe(box);
    await type(el, 'lens');
    box.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    box.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  test('a new search function re-runs the current query', async () => {
    const el = await mount('coop-search');
    await type(el, 'lens');
    expect($$(el, '[role="option"][data-id]')).toEqual([]);
    el.search = realSearch('fr');
    await el.updateComplete;
    expect($$(el, '[role="option"][data-id]').length).toBeGreaterThan(0);
  });
});
