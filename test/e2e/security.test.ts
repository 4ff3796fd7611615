/**
 * Hardening in a real Chromium, on the built site: the page carries a strict
 * Content-Security-Policy and works under it (any violation fails); no
 * request leaves the page's origin (app, embed mode, scene mode, examples);
 * hostile URLs end with a visible notice and a working map with the valid
 * part of the state applied. One browser for the file; the hostile cases
 * run in one page, navigating from one to the next.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './setup/browser.ts';
import { DIST } from './setup/fixtureServer.ts';
import { appState, rendered, violations, watchViolations } from './setup/pageTools.ts';

let browser: Browser;
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The policy of the built page's `<meta http-equiv="Content-Security-Policy">`, directive → sources. */
function builtPolicy(): Map<string, string[]> {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return new Map(
    meta
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [String(name).toLowerCase(), sources]),
  );
}

/**
 * Records every request of `context` (pages, frames, workers) and lists in
 * `foreign` those to another origin than the app's. With `block`, those are
 * also refused (routing every request costs time: the hostile cases only watch).
 */
async function guardOrigin(context: BrowserContext, block = false): Promise<{ foreign: string[]; seen: string[] }> {
  const origin = new URL(base()).origin;
  const foreign: string[] = [];
  const seen: string[] = [];
  const own = (url: string): boolean => url.startsWith('data:') || url.startsWith('about:') || new URL(url).origin === origin;
  if (block) {
    await context.route('**/*', async (route) => {
      if (own(route.request().url())) await route.continue();
      else await route.abort('blockedbyclient');
    });
  }
  context.on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!own(url) && !foreign.includes(url)) foreign.push(url);
  });
  context.on('websocket' as never, (ws: { url(): string }) => foreign.push(ws.url()));
  return { foreign, seen };
}

describe('Content-Security-Policy', () => {
  test('the built page declares a strict policy: no inline or eval script, connections to itself only', () => {
    const policy = builtPolicy();
    expect(policy.size, 'no CSP meta element in dist/index.html').toBeGreaterThan(0);
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ]) {
      expect(scripts).not.toContain(bad);
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toBeDefined();
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // Nothing inline for that policy to refuse: every script of the page is a file.
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    expect([...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi)]).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('the app works under it: load, filters, focus, search, dialogs, zoom — with no violation and no other origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await watchViolations(context);
    const requests = await guardOrigin(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base());
    await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
    expect((await rendered(page))?.links).toBeGreaterThan(0);
    await page.locator('coop-filters label:has([data-testid="scheme-ccu"])').click();
    await page.locator('coop-filters [data-testid="link-gcs"]').uncheck();
    const input = page.locator('coop-search input[role="combobox"]');
    await input.fill('Lens');
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'ch-lens');
    await page.locator('header [data-testid="about"]').click();
    await page.waitForSelector('coop-map dialog[open]');
    await page.keyboard.press('Escape');
    await page.locator('header [data-testid="lang"]').click();
    await page.locator('coop-map .map-controls button').first().click();
    const after = await rendered(page);
    expect(after?.links).toBeGreaterThan(0);
    expect(after?.establishments).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.foreign).toEqual([]);
    expect(requests.seen.some((url) => url.endsWith('data/establishments.json'))).toBe(true);
    await context.close();
  });
});

