/**
 * `/_headers`, the security headers file that static hosts such as Netlify and
 * Cloudflare Pages read, written from the same Content-Security-Policy the pages carry
 * as a meta tag, so the two cannot differ. (Astro skips page files whose names start
 * with an underscore, hence a parameter route with one path.)
 */
import type { APIRoute } from 'astro';
import { CONTENT_SECURITY_POLICY } from '../lib/security';

export const getStaticPaths = () => [{ params: { hostFile: '_headers' } }];

export const GET: APIRoute = () => new Response([
  '/*',
  `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: geolocation=(self), camera=(), microphone=(), interest-cohort=()',
  '',
].join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
