import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';

const session = useBrowser();

/** Waits for the search to settle and returns the result links in order. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  return page.$$eval('[data-search-results] li h2 a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('site search over the strategy library', () => {
  it('puts the document whose title is typed exactly first', async () => {
    const { page, foreignRequests } = await session.open('/search/');
    await page.waitForSelector('form.site-search[data-ready]', { state: 'attached' });
    await page.getByLabel('Search for').fill('A multi-agency approach to tackling gangs in Bromley');
    const found = await results(page);
    expect(found[0]).toBe('/strategies/tackling-gangs-in-bromley-2012/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('A multi-agency approach to tackling gangs in Bromley');
    expect(foreignRequests).toEqual([]);
  });

  it.each([
    ['London Crime Reduction Board: Partnership Anti-Gangs Strategy', '/strategies/lcrb-anti-gangs-strategy/'],
    ['lessons from boston', '/strategies/lessons-from-boston/'],
    ['Safer for All 2008–2011 (summary)', '/strategies/safer-for-all-2008-2011/'],
  ])('finds "%s" first', async (query, expected) => {
    const { page } = await session.open(`/search/?q=${encodeURIComponent(query)}`);
    expect((await results(page))[0]).toBe(expected);
  });

  it('offers publisher, year and theme filters with counts, and browses by filter alone', async () => {
    const { page } = await session.open('/search/');
    await page.waitForSelector('[data-search-filters] fieldset');
    expect(await page.$$eval('[data-search-filters] legend', (ls) => ls.map((l) => l.textContent))).toEqual(
      expect.arrayContaining(['Publisher', 'Year', 'Theme']),
    );
    expect(
      await page.textContent('.filter-count[data-filter="publisher"][data-value="London Crime Reduction Board"]'),
    ).toBe('(1)');
    await page.getByRole('checkbox', { name: /^Fire and arson \(\d+\)$/ }).check();
    expect(await results(page)).toEqual(['/strategies/strategic-group-september-2012/']);
    expect(new URL(page.url()).search).toBe('?theme=Fire+and+arson');
  });

  it('reproduces a search from its address: words, filters and results', async () => {
    const { page } = await session.open('/search/?q=gangs&year=2012&publisher=Safer+Bromley+Partnership');
    // The page's script fills the form from the address before it searches: wait for the search.
    const found = await results(page);
    expect(await page.inputValue('#search-q')).toBe('gangs');
    expect(await page.isChecked('input[name="year"][value="2012"]')).toBe(true);
    expect(found.sort()).toEqual([
      '/strategies/strategic-group-september-2012/',
      '/strategies/tackling-gangs-in-bromley-2012/',
    ]);
  });

  it('passes axe with results and filters showing, on a phone and on a desktop', async () => {
    for (const width of [390, 1280]) {
      const { page } = await session.open('/search/?q=arson', { width });
      await results(page);
      expect(await axeViolations(page), `${width}px`).toEqual([]);
    }
  });

  it('without JavaScript, says search needs it and points to the lists', async () => {
    const { page } = await session.open('/search/?q=arson', { javaScript: false });
    expect(await page.textContent('main')).toContain('Search needs JavaScript');
    expect(await page.getAttribute('[data-search-fallback] a', 'href')).toBe('/strategies/');
  });
});
