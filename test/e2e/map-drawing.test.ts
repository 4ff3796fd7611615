/**
 * What the map draws, read back from the live map: label boxes as MapLibre
 * placed them (no two overlap, none cut by a panel or the edge) at the
 * default view on desktop and at 1024×768, and compare mode marking on the
 * map the same cooperations the list names. One page for the whole file.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp } from './setup/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser, inject('baseUrl'), { viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  layer: string;
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface MapInternals {
  view: {
    labelBoxes(): Box[];
    coveredRects(): Box[];
    map: {
      once(e: string, f: () => void): void;
      triggerRepaint(): void;
      getContainer(): HTMLElement;
      querySourceFeatures(source: string): { id?: number | string; properties: Record<string, unknown> }[];
      getFeatureState(f: { source: string; id: number }): Record<string, unknown>;
    };
  };
  setState(patch: unknown): void;
}

/** Waits for two `idle`s: labels a panel would cut are hidden after the first placement. */
const settle = (p: Page) =>
  p.evaluate(async () => {
    const map = (document.querySelector('coop-map') as unknown as MapInternals).view.map;
    for (let i = 0; i < 2; i++) {
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    }
  });

/** The drawn label boxes, what covers the map, and the map's size. */
const labelLayout = (p: Page) =>
  p.evaluate(() => {
    const view = (document.querySelector('coop-map') as unknown as MapInternals).view;
    const c = view.map.getContainer();
    return { boxes: view.labelBoxes(), covered: view.coveredRects(), width: c.clientWidth, height: c.clientHeight };
  });

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const name = (b: Box): string => `${b.layer}:${b.id}`;

// First in the file: no frame asked for since ready (the page itself asks for none).
test('once ready, the other schemes’ label sets are laid out ahead: a switch to CCU-Région sends the worker no data', async () => {
  // Handed on the task after ready, laid out in the worker while the page waits for the reader.
  await expect
    .poll(
      () =>
        page.evaluate(
          () => (document.querySelector('coop-map') as unknown as MapInternals).view.map.querySourceFeatures('labels-ccu').length,
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  const switched = await page.evaluate(async () => {
    type Source = { setData(data: unknown): unknown };
    const el = document.querySelector('coop-map') as unknown as MapInternals & { state: { filters: Record<string, unknown> } };
    const map = el.view.map as unknown as MapInternals['view']['map'] & { getSource(id: string): Source };
    let sent = 0;
    const sources = ['labels-atp', 'labels-ccu', 'labels-rate'].map((id) => map.getSource(id));
    const originals = sources.map((source) => source.setData);
    for (const [i, source] of sources.entries()) {
      source.setData = (data: unknown) => {
        sent += 1;
        return originals[i]!.call(source, data);
      };
    }
    const drawn = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    el.setState({ filters: { ...el.state.filters, scheme: 'ccu' } });
    await drawn;
    for (const [i, source] of sources.entries()) source.setData = originals[i]!;
    // What the map shows now: the CCU-Région set's site labels, by feature-state.
    const shown = map
      .querySourceFeatures('labels-ccu')
      .filter((f) => f.properties['role'] === 'site' && typeof f.id === 'number')
      .filter((f) => map.getFeatureState({ source: 'labels-ccu', id: f.id as number })['o'] === 1).length;
    el.setState({ filters: { ...el.state.filters, scheme: 'atp' } });
    return { sent, shown };
  });
  expect(switched.sent).toBe(0);
  expect(switched.shown).toBeGreaterThan(0);
  await settle(page);
});

test('once ready, the map is drawn at the screen’s full resolution', async () => {
  const canvas = await page.evaluate(() => {
    const c = (document.querySelector('coop-map') as unknown as MapInternals).view.map.getContainer().querySelector('canvas')!;
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, dpr: devicePixelRatio };
  });
  expect(canvas.cssWidth).toBeGreaterThan(0);
  expect([canvas.width, canvas.height]).toEqual([Math.floor(canvas.cssWidth * canvas.dpr), Math.floor(canvas.cssHeight * canvas.dpr)]);
});

test('once ready, a frame draws the whole map: territories, links and marks, not only the sea (the first state’s frames were held until it loaded)', async () => {
  const drawn = await page.evaluate(
    () =>
      new Promise<{ colours: number; opaque: number }>((resolve) => {
        const map = (document.querySelector('coop-map') as unknown as MapInternals).view.map;
        const canvas = map.getContainer().querySelector('canvas')!;
        // Read in the frame's own task: without preserveDrawingBuffer the buffer is cleared once composited.
        map.once('render', () => {
          const gl = canvas.getContext('webgl2')!;
          const pixels = new Uint8Array(canvas.width * canvas.height * 4);
          gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          const colours = new Set<number>();
          let opaque = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] === 255) opaque++;
            colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
          }
          resolve({ colours: colours.size, opaque: opaque / (pixels.length / 4) });
        });
        map.triggerRepaint();
      }),
  );
  // A frame never drawn (or drawn with the background alone) has one colour.
  expect(drawn.opaque).toBeGreaterThan(0.99);
  expect(drawn.colours).toBeGreaterThan(200);
  // The values written over the map, hidden until it is drawn, are shown with it: the four bassins' ATP counts.
  const values = await page.evaluate(() => {
    const root = (document.querySelector('coop-map') as unknown as MapInternals).view.map.getContainer().querySelector('.coopmap-values')!;
    return { visibility: getComputedStyle(root).visibility, texts: [...root.querySelectorAll('span')].map((s) => s.textContent?.trim()) };
  });
  expect(values.visibility).toBe('visible');
  expect(values.texts).toEqual(expect.arrayContaining(['36', '22', '86', '38']));
});

