/** Debian Chromium driven by playwright-core, launched as every tool of the project does (scripts/chromium.mjs). */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export { launchChromium } from '../../../scripts/chromium.mjs';

/** Opens `url` in a fresh context and waits until `<coop-map>` says it is ready. */
export async function openApp(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('coop-map[ready]', { timeout: 30_000 });
  return page;
}
