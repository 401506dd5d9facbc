/**
 * Security properties of every built page: the CSP is present and identical to
 * the built _headers file, no inline script runs, no inline event handlers or style
 * attributes, nothing is loaded from another origin, and links that open a new
 * window cannot reach back.
 */
import { describe, expect, it } from 'vitest';
import { distFile, distFiles } from '../helpers/dist';
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../../src/lib/security';

/** The built _headers file as rules: path pattern → header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) rules.set(line.trim(), (current = []));
    else if (line.trim()) current.push(line.trim());
  }
  return rules;
}

const pages = distFiles('.html');
const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('security', () => {
  it('every page carries the Content-Security-Policy, the same one _headers sends', () => {
    expect(distFile('_headers')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; `);
    for (const page of pages.filter((p) => p !== '404.html' || true)) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(distFile(page))?.[1];
      expect(csp && unescape(csp), page).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('_headers sends HSTS, lets only /embed/* be framed by other sites, and drops interest-cohort', () => {
    const rules = headerRules(distFile('_headers'));
    expect([...rules.keys()]).toEqual(['/*', '/embed/*']);
    const all = rules.get('/*')!;
    expect(all).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS.site}`);
    expect(all.find((h) => h.startsWith('Strict-Transport-Security:'))).toMatch(/max-age=\d{7,}/);
    expect(FRAME_ANCESTORS.site).toBe("frame-ancestors 'self'");
    // Embed pages replace the site-wide policy with one that differs only in who may frame them.
    expect(rules.get('/embed/*')).toEqual([
      '! Content-Security-Policy',
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS.embed}`,
    ]);
    expect(FRAME_ANCESTORS.embed).toBe('frame-ancestors *');
    expect(distFile('_headers')).not.toContain('interest-cohort');
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors'); // ignored in a meta tag, so only in the header
  });

  it('no page has an inline script (JSON-LD data blocks aside)', () => {
    const inline = pages.flatMap((p) =>
      [...distFile(p).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(
          ([, attrs, body]) =>
            !/\bsrc=/.test(attrs ?? '') &&
            !/type="application\/ld\+json"/.test(attrs ?? '') &&
            (body ?? '').trim() !== '',
        )
        .map(() => p),
    );
    expect(inline).toEqual([]);
  });

  it('no inline event handlers or style attributes', () => {
    const bad = pages.filter((p) =>
      /<[a-z][^>]*\s(on[a-z]+|style)=/i.test(distFile(p).replace(/<script[\s\S]*?<\/script>/g, '')),
    );
    expect(bad).toEqual([]);
  });

  it('nothing is loaded from another origin', () => {
    const foreign = pages
      .flatMap((p) =>
        [
          ...distFile(p).matchAll(
            /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g,
          ),
        ].map((m) => `${p}: ${m[0]}`),
      )
      .filter((s) => !/rel="(canonical|license)"/.test(s));
    expect(foreign).toEqual([]);
  });

  it('links that open a new window use rel="noopener noreferrer"', () => {
    const bad = pages.flatMap((p) =>
      [...distFile(p).matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)]
        .filter((m) => !/rel="[^"]*noopener[^"]*"/.test(m[0]))
        .map((m) => `${p}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });
});
