// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../query/state.ts';
import { viewSummary } from '../../query/summary.ts';
import { visibleLinks } from '../../query/visibleLinks.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, mount, text, update } from '../../../test/fixtures/components.ts';
import './summary.ts';

describe('<coop-summary>', () => {
  test('says the summary of the real default view in a polite, atomic live region', async () => {
    const dataset = realDataset();
    const counts = countsByBassin(dataset, DEFAULT_STATE.filters);
    const links = visibleLinks(dataset, DEFAULT_STATE.filters);
    const summary = viewSummary(dataset, DEFAULT_STATE, counts, links, 'fr');
    const el = await mount('coop-summary', { text: summary });
    const p = $(el, '[data-testid="summary"]');
    expect(text(p)).toBe(summary);
    expect(summary).toContain('182');
    expect(p.getAttribute('aria-live')).toBe('polite');
    expect(p.getAttribute('aria-atomic')).toBe('true');
  });

  test('a new text replaces the old one', async () => {
    const el = await mount('coop-summary', { text: 'ATP' });
    await update(el, { text: 'CCU-Région' });
    expect(text($(el, 'p'))).toBe('CCU-Région');
  });

  test('empty by default', async () => {
    const el = await mount('coop-summary');
    expect(text($(el, 'p'))).toBe('');
  });
});
