/**
 * Security properties of every built page: the CSP is present and identical to
 * the built _headers file, no inline script runs, no inline event handlers or style
 * attributes, nothing is loaded from another origin, and links that open a new
 * window cannot reach back.
 */
import { describe, expect, it } from 'vitest';
import { distFile, distFiles } from '../helpers/dist';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security';

const pages = distFiles('.html');
const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('security', () => {
  it('every page carries the Content-Security-Policy, the same one _headers sends', () => {
    expect(distFile('_headers')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    for (const page of pages.filter((p) => p !== '404.html' || true)) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(distFile(page))?.[1];
      expect(csp && unescape(csp), page).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('no page has an inline script (JSON-LD data blocks aside)', () => {
    const inline = pages.flatMap((p) => [...distFile(p).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') && !/type="application\/ld\+json"/.test(attrs ?? '') && (body ?? '').trim() !== '')
      .map(() => p));
    expect(inline).toEqual([]);
  });

  it('no inline event handlers or style attributes', () => {
    const bad = pages.filter((p) => /<[a-z][^>]*\s(on[a-z]+|style)=/i.test(distFile(p).replace(/<script[\s\S]*?<\/script>/g, '')));
    expect(bad).toEqual([]);
  });

  it('nothing is loaded from another origin', () => {
    const foreign = pages.flatMap((p) => [...distFile(p).matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => `${p}: ${m[0]}`))
      .filter((s) => !/rel="(canonical|license)"/.test(s));
    expect(foreign).toEqual([]);
  });

  it('links that open a new window use rel="noopener noreferrer"', () => {
    const bad = pages.flatMap((p) => [...distFile(p).matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)].filter((m) => !/rel="[^"]*noopener[^"]*"/.test(m[0])).map((m) => `${p}: ${m[0]}`));
    expect(bad).toEqual([]);
  });
});
