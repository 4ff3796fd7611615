/**
 * Bring your own data, in Chromium against the built site: a CSV of each
 * kind (French Excel's `;` + Windows-1252, and UTF-8 with `,`) shows on the
 * map and in the counts; twenty broken files each get their located message
 * and leave the view as it was; the import survives a reload; one click
 * returns to the published counts; templates and exports download; a link
 * with `data=local` opened without the local data says so; no request
 * leaves the origin. Screenshots go to bench/screens/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BROKEN, VALID, type ImportFixture } from '../fixtures/import/files.ts';
import { launchChromium } from './setup/browser.ts';
import { tableCounts, violations, watchViolations } from './setup/pageTools.ts';

const SCREENS = resolve(import.meta.dirname, '../../bench/screens');
const base = (): string => inject('baseUrl');
const PUBLISHED_ATP = [36, 22, 86, 38];
/** Generous: the machine running the tests may be shared and the map is drawn in software. */
const READY = 120_000;
const LONG = 300_000;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];

const asFile = (f: ImportFixture) => ({
  name: f.name,
  mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/csv',
  buffer: Buffer.from(f.bytes),
});

interface Snapshot {
  establishmentIds: string[];
  linkIds: string[];
}
const snapshot = (): Promise<Snapshot> =>
  page.evaluate(() => {
    const s = (document.querySelector('coop-map') as unknown as { mapSnapshot(): Snapshot }).mapSnapshot();
    return { establishmentIds: s.establishmentIds.toSorted(), linkIds: s.linkIds.toSorted() };
  });
let allKinds: string[] = [];
/** Counts only the establishments of these kinds (null: all, as on load). */
const setKinds = (kinds: string[] | null): Promise<void> =>
  page.evaluate((k) => {
    const el = document.querySelector('coop-map')!;
    el.setState({ filters: { kinds: k as typeof el.state.filters.kinds } });
  }, kinds ?? allKinds);
const dialog = () => page.locator('[data-testid="import-dialog"]');

async function openDialog(): Promise<void> {
  await page.locator('[data-testid="import-open"]').click();
  await dialog().waitFor({ state: 'visible' });
}
async function pick(...files: ImportFixture[]): Promise<void> {
  await page.locator('[data-testid="import-input"]').setInputFiles(files.map(asFile));
  // Files already imported are listed too: wait for these ones.
  for (const f of files) await page.locator(`[data-testid="import-files"] li[data-file="${f.name.replace(/"/g, '\\"')}"]`).waitFor();
  await page.locator('[data-testid="import-summary"]').waitFor();
}
const pickBroken = (name: string): ImportFixture => BROKEN.find((b) => b.fixture.name === name)!.fixture;

