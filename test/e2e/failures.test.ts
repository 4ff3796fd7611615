/**
 * Issue 12, "fail loudly and safely", in a real Chromium on the built site:
 * code that cannot load (class 4), broken geometry (class 1), a scene that
 * fails its checks (class 5), setState given what the URL could not hold
 * (class 6), the `npm start` server (class 7), and what must not be offered
 * or shown (class 8). Faults are made with playwright route interception;
 * each group shares one page and navigates from case to case.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { serveStatic } from '../../scripts/serve.mjs';
import { launchChromium } from './setup/browser.ts';
import { DIST } from './setup/fixtureServer.ts';
import { deepText, tableCounts, violations, watchViolations } from './setup/pageTools.ts';

const PUBLISHED_ATP = [36, 22, 86, 38];
// Each case is a full page load drawn in software, on a machine that may be shared: room for slow loads.
vi.setConfig({ testTimeout: 180_000 });
const base = (): string => inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
  await watchViolations(context);
});
afterAll(async () => {
  await browser?.close();
});

type Fault = '404' | '500' | 'text/plain' | 'truncated';

/** A route handler answering like a broken server would. */
const breakWith =
  (fault: Fault) =>
  async (route: Route): Promise<void> => {
    if (fault === '404') return route.fulfill({ status: 404, body: 'Not found', contentType: 'text/plain' });
    if (fault === '500') return route.fulfill({ status: 500, body: 'Internal Server Error', contentType: 'text/plain' });
    const response = await route.fetch();
    const body = await response.text();
    if (fault === 'text/plain') return route.fulfill({ status: 200, body, contentType: 'text/plain' });
    return route.fulfill({ status: 200, body: body.slice(0, Math.floor(body.length * 0.4)), contentType: 'text/javascript' });
  };

/** Waits until the app is ready or the boot check has shown its message. */
async function settle(page: Page): Promise<'ready' | 'boot-failure'> {
  await page.waitForFunction(
    () => document.querySelector('coop-map')?.hasAttribute('ready') || document.getElementById('boot-failure')?.hidden === false,
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => (document.querySelector('coop-map')?.hasAttribute('ready') ? 'ready' : 'boot-failure'));
}

describe('class 4: the app code cannot load — the page says what failed, in French and English, with a reload', () => {
  const MAIN = /\/assets\/index-[\w-]+\.js$/;
  const MAPLIBRE = /\/assets\/maplibre-[\w-]+\.js$/;
  const CASES: [string, RegExp, string, Fault][] = [
    ['main bundle 404', MAIN, 'index-', '404'],
    ['main bundle 500', MAIN, 'index-', '500'],
    ['main bundle as text/plain', MAIN, 'index-', 'text/plain'],
    ['main bundle truncated', MAIN, 'index-', 'truncated'],
    ['MapLibre chunk 404', MAPLIBRE, 'maplibre-', '404'],
    ['MapLibre chunk truncated', MAPLIBRE, '', 'truncated'],
  ];
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const [name, pattern, file, fault] of CASES) {
    test(name, async () => {
      await page.route(pattern, breakWith(fault));
      try {
        await page.goto(base());
        expect(await settle(page)).toBe('boot-failure');
        const box = page.locator('#boot-failure');
        const text = (await box.textContent())?.replace(/\s+/g, ' ') ?? '';
        expect(text).toContain('La carte n’a pas pu démarrer');
        expect(text).toContain('The map could not start');
        expect(text).toMatch(/rechargez la page/);
        expect(text).toMatch(/reload the page/);
        // Which file (a truncated chunk is a syntax error reported against the module that imports it).
        expect(await box.locator('[data-what]').first().textContent()).toContain(file);
        await expect(box.locator('a[data-testid="boot-reload"]').isVisible()).resolves.toBe(true);
        expect(await violations(page)).toEqual([]);
      } finally {
        await page.unroute(pattern);
      }
    });
  }

  test('the reload link brings the app back once the file is served again', async () => {
    await page.route(MAIN, breakWith('404'));
    await page.goto(`${base()}?scheme=ccu`);
    expect(await settle(page)).toBe('boot-failure');
    await page.unroute(MAIN);
    await page.locator('a[data-testid="boot-reload"]').click();
    await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
    expect(new URL(page.url()).search).toBe('?scheme=ccu');
    // A healthy start never shows the boot message.
    expect(await page.locator('#boot-failure').isHidden()).toBe(true);
  });
});

