// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compareNetwork } from '../../query/compare.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { cooperationRows, establishmentRows } from '../../query/listRows.ts';
import { DEFAULT_STATE, TIMELINE } from '../../query/state.ts';
import { visibleLinks } from '../../query/visibleLinks.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './list.ts';

const dataset = realDataset();
const filters = DEFAULT_STATE.filters;
const links = visibleLinks(dataset, filters);
/** The list's properties as the app sets them for the default view (see coop-map.ts). */
const props = {
  cooperations: cooperationRows(dataset, links, filters),
  establishments: establishmentRows(dataset, links, filters),
  counts: countsByBassin(dataset, filters),
  context: { date: filters.date, filters: [['Postes comptés', 'ATP']] as [string, string][] },
  compare: (other: string) => compareNetwork(dataset, filters, other),
  timeline: TIMELINE,
};
const rowIds = (el: Element): string[] => $$(el, 'tbody tr').map((r) => r.dataset['id'] ?? '');

/** Types into a search field of the bar. */
async function type(el: HTMLElementTagNameMap['coop-list'], testid: string, value: string): Promise<void> {
  const box = $<HTMLInputElement>(el, `[data-testid="${testid}"]`);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

afterEach(() => vi.restoreAllMocks());

describe('<coop-list>', () => {
  test('the cooperations the real default view draws, one row each, sorted by name (French)', async () => {
    const el = await mount('coop-list', props);
    expect($(el, '[data-testid="list-table"]').dataset['showing']).toBe('cooperations');
    expect(rowIds(el)).toHaveLength(props.cooperations.length);
    expect(text($(el, '[data-testid="list-count"]'))).toBe(`${props.cooperations.length} lignes`);
    expect(
      $$(el, '[data-showing]')
        .filter((b) => b.localName === 'button')
        .map((b) => [text(b), b.getAttribute('aria-pressed')]),
    ).toEqual([
      ['Coopérations', 'true'],
      ['Établissements', 'false'],
      ['Postes par bassin', 'false'],
      ['Comparer', 'false'],
    ]);
    expect($(el, 'th[aria-sort="ascending"] button').getAttribute('aria-label')).toBe('Trier par Nom');
    const row = $(el, 'tr[data-id="cht-artois-douaisis"]');
    expect([...row.querySelectorAll('th, td')].slice(0, 5).map(text)).toEqual([
      'CHT de l’Artois-Douaisis',
      'CHT',
      '14 févr. 2013',
      'en vigueur · constitué',
      'CH Arras, CH Béthune, CH Douai, CH Lens',
    ]);
  });

  test('filtering by a word, then sorting by date both ways', async () => {
    const el = await mount('coop-list', props);
    await type(el, 'list-filter', 'lens');
    expect(rowIds(el)).toEqual(['cht-artois-douaisis', 'convention-lens', 'gcs-hu-artois', 'partenariat-lens-2009']);
    expect(text($(el, '[data-testid="list-count"]'))).toBe(`4 lignes sur ${props.cooperations.length}`);
    await click(el, $(el, 'button[data-sort="date"]'));
    expect($(el, 'button[data-sort="date"]').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds(el)).toEqual(['gcs-hu-artois', 'cht-artois-douaisis', 'convention-lens', 'partenariat-lens-2009']);
    await click(el, $(el, 'button[data-sort="date"]'));
    expect($(el, 'button[data-sort="date"]').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    // Undated rows stay last both ways.
    expect(rowIds(el)).toEqual(['cht-artois-douaisis', 'gcs-hu-artois', 'convention-lens', 'partenariat-lens-2009']);
  });

  test('a row’s name sends coop-select; the focused row is marked, scrolled into view, and a second click clears it', async () => {
    const seen = events('coop-select');
    const scrolled: string[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push((this as HTMLElement).dataset['id'] ?? '');
    });
    const el = await mount('coop-list', props);
    await click(el, $(el, 'tr[data-id="gcs-urgences-main"] .link-btn'));
    await update(el, { focusId: 'gcs-urgences-main' });
    const row = $(el, 'tr[data-id="gcs-urgences-main"]');
    expect([row.className, row.getAttribute('aria-selected')]).toEqual(['selected', 'true']);
    expect(scrolled).toEqual(['gcs-urgences-main']);
    await click(el, $(el, 'tr[data-id="gcs-urgences-main"] .link-btn'));
    expect(seen).toEqual([{ id: 'gcs-urgences-main' }, { id: null }]);
  });

  test('establishments, then posts per bassin (English)', async () => {
    const el = await mount('coop-list', { ...props, lang: 'en' });
    await click(el, $(el, 'button[data-showing="establishments"]'));
    expect(rowIds(el)).toHaveLength(props.establishments.length);
    expect([...$(el, 'tr[data-id="ch-lens"]').querySelectorAll('th, td')].slice(0, 5).map(text)).toEqual([
      'CH Lens',
      'General hospital',
      'Lens (commune centre)',
      'Artois',
      '4',
    ]);
    await click(el, $(el, 'button[data-showing="counts"]'));
    expect(rowIds(el)).toEqual(['metropole', 'littoral', 'artois', 'hainaut']);
    expect($$(el, 'tbody tr').map((r) => [...r.querySelectorAll('th, td')].map(text))).toEqual([
      ['Métropole', '36', '36', '2', '2'],
      ['Littoral', '22', '22', '6', '6'],
      ['Artois', '86', '86', '3', '3'],
      ['Hainaut', '38', '38', '7', '7'],
    ]);
    expect(el.shadowRoot?.querySelector('[data-testid="list-filter"]')).toBeNull();
  });

  test('compare with another date: what appeared and ended in between', async () => {
    const el = await mount('coop-list', props);
    await click(el, $(el, 'button[data-showing="compare"]'));
    expect(text($(el, '.scroll p'))).toBe(
      'Tapez une année, un mois ou une date : la liste montre les coopérations apparues ou terminées entre cette date et la date affichée.',
    );
    await type(el, 'compare-date', '2008');
    const appeared = compareNetwork(dataset, filters, '2008-12-31').appeared;
    expect(text($(el, '[data-testid="compare-appeared"] caption'))).toBe('Apparues entre le 31 déc. 2008 et le 31 déc. 2017 (19)');
    expect($$(el, '[data-testid="compare-appeared"] tbody tr').map((r) => r.dataset['id'])).toEqual(appeared.map((r) => r.id));
    expect(text($(el, '[data-testid="compare-ended"] caption'))).toBe('Terminées entre le 31 déc. 2008 et le 31 déc. 2017 (0)');
  });

  test('Export downloads exactly the rows shown as CSV, named after what and when (happy-dom has no downloads: the anchor click is caught)', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:coopmap';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const el = await mount('coop-list', props);
    await type(el, 'list-filter', 'lens');
    await click(el, $(el, '[data-testid="list-export"]'));
    expect(names).toEqual(['coopmap-cooperations-2017-12-31.csv']);
    const csv = await blobs[0]!.text();
    expect(csv).toBe(el.csv());
    // A BOM for spreadsheet software, the date and the filters stated (the list's own filter too), then the header.
    expect(csv.split('\r\n').slice(0, 6)).toEqual([
      '\ufeffCoopérations du CHRU de Lille : coopérations affichées',
      'Date affichée;2017-12-31',
      'Postes comptés;ATP',
      'Filtre de la liste;lens',
      '',
      'id;Nom;Type;Date;Statut;À la date affichée;Membres;Thèmes;Certitude;Source (fichier);Source (citation)',
    ]);
    expect(
      csv
        .split('\r\n')
        .slice(6)
        .filter((line) => line !== '')
        .map((line) => line.split(';')[0]),
    ).toEqual(['cht-artois-douaisis', 'convention-lens', 'gcs-hu-artois', 'partenariat-lens-2009']);
  });
});
