/**
 * The layout gives the map room (issue 13), measured in a real Chromium:
 * at 1024×768 the map keeps at least 60 % of the width between the panels,
 * which fold to a rail and back; fullscreen, copy link and embed code work;
 * on a phone (390×844) the map takes at least 55 % of the screen, every tap
 * target is at least 44 × 44 px and no text is under 14 px, in each tab.
 * One browser; one page per size. Screenshots go to bench/screens/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './setup/browser.ts';

const SCREENS = resolve(import.meta.dirname, '../../bench/screens');
mkdirSync(SCREENS, { recursive: true });

let browser: Browser;
const base = (): string => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, size: { width: number; height: number }, touch = false): Promise<Page> {
  const context = await browser.newContext({ viewport: size, hasTouch: touch, isMobile: touch });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base()).origin });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('coop-map[ready]', { timeout: 120_000 });
  return page;
}

const app = (page: Page, testid: string) => page.locator(`coop-map [data-testid="${testid}"]`);

/** Box of a part of the app (its shadow root), in page pixels. */
const box = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector('coop-map')!.shadowRoot!.querySelector(sel);
    if (!el) return null;
    const b = el.getBoundingClientRect();
    return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height };
  }, selector);

/** The map's share of the width left free between the side panels. */
async function freeShare(page: Page): Promise<number> {
  const stage = (await box(page, '.stage'))!;
  const left = (await box(page, '.panel.left'))!;
  const right = (await box(page, '.panel.right'))!;
  return (right.left - left.right) / stage.width;
}

/**
 * Everything a finger can tap that is smaller than 44 × 44 px, and every
 * visible text under 14 px, through every shadow root. An input hidden
 * behind its label (a segmented control, a checkbox row) is measured by
 * its label, which is what the finger hits.
 */
const phoneProblems = (page: Page) =>
  page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: it cannot live in the test's scope
    const shown = (el: Element) => {
      const b = el.getBoundingClientRect();
      return (
        b.width > 1 &&
        b.height > 1 &&
        getComputedStyle(el).visibility !== 'hidden' &&
        b.bottom > 0 &&
        b.top < innerHeight &&
        b.right > 0 &&
        b.left < innerWidth
      );
    };
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${(el as HTMLElement).dataset?.['testid'] ? `[${(el as HTMLElement).dataset['testid']}]` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    const targets = all
      .filter((el) => el.matches('button, a[href], input:not([type=hidden]), select, summary, [role=tab], [role=slider]'))
      .map((el) => (el.matches('input') ? (el.closest('label') ?? el) : el))
      .filter(shown)
      // A link inside a sentence is exempt (WCAG 2.5.8): it is not a control of its own.
      .filter((el) => !(el.matches('a') && el.parentElement?.matches('p, li, dd, span')))
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width < 43.5 || b.height < 43.5;
      })
      .map((el) => {
        const b = el.getBoundingClientRect();
        return `${name(el)} ${Math.round(b.width)}×${Math.round(b.height)}`;
      });
    const text = all
      .filter((el) => shown(el) && [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''))
      .filter((el) => !el.closest('svg'))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 13.95)
      .map((el) => `${name(el)} ${getComputedStyle(el).fontSize}`);
    return { targets: [...new Set(targets)], text: [...new Set(text)] };
  });