describe('class 4: the MapLibre worker cannot load — the static map stands in, and the page says so', () => {
  const WORKER = /maplibre-gl-worker-[\w-]+\.mjs/;
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const fault of ['404', '500', 'text/plain', 'truncated'] as const) {
    test(`worker ${fault}`, async () => {
      await page.route(WORKER, breakWith(fault));
      try {
        await page.goto(base());
        expect(await settle(page)).toBe('ready');
        const alert = page.locator('coop-map [data-testid="code-failure"]');
        await expect(alert.isVisible()).resolves.toBe(true);
        expect(await alert.textContent()).toMatch(/Le code de la carte interactive n’a pas pu être chargé/);
        await expect(alert.locator('[data-testid="reload"]').isVisible()).resolves.toBe(true);
        await page.waitForSelector('coop-static-map [data-testid="static-map"]', { timeout: 120_000 });
        expect(await page.locator('coop-static-map [data-testid="fallback-note"]').textContent()).not.toMatch(/WebGL/);
        expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
        // No PNG where MapLibre cannot draw.
        await page.locator('[data-testid="export-toggle"]').first().click();
        expect(await page.locator('coop-export-menu [data-export="png"]').count()).toBe(0);
        await expect(page.locator('coop-export-menu [data-testid="png-unavailable"]').first().isVisible()).resolves.toBe(true);
      } finally {
        await page.unroute(WORKER);
      }
    });
  }
});

