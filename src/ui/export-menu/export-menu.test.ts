// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './export-menu.ts';

describe('<coop-export-menu>', () => {
  test('closed by default; the toggle opens it and says so (aria-expanded, reflected `open`)', async () => {
    const el = await mount('coop-export-menu');
    const toggle = $(el, '[data-testid="export-toggle"]');
    expect(text(toggle)).toBe('Exporter ▾');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($(el, '#menu').hidden).toBe(true);
    await click(el, toggle);
    expect(el.open).toBe(true);
    expect(el.hasAttribute('open')).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($(el, '#menu').hidden).toBe(false);
    expect($(el, '#menu').getAttribute('aria-label')).toBe('Exporter la vue');
  });

  test('PNG sizes are labelled for the 16:9 frame, then for the map’s current size', async () => {
    const el = await mount('coop-export-menu', { open: true, currentSize: { width: 1003, height: 611 } });
    expect($$(el, '[data-export="png"]').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Télécharger le PNG 1× (1280 × 720 pixels)',
      'Télécharger le PNG 2× (2560 × 1440 pixels)',
      'Télécharger le PNG 4× (5120 × 2880 pixels)',
    ]);
    const current = $$<HTMLInputElement>(el, 'input[name="frame"]')[1]!;
    current.checked = true;
    current.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[data-export="png"]').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Télécharger le PNG 1× (1003 × 611 pixels)',
      'Télécharger le PNG 2× (2006 × 1222 pixels)',
      'Télécharger le PNG 4× (4012 × 2444 pixels)',
    ]);
  });

  test('each button sends coop-export with format, scale and the frame chosen', async () => {
    const seen = events('coop-export');
    const el = await mount('coop-export-menu', { open: true, lang: 'en' });
    expect($$(el, '.row .btn').map(text)).toEqual(['PNG 1×', 'PNG 2×', 'PNG 4×', 'Vector SVG', 'CSV table']);
    await click(el, $(el, '[data-scale="2"]'));
    const current = $$<HTMLInputElement>(el, 'input[name="frame"]')[1]!;
    current.checked = true;
    current.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, $(el, '[data-scale="4"]'));
    await click(el, $(el, '[data-export="svg"]'));
    await click(el, $(el, '[data-export="csv"]'));
    expect(seen).toEqual([
      { format: 'png', scale: 2, frame: '16:9' },
      { format: 'png', scale: 4, frame: 'current' },
      { format: 'svg', scale: 1, frame: 'current' },
      { format: 'csv', scale: 1, frame: 'current' },
    ]);
  });

  test('without PNG (no WebGL) only SVG and CSV are offered, and the reason is given', async () => {
    const el = await mount('coop-export-menu', { open: true, png: false });
    expect($$(el, '[data-export="png"]')).toEqual([]);
    expect(text($(el, '[data-testid="png-unavailable"]'))).toBe(
      'PNG indisponible : ce navigateur n’a pas WebGL. Le SVG donne la même vue.',
    );
    expect($$(el, '[data-export]').map((b) => b.dataset['export'])).toEqual(['svg', 'csv']);
  });

  test('the status of the last export shows in a live region', async () => {
    const el = await mount('coop-export-menu', { open: true });
    await update(el, { status: 'Téléchargé : coopmap_2017-12-31.svg' });
    expect(text($(el, '.status[role="status"]'))).toBe('Téléchargé : coopmap_2017-12-31.svg');
  });

  test('Escape closes the menu without letting the key through (scene mode keeps it); a press outside closes it too', async () => {
    const el = await mount('coop-export-menu', { open: true });
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    let reachedDocument = false;
    const onKey = (): void => {
      reachedDocument = true;
    };
    document.addEventListener('keydown', onKey);
    $(el, '[data-export="svg"]').dispatchEvent(key);
    document.removeEventListener('keydown', onKey);
    await el.updateComplete;
    expect(el.open).toBe(false);
    expect(key.defaultPrevented).toBe(true);
    expect(reachedDocument).toBe(false);
    // Focus goes back to the toggle.
    expect(el.shadowRoot?.activeElement).toBe($(el, '[data-testid="export-toggle"]'));

    await update(el, { open: true });
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.open).toBe(false);
  });
});
