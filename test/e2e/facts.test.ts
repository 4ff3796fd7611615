/**
 * What the sources say beyond the map, in a real Chromium: the "Le CHRU en
 * chiffres" dialog by section (with the cooperations that have no mappable
 * members), and the establishment card in English (notes, topics, a kind taken
 * from public knowledge). One page for the file.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readRepoJson } from '../fixtures/realData.ts';
import type { Establishment } from '../../src/model/types.ts';
import { launchChromium, openApp } from './setup/browser.ts';
import { deepText } from './setup/pageTools.ts';

let browser: Browser;
let page: Page;
const col = (readRepoJson('data/establishments.json') as Establishment[]).find((e) => e.id === 'col') as Establishment;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser, `${inject('baseUrl')}?lang=en&focus=col`);
});
afterAll(async () => {
  await browser?.close();
});

test('lang=en: the card of the Centre Oscar Lambret shows its English name, note and the public-knowledge kind', async () => {
  const card = await deepText(page.locator('coop-details [data-testid="details"]'));
  expect(card).toContain(col.nameEn);
  expect(card).toContain(col.noteEn);
  expect(card).not.toContain(col.note);
  expect(card).toMatch(/\(\s*kind from public knowledge, not from the sources\s*\)/);
  expect(card).toContain(col.kindNoteEn);
  expect(card).not.toContain(col.kindNote);
  expect(card).toContain('oncology');
});

test('the key-figures dialog has its six sections, in English, and the cooperations with no mappable members', async () => {
  await page.locator('header [data-testid="about"]').click();
  await page.waitForSelector('coop-map dialog[open]');
  const about = page.locator('coop-about');
  const sections = await about.evaluate((el) => [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.dataset['testid']));
  expect(sections).toEqual(['about-chru', 'about-posts', 'about-cooperation', 'about-research', 'about-networks', 'about-unmapped']);
  const text = await deepText(about);
  expect(text).toContain('Networks and cooperations with no mappable members');
  expect(text).toContain('Perinatal care network of the Lille Métropole area');
  expect(text).toContain('14 public, private and public-service establishments');
  expect(text).toContain('182 recruited from 2000 to 2011 (published map)');
  expect(text).toContain('about 25 posts a year'.replace('about', 'About'));
  // The French name may appear only inside the source quotes (the source's own words), not as a label.
  const labels = await about.evaluate((el) => [...el.shadowRoot!.querySelectorAll('span.label')].map((s) => s.textContent).join(' | '));
  expect(labels).toContain('Perinatal care network of the Lille Métropole area');
  expect(labels).not.toContain('Réseau de soins périnatal');
  await page.keyboard.press('Escape');
  await page.waitForSelector('coop-map dialog[open]', { state: 'detached' }).catch(() => undefined);
});

test('in French, the same dialog lists the perinatal network with its dates', async () => {
  await page.locator('header [data-testid="lang"]').click();
  await page.locator('header [data-testid="about"]').click();
  await page.waitForSelector('coop-map dialog[open]');
  const unmapped = await deepText(page.locator('coop-about'));
  expect(unmapped).toContain('Réseau de soins périnatal du Bassin de vie Lille Métropole');
  expect(unmapped).toMatch(/Conseil d’Administration[\s\S]{0,12}22 janv\. 2001/);
  expect(unmapped).toContain('Maison Régionale de la Recherche Clinique et de l’Innovation (M2RC)');
});