describe.each([
  [1440, 900],
  [1024, 768],
])('labels at the default view, %i×%i', (width, height) => {
  test('no two labels overlap, none is cut by a panel, a control or the map edge', async () => {
    await page.setViewportSize({ width, height });
    await settle(page);
    const { boxes, covered, width: w, height: h } = await labelLayout(page);
    // The site and territory labels are there to be checked (not an empty map).
    expect(boxes.filter((b) => b.layer === 'establishment-labels').length).toBeGreaterThan(8);
    // At 1024×768 the panels leave the region ~300 px wide: the Artois label gives way to the Littoral's.
    expect(boxes.filter((b) => b.layer === 'territory-labels').length).toBeGreaterThanOrEqual(width >= 1440 ? 4 : 3);
    expect(covered.length).toBeGreaterThanOrEqual(3);
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        if (overlap(boxes[i]!, boxes[j]!)) overlapping.push(`${name(boxes[i]!)} × ${name(boxes[j]!)}`);
    }
    expect(overlapping).toEqual([]);
    const cut = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h || covered.some((r) => overlap(b, r))).map(name);
    expect(cut).toEqual([]);
  });
});

describe('compare mode', () => {
  test('between 2008-12-31 and 2012-12-31: the list names what appeared, the map marks the same cooperations', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.evaluate(() =>
      (document.querySelector('coop-map') as unknown as MapInternals).setState({ filters: { date: '2012-12-31' } }),
    );
    await page.locator('[data-testid="list-toggle"]').click();
    await page.locator('coop-list button[data-showing="compare"]').click();
    await page.locator('[data-testid="compare-date"]').fill('2008-12-31');
    await page.locator('[data-testid="compare-appeared"]').waitFor();
    await settle(page);
    const listed = await page
      .locator('[data-testid="compare-appeared"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const ended = await page.locator('[data-testid="compare-ended"] tbody tr').count();
    const marked = await page.evaluate(() => {
      const map = (document.querySelector('coop-map') as unknown as MapInternals).view.map;
      const byState: Record<string, Set<string>> = { appeared: new Set(), ended: new Set() };
      for (const f of map.querySourceFeatures('links')) {
        const c = map.getFeatureState({ source: 'links', id: Number(f.id) })['c'];
        if (c === 1) byState['appeared']!.add(String(f.properties['cooperationId']));
        if (c === 2) byState['ended']!.add(String(f.properties['cooperationId']));
      }
      return { appeared: [...byState['appeared']!].toSorted(), ended: [...byState['ended']!] };
    });
    expect(listed.length).toBeGreaterThan(5);
    expect(listed).toContain('cht-cambresis');
    expect(marked.appeared).toEqual(listed.map(String).toSorted());
    expect(marked.ended).toHaveLength(ended);
    await expect(page.locator('[data-testid="legend-compare"]').isVisible()).resolves.toBe(true);
    // Leaving compare mode clears the marks (feature-state back to 0).
    await page.locator('coop-list button[data-showing="cooperations"]').click();
    await settle(page);
    const left = await page.evaluate(() => {
      const map = (document.querySelector('coop-map') as unknown as MapInternals).view.map;
      return map.querySourceFeatures('links').filter((f) => (map.getFeatureState({ source: 'links', id: Number(f.id) })['c'] ?? 0) !== 0)
        .length;
    });
    expect(left).toBe(0);
  });
});