describe('class 4: a file the page fetches as it starts cannot load — the page says so, the rest works', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  /**
   * Loads `url` with the chunk `chunk` answering 404; the element still gets ready and shows the alert
   * `testid`, saying `message`, with a reload; then `more` checks what still works.
   */
  const withBrokenChunk = async (chunk: RegExp, url: string, testid: string, message: RegExp, more: () => Promise<void>): Promise<void> => {
    await page.route(chunk, breakWith('404'));
    try {
      await page.goto(url);
      expect(await settle(page)).toBe('ready');
      const alert = page.locator(`coop-map [data-testid="${testid}"]`);
      await expect(alert.isVisible()).resolves.toBe(true);
      expect(await alert.textContent()).toMatch(message);
      await expect(alert.locator('[data-testid="reload"]').isVisible()).resolves.toBe(true);
      await more();
    } finally {
      await page.unroute(chunk);
    }
  };

  test('the interactive map view: the static map stands in, with the counts and a reload', async () => {
    await withBrokenChunk(
      /\/assets\/map-view-[\w-]+\.js$/,
      base(),
      'code-failure',
      /Le code de la carte interactive n’a pas pu être chargé/,
      async () => {
        await page.waitForSelector('coop-static-map [data-testid="static-map"]', { timeout: 120_000 });
        expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      },
    );
  });

  test('what draws the map: the page says the map cannot be shown; the counts remain, with a reload', async () => {
    await withBrokenChunk(
      /\/assets\/map-data-[\w-]+\.js$/,
      base(),
      'code-failure',
      /Le code qui dessine la carte n’a pas pu être chargé/,
      async () => {
        expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      },
    );
  });

  test('the panels: the map stays, and the page says what is missing, with a reload', async () => {
    await withBrokenChunk(
      /\/assets\/panels-[\w-]+\.js$/,
      `${base()}?lang=en`,
      'panels-failure',
      /The code of the panels .* could not be loaded/,
      async () => {
        expect(await page.evaluate(() => document.querySelector('coop-map')?.mapSnapshot().rendered?.renderedLinks ?? 0)).toBeGreaterThan(
          0,
        );
      },
    );
  });

  test('the error panel’s sentences: a data problem is still named, with the Retry', async () => {
    const FIGURES = /\/data\/figures\.json$/;
    const CHUNK = /\/assets\/issue-text-[\w-]+\.js$/;
    await page.route(FIGURES, breakWith('404'));
    await page.route(CHUNK, breakWith('404'));
    try {
      await page.goto(base());
      expect(await settle(page)).toBe('ready');
      const panel = page.locator('coop-error-panel [data-testid="error-panel"]');
      await expect(panel.isVisible()).resolves.toBe(true);
      expect(await panel.locator('h2').textContent()).toMatch(/Une partie des données n’a pas pu être chargée/);
      expect(await panel.locator('li.file').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['file']))).toEqual([
        'data/figures.json',
      ]);
      // The sentences did not come: the file is named, not explained; the Retry is there.
      expect(await panel.locator('li.file .what').count()).toBe(0);
      await expect(panel.locator('[data-testid="retry"]').isVisible()).resolves.toBe(true);
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
    } finally {
      await page.unroute(FIGURES);
      await page.unroute(CHUNK);
    }
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  let page: Page;
  beforeAll(async () => {
    noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    page = await noGl.newPage({ viewport: { width: 1024, height: 720 } });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  test('class 8: PNG export is not offered; SVG and CSV are', async () => {
    await page.goto(base());
    await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
    await page.locator('[data-testid="export-toggle"]').first().click();
    expect(await page.locator('coop-export-menu [data-export="png"]').count()).toBe(0);
    expect(await page.locator('coop-export-menu [data-testid="png-unavailable"]').first().textContent()).toMatch(/PNG indisponible.*WebGL/);
    expect(await page.locator('coop-export-menu [data-export="svg"]').count()).toBeGreaterThan(0);
  });

  test('class 4: the static map chunk fails to load — the page says so, the counts remain', async () => {
    const CHUNK = /\/assets\/static-map-[\w-]+\.js$/;
    await page.route(CHUNK, breakWith('404'));
    try {
      await page.goto(`${base()}?lang=en`);
      await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
      const alert = page.locator('coop-map [data-testid="code-failure"]');
      await expect(alert.isVisible()).resolves.toBe(true);
      expect(await alert.textContent()).toMatch(/The fallback static map could not be loaded/);
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
    } finally {
      await page.unroute(CHUNK);
    }
  });
});

describe('class 1: geometry that parses but is broken is named; the counts and the rest work', () => {
  const GEO = /\/geo\/npdc\.topo\.json$/;
  type Json = Record<string, unknown>;
  const BREAKS: [string, (t: Json) => void][] = [
    ['an arc cut to one point', (t) => ((t['arcs'] as unknown[][])[3] = [(t['arcs'] as unknown[][])[3]![0]])],
    [
      'an arc index out of range',
      (t) => {
        const zones = (t['objects'] as Json)['zones'] as { geometries: { arcs: number[][][] }[] };
        zones.geometries[0]!.arcs[0]![0]![0] = 99999;
      },
    ],
  ];
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });
  for (const [what, change] of BREAKS) {
    test(what, async () => {
      await page.route(GEO, async (route) => {
        const topo = JSON.parse(await (await route.fetch()).text()) as Json;
        change(topo);
        await route.fulfill({ status: 200, body: JSON.stringify(topo), contentType: 'application/json' });
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(base());
        await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
        const item = page.locator('coop-error-panel li[data-file="geo/npdc.topo.json"]');
        expect(await item.count()).toBe(1);
        expect((await item.textContent())?.replace(/\s+/g, ' ')).toMatch(
          /structure attendue.*contours des territoires ne sont pas dessinés/,
        );
        expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
        expect(await page.locator('coop-map .overlay[role="status"]').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await page.unroute(GEO);
      }
    });
  }
});

describe('class 5: a scene that fails its checks is named with its reason', () => {
  test('?scene=atp with a caption token that names no bassin', async () => {
    const page = await context.newPage();
    try {
      await page.route(/\/data\/scenes\.json$/, async (route) => {
        const json = JSON.parse(await (await route.fetch()).text()) as { scenes: { id: string; caption: { fr: string } }[] };
        json.scenes.find((s) => s.id === 'atp')!.caption.fr = 'Total {bassinTotal:atp:atlantis}.';
        await route.fulfill({ status: 200, body: JSON.stringify(json), contentType: 'application/json' });
      });
      await page.goto(`${base()}?scene=atp`);
      await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
      const text = await deepText(page.locator('coop-map .present-notice'));
      expect(text).toContain('Scène « atp » écartée');
      expect(text).toContain('caption.fr {bassinTotal:atp:atlantis}');
      expect(text).not.toContain('Scène inconnue');
    } finally {
      await page.close();
    }
  });
});

describe('class 6: setState refuses what the URL could not hold', () => {
  test('an event and a console message name the field; nothing reaches the state or the history', async () => {
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') console.push(m.text());
    });
    try {
      await page.goto(`${base()}?grid=zones`);
      await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
      const CASES: [string, string][] = [
        ['{"filters":{"scheme":"xyz"}}', 'filters.scheme'],
        ['{"lang":"de"}', 'lang'],
        ['{"filters":{"date":"2011-02-30"}}', 'filters.date'],
        ['{"filters":{"__proto__":{"kinds":[]}}}', 'filters.__proto__'],
        ['{"constructor":{"prototype":{"x":1}}}', 'constructor'],
        ['{"filters":{"kinds":["hopital"]}}', 'filters.kinds'],
      ];
      for (const [json, field] of CASES) {
        const outcome = await page.evaluate((patch) => {
          const el = document.querySelector('coop-map')!;
          const before = { state: JSON.stringify(el.state), url: location.href, history: history.length };
          let detail: { field: string; errors: { field: string }[] } | null = null;
          document.addEventListener('coop-map-error', (e) => (detail = (e as CustomEvent).detail), { once: true });
          let threw = false;
          try {
            el.setState(JSON.parse(patch));
          } catch {
            threw = true;
          }
          const counts = Object.values(el.counts).map((c) => c.atp);
          return {
            threw,
            detail,
            unchanged: JSON.stringify(el.state) === before.state && location.href === before.url && history.length === before.history,
            counts,
          };
        }, json);
        expect(outcome, json).toMatchObject({ threw: false, unchanged: true, detail: { field } });
        expect(outcome.counts).toEqual(PUBLISHED_ATP);
        expect(
          console.some((m) => m.includes(field)),
          `console names ${field}`,
        ).toBe(true);
      }
      // A valid call still works, normalised like the URL.
      await page.evaluate(() => document.querySelector('coop-map')!.setState({ filters: { kinds: ['CH', 'ch'] } as never }));
      expect(new URL(page.url()).searchParams.get('kinds')).toBe('ch');
    } finally {
      await page.close();
    }
  });
});

