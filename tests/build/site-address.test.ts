/**
 * The site's address: a production build refuses a placeholder public address before it
 * writes anything; the preview build the tests make carries its loopback address in every
 * canonical link, citation, embed snippet, CSV on the Web file and the data package, never
 * the configured public one, and asks not to be indexed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvMetadataTables, distFile, distFiles } from '../helpers/dist';
import { configuredSiteConfig } from '../../src/lib/site';
import { buildSync } from '../helpers/build-site';

const preview = process.env.PORTAL_PREVIEW_URL!;

describe('the site address', () => {
  it('a production build stops at once on a placeholder address, naming the file and field', () => {
    const content = mkdtempSync(join(tmpdir(), 'portal-address-'));
    const out = join(content, 'dist');
    try {
      writeFileSync(
        join(content, 'site.json'),
        JSON.stringify({ ...configuredSiteConfig(), url: 'https://safer-bromley-data.example.org' }),
      );
      // A production build: no preview address.
      const r = buildSync({ content, dist: out, astro: join(content, 'astro') }, { PORTAL_PREVIEW_URL: undefined });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(
        `${join(content, 'site.json')}, field url: "https://safer-bromley-data.example.org" is a placeholder`,
      );
      expect(r.output).toContain('Build stopped at "site address"');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }, 120_000);

  it('the tests build a preview at a loopback address', () => {
    expect(preview).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/);
  });

  it("every page's canonical link, citation and embed snippet use the preview address, and every page is noindex", () => {
    const pages = distFiles('.html').filter((p) => !p.startsWith('pagefind/'));
    const configured = configuredSiteConfig().url;
    const bad: string[] = [];
    for (const page of pages) {
      const html = distFile(page);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (page !== '404.html' && !canonical?.startsWith(`${preview}/`)) bad.push(`${page}: canonical ${canonical}`);
      if (!/<meta name="robots" content="noindex"/.test(html)) bad.push(`${page}: not noindex`);
      if (html.includes(configured)) bad.push(`${page}: carries ${configured}`);
      for (const m of html.matchAll(/<iframe src="([^"]+)"|<p class="citation"><code>[^<]*? (https?:\/\/\S+?)\. /g)) {
        const url = m[1] ?? m[2] ?? '';
        if (!url.startsWith(`${preview}/`)) bad.push(`${page}: ${url}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('the data package and CSV on the Web files point at the preview address', () => {
    expect(JSON.parse(distFile('data/datapackage.json')).homepage).toBe(preview);
    const meta = csvMetadataTables();
    expect(meta.length).toBeGreaterThan(10);
    for (const { file, table } of meta) expect(table.url, file).toMatch(new RegExp(`^${preview}/`));
  });
});
