// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { hoverInfo } from '../../query/cards.ts';
import { LINK_STYLES } from '../../map/palette.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, mount, text } from '../../../test/fixtures/components.ts';
import './tooltip.ts';

const dataset = realDataset();

describe('<coop-tooltip>', () => {
  test('nothing without info', async () => {
    const el = await mount('coop-tooltip');
    expect(el.shadowRoot?.querySelector('[role="tooltip"]')).toBeNull();
  });

  test('an establishment: name, kind, commune and its cooperations at the date (real data, CH Lens)', async () => {
    const el = await mount('coop-tooltip', { info: hoverInfo(dataset, { type: 'establishment', id: 'ch-lens' }, '2017-12-31') });
    const tip = $(el, '[data-testid="tooltip"]');
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.dataset['id']).toBe('ch-lens');
    expect(text(tip)).toBe('CH Lens Centre hospitalier · Lens 5 coopérations à cette date (dont 3 sans date)');
  });

  test('a cooperation link in English: name, kind colour, status, date and ends', async () => {
    const info = hoverInfo(dataset, { type: 'link', cooperationId: 'gcs-urgences-main', from: 'chru-lille', to: 'hpm' }, '2017-12-31');
    const el = await mount('coop-tooltip', { info, lang: 'en' });
    expect(text($(el, '[data-testid="tooltip"]'))).toBe(
      'GCS Hand emergencies GCS · constituted since 13 Jul 2001 in force at the date shown · link CHRU de Lille – HPM',
    );
    expect($(el, '.kind').getAttribute('style')).toBe(`--kind:${LINK_STYLES.gcs.color}`);
  });

  test('a shared-posts link: the site value as published, deduced and a group value (real ATP Arras, Lens, Douai)', async () => {
    const info = hoverInfo(
      dataset,
      { type: 'link', cooperationId: 'posts:atp:atp-arras-lens-douai', from: 'chru-lille', to: 'ch-lens' },
      '2017-12-31',
    );
    const el = await mount('coop-tooltip', { info });
    expect(text($(el, '[data-testid="tooltip"]'))).toBe(
      'ATP · « Arras, Lens, Douai » Postes partagés (CHRU → site) 85 postes (valeur déduite des totaux publiés), valeur d’un groupe de sites, répartition inconnue lien CHRU de Lille – CH Lens',
    );
  });
});
