/** Reading the directory search's results in the browser tests. */
import type { Page } from 'playwright-core';
import { formatSearch, parseSearch } from '../../src/lib/directory/url';

/**
 * Waits until the page shows a search (by default the one in its address), opens every
 * page of results, then returns each result's path, in order.
 */
export async function directoryResults(
  page: Page,
  expected = formatSearch(parseSearch(new URL(page.url()).search)),
): Promise<string[]> {
  await page.waitForSelector(`#directory-search[data-searched="${expected}"]`, { timeout: 60_000 });
  while (await page.isVisible('#dir-more')) {
    const before = await page.locator('#dir-results li').count();
    await page.click('#dir-more');
    await page.waitForFunction((n) => document.querySelectorAll('#dir-results li').length > n, before);
  }
  return page.$$eval('#dir-results li :is(h3, h4) a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
