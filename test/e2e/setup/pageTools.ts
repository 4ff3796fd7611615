/**
 * Helpers shared by the accessibility, security and resilience browser
 * tests: axe-core injected into the page, the focused element through shadow
 * roots, CSP violations and requests recorded, what the map draws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Locator, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, short enough to read in a test failure. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page, shadow roots
 * included. The page's context must be created with `bypassCSP: true`: the
 * app's CSP rightly refuses the injected script otherwise.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    interface AxeResult {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: JSON.stringify(n.target), summary: (n.failureSummary ?? '').slice(0, 300) })),
    }));
  });
}

/** The element that has keyboard focus, through open shadow roots, described for assertions. */
export interface Focused {
  tag: string;
  /** Accessible-ish name: aria-label, labelled text, value or text content. */
  name: string;
  testid: string | null;
  role: string | null;
  type: string | null;
  /** A path of tag names and ids/test ids from the document, to tell elements apart. */
  path: string;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Moves the sequential focus navigation starting point to the top of the
 * document, as after a page load: the next Tab goes to the first control.
 */
export async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    (el as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/** Describes the deep active element (null when the body has focus). */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const parts: string[] = [];
    for (let n: Node | null = el; n;) {
      if (n instanceof Element) {
        const id = n.getAttribute('data-testid') ?? n.id;
        parts.unshift(`${n.localName}${id ? `#${id}` : ''}`);
        n = n.parentNode;
      } else if (n instanceof ShadowRoot) n = n.host;
      else n = null;
    }
    const labelled = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelText = labelled
      ? labelled
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    // A visually hidden input (a styled radio or checkbox) shows its focus on its label.
    let r = el.getBoundingClientRect();
    const box = (el as HTMLInputElement).labels?.[0] ?? el.closest('label');
    if ((r.width < 4 || r.height < 4) && box) r = box.getBoundingClientRect();
    return {
      tag: el.localName,
      name: (el.getAttribute('aria-label') ?? (labelText || label || (el.textContent ?? ''))).replace(/\s+/g, ' ').trim().slice(0, 120),
      testid: el.getAttribute('data-testid'),
      role: el.getAttribute('role'),
      type: el.getAttribute('type'),
      path: parts.join(' > '),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

/**
 * Records CSP violations and script-created alerts from the first script on:
 * read them back with `violations(page)`.
 */
export async function watchViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
}

export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/**
 * What the MapLibre map draws (null without a map): features whose
 * feature-state shows them, after its next `idle`,
 * or, with `wait: false`, as it stands (right after `ready`, say).
 */
export function rendered(page: Page, wait = true): Promise<{ links: number; establishments: number; territories: number } | null> {
  return page.evaluate(
    (waitIdle) =>
      new Promise<{ links: number; establishments: number; territories: number } | null>((resolve) => {
        type Feature = { properties: Record<string, unknown>; state?: Record<string, unknown> };
        const el = document.querySelector('coop-map') as unknown as {
          view: {
            map: {
              once(e: string, f: () => void): void;
              triggerRepaint(): void;
              queryRenderedFeatures(o: { layers: string[] }): Feature[];
              getLayer(id: string): unknown;
            };
          } | null;
        };
        const map = el.view?.map;
        if (!map) return resolve(null);
        const distinct = (layers: string[]): number => {
          const present = layers.filter((l) => map.getLayer(l));
          const features = present.length === 0 ? [] : map.queryRenderedFeatures({ layers: present });
          // Hidden features stay in their source at opacity 0 (feature-state `o`), and a query still finds them:
          // count what MapLibre's own feature-state shows, as the paint expressions read it.
          return new Set(features.filter((f) => f.state?.['o'] === 1).map((f) => String(f.properties['id']))).size;
        };
        const count = () => ({
          links: distinct(['links-gcs', 'links-cht', 'links-ght', 'links-convention', 'links-cross-border', 'links-posts']),
          establishments: distinct(['establishments']),
          territories: distinct(['territories-fill']),
        });
        if (!waitIdle) return resolve(count());
        // A map that never goes idle (context lost) still answers.
        const timer = setTimeout(() => resolve(count()), 5000);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve(count());
        });
        map.triggerRepaint();
      }),
    wait,
  );
}

/** The counts table's four bassin values for a scheme (NaN where a cell is missing). */
export async function tableCounts(page: Page, scheme: 'atp' | 'ccu' = 'atp'): Promise<number[]> {
  const out: number[] = [];
  for (const bassin of ['metropole', 'littoral', 'artois', 'hainaut']) {
    const cell = page.locator(`[data-testid="counts"] tr[data-bassin="${bassin}"] td[data-scheme="${scheme}"]`);
    out.push((await cell.count()) === 0 ? Number.NaN : Number((await cell.textContent())?.trim()));
  }
  return out;
}

/** The app state, through the element's public contract. */
export function appState(page: Page): Promise<{
  lang: string;
  filters: { scheme: string; links: string[]; date: string; kinds: string[]; member: string | null };
  view: { grid: string };
  selection: { focus: string | null };
}> {
  return page.evaluate(() => document.querySelector('coop-map')!.state);
}

/** The text of an element as rendered, through the shadow roots of the components inside it. */
export function deepText(locator: Locator): Promise<string> {
  return locator.first().evaluate((root) => {
    const out: string[] = [];
    const walk = (n: Node): void => {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
      if (n instanceof Element && (n.localName === 'style' || n.localName === 'script')) return;
      if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
      for (const c of n.childNodes) walk(c);
    };
    walk(root);
    return out.join(' ').replace(/\s+/g, ' ');
  });
}
