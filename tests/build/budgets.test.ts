/**
 * Performance budgets over the built site: pages with nothing interactive ship no
 * JavaScript; no page loads more than 30 KB of JavaScript (gzip) before interaction,
 * the ward map page at most 20 KB; no page's HTML is over 100 KB gzip. Pagefind's own
 * files, fetched on first search, are listed separately and not counted.
 */
import { describe, expect, it } from 'vitest';
import { distFile, distFiles } from '../helpers/dist';
import { gzipSize, gzipTotal, pageScripts } from '../helpers/budget';

const KB = 1024;
const pages = distFiles('.html');
const INTERACTIVE = /<(button|input|select|textarea|form)\b|data-interactive/;

describe('budgets', () => {
  it('no page HTML is over 100 KB gzip', () => {
    const over = pages.map((p) => [p, gzipSize(distFile(p))] as const).filter(([, size]) => size > 100 * KB);
    expect(over).toEqual([]);
  });

  it('pages without interactive elements ship no JavaScript', () => {
    const offenders = pages.filter((p) => !INTERACTIVE.test(distFile(p).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')) && pageScripts(distFile(p)).loaded.length + pageScripts(distFile(p)).pagefind.length > 0);
    expect(offenders).toEqual([]);
  });

  it('no page loads more than 30 KB of JavaScript before interaction, the map page 20 KB', () => {
    const report = pages.map((p) => ({ page: p, bytes: gzipTotal(pageScripts(distFile(p)).loaded) }));
    const over = report.filter(({ page, bytes }) => bytes > (page === 'wards/index.html' ? 20 : 30) * KB);
    expect(over).toEqual([]);
  });
});
