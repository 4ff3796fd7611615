/**
 * Presenting and embedding, in a real Chromium on the built site: scene mode
 * driven by the keyboard (state, URL, history, camera), embed mode (no
 * panels, no scroll-jacking inside an iframe, 16:9 sizes), the example pages
 * served from `dist/` with no request leaving their origin, and the exports
 * (PNG of the requested size, SVG that parses with its bassins and legend,
 * CSV with the BOM and the four bassins).
 *
 * The library build (`dist/coop-map.js`, `dist/examples/`) is made by the
 * global setup, into the same `dist/` it serves.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium, openApp } from './setup/browser.ts';

const root = resolve(import.meta.dirname, '../..');
const screens = resolve(root, 'bench/screens');
let browser: Browser;
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  mkdirSync(screens, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type State = {
  lang: string;
  filters: { scheme: string; links: string[]; date: string; kinds: string[]; member: string | null };
  view: { grid: string };
  selection: { focus: string | null };
};

const appState = (page: Page): Promise<State> => page.evaluate(() => document.querySelector('coop-map')!.state as unknown as State);
const params = (page: Page): URLSearchParams => new URL(page.url()).searchParams;
const step = (page: Page) => page.locator('[data-testid="scene-step"]').textContent();
const title = (page: Page) => page.locator('[data-testid="scene-title"]').textContent();

/** The map's camera: zoom and visible bounds. */
const camera = (page: Page) =>
  page.evaluate(() => {
    const map = (document.querySelector('coop-map') as unknown as { view: { map: import('maplibre-gl').Map } }).view.map;
    const b = map.getBounds();
    return { zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  });

/** Resolves when the map has stopped moving. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (document.querySelector('coop-map') as unknown as { view: { map: import('maplibre-gl').Map } }).view.map;
        if (!map.isMoving()) done();
        else map.once('moveend', () => done());
      }),
  );

/** Width and height written in a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect(Array.from(bytes.slice(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('scene mode on the app page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openApp(browser, `${base()}?scene=atp`, { viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('opens the scene: its state, its caption and step, in the URL, without the panels', async () => {
    expect((await appState(page)).filters).toMatchObject({ scheme: 'atp', links: ['posts'], date: '2011-12-31', member: null });
    expect(params(page).get('scene')).toBe('atp');
    expect(params(page).get('links')).toBe('posts');
    expect(await title(page)).toBe('Assistants à temps partagé, 2000–2011');
    await expect(page.locator('[data-testid="scene-text"]').textContent()).resolves.toContain('182 ATP recrutés de 2000 à 2011');
    expect(await step(page)).toBe('6 / 11');
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.locator('#panel-filters').isVisible()).toBe(false);
    expect(await page.locator('coop-map').getAttribute('data-mode')).toBe('scene');
  });

  test('→, PageDown, PageUp, Space, Home and End move between scenes, in the state and the URL', async () => {
    await page.keyboard.press('ArrowRight');
    expect((await appState(page)).filters.scheme).toBe('ccu');
    expect(params(page).get('scene')).toBe('ccu');
    expect(params(page).get('scheme')).toBe('ccu');
    expect(await step(page)).toBe('7 / 11');

    await page.keyboard.press('PageDown');
    expect(params(page).get('scene')).toBe('time-sharing');
    expect((await appState(page)).filters.links).toEqual(['convention']);
    expect(await title(page)).toBe('Le partage de temps médical');

    await page.keyboard.press('PageUp');
    expect(params(page).get('scene')).toBe('ccu');
    await page.keyboard.press(' ');
    expect(params(page).get('scene')).toBe('time-sharing');

    await page.keyboard.press('Home');
    expect(params(page).get('scene')).toBe('chru');
    expect(params(page).get('focus')).toBe('chru-lille');
    expect((await appState(page)).selection.focus).toBe('chru-lille');
    expect(await step(page)).toBe('1 / 11');
    await page.keyboard.press('ArrowLeft');
    expect(params(page).get('scene')).toBe('chru');

    await page.keyboard.press('End');
    expect(params(page).get('scene')).toBe('network');
    expect(await step(page)).toBe('11 / 11');
    await page.keyboard.press('ArrowRight');
    expect(params(page).get('scene')).toBe('network');
  });

  test('each step is a history entry: Back returns to the previous scene and its state', async () => {
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('scene') === 'chru');
    expect((await appState(page)).selection.focus).toBe('chru-lille');
    expect(await step(page)).toBe('1 / 11');
  });

  test('the camera flies smoothly to the next scene’s bounds', async () => {
    await page.keyboard.press('End');
    await settled(page);
    // Time the camera moves that follow, from start to end: the flight is the longest.
    await page.evaluate(() => {
      const map = (document.querySelector('coop-map') as unknown as { view: { map: import('maplibre-gl').Map } }).view.map;
      const w = window as unknown as { moves: number[] };
      w.moves = [];
      let start = 0;
      map.on('movestart', () => (start = performance.now()));
      map.on('moveend', () => w.moves.push(performance.now() - start));
    });
    await page.keyboard.press('ArrowLeft');
    expect(params(page).get('scene')).toBe('belgium');
    await page.waitForTimeout(300);
    await settled(page);
    const moves = await page.evaluate(() => (window as unknown as { moves: number[] }).moves);
    expect(Math.max(...moves)).toBeGreaterThan(1000);
    const [w, s, e, n] = (await camera(page)).bounds as [number, number, number, number];
    // The scene's bounds [2.55, 50.3, 4.85, 51.05] are in view (with room for the caption and legend).
    expect(w).toBeLessThanOrEqual(2.55);
    expect(s).toBeLessThanOrEqual(50.3);
    expect(e).toBeGreaterThanOrEqual(4.85);
    expect(n).toBeGreaterThanOrEqual(51.05);
    expect(e - w).toBeLessThan(6);
  });

  test('the buttons move too, and Esc leaves scene mode keeping the state', async () => {
    await page.locator('[data-testid="scene-previous"]').click();
    expect(params(page).get('scene')).toBe('ght-2017');
    const before = await appState(page);
    expect(before.filters.member).toBe('ght-hainaut-cambresis');
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    expect(params(page).has('scene')).toBe(false);
    expect(params(page).get('member')).toBe('ght-hainaut-cambresis');
    expect(await appState(page)).toEqual(before);
    expect(await page.locator('[data-testid="scene-caption"]').count()).toBe(0);
    expect(await page.locator('header.top').isVisible()).toBe(true);
    // Out of scene mode the arrows no longer move between scenes.
    await page.keyboard.press('ArrowRight');
    expect(params(page).has('scene')).toBe(false);
  });

  test('an unknown scene is said, and the map opens without a presentation', async () => {
    const other = await openApp(browser, `${base()}?scene=nope`, { viewport: { width: 1280, height: 800 } });
    await expect(other.locator('.present-notice').textContent()).resolves.toContain('Scène inconnue : « nope »');
    expect(await other.locator('header.top').isVisible()).toBe(true);
    await other.context().close();
  });
});

describe('embed mode', () => {
  test('shows the map, the legend and the caption only, with a link to the full map in the same state', async () => {
    const page = await openApp(browser, `${base()}?embed=1&scheme=ccu&links=gcs,posts`, { viewport: { width: 1280, height: 720 } });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    for (const id of ['#panel-filters', '#panel-counts', '#panel-details']) expect(await page.locator(id).isVisible(), id).toBe(false);
    expect(await page.locator('[data-testid="present-legend"] coop-legend').isVisible()).toBe(true);
    await expect(page.locator('[data-testid="embed-caption"]').textContent()).resolves.toContain(
      'Couleur des bassins : postes CCU-Région 2009–2011',
    );
    const link = page.locator('[data-testid="open-full"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href')) as string);
    expect(href.searchParams.get('scheme')).toBe('ccu');
    expect(href.searchParams.get('links')).toBe('gcs,posts');
    expect(href.searchParams.has('embed')).toBe(false);
    await page.context().close();
  });

  for (const [width, height] of [
    [480, 270],
    [960, 540],
    [1920, 1080],
  ] as const) {
    test(`fits a ${width}×${height} frame: no scrollbar, controls and caption inside`, async () => {
      const page = await openApp(browser, `${base()}?embed=1&scene=atp`, { viewport: { width, height } });
      const overflow = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
      expect(overflow).toEqual({ h: height, w: width });
      for (const sel of ['[data-testid="scene-caption"]', 'coop-export-menu', '[data-testid="open-full"]']) {
        const box = await page.locator(sel).boundingBox();
        expect(box, sel).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
      }
      await page.screenshot({ path: resolve(screens, `embed-${width}x${height}.png`) });
      await page.context().close();
    });
  }

  test('inside an iframe, the wheel scrolls the page until the map is clicked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base()}examples/iframe.html`);
    const frame = (await (await page.waitForSelector('#embed-atp')).contentFrame())!;
    await frame.waitForSelector('coop-map[ready]', { timeout: 30_000 });
    const zoom = () =>
      frame.evaluate(() =>
        (document.querySelector('coop-map') as unknown as { view: { map: import('maplibre-gl').Map } }).view.map.getZoom(),
      );
    const box = (await page.locator('#embed-atp').boundingBox())!;
    const zoom0 = await zoom();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
    expect(await zoom()).toBe(zoom0);

    await page.evaluate(() => window.scrollTo(0, 0));
    const again = (await page.locator('#embed-atp').boundingBox())!;
    await page.mouse.click(again.x + again.width * 0.3, again.y + again.height * 0.3);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    expect(await zoom()).toBeGreaterThan(zoom0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });
});

/** Opens a page of the built site, recording every request and every failed one. */
async function openOffline(path: string): Promise<{ page: Page; requests: string[]; failed: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${base()}${path}`);
  return { page, requests, failed };
}

/** The requests that left the site's origin. */
const foreign = (requests: string[]): string[] => {
  const origin = new URL(base()).origin;
  return requests.filter(
    (u) => !u.startsWith('data:') && !(u.startsWith('blob:') ? u.slice(5).startsWith(origin) : new URL(u).origin === origin),
  );
};

describe('the example pages, from dist/', () => {
  test('slides.html loads the element from ../coop-map.js and steps through the scenes, all from its origin', async () => {
    const { page, requests, failed } = await openOffline('examples/slides.html');
    await page.waitForFunction(() => document.querySelector('coop-map')?.hasAttribute('ready'), undefined, { timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset['step'] === '1/13');
    await page.screenshot({ path: resolve(screens, 'slides-title.png') });
    await page.keyboard.press('ArrowRight');
    const map = page.locator('coop-map');
    expect(await map.getAttribute('scene')).toBe('chru');
    await page.keyboard.press('PageDown');
    expect(await map.getAttribute('scene')).toBe('gcs-2001');
    expect((await appState(page)).filters.date).toBe('2001-12-31');
    await page.keyboard.press('PageDown');
    expect(await map.getAttribute('scene')).toBe('gcs-2011');
    await settled(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(screens, 'slides-gcs-2011.png') });
    await page.keyboard.press('End');
    expect(await page.locator('#slide-end').isVisible()).toBe(true);
    expect(requests.some((u) => u.endsWith('/coop-map.js'))).toBe(true);
    expect(requests.some((u) => u.endsWith('/data/scenes.json'))).toBe(true);
    expect(foreign(requests)).toEqual([]);
    expect(failed).toEqual([]);
    await page.context().close();
  });

  test('iframe.html embeds the app page, all from its origin', async () => {
    const { page, requests, failed } = await openOffline('examples/iframe.html');
    const frame = (await (await page.waitForSelector('#embed-atp')).contentFrame())!;
    await frame.waitForSelector('coop-map[ready]', { timeout: 30_000 });
    expect(await frame.locator('[data-testid="scene-title"]').textContent()).toBe('Assistants à temps partagé, 2000–2011');
    expect(foreign(requests)).toEqual([]);
    expect(failed).toEqual([]);
    await page.context().close();
  });
});

describe('export', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openApp(browser, `${base()}?scene=atp`, { viewport: { width: 1280, height: 720 } });
    await settled(page);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('PNG: a valid image of the requested size, 16:9 at 2× and the current size at 1×', async () => {
    const bytes = await page.evaluate(async () => {
      const el = document.querySelector('coop-map') as unknown as {
        presentation: { exportFile(r: { format: string; scale: number; frame: string }): Promise<{ blob: Blob; name: string }> };
      };
      const { blob, name } = await el.presentation.exportFile({ format: 'png', scale: 2, frame: '16:9' });
      return { name, type: blob.type, data: Array.from(new Uint8Array(await blob.arrayBuffer())) };
    });
    expect(bytes.name).toBe('coopmap_scene-atp_2011-12-31@2x.png');
    expect(bytes.type).toBe('image/png');
    const data = Uint8Array.from(bytes.data);
    expect(pngSize(data)).toEqual({ width: 2560, height: 1440 });
    writeFileSync(resolve(screens, 'export-scene-atp@2x.png'), data);

    await page.locator('[data-testid="export-toggle"]').click();
    await page.locator('coop-export-menu input[value="current"]').check();
    const file = await downloadFrom(page, () => page.locator('coop-export-menu [data-export="png"][data-scale="1"]').click());
    expect(file.name).toBe('coopmap_scene-atp_2011-12-31.png');
    expect(pngSize(file.bytes)).toEqual({ width: 1280, height: 720 });
    await expect(page.locator('coop-export-menu .status').textContent()).resolves.toContain('coopmap_scene-atp_2011-12-31.png');
  });

  test('PNG at 4× from a small embed', async () => {
    const small = await openApp(browser, `${base()}?embed=1&scene=belgium`, { viewport: { width: 480, height: 270 } });
    await small.locator('[data-testid="export-toggle"]').click();
    await small.locator('coop-export-menu input[value="current"]').check();
    const file = await downloadFrom(small, () => small.locator('coop-export-menu [data-export="png"][data-scale="4"]').click());
    expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
    await small.context().close();
  });

  test('SVG: parses, with the four bassin paths and the legend', async () => {
    await page.locator('coop-export-menu').evaluate((m) => ((m as unknown as { open: boolean }).open = true));
    const file = await downloadFrom(page, () => page.locator('coop-export-menu [data-export="svg"]').click());
    expect(file.name).toBe('coopmap_scene-atp_2011-12-31.svg');
    const text = file.bytes.toString('utf8');
    writeFileSync(resolve(screens, 'export-scene-atp.svg'), text);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
        bassins: [...doc.querySelectorAll('[data-bassin]')].map((g) => [
          g.getAttribute('data-bassin'),
          g.getAttribute('data-value'),
          g.querySelectorAll('path').length,
        ]),
        legend: doc.querySelector('#legend title')?.textContent ?? null,
        legendTexts: [...doc.querySelectorAll('#legend text')].map((t) => t.textContent),
        title: [...doc.querySelectorAll('#title text')].map((t) => t.textContent).join(' '),
        mapTextSizes: [...doc.querySelectorAll('#map text')].map((t) => Number(t.getAttribute('font-size'))),
      };
    }, text);
    // A scene's export is for slides: its map labels are sized as the presenting map's, none under 14 px.
    expect(parsed.mapTextSizes.length).toBeGreaterThan(5);
    expect(Math.min(...parsed.mapTextSizes)).toBeGreaterThanOrEqual(14 - 1e-6);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.size).toEqual(['1280', '720']);
    expect(parsed.bassins).toEqual([
      ['metropole', '36', 1],
      ['littoral', '22', 1],
      ['artois', '86', 1],
      ['hainaut', '38', 1],
    ]);
    expect(parsed.legend).toBe('Légende');
    expect(parsed.legendTexts).toContain('Bassins : postes ATP 2000–2011 (total publié)');
    expect(parsed.title).toMatch(/^Assistants à temps partagé, 2000–2011 182 ATP recrutés/);
  });

  test('CSV: UTF-8 with BOM, the four bassins with their counts', async () => {
    await page.locator('coop-export-menu').evaluate((m) => ((m as unknown as { open: boolean }).open = true));
    const file = await downloadFrom(page, () => page.locator('coop-export-menu [data-export="csv"]').click());
    expect(file.name).toBe('coopmap_comptes_scene-atp_2011-12-31.csv');
    expect(Array.from(file.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(1, 5)).toEqual([
      'metropole;Métropole;36;36;2;2',
      'littoral;Littoral;22;22;6;6',
      'artois;Artois;86;86;3;3',
      'hainaut;Hainaut;38;38;7;7',
    ]);
    expect(lines[6]).toBe('total;Total régional;182;182;20;20');
  });

  test('renders the exported SVG in the browser (screenshot)', async () => {
    const view = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await view.goto(`file://${resolve(screens, 'export-scene-atp.svg')}`);
    await view.screenshot({ path: resolve(screens, 'export-scene-atp-svg.png') });
    await view.close();
  });
});
