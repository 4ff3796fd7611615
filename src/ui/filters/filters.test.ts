// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { inLang } from '../../i18n/index.ts';
import { cooperationsInForce } from '../../query/cooperationsInForce.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { schemePeriods } from '../../query/controls.ts';
import { linkCountsByKind } from '../../query/linkCountsByKind.ts';
import { cloneDefaultState } from '../../query/state.ts';
import type { Filters, Lang } from '../../query/types.ts';
import { memberFilterOptions, originChoices } from '../../query/visibleEstablishments.ts';
import { visibleLinks } from '../../query/visibleLinks.ts';
import { realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text } from '../../../test/fixtures/components.ts';
import { dateAtIndex, monthIndex, sliderTicks } from './filters.ts';
import './filters.ts';

const dataset = realDataset();

/** The panel's properties as the app sets them for `filters` (see coop-map.ts). */
function panelProps(filters: Filters, lang: Lang = 'fr') {
  const inForce = cooperationsInForce(dataset, filters.date);
  return {
    lang,
    filters,
    linkCounts: linkCountsByKind(visibleLinks(dataset, filters)),
    memberOptions: memberFilterOptions(dataset).map((c) => ({ id: c.id, name: inLang(lang, { fr: c.name, en: c.nameEn }) })),
    undatedCount: [...inForce.attested, ...inForce.undated].filter((c) => filters.links.includes(c.kind)).length,
    periods: schemePeriods(countsByBassin(dataset, filters)),
  };
}

/** Sets a form control's value as a user would and fires `type` on it. */
function input(control: HTMLInputElement | HTMLSelectElement, type: 'input' | 'change', value?: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else if (value !== undefined) control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
}

afterEach(() => vi.useRealTimers());

describe('slider positions', () => {
  test('months since January 2000, the last day of the month back', () => {
    expect(monthIndex('2017-12-31')).toBe(215);
    expect(monthIndex('2009-08-06')).toBe(115);
    expect(dateAtIndex(115)).toBe('2009-08-31');
    expect(dateAtIndex(1)).toBe('2000-02-29');
  });
});

