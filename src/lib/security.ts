/**
 * The Content-Security-Policy every page carries (as a meta tag) and that the built
 * `_headers` file (src/pages/[hostFile].ts) sends for hosts that read it.
 * No inline script, no inline style, nothing from another origin. Pagefind's search
 * runs WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self'",
].join('; ');

/** Who may frame a page: the site itself, except embed pages, which any site may frame. */
export const FRAME_ANCESTORS = { site: "frame-ancestors 'self'", embed: 'frame-ancestors *' } as const;

/**
 * The `_headers` file for static hosts (Netlify, Cloudflare Pages and others that read it):
 * the pages' Content-Security-Policy plus `frame-ancestors` (which only works as a header),
 * HSTS, and the usual hardening. `/embed/*` swaps the policy for one that lets any site
 * frame it; `! Content-Security-Policy` is how Cloudflare Pages drops the header the `/*`
 * rule set (hosts that apply the most specific rule instead need no such line).
 */
export function hostHeaders(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS.site}`,
    '  Strict-Transport-Security: max-age=31536000',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: geolocation=(self), camera=(), microphone=()',
    '',
    '/embed/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS.embed}`,
    '',
  ].join('\n');
}

/**
 * The `_redirects` file for static hosts that read it (Netlify, Cloudflare Pages): each
 * address that no longer holds a file, sent on to the page that says where its contents
 * went (`from to 301` a line). Empty when nothing has moved.
 */
export function hostRedirects(moved: ReadonlyArray<{ from: string; to: string }>): string {
  return moved.map((m) => `${m.from} ${m.to} 301\n`).join('');
}
