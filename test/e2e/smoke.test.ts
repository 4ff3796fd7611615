import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openApp } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the built site loads and the app element becomes ready', async () => {
  const page = await openApp(browser, inject('baseUrl'));
  expect(await page.locator('coop-map').getAttribute('ready')).toBe('');
});
