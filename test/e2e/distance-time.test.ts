/**
 * The distance filter, the list's distance column, the date field with its
 * year steps and the hide-attested switch (issues 13 and 14), in a real
 * Chromium on the built site. The counts under the distance filter are
 * checked against the query layer run in Node on the dataset the page loaded.
 * One page for the file; the last test reloads it with a bad address.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './setup/browser.ts';
import type { Dataset } from '../../src/model/types.ts';
import { countsByBassin, countsForElement } from '../../src/query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../src/query/state.ts';

let browser: Browser;
let page: Page;
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  await page.goto(`${base()}?within=20`);
  // Not openApp: its 30 s wait for readiness is too short when the shared machine is busy.
  await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
}, 150_000);
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const filtersOf = () => page.evaluate(() => document.querySelector('coop-map')!.state.filters);
const search = () => page.evaluate(() => location.search);
const panel = (testid: string) => page.locator(`coop-filters [data-testid="${testid}"]`);

describe('establishments within N km', () => {
  test('?within=20 applies from the CHRU; the counts are the query layer’s, summed over the establishments kept', async () => {
    expect((await filtersOf()).within).toEqual({ km: 20, from: 'chru-lille' });
    expect(await panel('within-on').isChecked()).toBe(true);
    expect(await panel('within-km').inputValue()).toBe('20');
    expect(await panel('within-from').inputValue()).toBe('chru-lille');
    const { dataset, counts } = await page.evaluate(() => {
      const el = document.querySelector('coop-map') as unknown as { loaded: { dataset: unknown }; counts: unknown };
      return { dataset: el.loaded.dataset as Dataset, counts: el.counts };
    });
    const expected = countsForElement(countsByBassin(dataset, { ...DEFAULT_STATE.filters, within: { km: 20, from: 'chru-lille' } }));
    expect(counts).toEqual(expected);
    // Published totals without the filter: the filter did change them (Artois' hospitals are over 20 km away).
    const unfiltered = countsForElement(countsByBassin(dataset, DEFAULT_STATE.filters));
    expect(expected.artois.atp).toBeLessThan(unfiltered.artois.atp);
  });

  test('the control changes radius and origin; the URL follows', async () => {
    await panel('within-km').fill('35');
    await panel('within-km').press('Tab');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.within?.km === 35);
    expect(await search()).toContain('within=35');
    await panel('within-from').selectOption('ch-lens');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.within?.from === 'ch-lens');
    expect(await search()).toContain('within=35,ch-lens');
    // A radius the URL could not hold is refused in place; the filter keeps its value.
    await panel('within-km').fill('0');
    await panel('within-km').press('Tab');
    await panel('within-error').waitFor();
    expect((await filtersOf()).within).toEqual({ km: 35, from: 'ch-lens' });
  });

  test('the list shows the establishments kept, with their distance from the focused establishment', async () => {
    await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: 'ch-lens' } }));
    await page.locator('[data-testid="list-toggle"]').click();
    const list = page.locator('coop-list');
    await list.locator('[data-showing="establishments"]').first().click();
    await list.locator('[data-testid="list-table"][data-showing="establishments"]').waitFor({ timeout: 20_000 });
    await list.locator('button[data-sort="distance"]').click();
    const header = await list.locator('button[data-sort="distance"]').innerText();
    expect(header).toContain('depuis CH Lens');
    const rows = await list
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) => [tr.getAttribute('data-id'), Number(tr.querySelector('td[data-km]')!.textContent!.trim().replace(',', '.'))] as const,
        ),
      );
    expect(rows[0]).toEqual(['ch-lens', 0]);
    expect(rows.map(([, km]) => km)).toEqual(rows.map(([, km]) => km).toSorted((a, b) => a - b));
    // Every row but the CHRU (always drawn, as the hub) is within 35 km of Lens.
    expect(rows.filter(([id, km]) => id !== 'chru-lille' && km > 35)).toEqual([]);
    await page.locator('[data-testid="list-toggle"]').click();
    await panel('within-on').uncheck();
    await page.waitForFunction(() => !document.querySelector('coop-map')!.state.filters.within);
    expect(await search()).not.toContain('within');
  });
});

describe('time controls', () => {
  test('a year means its last day, a month its last day; the steps move a year; bad text is refused in place', async () => {
    await panel('date-input').fill('2012');
    await panel('date-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2012-12-31');
    await panel('date-input').fill('2012-06');
    await panel('date-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2012-06-30');
    expect(await panel('date-label').innerText()).toContain('2012');

    await panel('year-previous').click();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2011-06-30');
    await panel('year-next').click();
    await panel('year-next').click();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2013-06-30');
    expect(await panel('date-input').inputValue()).toBe('2013-06-30');
    for (const id of ['year-previous', 'year-next']) {
      const box = await panel(id).boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    expect([await panel('year-previous').getAttribute('aria-label'), await panel('year-next').getAttribute('aria-label')]).toEqual([
      'Année précédente',
      'Année suivante',
    ]);

    await panel('date-input').fill('juin 2012');
    await panel('date-input').press('Enter');
    await panel('date-input-message').filter({ hasText: 'Date non reconnue' }).waitFor();
    expect(await panel('date-input').getAttribute('aria-invalid')).toBe('true');
    expect((await filtersOf()).date).toBe('2013-06-30');

    await panel('date-input').fill('2030');
    await panel('date-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2017-12-31');
    expect(await panel('date-input-message').innerText()).toContain('Hors de la frise');
    expect(await panel('year-next').isDisabled()).toBe(true);
  });

  test('hiding what is only attested removes exactly those cooperations from the list; the URL says attested=hide', async () => {
    const attestedOnly = await page.evaluate(() =>
      (document.querySelector('coop-map') as unknown as { loaded: { dataset: Dataset } }).loaded.dataset.cooperations
        .filter((c) => c.date === undefined && c.attested !== undefined)
        .map((c) => c.id),
    );
    expect(attestedOnly.length).toBeGreaterThan(0);
    const listed = async (): Promise<string[]> => {
      await page.locator('[data-testid="list-toggle"]').click();
      const list = page.locator('coop-list');
      await list.locator('[data-showing="cooperations"]').first().click();
      await list.locator('[data-testid="list-table"][data-showing="cooperations"]').waitFor({ timeout: 20_000 });
      const ids = await list.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id') ?? ''));
      await page.locator('[data-testid="list-toggle"]').click();
      return ids;
    };
    const before = await listed();
    const shownAttested = before.filter((id) => attestedOnly.includes(id));
    expect(shownAttested.length).toBeGreaterThan(0);

    await panel('hide-attested').check();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.hideAttested === true);
    expect(await search()).toContain('attested=hide');
    expect(await panel('undated-note').innerText()).toContain('seulement attestées');
    const after = await listed();
    expect(after).toEqual(before.filter((id) => !attestedOnly.includes(id)));

    await panel('hide-attested').uncheck();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.hideAttested === false);
    expect(await search()).not.toContain('attested');
  });
});

test('bad values in the address give located notices; the rest applies', async () => {
  await page.goto(`${base()}?within=abc&attested=yes&scheme=ccu`);
  await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
  const notices = await page.locator('coop-notices [data-testid="notices"] li .text').allInnerTexts();
  expect(notices.some((n) => n.includes('within') && n.includes('Distance invalide'))).toBe(true);
  expect(notices.some((n) => n.includes('attested') && n.includes('Valeur possible : hide'))).toBe(true);
  expect(await filtersOf()).toMatchObject({ scheme: 'ccu' });
  expect((await filtersOf()).within).toBeUndefined();
});
