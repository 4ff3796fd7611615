/**
 * The page never goes blank: served by a fixture server that breaks one
 * runtime file at a time (missing, truncated, failing its schema), it says
 * which file and what is wrong in the reader's language, keeps what it could
 * load, and a Retry loads the fixed file. Data strings with markup stay text.
 * Without WebGL, or when the WebGL context is lost, a static SVG map and the
 * counts table stand in for the canvas, and the map comes back on restore.
 * Screenshots go to bench/screens/ (git-ignored) for a human look.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATA_FILES, GEO_FILE } from '../../src/model/load.ts';
import { BREAKAGES, broken, type Breakage } from '../fixtures/broken/breakages.ts';
import { hostile, PAYLOADS } from '../fixtures/xss/hostile.ts';
import { launchChromium } from './setup/browser.ts';
import { startFixtureServer, type FixtureServer } from './setup/fixtureServer.ts';
import { appState, deepText, rendered, tableCounts, violations, watchViolations } from './setup/pageTools.ts';

const SCREENS = resolve(import.meta.dirname, '../../bench/screens');
const FILES: string[] = [...Object.values(DATA_FILES), GEO_FILE];
const PUBLISHED_ATP = [36, 22, 86, 38];

let browser: Browser;
let server: FixtureServer;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startFixtureServer()]);
  // A smaller (still desktop) window: each case is a full load, drawn in software.
  context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
  await watchViolations(context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panel = (page: Page) => page.locator('coop-error-panel [data-testid="error-panel"]');

/** What the panel must say about a file broken in a way, per language. */
const SAYS: Record<Breakage, Record<'fr' | 'en', RegExp>> = {
  missing: { fr: /introuvable.*HTTP 404/, en: /not found.*HTTP 404/ },
  truncated: { fr: /pas du JSON valide.*tronqué/, en: /not valid JSON.*truncated/ },
  schema: { fr: /ne respecte pas son schéma/, en: /does not match its schema/ },
};

