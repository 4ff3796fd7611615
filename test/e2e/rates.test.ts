/**
 * The rate view and the bassin comparison in a real Chromium, on the built
 * site: `measure=rate` from the URL, `<coop-map>.rates`, the counts table's
 * population and rate columns (its count cells unchanged), the legend's
 * population year and caveat, the map's labels, the comparison dialog.
 * One page for the whole file.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp } from './setup/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser, `${inject('baseUrl')}?measure=rate`, { viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

const round2 = (v: number): number => Math.round(v * 100) / 100;

test('rates per 100,000 inhabitants (populations légales 2016) beside unchanged counts', async () => {
  await page.waitForFunction(() => Object.keys(document.querySelector('coop-map')!.rates).length === 4);
  const { rates, counts } = await page.evaluate(() => ({
    rates: document.querySelector('coop-map')!.rates,
    counts: document.querySelector('coop-map')!.counts,
  }));
  expect(Object.fromEntries(Object.entries(rates).map(([b, r]) => [b, [round2(r.atp), round2(r.ccu)]]))).toEqual({
    metropole: [2.64, 0.15],
    littoral: [2.71, 0.74],
    artois: [7.44, 0.26],
    hainaut: [5.11, 0.94],
  });
  expect(counts).toEqual({
    metropole: { atp: 36, ccu: 2 },
    littoral: { atp: 22, ccu: 6 },
    artois: { atp: 86, ccu: 3 },
    hainaut: { atp: 38, ccu: 7 },
  });
});

test('the counts table gains population and rate cells; the count cells are as before', async () => {
  const row = await page.evaluate(() => {
    const table = document
      .querySelector('coop-map')!
      .shadowRoot!.querySelector('coop-counts')!
      .shadowRoot!.querySelector('[data-testid=counts]')!;
    const tr = table.querySelector('tr[data-bassin=artois]')!;
    return {
      atp: tr.querySelector('td[data-scheme=atp]')!.textContent!.trim(),
      ccu: tr.querySelector('td[data-scheme=ccu]')!.textContent!.trim(),
      population: tr.querySelector('td[data-population]')!.textContent!.trim(),
      rate: tr.querySelector('td[data-rate-scheme=atp]')!.textContent!.trim(),
    };
  });
  expect(row).toEqual({ atp: '86', ccu: '3', population: '1\u202f156\u202f039', rate: '7,4' });
});

test('the legend names the population year and the caveat; the map labels write rates', async () => {
  const legend = await page.evaluate(() =>
    document.querySelector('coop-map')!.shadowRoot!.querySelector('.legend-box coop-legend')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
  );
  expect(legend).toContain('pour 100 000 habitants (population 2016)');
  expect(legend).toContain('Postes cumulés sur 2000–2011, population d’une seule année (2016)');
  // The values follow the filters: written over the map (HTML), where the label sets keep them room (never map text).
  const labels = await page.evaluate(() => {
    const container = (
      document.querySelector('coop-map') as unknown as { view: { map: { getContainer(): HTMLElement } } }
    ).view.map.getContainer();
    return [...container.querySelectorAll<HTMLElement>('[data-value^="territory:"]')].map(
      (el) => `${el.dataset['value']!.slice('territory:'.length)}=${el.textContent}`,
    );
  });
  expect([...new Set(labels)].toSorted()).toEqual(['artois=7,4', 'hainaut=5,1', 'littoral=2,7', 'metropole=2,6']);
});

test('the comparison dialog puts the four bassins side by side', async () => {
  await page.evaluate(() =>
    (document.querySelector('coop-map')!.shadowRoot!.querySelector('[data-testid=compare]') as HTMLButtonElement).click(),
  );
  await page.waitForFunction(
    () => !!document.querySelector('coop-map')!.shadowRoot!.querySelector('coop-comparison')?.shadowRoot?.querySelector('tr[data-bassin]'),
  );
  const rows = await page.evaluate(() =>
    [...document.querySelector('coop-map')!.shadowRoot!.querySelector('coop-comparison')!.shadowRoot!.querySelectorAll('tbody tr')].map(
      (tr) => [
        tr.getAttribute('data-bassin'),
        tr.querySelector('[data-count=atp]')!.textContent,
        tr.querySelector('[data-rate=atp]')!.textContent,
      ],
    ),
  );
  expect(rows).toEqual([
    ['metropole', '36', '2,64'],
    ['littoral', '22', '2,71'],
    ['artois', '86', '7,44'],
    ['hainaut', '38', '5,11'],
  ]);
});