describe('1024×768', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(base(), { width: 1024, height: 768 });
  }, 150_000);
  afterAll(() => page?.context().close());

  test('the map keeps at least 60 % of the width; the filters fold to a rail and back', async () => {
    expect(await freeShare(page)).toBeGreaterThanOrEqual(0.6);
    await page.screenshot({ path: `${SCREENS}/layout-1024x768.png` });
    const rail = app(page, 'rail-left');
    expect(await rail.getAttribute('aria-expanded')).toBe('false');
    await rail.click();
    await expect.poll(() => rail.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('coop-map coop-filters').isVisible()).toBe(true);
    expect(await freeShare(page)).toBeLessThan(0.6);
    await rail.click();
    await expect.poll(() => freeShare(page)).toBeGreaterThanOrEqual(0.6);
    expect(await page.locator('coop-map coop-filters').isVisible()).toBe(false);
  });

  test('the right panel folds too, and the map frames into the room', async () => {
    const rail = app(page, 'rail-right');
    await rail.click();
    await expect.poll(() => freeShare(page)).toBeGreaterThan(0.85);
    expect(await page.locator('coop-map coop-counts').isVisible()).toBe(false);
    await rail.click();
    await expect.poll(() => page.locator('coop-map coop-counts').isVisible()).toBe(true);
  });

  test('copy link and embed code put this view on the clipboard and say so', async () => {
    await page.evaluate(() => document.querySelector('coop-map')!.setState({ filters: { scheme: 'ccu' } }));
    await app(page, 'copy-link').click();
    await expect.poll(() => app(page, 'copy-status').textContent()).toBe('Lien copié.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('scheme')).toBe('ccu');
    expect(link).toBe(page.url());
    await app(page, 'copy-embed').click();
    await expect.poll(() => app(page, 'copy-status').textContent()).toBe('Code d’intégration copié.');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const src = /^<iframe src="([^"]+)" width="960" height="540" title="Carte des coopérations du CHRU de Lille"/.exec(code)?.[1];
    expect(src).toBeDefined();
    const embed = new URL(src!.replace(/&amp;/g, '&'));
    expect(embed.searchParams.get('embed')).toBe('1');
    expect(embed.searchParams.get('scheme')).toBe('ccu');
  });

  test('fullscreen takes the element to the whole screen and back', async () => {
    const button = app(page, 'fullscreen');
    expect(await button.getAttribute('aria-label')).toBe('Plein écran');
    await button.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('COOP-MAP');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('phone, 390×844', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(base(), { width: 390, height: 844 }, true);
  }, 150_000);
  afterAll(() => page?.context().close());

  test('the map takes at least 55 % of the screen, and the page never scrolls sideways', async () => {
    const map = (await box(page, '.map-wrap'))!;
    expect(map.height / 844).toBeGreaterThanOrEqual(0.55);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.screenshot({ path: `${SCREENS}/layout-phone-390x844.png` });
  });

  test('the handle moves the split between the map and the sheet, by keyboard too', async () => {
    const handle = app(page, 'sheet-handle');
    const before = (await box(page, '.map-wrap'))!.height;
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await box(page, '.map-wrap'))!.height).toBeLessThan(before - 40);
    expect(await handle.getAttribute('aria-valuenow')).toBe('56');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await box(page, '.map-wrap'))!.height).toBeCloseTo(before, 0);
  });

  for (const tab of ['filters', 'counts', 'details'] as const) {
    test(`${tab}: every tap target is at least 44 × 44 px and no text is under 14 px`, async () => {
      await app(page, `tab-${tab}`).click();
      if (tab === 'details') {
        await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: 'ch-lens' } }));
        await page.waitForTimeout(300);
      }
      const problems = await phoneProblems(page);
      expect(problems.targets).toEqual([]);
      expect(problems.text).toEqual([]);
      await page.screenshot({ path: `${SCREENS}/layout-phone-${tab}.png` });
    });
  }
});

/** A box in page pixels (the map's label boxes are turned into these too). */
interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  name: string;
}
const overlap = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * What a presenting page shows, after two `idle`s (labels under an overlay are hidden after the first
 * placement): every drawn label's box and size, the overlays' boxes, and what the legend lists.
 */