describe('no request to another origin', () => {
  // The example pages of the repository, as the library build puts them in dist/examples/.
  const root = resolve(import.meta.dirname, '../..');
  const examples = existsSync(resolve(root, 'examples')) ? readdirSync(resolve(root, 'examples')).filter((f) => f.endsWith('.html')) : [];
  const scenes = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/scenes.json'), 'utf8')) as { scenes: { id: string }[] };
  // The app itself is watched by the CSP test above and by every hostile URL below.
  const pages: [string, string, 'app' | 'page'][] = [
    ['embed mode', '?embed=1', 'app'],
    ['scene mode', `?scene=${scenes.scenes[0]?.id ?? ''}`, 'app'],
    ...examples.map((f): [string, string, 'page'] => [`example ${f}`, `examples/${f}`, 'page']),
  ];

  let context: BrowserContext;
  let requests: { foreign: string[]; seen: string[] };
  beforeAll(async () => {
    const libConfig = resolve(root, 'vite.lib.config.ts');
    if (examples.some((f) => !existsSync(resolve(DIST, 'examples', f))) && existsSync(libConfig)) {
      await build({ root, configFile: libConfig, logLevel: 'warn' });
    }
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    requests = await guardOrigin(context, true);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const [name, path, kind] of pages) {
    test(name, async () => {
      const page = await context.newPage();
      await page.goto(`${base()}${path}`);
      if (kind === 'app') {
        await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
        // Exercise what loads on demand: search, a card, the dialogs (where the mode shows them).
        const search = page.locator('coop-search input[role="combobox"]');
        if (await search.isVisible()) {
          await search.fill('Arras');
          await search.press('Enter');
        }
        await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: 'chru-lille' } }));
        const sources = page.locator('header [data-testid="sources"]');
        if (await sources.isVisible()) {
          await sources.click();
          await page.keyboard.press('Escape');
        }
        await rendered(page);
      } else {
        // Bring every lazy iframe into view, then wait for every map of the page and of its frames.
        await page.waitForLoadState('load');
        const iframes = await page.locator('iframe').all();
        for (const iframe of iframes) await iframe.scrollIntoViewIfNeeded();
        await expect.poll(() => page.frames().length, { timeout: 20_000 }).toBe(iframes.length + 1);
        for (const frame of page.frames()) {
          await frame.waitForLoadState('load');
          if ((await frame.locator('coop-map').count()) > 0)
            await frame.waitForSelector('coop-map[ready]', { state: 'attached', timeout: 30_000 });
        }
        await page.waitForTimeout(500);
      }
      await page.close();
      expect(requests.foreign).toEqual([]);
      expect(requests.seen.length).toBeGreaterThan(0);
    });
  }

  test('every example page of the repository was built and visited', () => {
    for (const f of examples) expect(existsSync(resolve(DIST, 'examples', f)), f).toBe(true);
    expect(pages.filter(([, , kind]) => kind === 'page')).toHaveLength(examples.length);
  });
});

