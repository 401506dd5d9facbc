/**
 * Performance budgets over the built site: pages with nothing interactive ship no
 * JavaScript; no page loads more than 30 KB of JavaScript (gzip) before interaction,
 * the ward map page at most 20 KB; no page's HTML is over 100 KB gzip. Pagefind's own
 * files, fetched on first search, are listed separately and not counted.
 */
import { describe, expect, it } from 'vitest';
import { DIST, distFile, distFiles } from '../helpers/dist';
import { gzipSize, pageScriptBytes, pageScripts } from '../../scripts/lib/built-site';

const KB = 1024;
const pages = distFiles('.html');
const INTERACTIVE = /<(button|input|select|textarea|form)\b|data-interactive/;

describe('budgets', () => {
  it('no page HTML is over 100 KB gzip', () => {
    const over = pages.map((p) => [p, gzipSize(distFile(p))] as const).filter(([, size]) => size > 100 * KB);
    expect(over).toEqual([]);
  });

  it('pages without interactive elements ship no JavaScript', () => {
    const offenders = pages.filter((p) => {
      const html = distFile(p);
      const { loaded, pagefind } = pageScripts(DIST, html);
      return (
        !INTERACTIVE.test(html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')) &&
        loaded.length + pagefind.length > 0
      );
    });
    expect(offenders).toEqual([]);
  });

  it('no page loads more than 30 KB of JavaScript before interaction, the map page 20 KB', () => {
    const report = pages.map((p) => ({ page: p, bytes: pageScriptBytes(DIST, distFile(p)) }));
    const over = report.filter(({ page, bytes }) => bytes > (page === 'wards/index.html' ? 20 : 30) * KB);
    expect(over).toEqual([]);
  });
});
