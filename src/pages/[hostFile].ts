/**
 * Files that static hosts such as Netlify and Cloudflare Pages read:
 * - `/_headers`, the security headers, written from the same Content-Security-Policy the
 *   pages carry as a meta tag, so the two cannot differ (see hostHeaders in src/lib/security.ts);
 * - `/_redirects`, only when a large table is published in parts: its old address, where
 *   the whole table was, leads to its dataset page, which lists the parts.
 * (Astro skips page files whose names start with an underscore, hence a parameter route.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hostHeaders, hostRedirects } from '../lib/security';
import { movedTables } from '../lib/catalogue';
import { siteConfig } from '../lib/site';

export const getStaticPaths = (() => {
  const redirects = hostRedirects(movedTables(siteConfig()));
  return [
    { params: { hostFile: '_headers' }, props: { body: hostHeaders() } },
    ...(redirects ? [{ params: { hostFile: '_redirects' }, props: { body: redirects } }] : []),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
