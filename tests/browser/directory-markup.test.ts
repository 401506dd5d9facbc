/**
 * Markup in directory data is shown as text and never runs: a fixture site renders an
 * entry whose every field holds <script> and <img onerror>, through the real entry
 * components and the real search script, and the browser must never execute any of it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { builtSite } from '../helpers/sites';

// The fixture site (tests/sites/directory-markup.ts), built and indexed by the global setup.
const site = builtSite('directory-markup');
const out = join(site.dir, 'dist');
const session = useBrowser('directory-markup');

/** Fails if anything from the data ran or became an element. */
async function expectInert(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main b[onmouseover], main script:not([src]):not([type="module"])').count()).toBe(
    0,
  );
}

describe('markup in directory data', () => {
  it('builds and indexes the fixture site', () => site.expectMade());

  it('is escaped in the built entry page', () => {
    const html = readFileSync(join(out, 'entry/index.html'), 'utf8');
    expect(html).toContain('Pwned programme &lt;script&gt;window.__pwned=');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<script>window\.__pwned='(name|description|apply|listed)'/);
  });

  it('is encoded in the "Report a change" link when a contact address is configured', () => {
    const html = readFileSync(join(out, 'entry/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/href="(mailto:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith('mailto:directory@example.org?subject=')).toBe(true);
      const subject = decodeURIComponent(href.slice(href.indexOf('subject=') + 8));
      expect(subject).toBe(
        `Directory entry markup-test: Pwned programme <script>window.__pwned='name'</script><img src=x onerror="window.__pwned='name-img'">`,
      );
    }
  });

  it('shows as text on the entry page and never runs', async () => {
    const { page } = await session.open('/entry/');
    await expectInert(page);
    expect(await page.textContent('h1')).toContain('<img src=x onerror=');
    expect(await page.textContent('.lede')).toContain("<script>window.__pwned='description'</script>");
  });

  it('shows as text in search results and never runs', async () => {
    const { page } = await session.open('/?q=pwned');
    await page.waitForSelector('#directory-search[data-searched="?q=pwned"]', { timeout: 15_000 });
    const link = page.locator('#dir-results a').first();
    expect(await link.textContent()).toContain("<script>window.__pwned='name'</script>");
    expect(await page.textContent('#dir-results')).toContain('<img src=x onerror=');
    await expectInert(page);
  });
});
