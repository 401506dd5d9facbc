/**
 * Reading a built site: its files, page templates, the JavaScript each page loads
 * before interaction, and HTML entities. Shared by the benchmark and the build tests,
 * so both measure the same thing the same way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file under `root` as sorted paths relative to it, skipping folders named in `skip`. */
export function listFiles(root: string, skip: readonly string[] = []): string[] {
  return listFileSizes(root, skip).map((f) => f.path);
}

/** A file of a built site and its size. */
export interface FileSize {
  /** Relative to the site's root. */
  path: string;
  bytes: number;
}

/** Every file under `root` with its size, sorted by path, skipping folders named in `skip`. */
export function listFileSizes(root: string, skip: readonly string[] = []): FileSize[] {
  const out: FileSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        if (!skip.includes(relative(root, full))) walk(full);
      } else out.push({ path: relative(root, full), bytes: stat.size });
    }
  };
  walk(root);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The page template a built page comes from: its first path segment, the rest generalised. */
export function templateOf(page: string): string {
  const parts = page
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return '/';
  return `/${parts.map((p, i) => (i === 0 ? p : ':x')).join('/')}/`;
}

/** Gzip size of some bytes, as a server would send them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Script files a page loads at start (its script src, with the modules those import
 * statically; dynamic import() loads later, on use), as site paths. Pagefind's own
 * files, fetched on first search, are listed apart.
 */
export function pageScripts(dist: string, html: string): { loaded: string[]; pagefind: string[] } {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !src.startsWith('/')) return;
    let code: string;
    try {
      code = readFileSync(join(dist, src), 'utf8');
    } catch {
      return;
    }
    seen.add(src);
    // Vite writes static imports as `import"./x.js"` or `from"./x.js"`.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g))
      visit(posix.join(posix.dirname(src), m[1]!));
  };
  srcs.filter((s) => !s.startsWith('/pagefind/')).forEach(visit);
  return { loaded: [...seen], pagefind: srcs.filter((s) => s.startsWith('/pagefind/')) };
}

/** Gzip bytes of JavaScript a page loads before interaction. */
export function pageScriptBytes(dist: string, html: string): number {
  return pageScripts(dist, html).loaded.reduce((sum, src) => sum + gzipSize(readFileSync(join(dist, src))), 0);
}

/** Decodes the entities Astro writes in text and attribute values. */
export function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
