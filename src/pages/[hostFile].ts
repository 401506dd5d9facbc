/**
 * `/_headers`, the security headers file that static hosts such as Netlify and
 * Cloudflare Pages read, written from the same Content-Security-Policy the pages carry
 * as a meta tag, so the two cannot differ (see hostHeaders in src/lib/security.ts).
 * (Astro skips page files whose names start with an underscore, hence a parameter
 * route with one path.)
 */
import type { APIRoute } from 'astro';
import { hostHeaders } from '../lib/security';

export const getStaticPaths = () => [{ params: { hostFile: '_headers' } }];

export const GET: APIRoute = () =>
  new Response(hostHeaders(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
