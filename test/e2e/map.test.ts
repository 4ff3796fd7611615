/**
 * The map app in a real Chromium, on the built site: readiness, the public
 * contract of `<coop-map>`, counts, controls, URL state and history, notices,
 * language, search and focus, phone layout. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp } from './setup/browser.ts';
import { START_PHASES, type StartPhase } from '../../src/app/start-marks.ts';

let browser: Browser;
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = {
  linkIds: string[];
  establishmentIds: string[];
  highlighted: { focus: string[]; related: string[] };
  rendered: { renderedLinks: number; renderedLinksByKind: Record<string, number>; establishments: number } | null;
};

const appState = (page: Page) => page.evaluate(() => document.querySelector('coop-map')!.state);
const elementCounts = (page: Page) => page.evaluate(() => document.querySelector('coop-map')!.counts);
const snapshot = (page: Page) =>
  page.evaluate(() => (document.querySelector('coop-map') as unknown as { mapSnapshot(): Snapshot }).mapSnapshot());

/** Waits until the map has drawn what the last state change asked for. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          document.querySelector('coop-map') as unknown as {
            view: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
          }
        ).view.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );

async function tableCounts(page: Page, scheme: 'atp' | 'ccu'): Promise<number[]> {
  const out: number[] = [];
  for (const bassin of ['metropole', 'littoral', 'artois', 'hainaut']) {
    const text = await page.locator(`[data-testid="counts"] tr[data-bassin="${bassin}"] td[data-scheme="${scheme}"]`).textContent();
    out.push(Number(text?.trim()));
  }
  return out;
}

const totalCell = (page: Page, scheme: 'atp' | 'ccu') =>
  // What a reader sees (innerText: the markup's line breaks are not part of it).
  page.locator(`[data-testid="counts"] td[data-total-scheme="${scheme}"] button`).innerText();

describe('desktop', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openApp(browser, base(), { viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('becomes ready with every layer and source, French by default', async () => {
    expect(await page.locator('coop-map').getAttribute('ready')).toBe('');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const snap = await snapshot(page);
    expect(snap.linkIds.length).toBeGreaterThan(0);
    expect(snap.establishmentIds).toContain('chru-lille');
    expect(snap.rendered?.renderedLinks).toBeGreaterThan(0);
    await expect(page.locator('header h1').textContent()).resolves.toContain('Coopérations du CHRU de Lille');
  });

  test('marks its way to ready once per phase, in order (what the bench breaks a load into)', async () => {
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('coopmap:'))
        .map((m) => [m.name.slice('coopmap:'.length), m.startTime] as const),
    );
    const at = Object.fromEntries(marks);
    expect(marks.map(([name]) => name).toSorted()).toEqual([...START_PHASES].toSorted());
    // The map and the data come in either order; the rest follows both.
    const order: [StartPhase, StartPhase][] = [
      ['map-created', 'style-loaded'],
      ['style-loaded', 'data-handed'],
      ['data-loaded', 'data-handed'],
      ['data-handed', 'tiled'],
      ['tiled', 'ready'],
    ];
    for (const [before, after] of order) {
      expect(at[before], `${before} before ${after}`).toBeLessThanOrEqual(at[after]!);
    }
  });

  test('default counts are the published ATP totals, in the table and on the element', async () => {
    expect(await tableCounts(page, 'atp')).toEqual([36, 22, 86, 38]);
    expect(await totalCell(page, 'atp')).toBe('182');
    const counts = await elementCounts(page);
    expect([counts.metropole?.atp, counts.littoral?.atp, counts.artois?.atp, counts.hainaut?.atp]).toEqual([36, 22, 86, 38]);
  });

  test('clicking CCU-Région drives the state, the URL and the counts (2, 6, 3, 7 + 2 = 20)', async () => {
    const changes = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener('coop-map-change', (e) => resolve((e as CustomEvent).detail.state.filters.scheme), { once: true }),
        ),
    );
    await page.locator('coop-filters label:has([data-testid="scheme-ccu"])').click();
    expect(await changes).toBe('ccu');
    expect((await appState(page)).filters.scheme).toBe('ccu');
    expect(page.url()).toContain('scheme=ccu');
    expect(await tableCounts(page, 'ccu')).toEqual([2, 6, 3, 7]);
    expect(await page.locator('[data-testid="counts"] td[data-extra-scheme="ccu"]').textContent()).toContain('2');
    expect(await totalCell(page, 'ccu')).toBe('20');
    const counts = await elementCounts(page);
    expect([counts.metropole?.ccu, counts.littoral?.ccu, counts.artois?.ccu, counts.hainaut?.ccu]).toEqual([2, 6, 3, 7]);
  });

  test('a link-kind toggle changes the links drawn, its count and the URL', async () => {
    await idle(page);
    const before = await snapshot(page);
    const gcsBefore = before.linkIds.filter((id) => id.startsWith('gcs-')).length;
    expect(gcsBefore).toBeGreaterThan(0);
    expect(Number(await page.locator('coop-filters [data-link-count="gcs"]').textContent())).toBe(gcsBefore);
    await page.locator('coop-filters [data-testid="link-gcs"]').uncheck();
    await idle(page);
    const after = await snapshot(page);
    expect(after.linkIds.length).toBe(before.linkIds.length - gcsBefore);
    expect(after.linkIds.some((id) => id.startsWith('gcs-'))).toBe(false);
    expect(after.rendered?.renderedLinksByKind['gcs'] ?? 0).toBe(0);
    expect(before.rendered?.renderedLinksByKind['gcs'] ?? 0).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('links')).toBe('cht,ght,convention,cross-border,posts');
  });

  test('reload restores the state; back and forward walk through it', async () => {
    await page.reload();
    await page.waitForSelector('coop-map[ready]');
    let state = await appState(page);
    expect(state.filters.scheme).toBe('ccu');
    expect(state.filters.links).not.toContain('gcs');
    expect(await tableCounts(page, 'ccu')).toEqual([2, 6, 3, 7]);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.links.includes('gcs'));
    state = await appState(page);
    expect(state.filters.scheme).toBe('ccu');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.scheme === 'atp');
    expect(await tableCounts(page, 'atp')).toEqual([36, 22, 86, 38]);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.scheme === 'ccu');
    expect(page.url()).toContain('scheme=ccu');
  });

  test('timeline: a key press is one history entry, a drag rewrites one entry; the date reaches the URL and the notes', async () => {
    const slider = page.locator('coop-filters [data-testid="date"]');
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2017-07-31');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2017-07-31');

    const length = await page.evaluate(() => history.length);
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 6, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i += 1) await page.mouse.move(box.x + box.width - 6 - (i * (box.width - 12)) / 10, y);
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2000-01-31');
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect(new URL(page.url()).searchParams.get('date')).toBe('2000-01-31');
    await expect(page.locator('coop-filters [data-testid="period-note"]').textContent()).resolves.toMatch(/2009–2011/);
    // In January 2000 no source yet attests an undated cooperation (the earliest, seed 004, by July 2001): none is shown.
    expect(await page.locator('coop-filters [data-testid="undated-note"]').textContent()).toMatch(/ont une date/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.date === '2017-07-31');
  });

  test('focus through the search box highlights the establishment and opens its card', async () => {
    const input = page.locator('coop-search input[role="combobox"]');
    await input.fill('Lens');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'ch-lens');
    expect(page.url()).toContain('focus=ch-lens');
    await expect(page.locator('coop-details [data-testid="details-title"]').textContent()).resolves.toContain('Lens');
    const snap = await snapshot(page);
    expect(snap.highlighted.focus).toEqual(['ch-lens']);
    expect(snap.highlighted.related).toContain('chru-lille');
  });

  test('a bassin row selects the bassin and shows its card', async () => {
    await page.locator('[data-testid="counts"] tr[data-bassin="artois"] th button').click();
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'artois');
    await expect(page.locator('coop-details [data-testid="details"]').getAttribute('data-id')).resolves.toBe('artois');
  });

  test('a count opens its source: the document by title and date (file name as tooltip) and the quote', async () => {
    await page.locator('[data-testid="counts"] tr[data-bassin="metropole"] td[data-scheme="atp"] button').click();
    const dialog = page.locator('coop-counts dialog[open]');
    await expect(dialog.locator('cite').first().textContent()).resolves.toMatch(/^Diaporama .*, 20 sept\. 2013$/);
    await expect(dialog.locator('cite').first().getAttribute('title')).resolves.toMatch(/\.txt$/);
    await dialog.locator('button.close').click();
    await expect(page.locator('coop-counts dialog[open]').count()).resolves.toBe(0);
  });
});

test('a malformed parameter shows a dismissible notice; the rest of the URL applies and the map works', async () => {
  const page = await openApp(browser, `${base()}?scheme=nope&date=2011-02-30&grid=zones`);
  const notices = page.locator('coop-notices [data-notice="url"]');
  expect(await notices.count()).toBe(2);
  await expect(notices.first().textContent()).resolves.toContain('scheme=nope');
  const state = await appState(page);
  expect(state.filters.scheme).toBe('atp');
  expect(state.view.grid).toBe('zones');
  expect(await tableCounts(page, 'atp')).toEqual([36, 22, 86, 38]);
  expect((await snapshot(page)).rendered?.renderedLinks).toBeGreaterThan(0);
  await notices.first().locator('button').click();
  expect(await page.locator('coop-notices [data-notice="url"]').count()).toBe(1);
  await page.context().close();
});

test('lang=en shows English', async () => {
  const page = await openApp(browser, `${base()}?lang=en`);
  await expect(page.locator('header h1').textContent()).resolves.toBe('Cooperations of the CHRU de Lille');
  await expect(page.locator('[data-testid="counts"] caption').textContent()).resolves.toContain('Shared posts per bassin');
  await expect(page.locator('coop-filters legend').first().textContent()).resolves.toContain('Posts counted');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.locator('header [data-testid="lang"]').click();
  await expect(page.locator('header h1').textContent()).resolves.toBe('Coopérations du CHRU de Lille');
  expect(page.url()).not.toContain('lang=');
  await page.context().close();
});

test('phone: map on top, panels in a bottom sheet with tabs, no horizontal overflow', async () => {
  const page = await openApp(browser, base(), { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const tabs = page.locator('coop-map [role="tab"]');
  expect(await tabs.count()).toBe(3);
  await expect(page.locator('[data-testid="counts"]').isVisible()).resolves.toBe(true);
  await page.locator('[data-testid="tab-filters"]').click();
  await expect(page.locator('coop-filters').isVisible()).resolves.toBe(true);
  await expect(page.locator('[data-testid="counts"]').isVisible()).resolves.toBe(false);
  const map = await page.locator('coop-map #map').boundingBox();
  const sheet = await page.locator('coop-map .sheet').boundingBox();
  expect(map && sheet && map.y < sheet.y).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.context().close();
});

test('keyboard: the map canvas and every control are reachable', async () => {
  const page = await openApp(browser, base());
  const canvas = page.locator('coop-map canvas.maplibregl-canvas');
  expect(await canvas.getAttribute('tabindex')).toBe('0');
  await canvas.focus();
  const before = await page.evaluate(
    () => (document.querySelector('coop-map') as unknown as { view: { map: { getCenter(): { lng: number } } } }).view.map.getCenter().lng,
  );
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  const after = await page.evaluate(
    () => (document.querySelector('coop-map') as unknown as { view: { map: { getCenter(): { lng: number } } } }).view.map.getCenter().lng,
  );
  expect(after).toBeGreaterThan(before);
  await page.context().close();
});