async function cancel(): Promise<void> {
  await page.locator('[data-testid="import-cancel"]').click();
  await dialog().waitFor({ state: 'detached' });
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await watchViolations(context);
  const origin = new URL(base()).origin;
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('about:') && new URL(url).origin !== origin) foreign.push(url);
  });
  page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(base());
  await page.waitForSelector('coop-map[ready]', { timeout: READY });
  allKinds = await page.evaluate(() => [...document.querySelector('coop-map')!.state.filters.kinds]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('import, keep, reset', () => {
  let published: Snapshot;
  let publishedCh: number[];

  test(
    'three valid CSVs: read as they were written, the view unchanged until Accept',
    async () => {
      published = await snapshot();
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      await setKinds(['ch']);
      publishedCh = await tableCounts(page, 'ccu');
      await setKinds(null);

      await openDialog();
      await expect(page.locator('[data-testid="import-dialog"] .privacy').textContent()).resolves.toContain('n’est envoyé nulle part');
      await pick(VALID.establishments, VALID.cooperations, VALID.siteValues);
      const files = page.locator('[data-testid="import-files"] li');
      await expect(files.nth(0).textContent()).resolves.toMatch(
        /établissements \(CSV\) · 1 enregistrement · encodage Windows-1252 \(Excel français\) · séparateur point-virgule \(;\)/,
      );
      await expect(files.nth(1).textContent()).resolves.toMatch(
        /coopérations \(CSV\) · 1 enregistrement · encodage UTF-8 · séparateur virgule \(,\)/,
      );
      await expect(files.nth(2).textContent()).resolves.toMatch(
        /valeurs par site \(CSV\) · 1 enregistrement · encodage UTF-8 avec BOM · séparateur point-virgule/,
      );
      await expect(page.locator('[data-testid="import-summary"]').innerText()).resolves.toBe('0 erreur, 3 avertissements.');
      await expect(page.locator('[data-testid="import-result"]').innerText()).resolves.toBe('3 enregistrements importés, 0 refusé.');
      // Nothing changes before Accept.
      expect(await snapshot()).toEqual(published);
      await page.locator('[data-testid="import-accept"]').click();
      await dialog().waitFor({ state: 'detached' });
    },
    LONG,
  );

  test(
    'the imported records are on the map, in the counts, the search and the card, with a badge and data=local',
    async () => {
      const now = await snapshot();
      expect(now.establishmentIds).toEqual([...published.establishmentIds, 'ch-import-valenciennes'].toSorted());
      // The convention's link (the imported site value is CCU-Région: its post link shows with that scheme).
      expect(now.linkIds.filter((id) => !published.linkIds.includes(id))).toEqual([
        'convention-import-test:chru-lille:ch-import-valenciennes',
      ]);
      // Published totals hold; with the CH filter the imported site value (2 CCU-Région, Hainaut) counts.
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      await setKinds(['ch']);
      const ch = await tableCounts(page, 'ccu');
      expect(ch).toEqual([publishedCh[0], publishedCh[1], publishedCh[2], (publishedCh[3] ?? 0) + 2]);
      await setKinds(null);
      await expect(page.locator('[data-testid="import-badge"]').textContent()).resolves.toMatch(
        /Données importées : etablissements-excel\.csv, cooperations-utf8\.csv, valeurs-par-site\.csv/,
      );
      expect(new URL(page.url()).searchParams.get('data')).toBe('local');
      await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: 'ch-import-valenciennes' } }));
      await expect(page.locator('[data-testid="imported-mark"]').innerText()).resolves.toBe('importé de etablissements-excel.csv, ligne 2');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(SCREENS, 'import-merged.png') });
    },
    LONG,
  );

  test(
    'reload keeps the import',
    async () => {
      await page.reload();
      await page.waitForSelector('coop-map[ready]', { timeout: READY });
      await page.locator('[data-testid="import-badge"]').waitFor();
      expect((await snapshot()).establishmentIds).toContain('ch-import-valenciennes');
      expect(new URL(page.url()).searchParams.get('data')).toBe('local');
      expect(new URL(page.url()).searchParams.get('focus')).toBe('ch-import-valenciennes');
    },
    LONG,
  );

  test(
    'twenty broken files: each told (file, line, column) and the view unchanged',
    async () => {
      await page.evaluate(() => document.querySelector('coop-map')!.setState({ selection: { focus: null } }));
      const before = await snapshot();
      const counts = await tableCounts(page);
      expect(BROKEN.length).toBeGreaterThanOrEqual(20);
      for (const { fixture, expected } of BROKEN) {
        await openDialog();
        await pick(fixture);
        const sel = [
          `[data-file="${expected.file}"]`,
          `[data-code="${expected.code}"]`,
          `[data-line="${expected.line ?? ''}"]`,
          `[data-column="${expected.column ?? ''}"]`,
        ].join('');
        const item = page.locator(`[data-testid="import-issues"] li${sel}`);
        expect(await item.count(), `${fixture.name}: ${await page.locator('[data-testid="import-issues"]').textContent()}`).toBeGreaterThan(
          0,
        );
        const text = (await item.first().textContent()) ?? '';
        expect(text).toContain(expected.file);
        if (expected.line !== undefined) expect(text).toContain(`ligne ${expected.line}`);
        if (expected.column !== undefined) expect(text).toContain(`colonne ${expected.column}`);
        expect(text).toContain('Correction :');
        await expect(page.locator('[data-testid="import-accept"]').isDisabled()).resolves.toBe(true);
        await cancel();
      }
      expect(await snapshot()).toEqual(before);
      expect(await tableCounts(page)).toEqual(counts);
    },
    LONG,
  );

  test(
    'errors shown together; "keep the valid rows" offers the rest; names with markup stay text',
    async () => {
      const hostile: ImportFixture = {
        name: 'hostile<img src=x onerror=alert(1)>.csv',
        bytes: new TextEncoder().encode(
          'id;shortName;name;kind;country;commune;insee;zone;bassin;longitude;latitude;located;source;quote\n' +
            '<script>alert(1)</script>;<img src=x onerror="window.pwned=1">;Centre <b>gras</b>;ch;FR;Saint-Omer;62765;audomarois;littoral;2,25;50,75;commune;Registre;Ligne X\n',
        ),
      };
      await openDialog();
      await pick(pickBroken('membre-inconnu.csv'), pickBroken('date-impossible.csv'), pickBroken('hors-carte.csv'), hostile);
      await expect(
        page.locator('[data-testid="import-dialog"] img, [data-testid="import-dialog"] script, [data-testid="import-dialog"] b').count(),
      ).resolves.toBe(0);
      await expect(page.locator('[data-testid="import-issues"]').textContent()).resolves.toContain('<script>alert(1)</script>');
      await page.screenshot({ path: resolve(SCREENS, 'import-errors.png') });
      await page.locator('[data-testid="keep-valid"]').check();
      await expect(page.locator('[data-testid="import-result"]').textContent()).resolves.toMatch(/refusé/);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await cancel();
    },
    LONG,
  );

  test(
    'a 50 MB file dropped on the page is refused before it is read',
    async () => {
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'enorme.csv', { type: 'text/csv' }));
        document.querySelector('coop-map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      const item = page.locator('[data-testid="import-issues"] li[data-code="too-large"][data-file="enorme.csv"]');
      await item.waitFor();
      await expect(item.textContent()).resolves.toMatch(/fichier trop gros \(50 Mo ; au plus 10 Mo\)/);
      await cancel();
    },
    LONG,
  );

  test(
    'templates and exports download, exports neutralised and in the shipped format',
    async () => {
      await openDialog();
      await page.locator('[data-testid="import-dialog"] details').first().locator('summary').click();
      const [template] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="template-cooperations"]').click()]);
      const templateText = readFileSync((await template.path())!, 'utf8');
      expect(templateText.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'id;kind;name;nameEn;status;members;hub;date;datePrecision;topics;topicsEn;certainty;note;noteEn;source;quote;asOf',
      );
      expect(templateText.trimEnd().split('\r\n')).toHaveLength(2);
      await page.locator('[data-testid="import-dialog"] details').nth(1).locator('summary').click();
      const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-establishments.json"]').click()]);
      const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string }[];
      expect(exported.map((e) => e.id)).toContain('ch-import-valenciennes');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-establishments.csv"]').click()]);
      const csvText = readFileSync((await csv.path())!, 'utf8');
      expect(csvText).toContain('ch-import-valenciennes;');
      // A negative longitude would start with "-": neutralised for spreadsheets.
      for (const line of csvText.split('\r\n').slice(1)) for (const cell of line.split(';')) expect(cell).not.toMatch(/^[=+\-@]/);
      await cancel();
    },
    LONG,
  );

  test(
    'one click returns to the published data and counts',
    async () => {
      await page.locator('[data-testid="import-reset"]').click();
      await page.locator('[data-testid="import-badge"]').waitFor({ state: 'detached' });
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
      expect(await snapshot()).toEqual(published);
      expect(new URL(page.url()).searchParams.get('data')).toBeNull();
      await setKinds(['ch']);
      expect(await tableCounts(page, 'ccu')).toEqual(publishedCh);
      await setKinds(null);
    },
    LONG,
  );

  test(
    'a link with data=local, opened without the local data, says so and shows the published data',
    async () => {
      await page.goto(`${base()}?data=local`);
      await page.waitForSelector('coop-map[ready]', { timeout: READY });
      await expect(page.locator('[data-testid="import-notice"]').textContent()).resolves.toMatch(
        /ne sont pas ici : la carte montre les données publiées/,
      );
      expect(await tableCounts(page)).toEqual(PUBLISHED_ATP);
    },
    LONG,
  );

  test(
    'no request left the origin, no CSP violation',
    async () => {
      expect(foreign).toEqual([]);
      expect(await violations(page)).toEqual([]);
    },
    LONG,
  );
});
