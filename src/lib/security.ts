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