const presentLayout = (page: Page) =>
  page.evaluate(async () => {
    type Layer = { id: string; layout?: Record<string, unknown> };
    const el = document.querySelector('coop-map') as unknown as {
      shadowRoot: ShadowRoot;
      view: {
        labelBoxes(): { layer: string; id: string; x1: number; y1: number; x2: number; y2: number }[];
        inspect(): { renderedLinksByKind: Record<string, number> };
        map: {
          once(e: string, f: () => void): void;
          triggerRepaint(): void;
          getContainer(): HTMLElement;
          queryRenderedFeatures(o: { layers: string[] }): { layer: Layer }[];
          getStyle(): { layers: { id: string }[] };
        };
      };
    };
    const map = el.view.map;
    for (let i = 0; i < 2; i++) {
      await new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      });
    }
    const origin = map.getContainer().getBoundingClientRect();
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: it cannot live in the test's scope
    const rect = (e: Element, name: string) => {
      const b = e.getBoundingClientRect();
      return { x1: b.left, y1: b.top, x2: b.right, y2: b.bottom, name };
    };
    const root = el.shadowRoot;
    const overlays = [...root.querySelectorAll('.present-top > *, .present-legend, .present-caption, .map-controls > *')]
      .filter((e) => e.getBoundingClientRect().width > 0)
      .map((e) => rect(e, e.getAttribute('data-testid') ?? e.className));
    const labels = el.view.labelBoxes().map((b) => ({
      x1: b.x1 + origin.left,
      y1: b.y1 + origin.top,
      x2: b.x2 + origin.left,
      y2: b.y2 + origin.top,
      name: `${b.layer}:${b.id}`,
    }));
    // Each drawn label's size as MapLibre evaluated it for that feature; a territory's name is 0.85 of it.
    // (Each label set has its copy of a label layer, `<layer>:<set>`; the numbers that follow the filters are HTML.)
    const setLayers = (layer: string): string[] => map.getStyle().layers.flatMap((l) => (l.id.split(':')[0] === layer ? [l.id] : []));
    const sizes = [
      ...['context-labels', 'establishment-labels', 'count-mark-labels', 'territory-labels'].flatMap((layer) =>
        map
          .queryRenderedFeatures({ layers: setLayers(layer) })
          .map((f) => ({ layer, px: Number(f.layer.layout?.['text-size']) * (layer === 'territory-labels' ? 0.85 : 1) })),
      ),
      ...[...map.getContainer().querySelectorAll<HTMLElement>('[data-value]')].map((v) => ({
        layer: 'territory-values',
        px: Number.parseFloat(getComputedStyle(v).fontSize),
      })),
    ];
    const legend = root.querySelector('.present-legend');
    const legendRoot = legend?.querySelector('coop-legend')?.shadowRoot;
    const marks = legendRoot?.querySelector('svg.marks');
    return {
      overlays,
      labels,
      sizes,
      legend: legend ? { box: rect(legend, 'legend'), scrolls: legend.scrollHeight > legend.clientHeight + 1 } : null,
      marks: marks ? rect(marks, 'circles') : null,
      legendLinks: [...(legendRoot?.querySelectorAll('[data-testid="legend-links"] > ul.rows:not([data-testid]) li') ?? [])].map((li) =>
        li.textContent?.trim(),
      ),
      drawnKinds: Object.entries(el.view.inspect().renderedLinksByKind)
        .filter(([, n]) => n > 0)
        .map(([k]) => k),
    };
  });

describe.each([
  [1280, 720],
  [1920, 1080],
])('scene mode at %i×%i (a projected slide)', (width, height) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`${base()}?scene=gcs-2011`, { width, height });
  }, 150_000);
  afterAll(() => page?.context().close());

  test('map labels are at least 14 px; none is under the caption, the legend or a button', async () => {
    const layout = await presentLayout(page);
    expect(layout.sizes.length).toBeGreaterThan(10);
    expect(layout.sizes.filter((s) => s.px < 14 - 1e-6)).toEqual([]);
    const hidden = layout.labels.flatMap((l) => layout.overlays.filter((o) => overlap(l, o)).map((o) => `${l.name} under ${o.name}`));
    expect(hidden).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/layout-scene-${width}x${height}.png` });
  });

  test('the legend lists only what is drawn, overlaps nothing, and shows its circles whole', async () => {
    const layout = await presentLayout(page);
    expect(layout.drawnKinds).toEqual(['gcs']);
    expect(layout.legendLinks).toEqual(['GCS']);
    const legend = layout.legend!;
    expect(legend.scrolls).toBe(false);
    expect(layout.overlays.filter((o) => o.name !== 'present-legend' && overlap(o, legend.box)).map((o) => o.name)).toEqual([]);
    const marks = layout.marks!;
    expect(marks.y1).toBeGreaterThanOrEqual(legend.box.y1);
    expect(marks.y2).toBeLessThanOrEqual(legend.box.y2);
    expect(marks.x2).toBeLessThanOrEqual(legend.box.x2);
  });
});

describe('embed at 480×270', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`${base()}?embed=1`, { width: 480, height: 270 });
  }, 150_000);
  afterAll(() => page?.context().close());

  test('controls and caption take at most a quarter of the frame', async () => {
    const { overlays } = await presentLayout(page);
    expect(overlays.map((o) => o.name)).toContain('embed-caption');
    const area = overlays.reduce((sum, o) => sum + (o.x2 - o.x1) * (o.y2 - o.y1), 0);
    await page.screenshot({ path: `${SCREENS}/layout-embed-480x270.png` });
    const sizes = overlays.map((o) => `${o.name} ${Math.round(o.x2 - o.x1)}×${Math.round(o.y2 - o.y1)}`).join(', ');
    expect(area / (480 * 270), sizes).toBeLessThanOrEqual(0.25);
  });
});
