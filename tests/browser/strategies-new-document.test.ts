/**
 * "A new document added by following content/README.md appears in navigation and
 * search with no code change": copies the content and data, adds a document, its source
 * row and its action rows exactly as the guide says, builds that site, and finds the
 * document in the library, on the indicator commitments and in search.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from '../helpers/browser';
import { builtSite } from '../helpers/sites';

// The site with the document added (tests/sites/new-document.ts), built by the global setup.
const site = builtSite('new-document');
const dist = join(site.dir, 'dist');
const session = useBrowser('new-document');

describe('a document added by following content/README.md', () => {
  it('builds', () => site.expectMade());

  it('gets its own page with its action table and download', () => {
    const page = join(dist, 'strategies', 'community-safety-plan-2013-2016', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1 data-pagefind-weight="10">Neighbourhood Harmony Plan 2013–2016</h1>');
    expect([...html.matchAll(/<tr id="action-\d+"/g)]).toHaveLength(2);
    expect(
      readFileSync(join(dist, 'strategies', 'community-safety-plan-2013-2016', 'actions.csv'), 'utf8')
        .trimEnd()
        .split('\n'),
    ).toHaveLength(3);
  });

  it('shows markup in its frontmatter as text, never as elements that run', async () => {
    const html = readFileSync(join(dist, 'strategies', 'community-safety-plan-2013-2016', 'index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;window.__frontmatterRan = true&lt;/script&gt;');
    const { page } = await session.open('/strategies/community-safety-plan-2013-2016/');
    expect(
      await page.$$eval('img[src="x"], body script:not([src]):not([type="application/ld+json"])', (els) => els.length),
    ).toBe(0);
    expect(await page.textContent('main')).toContain('<img src=x onerror="window.__frontmatterRan = true">');
    expect(
      await page.evaluate(() => (window as unknown as { __frontmatterRan?: boolean }).__frontmatterRan ?? false),
    ).toBe(false);
    expect(await page.textContent('main')).toContain('<script>window.__frontmatterRan = true</script>');
  });

  it('appears in the library, reached from the header, and among the commitments for its indicator', async () => {
    const { page } = await session.open('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategies' }).click();
    await page.waitForURL(/\/strategies\/$/);
    const link = page.getByRole('link', { name: 'Neighbourhood Harmony Plan 2013–2016' }).first();
    expect(await link.getAttribute('href')).toBe('/strategies/community-safety-plan-2013-2016/');
    const asb = await page.textContent('#commitments-anti-social-behaviour + p + ul');
    expect(asb).toContain('Neighbourhood Harmony Plan 2013–2016');
    expect(asb).toContain('Action point 1: Fewer noise complaints');
  });

  it('is found by search, first for its exact title, and by its publisher filter', async () => {
    const { page } = await session.open(`/search/?q=${encodeURIComponent('Neighbourhood Harmony Plan 2013–2016')}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    const first = await page.getAttribute('[data-search-results] li h2 a', 'href');
    expect(first).toBe('/strategies/community-safety-plan-2013-2016/');

    const filtered = await session.open('/search/?publisher=Test+Community+Safety+Partnership');
    await filtered.page.waitForFunction(
      () => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '',
    );
    expect(
      await filtered.page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['/strategies/community-safety-plan-2013-2016/']);
  });
});