describe('<coop-filters>', () => {
  test('nothing without filters', async () => {
    const el = await mount('coop-filters');
    expect(el.shadowRoot?.querySelector('form')).toBeNull();
  });

  test('the default view of the real data: scheme, links drawn per kind, date, notes, kinds (French)', async () => {
    const props = panelProps(cloneDefaultState().filters);
    const el = await mount('coop-filters', props);
    expect($$<HTMLInputElement>(el, 'input[name="scheme"]').map((i) => [i.value, i.checked])).toEqual([
      ['atp', true],
      ['ccu', false],
    ]);
    expect($$(el, '[data-link-count]').map((n) => [n.dataset['linkCount'], text(n)])).toEqual(
      Object.entries(props.linkCounts).map(([k, n]) => [k, String(n)]),
    );
    expect(text($(el, '.count-badge'))).toBe('101 liens affichés');
    expect(text($(el, '[data-testid="date-label"]'))).toBe('31 déc. 2017');
    const range = $<HTMLInputElement>(el, '[data-testid="date"]');
    expect([range.value, range.getAttribute('aria-valuetext')]).toEqual(['215', '31 déc. 2017']);
    expect(text($(el, '[data-testid="undated-note"]'))).toBe(
      '25 coopérations sans date de début dans les sources sont montrées à partir de la date du document qui les atteste (« attestée par … » dans les fiches).',
    );
    expect(text($(el, '[data-testid="period-note"]'))).toBe('Les postes ATP sont cumulés sur 2000–2011.');
    expect($$<HTMLInputElement>(el, '[data-testid^="kind-"]').every((i) => i.checked)).toBe(true);
    expect($$(el, '[data-testid="member"] option').map(text)).toEqual([
      'Tous les établissements',
      ...props.memberOptions.map((o) => o.name),
    ]);
  });

  test('every control sends coop-change with its state patch and history mode', async () => {
    const seen = events('coop-change');
    const el = await mount('coop-filters', panelProps(cloneDefaultState().filters));
    input($(el, '[data-testid="scheme-ccu"]'), 'change', true);
    input($(el, '[data-testid="link-gcs"]'), 'change', false);
    input($(el, '[data-testid="date"]'), 'input', '115');
    input($(el, '[data-testid="date"]'), 'change');
    input($(el, '[data-testid="kind-private"]'), 'change', false);
    input($(el, 'label.all input'), 'change', false);
    input($(el, '[data-testid="member"]'), 'change', 'cht-artois-douaisis');
    input($(el, '[data-testid="grid-zones"]'), 'change', true);
    input($(el, '[data-testid="measure-rate"]'), 'change', true);
    expect(seen).toEqual([
      { patch: { filters: { scheme: 'ccu' } }, history: 'push' },
      { patch: { filters: { links: ['cht', 'ght', 'convention', 'cross-border', 'posts'] } }, history: 'push' },
      { patch: { filters: { date: '2009-08-31' } }, history: 'replace' },
      { patch: {}, history: 'push' },
      { patch: { filters: { kinds: ['chu', 'ch', 'cancer-centre', 'psychiatric', 'espic', 'foreign', 'university'] } }, history: 'push' },
      { patch: { filters: { kinds: [] } }, history: 'push' },
      { patch: { filters: { member: 'cht-artois-douaisis' } }, history: 'push' },
      { patch: { view: { grid: 'zones' } }, history: 'push' },
      { patch: { view: { measure: 'rate' } }, history: 'push' },
    ]);
  });

  test('rate view: the class method select appears and sends its choice', async () => {
    const seen = events('coop-change');
    const el = await mount('coop-filters', { ...panelProps(cloneDefaultState().filters, 'en'), measure: 'rate', classMethod: 'quantile' });
    const select = $<HTMLSelectElement>(el, '[data-testid="class-method"]');
    expect($$(el, '[data-testid="class-method"] option').map(text)).toEqual(['natural breaks (Ckmeans)', 'quantiles', 'equal intervals']);
    expect(select.value).toBe('quantile');
    input(select, 'change', 'equal');
    expect(seen).toEqual([{ patch: { view: { classes: 'equal' } }, history: 'push' }]);
  });

  test('the real lists are short: plain selects, no search field', async () => {
    const el = await mount('coop-filters', {
      ...panelProps(cloneDefaultState().filters),
      withinOrigins: originChoices(dataset.establishments),
    });
    expect($$(el, 'input.find')).toHaveLength(0);
    expect($$(el, '[data-testid="within-from"] option')).toHaveLength(dataset.establishments.length);
  });

  test('a long list (a national network) lists what its search field matches, the selected one kept, and says how many more', async () => {
    const seen = events('coop-change');
    const many = Array.from({ length: 2500 }, (_, i) => ({ id: `cht-${i}`, name: `CHT n° ${i + 1}` }));
    const filters = { ...cloneDefaultState().filters, member: 'cht-1999' };
    const el = await mount('coop-filters', { ...panelProps(filters), memberOptions: many });
    const names = (): string[] => $$(el, '#member option').map(text);
    // 100 first, the selected one, the count of the others: not 2,500 options.
    expect(names()).toHaveLength(1 + 100 + 1 + 1);
    // (`text` reads the French digit grouping's narrow no-break space as a space.)
    expect(names().slice(-2)).toEqual(['CHT n° 2000', '… et 2 399 autres : précisez la recherche']);
    // The option drawn selected (happy-dom does not reset a select's selectedness from it; browsers do).
    expect($$<HTMLOptionElement>(el, '#member option[selected]').map((o) => o.value)).toEqual(['cht-1999']);
    const find = $<HTMLInputElement>(el, '[data-testid="member-find"]');
    expect(find.getAttribute('aria-label')).toBe('Chercher une CHT ou un GHT');
    input(find, 'input', ' n°1999 ');
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(names()).toEqual(['Tous les établissements', 'CHT n° 1999', 'CHT n° 2000']);
    input($<HTMLSelectElement>(el, '#member'), 'change', 'cht-1998');
    expect(seen).toEqual([{ patch: { filters: { member: 'cht-1998' } }, history: 'push' }]);
  });

  test('an earlier date, English: ATP before its period warns that post links are not drawn', async () => {
    const filters = { ...cloneDefaultState().filters, date: '1999-06-30' };
    const el = await mount('coop-filters', panelProps(filters, 'en'));
    const note = $(el, '[data-testid="period-note"]');
    expect(note.className).toContain('warn');
    expect(text(note)).toBe('Before 2000, no ATP posts: the scheme counted here covers 2000–2011. Post links are not drawn.');
    expect(text($(el, '[data-testid="undated-note"]'))).toBe('Every cooperation shown has a date.');
  });

  test('play steps the date three months at a time (replace), and pause settles it in the history (push)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const seen = events('coop-change');
    const el = await mount('coop-filters', panelProps({ ...cloneDefaultState().filters, date: '2009-08-31' }));
    const play = $(el, 'button.play');
    expect(text(play)).toBe('▶ Lecture');
    await click(el, play);
    expect(text(play)).toBe('❚❚ Pause');
    vi.advanceTimersByTime(900);
    await click(el, play);
    expect(seen).toEqual([
      { patch: { filters: { date: '2009-11-30' } }, history: 'replace' },
      { patch: { filters: { date: '2010-02-28' } }, history: 'replace' },
      { patch: {}, history: 'push' },
    ]);
    expect(text(play)).toBe('▶ Lecture');
  });
});

describe('slider year labels', () => {
  test('stand at their January on the track; the last year replaces a fifth year too close to read apart', () => {
    // 216 months, Jan 2000 (index 0) to Dec 2017 (index 215); 2015 is 24 months before 2017: dropped.
    expect(sliderTicks()).toEqual([
      { year: 2000, at: 0 },
      { year: 2005, at: 60 / 215 },
      { year: 2010, at: 120 / 215 },
      { year: 2017, at: 204 / 215 },
    ]);
  });

  test('are drawn under the slider, in that order', async () => {
    const el = await mount('coop-filters', panelProps(cloneDefaultState().filters));
    expect($$(el, '.ticks span').map((s) => s.textContent)).toEqual(['2000', '2005', '2010', '2017']);
  });
});