describe('hostile URLs', () => {
  const long = 'a'.repeat(10_000);
  const script = '<script>window.pwned=1</script>';
  /** Query → what of it must still apply. */
  const cases: [
    string,
    Partial<{ scheme: string; grid: string; lang: string; date: string; focus: string | null; links: string[]; kinds: string[] }>,
  ][] = [
    ['scheme=nope&grid=zones', { grid: 'zones', scheme: 'atp' }],
    [`scheme=${encodeURIComponent(script)}&grid=zones`, { grid: 'zones' }],
    ['lang=xx&scheme=ccu', { scheme: 'ccu', lang: 'fr' }],
    ['lang=javascript:alert(1)&grid=zones', { grid: 'zones', lang: 'fr' }],
    ['focus=javascript:alert(document.domain)&scheme=ccu', { scheme: 'ccu', focus: null }],
    ['focus=ch-nowhere&scheme=ccu', { scheme: 'ccu', focus: null }],
    [`focus=${encodeURIComponent('<img src=x onerror=window.pwned=2>')}&grid=zones`, { grid: 'zones', focus: null }],
    ['member=ght-nope&scheme=ccu', { scheme: 'ccu' }],
    ['member=ch-lens&grid=zones', { grid: 'zones' }],
    ['date=2011-02-30&scheme=ccu', { scheme: 'ccu', date: '2017-12-31' }],
    ['date=1e308&scheme=ccu', { scheme: 'ccu', date: '2017-12-31' }],
    ['date=1999-12-31&scheme=ccu', { scheme: 'ccu', date: '2000-01-01' }],
    ['date=2030-01-01&grid=zones', { grid: 'zones', date: '2017-12-31' }],
    ['date=9007199254740993-01-01&grid=zones', { grid: 'zones' }],
    ['links=gcs,bogus&scheme=ccu', { scheme: 'ccu', links: ['gcs'] }],
    [`links=${encodeURIComponent('<svg onload=window.pwned=3>')},cht&grid=zones`, { grid: 'zones', links: ['cht'] }],
    ['kinds=ch,dragon&grid=zones', { grid: 'zones', kinds: ['ch'] }],
    ['kinds=__proto__,ch&scheme=ccu', { scheme: 'ccu', kinds: ['ch'] }],
    ['scheme=ccu&scheme=atp', { scheme: 'ccu' }],
    ['focus=ch-lens&focus=ch-arras', { focus: 'ch-lens' }],
    [`scheme=${long}&grid=zones`, { grid: 'zones', scheme: 'atp' }],
    [`focus=${long}&scheme=ccu`, { scheme: 'ccu', focus: null }],
    [`${long}=1&scheme=ccu`, { scheme: 'ccu' }],
    [`links=${encodeURIComponent(script.repeat(300))}&grid=zones`, { grid: 'zones' }],
    ['foo=bar&scheme=ccu', { scheme: 'ccu' }],
    ['constructor=1&__proto__=x&grid=zones', { grid: 'zones' }],
    ['scheme=%E0%A4%A&grid=zones', { grid: 'zones' }],
    ['scheme=%00%01%1B%5B31m&grid=zones', { grid: 'zones' }],
    [`focus=${encodeURIComponent('\u202Eevil\u200B')}&scheme=ccu`, { scheme: 'ccu', focus: null }],
    ['grid=ZONES&scheme=ccu', { scheme: 'ccu', grid: 'bassins' }],
    ['focus=999999999999999999999999999999&scheme=ccu', { scheme: 'ccu', focus: null }],
    ['=&&&grid=zones&=x', { grid: 'zones' }],
    [`${Array.from({ length: 30 }, (_, i) => `junk${i}=1`).join('&')}&scheme=ccu`, { scheme: 'ccu' }],
  ];

  let context: BrowserContext;
  let page: Page;
  let requests: { foreign: string[]; seen: string[] };
  const dialogs: string[] = [];
  beforeAll(async () => {
    // A smaller (still desktop) window: each case is a full load, drawn in software.
    context = await browser.newContext({ viewport: { width: 960, height: 640 } });
    await watchViolations(context);
    requests = await guardOrigin(context);
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('there are at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  // In batches, each navigating one page from case to case.
  const BATCH = 10;
  for (let from = 0; from < cases.length; from += BATCH) {
    const batch = cases.slice(from, from + BATCH);
    test(
      `cases ${from + 1}–${from + batch.length}: each shows a notice, keeps the map working and applies the rest`,
      { timeout: 120_000 },
      async () => {
        const failures: string[] = [];
        for (const [query, applied] of batch) {
          const label = query.length > 80 ? `${query.slice(0, 77)}…` : query;
          await page.goto(`${base()}?${query}`);
          await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
          const notices = page.locator('coop-notices [data-notice="url"]');
          const count = await notices.count();
          if (count === 0 || !(await notices.first().isVisible())) {
            failures.push(`${label}: no visible notice`);
            continue;
          }
          const texts = await notices.allTextContents();
          if (texts.some((t) => t.length > 400))
            failures.push(`${label}: a notice echoes too much (${Math.max(...texts.map((t) => t.length))} characters)`);
          const state = await appState(page);
          const actual = {
            scheme: state.filters.scheme,
            grid: state.view.grid,
            lang: state.lang,
            date: state.filters.date,
            focus: state.selection.focus,
            links: state.filters.links,
            kinds: state.filters.kinds,
          };
          for (const [key, value] of Object.entries(applied)) {
            if (JSON.stringify(actual[key as keyof typeof actual]) !== JSON.stringify(value)) {
              failures.push(`${label}: ${key} is ${JSON.stringify(actual[key as keyof typeof actual])}, expected ${JSON.stringify(value)}`);
            }
          }
          const drawn = await rendered(page, false);
          if (!drawn || drawn.territories === 0 || drawn.establishments + drawn.links === 0)
            failures.push(`${label}: the map draws nothing (${JSON.stringify(drawn)})`);
          // Nothing from the URL became markup or ran.
          const injected = await page.evaluate(() => {
            const found: string[] = [];
            const visit = (root: Document | ShadowRoot): void => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) visit(el.shadowRoot);
                if (root !== document && (el.localName === 'script' || el.localName === 'img' || el.localName === 'iframe'))
                  found.push(el.outerHTML.slice(0, 80));
                if ([...el.attributes].some((a) => a.name.startsWith('on'))) found.push(el.outerHTML.slice(0, 80));
              }
            };
            visit(document);
            return { found, pwned: (window as unknown as { pwned?: number }).pwned ?? null };
          });
          if (injected.found.length > 0 || injected.pwned !== null) failures.push(`${label}: injected ${JSON.stringify(injected)}`);
          const csp = await violations(page);
          if (csp.length > 0) failures.push(`${label}: CSP violations ${csp.join('; ')}`);
        }
        expect(failures).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(requests.foreign).toEqual([]);
      },
    );
  }
});