describe('broken data: which file, what is wrong, what remains, and a retry', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    server.restore();
    await page?.close();
  });

  for (const file of FILES) {
    for (const how of BREAKAGES) {
      // Each file is told in both languages: missing in French, truncated in English, schema in both.
      const lang = how === 'truncated' ? 'en' : 'fr';
      test(`${file} ${how}`, async () => {
        server.set(file, broken(file, how));
        await page.goto(`${server.url}${lang === 'en' ? '?lang=en' : ''}`);
        await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
        await expect(page.locator('header h1').isVisible()).resolves.toBe(true);

        // Which file, and what is wrong with it, in the reader's language.
        await expect(panel(page).isVisible()).resolves.toBe(true);
        const item = panel(page).locator(`li[data-file="${file}"]`);
        expect(await item.count()).toBe(1);
        // Only the broken file is blamed (records it drops are not reported again as unknown ids elsewhere).
        expect(await panel(page).locator('li[data-file]').count()).toBe(1);
        const text = (await item.textContent())?.replace(/\s+/g, ' ') ?? '';
        expect(text).toContain(file);
        expect(text).toMatch(SAYS[how][lang]);
        // Announced to screen readers too.
        expect(await page.locator('coop-error-panel [role="status"]').textContent()).toContain(file);
        if (how === 'schema') {
          await page.locator('header [data-testid="lang"]').click();
          await expect.poll(async () => (await item.textContent())?.replace(/\s+/g, ' ')).toMatch(SAYS[how].en);
          if (file === DATA_FILES.establishments) await page.screenshot({ path: `${SCREENS}/error-panel-schema-en.png` });
        }
        if (how === 'missing') await page.screenshot({ path: `${SCREENS}/error-panel-${file.replace(/\W+/g, '-')}.png` });

        // What could be loaded is still shown (the map is idle once ready).
        const drawn = await rendered(page, false);
        if (file === GEO_FILE) {
          expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
          expect(drawn?.establishments).toBeGreaterThan(0);
          if (how === 'schema') expect(drawn?.territories).toBe(4);
        } else {
          expect(drawn?.territories).toBe(4);
          if (file !== DATA_FILES.posts) expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
          if (file !== DATA_FILES.establishments && file !== DATA_FILES.cooperations) expect(drawn?.links).toBeGreaterThan(0);
        }

        // Fixed on the server, the file loads on retry, without reloading the page.
        server.restore(file);
        await panel(page).locator('[data-testid="retry"]').click();
        await page.waitForFunction(
          () =>
            !document
              .querySelector('coop-map')
              ?.shadowRoot?.querySelector('coop-error-panel')
              ?.shadowRoot?.querySelector('[data-testid="error-panel"]'),
          undefined,
          { timeout: 20_000 },
        );
        expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
        expect(await page.locator('coop-error-panel [role="status"]').textContent()).toMatch(
          /Toutes les données sont chargées|All the data is loaded/,
        );
        const after = await rendered(page);
        expect(after?.territories).toBe(4);
        expect(after?.links).toBeGreaterThan(0);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});

describe('hostile data strings are shown as text', () => {
  test('markup and script payloads in every name, label, note, topic and quote', async () => {
    for (const file of FILES) server.set(file, (original) => ({ body: hostile(file, original) }));
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(server.url);
      await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
      expect(await panel(page).count(), 'the hostile dataset is schema-valid').toBe(0);

      // The search lists the spiked names as text.
      const input = page.locator('coop-search input[role="combobox"]');
      await input.fill('Lens');
      await expect(page.locator('coop-search [role="option"]').first().textContent()).resolves.toContain('CH Lens');
      await input.press('ArrowDown');
      await input.press('Enter');
      await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'ch-lens');
      const card = await deepText(page.locator('coop-details [data-testid="details"]'));
      const shown = PAYLOADS.filter((payload) => card.includes(payload));
      expect(shown.length, 'payloads shown literally in the card').toBeGreaterThanOrEqual(3);
      await page.screenshot({ path: `${SCREENS}/xss-card.png` });

      // A bassin card (zone names from the geometry) and the key figures dialog.
      await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: 'artois' } }));
      await expect.poll(() => deepText(page.locator('coop-details [data-testid="details"]'))).toContain(PAYLOADS[0]);
      await page.locator('header [data-testid="about"]').click();
      await page.waitForSelector('coop-map dialog[open]');
      expect(await deepText(page.locator('coop-map dialog[open]'))).toContain(PAYLOADS[0]);
      await page.screenshot({ path: `${SCREENS}/xss-dialog.png` });
      await page.keyboard.press('Escape');

      // Nothing became markup, nothing ran.
      const injected = await page.evaluate(() => {
        const found: string[] = [];
        const visit = (root: Document | ShadowRoot): void => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) visit(el.shadowRoot);
            const name = el.localName;
            if (
              root !== document &&
              ['script', 'img', 'iframe', 'style', 'math'].includes(name) &&
              !(name === 'style' && el.parentNode === root)
            ) {
              found.push(el.outerHTML.slice(0, 100));
            }
            if ([...el.attributes].some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)))
              found.push(el.outerHTML.slice(0, 100));
          }
        };
        visit(document);
        return found;
      });
      expect(injected).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { xssRan?: number }).xssRan ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(await violations(page)).toEqual([]);
      expect((await rendered(page))?.links).toBeGreaterThan(0);
    } finally {
      server.restore();
      await page.close();
    }
  });
});