describe('class 7: the npm start server', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    // The built site with one data file missing, served as `npm start` serves it.
    dir = mkdtempSync(join(tmpdir(), 'coopmap-dist-'));
    cpSync(DIST, dir, { recursive: true });
    rmSync(join(dir, 'data/figures.json'));
    server = await serveStatic(dir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  test('a missing data file is reported as not found (introuvable), under the header CSP, without violation', async () => {
    const page = await context.newPage();
    try {
      const response = await page.goto(`${origin}/`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      expect(response?.headers()['x-frame-options']).toBeUndefined();
      await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
      const item = page.locator('coop-error-panel li[data-file="data/figures.json"]');
      expect((await item.textContent())?.replace(/\s+/g, ' ')).toMatch(/introuvable.*HTTP 404/);
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a deep path typed by hand opens the app with its query, never a blank page', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/carte/artois?lang=en&grid=zones`);
      await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.evaluate(() => document.querySelector('coop-map')!.state.lang)).toBe('en');
    } finally {
      await page.close();
    }
  });

  test('the embed can be framed by another page (frame-ancestors allows it)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/examples/iframe.html`);
      const frame = page.frameLocator('iframe').first();
      await frame.locator('coop-map[ready]').waitFor({ timeout: 120_000 });
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('class 8: what never reaches the reader', () => {
  test('the example pages carry a CSP without inline script, and no inline script', () => {
    const dir = resolve(DIST, 'examples');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const name of pages) {
      const html = readFileSync(resolve(dir, name), 'utf8');
      const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(policy, name).toMatch(/script-src 'self'(;|$)/);
      expect(policy, name).not.toMatch(/unsafe-eval/);
      expect(/<script(?![^>]*\bsrc=)[^>]*>/.test(html), `${name} has an inline script`).toBe(false);
      expect(/\son[a-z]+=/i.test(html), `${name} has an inline handler`).toBe(false);
    }
  });

  test('no MapLibre English text or outside link in the French map, wide and narrow', async () => {
    const ENGLISH = [
      'Toggle attribution',
      'Map feedback',
      'Zoom in',
      'Zoom out',
      'Drag to rotate map, click to reset north',
      'MapLibre logo',
      'Use Ctrl + scroll to zoom the map',
    ];
    const page = await context.newPage();
    try {
      for (const width of [1024, 600]) {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(base());
        await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
        const seen = await page.evaluate(() => {
          const map = document.querySelector('coop-map')!.shadowRoot!.querySelector('.maplibregl-map')!;
          const texts: string[] = [];
          const links: string[] = [];
          for (const el of map.querySelectorAll('*')) {
            for (const attr of ['title', 'aria-label']) if (el.getAttribute(attr)) texts.push(el.getAttribute(attr)!);
            if (el.children.length === 0 && el.textContent) texts.push(el.textContent);
            if (el instanceof HTMLAnchorElement && el.href && new URL(el.href).origin !== location.origin) links.push(el.href);
          }
          return { texts, links };
        });
        expect(
          seen.texts.filter((t) => ENGLISH.some((e) => t.includes(e))),
          `width ${width}`,
        ).toEqual([]);
        expect(seen.links, `width ${width}`).toEqual([]);
      }
      // The narrow (compact) credit's button speaks French.
      expect(await page.locator('coop-map .maplibregl-ctrl-attrib-button').getAttribute('title')).toBe('Afficher ou masquer les crédits');
    } finally {
      await page.close();
    }
  });
});
