/** Measuring what a built page makes the browser download before any interaction. */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DIST } from './dist';

/** Gzip size of some bytes, as a server would send them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Script files a page loads at start (script src), with the modules they import statically. */
export function pageScripts(html: string): { loaded: string[]; pagefind: string[] } {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
  const pagefind = srcs.filter((s) => s.startsWith('/pagefind/'));
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !src.startsWith('/')) return;
    seen.add(src);
    const file = join(DIST, src);
    if (!existsSync(file)) return;
    const code = readFileSync(file, 'utf8');
    // Vite writes static imports as `import"./x.js"` or `from"./x.js"`; dynamic import() loads later, on use.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(posix.join(posix.dirname(src), m[1]!));
  };
  srcs.filter((s) => !s.startsWith('/pagefind/')).forEach(visit);
  return { loaded: [...seen], pagefind };
}

/** Total gzip bytes of the given site paths. */
export function gzipTotal(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSize(readFileSync(join(DIST, p))), 0);
}