describe('without WebGL', () => {
  test('a static SVG map of the territories and the counts table stand in for the canvas', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
      const map = page.locator('coop-static-map [data-testid="static-map"]');
      await expect(map.isVisible()).resolves.toBe(true);
      expect(await map.locator('path[data-territory]').count()).toBe(4);
      // The region is drawn at a readable size, inside the drawing.
      const [svgSize, region] = await map.evaluate((el) => {
        const b = (el.querySelector('g.areas') as SVGGElement).getBBox();
        return [el.getBoundingClientRect().toJSON() as DOMRect, { x: b.x, y: b.y, width: b.width, height: b.height }];
      });
      expect(region.width).toBeGreaterThan(svgSize.width / 4);
      expect(region.x).toBeGreaterThanOrEqual(0);
      expect(region.y).toBeGreaterThanOrEqual(0);
      expect(region.x + region.width).toBeLessThanOrEqual(svgSize.width);
      expect(region.y + region.height).toBeLessThanOrEqual(svgSize.height);
      expect(await map.locator('polygon[data-site]').count()).toBeGreaterThan(20);
      expect(await map.locator('path[data-link]').count()).toBeGreaterThan(20);
      expect(await page.locator('coop-static-map [data-testid="fallback-note"]').textContent()).toMatch(/WebGL/);
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      expect(await page.locator('coop-map canvas.maplibregl-canvas').count()).toBe(0);
      await page.screenshot({ path: `${SCREENS}/no-webgl.png` });
      // It follows the state: the zone grid, a bassin selected from the table.
      await page.evaluate(() => document.querySelector('coop-map')!.setState({ view: { grid: 'zones' } }));
      await expect.poll(() => map.locator('path[data-territory]').count()).toBe(15);
      await page.locator('[data-testid="counts"] tr[data-bassin="artois"] th button').click();
      await expect.poll(() => map.locator('path.area.focus').count()).toBeGreaterThan(0);
      await page.locator('header [data-testid="lang"]').click();
      // The English strings may still be on their way (they are fetched on first use).
      await expect.poll(() => page.locator('coop-static-map [data-testid="fallback-note"]').textContent()).toMatch(/WebGL unavailable/);
      await page.screenshot({ path: `${SCREENS}/no-webgl-zones-en.png` });
    } finally {
      await noGl.close();
    }
  });
});

describe('WebGL context lost', () => {
  // MapLibre rebuilds its style on restore, without feature-state: the controller sends the last state again
  // once the rebuilt style has loaded (`MapController.resend`), so links hidden before the loss stay hidden.
  test('the static map stands in while the context is lost, and the map comes back on restore', async () => {
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
      const setLinks = (links: string[]) =>
        page.evaluate((l) => document.querySelector('coop-map')!.setState({ filters: { links: l as never } }), links);
      // What the map draws before the loss, with every link kind and with the GCS only (some may lie off screen).
      const before = await rendered(page);
      const all = (await appState(page)).filters.links;
      await setLinks(['gcs']);
      const gcsBefore = (await rendered(page))?.links ?? 0;
      const gcs = Number(await page.locator('coop-filters [data-link-count="gcs"]').textContent());
      expect(gcsBefore).toBeGreaterThan(0);
      expect(gcsBefore).toBeLessThanOrEqual(gcs);
      expect(gcsBefore).toBeLessThan(before?.links ?? 0);
      await setLinks(all);
      await expect.poll(async () => rendered(page)).toEqual(before);
      await page.evaluate(() => {
        const canvas = document.querySelector('coop-map')!.shadowRoot!.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
        const gl = canvas.getContext('webgl2')!;
        const lose = gl.getExtension('WEBGL_lose_context')!;
        (window as unknown as { loseContextExt: WEBGL_lose_context }).loseContextExt = lose;
        lose.loseContext();
      });
      const map = page.locator('coop-static-map [data-testid="static-map"]');
      await map.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await map.locator('path[data-territory]').count()).toBe(4);
      expect(await page.locator('coop-static-map [data-testid="fallback-note"]').textContent()).toMatch(/interrompue/);
      await page.screenshot({ path: `${SCREENS}/context-lost.png` });
      // A filter change while the context is lost reaches the map once it is back.
      await setLinks(['gcs']);
      await page.evaluate(() => (window as unknown as { loseContextExt: WEBGL_lose_context }).loseContextExt.restoreContext());
      await page.locator('coop-static-map').waitFor({ state: 'detached', timeout: 10_000 });
      // Hidden links stay hidden: MapLibre's own feature-state says what the state asks, as before the loss.
      await expect.poll(async () => (await rendered(page))?.links).toBe(gcsBefore);
      // The map still follows the state after its recovery.
      await setLinks(all);
      await expect.poll(async () => rendered(page)).toEqual(before);
      await setLinks(['gcs']);
      await expect.poll(async () => (await rendered(page))?.links).toBe(gcsBefore);
    } finally {
      await page.close();
    }
  });
});
