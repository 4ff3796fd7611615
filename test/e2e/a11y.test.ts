/**
 * Accessibility in a real Chromium, on the built site: axe-core finds no
 * WCAG 2.1 A/AA violation in the views people land on; the keyboard alone
 * reaches every control, with a visible focus, pans and zooms the map and
 * selects establishments and bassins; the screen-reader summary follows the
 * filters. One browser for the file; axe runs in a context that bypasses
 * the app's CSP (it is injected as a script).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './setup/browser.ts';
import { startFixtureServer } from './setup/fixtureServer.ts';
import { appState, axeViolations, focused, focusTop, type AxeViolation, type Focused } from './setup/pageTools.ts';

let browser: Browser;
let context: BrowserContext;
const base = (): string => inject('baseUrl');

/** The first scene of `data/scenes.json`, when the presenter scenes exist. */
const firstScene = ((): string | null => {
  const file = resolve(import.meta.dirname, '../../data/scenes.json');
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as { scenes?: { id: string }[] } | { id: string }[];
  const list = Array.isArray(json) ? json : (json.scenes ?? []);
  return list[0]?.id ?? null;
})();

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base()}${query}`);
  await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
  return page;
}

const report = (violations: AxeViolation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}\n    ${n.summary}`).join('\n')}`).join('\n');

describe('axe-core: no WCAG 2.1 A/AA violation', () => {
  const views: [string, string][] = [
    ['the default view', ''],
    ['a focused establishment', '?focus=ch-lens'],
    ['embed mode', '?embed=1'],
    ['English', '?lang=en'],
    ['the zone grid under a filter', '?grid=zones&scheme=ccu&kinds=ch,chu'],
  ];
  if (firstScene) views.push([`scene mode (${firstScene})`, `?scene=${encodeURIComponent(firstScene)}`]);

  for (const [name, query] of views) {
    test(name, async () => {
      const page = await open(query);
      const found = await axeViolations(page);
      await page.close();
      expect(found, report(found)).toEqual([]);
    });
  }

  test('the data error panel and the static map without WebGL', async () => {
    const server = await startFixtureServer();
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      server.set('data/cooperations.json', { status: 404, body: 'Not found' });
      server.set('data/posts.json', (original) => ({ body: original.slice(0, 500) }));
      const page = await noGl.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await page.goto(server.url);
      await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
      await page.waitForSelector('coop-error-panel [data-testid="error-panel"]');
      await page.waitForSelector('coop-static-map [data-testid="static-map"]');
      const found = await axeViolations(page);
      expect(found, report(found)).toEqual([]);
    } finally {
      await noGl.close();
      await server.close();
    }
  });

  test('with the sources dialog open, and on a phone', async () => {
    const page = await open();
    await page.locator('header [data-testid="sources"]').click();
    await page.waitForSelector('coop-map dialog[open]');
    const dialog = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForSelector('coop-map [role="tab"]');
    const phone = await axeViolations(page);
    await page.close();
    expect(dialog, report(dialog)).toEqual([]);
    expect(phone, report(phone)).toEqual([]);
  });
});

describe('keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });
  afterAll(async () => {
    await page?.close();
  });

  /** Presses Tab until `match` holds for the focused element (at most `limit` presses). */
  async function tabTo(match: (f: Focused) => boolean, limit = 120): Promise<Focused> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f && match(f)) return f;
    }
    throw new Error('not reached by Tab');
  }

  test('Tab reaches every control, in reading order, each with a visible focus indicator', async () => {
    // Every control a keyboard user should reach: tabbable, rendered, not inert (one per radio group).
    const expected = await page.evaluate(() => {
      const out: string[] = [];
      const radios = new Set<string>();
      const visit = (root: Document | ShadowRoot): void => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          const tabbable =
            el.matches('button, input, select, textarea, a[href], summary, [tabindex]') &&
            el.tabIndex >= 0 &&
            !(el as HTMLButtonElement).disabled &&
            el.checkVisibility({ checkVisibilityCSS: true }) &&
            !el.closest('dialog:not([open])') &&
            el.getBoundingClientRect().width > 0;
          if (!tabbable) continue;
          // A radio group is one tab stop.
          const name = el instanceof HTMLInputElement && el.type === 'radio' ? `radio group "${el.name}"` : null;
          if (name && radios.has(name)) continue;
          if (name) radios.add(name);
          const key =
            name ??
            `${out.length}: <${el.localName}> "${(el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
          (el as unknown as { a11yKey: string }).a11yKey = key;
          out.push(key);
        }
      };
      visit(document);
      return out;
    });
    expect(expected.length).toBeGreaterThan(20);

    await focusTop(page);
    const seen: string[] = [];
    const order: Focused[] = [];
    const invisible: string[] = [];
    let first: string | null = null;
    for (let i = 0; i < expected.length + 40; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) continue;
      const key = `${f.path}|${f.name}`;
      if (key === first) break;
      first ??= key;
      order.push(f);
      seen.push(
        await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const radio = el instanceof HTMLInputElement && el.type === 'radio' ? `radio group "${el.name}"` : null;
          return radio ?? (el as unknown as { a11yKey?: string }).a11yKey ?? '';
        }),
      );
      // Visible focus: the element's surroundings look different focused and unfocused.
      const clip = {
        x: Math.max(0, f.rect.x - 5),
        y: Math.max(0, f.rect.y - 5),
        width: Math.min(1280 - Math.max(0, f.rect.x - 5), f.rect.width + 10),
        height: Math.min(800 - Math.max(0, f.rect.y - 5), f.rect.height + 10),
      };
      if (clip.width <= 0 || clip.height <= 0) {
        invisible.push(`${f.path} (off screen)`);
        continue;
      }
      const withFocus = await page.screenshot({ clip });
      await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        (window as unknown as { a11yBlurred: HTMLElement }).a11yBlurred = el as HTMLElement;
        (el as HTMLElement).blur();
      });
      const without = await page.screenshot({ clip });
      await page.evaluate(() => (window as unknown as { a11yBlurred: HTMLElement }).a11yBlurred.focus());
      if (withFocus.equals(without)) invisible.push(`${f.path} "${f.name}"`);
    }
    expect(invisible, `no visible focus on:\n${invisible.join('\n')}`).toEqual([]);
    const missed = expected.filter((name) => !seen.includes(name));
    expect(missed, `never reached by Tab:\n${missed.join('\n')}`).toEqual([]);

    // Reading order: the header, then the map, then the filters, then the counts.
    const at = (match: (f: Focused) => boolean): number => order.findIndex(match);
    const search = at((f) => f.testid === 'search');
    const canvas = at((f) => f.tag === 'canvas');
    const filters = at((f) => f.path.includes('coop-filters'));
    const counts = at((f) => f.path.includes('coop-counts'));
    expect(search).toBeGreaterThanOrEqual(0);
    expect([search < canvas, canvas < filters, filters < counts]).toEqual([true, true, true]);
  });

  test('the map pans with the arrow keys and zooms with + and −, from the canvas and the buttons', async () => {
    const camera = () =>
      page.evaluate(() => {
        const map = (
          document.querySelector('coop-map') as unknown as {
            view: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } };
          }
        ).view.map;
        return { ...map.getCenter(), zoom: map.getZoom() };
      });
    const settle = () => page.waitForTimeout(700);
    await focusTop(page);
    await tabTo((f) => f.tag === 'canvas');
    const start = await camera();
    await page.keyboard.press('ArrowRight');
    await settle();
    const right = await camera();
    expect(right.lng).toBeGreaterThan(start.lng);
    await page.keyboard.press('ArrowUp');
    await settle();
    expect((await camera()).lat).toBeGreaterThan(right.lat);
    await page.keyboard.press('Equal');
    await settle();
    const zoomedIn = await camera();
    expect(zoomedIn.zoom).toBeGreaterThan(start.zoom);
    await page.keyboard.press('Minus');
    await settle();
    expect((await camera()).zoom).toBeLessThan(zoomedIn.zoom);
    // The zoom buttons, by keyboard.
    const before = (await camera()).zoom;
    await tabTo((f) => f.tag === 'button' && (f.name === 'Zoomer' || f.name === 'Zoom in'), 10);
    await page.keyboard.press('Enter');
    await settle();
    expect((await camera()).zoom).toBeGreaterThan(before);
  });

  test('an establishment is selected from the search box, with the keyboard only', async () => {
    await focusTop(page);
    await tabTo((f) => f.testid === 'search', 10);
    await page.keyboard.type('Lens');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'ch-lens');
    await expect(page.locator('coop-details [data-testid="details-title"]').textContent()).resolves.toContain('Lens');
  });

  test('a bassin is selected from the search box and from the counts table, with the keyboard only', async () => {
    await focusTop(page);
    await tabTo((f) => f.testid === 'search', 10);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Artois');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'artois');

    await tabTo((f) => f.path.includes('coop-counts') && f.name.includes('Hainaut'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === 'hainaut');
    await expect(page.locator('coop-details [data-testid="details"]').getAttribute('data-id')).resolves.toBe('hainaut');
    // Pressed again, the same button clears the selection.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.selection.focus === null);
  });

  test('the screen-reader summary is polite and follows a filter changed from the keyboard', async () => {
    const summary = page.locator('coop-map [data-testid="summary"]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    const before = (await summary.textContent()) ?? '';
    expect(before).toMatch(/ATP/);
    await focusTop(page);
    await tabTo((f) => f.type === 'radio' && f.path.includes('coop-filters'));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('coop-map')!.state.filters.scheme !== 'atp');
    await expect.poll(async () => (await summary.textContent()) ?? '').not.toBe(before);
    expect(await summary.textContent()).toMatch(/CCU/);
    // A link kind unticked with the space bar changes the summary's link count too.
    const ccu = (await summary.textContent()) ?? '';
    await tabTo((f) => f.type === 'checkbox' && f.path.includes('coop-filters'));
    await page.keyboard.press('Space');
    await expect.poll(async () => (await summary.textContent()) ?? '').not.toBe(ccu);
    expect((await appState(page)).filters.links).toHaveLength(5);
  });
});
