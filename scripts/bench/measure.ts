/**
 * Measuring a build: wall time and peak memory (the largest process's peak resident
 * set, from GNU time), and the size of what it produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildMeasure {
  seconds: number;
  peakMemoryMb: number;
  pages: number;
  distMb: number;
  largestPage: { path: string; kb: number; gzipKb: number };
  /** Gzip KB of JavaScript each page template loads before interaction (the largest per template). */
  jsKbByTemplate: Record<string, number>;
  pagefindKb: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const f = join(dir, n); return statSync(f).isDirectory() ? files(f) : [f]; });
}

/** The page template a built page comes from: its path with codes and names generalised. */
export function templateOf(page: string): string {
  const parts = page.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return `/${parts.map((p, i) => (i === 0 ? p : ':x')).join('/')}/`;
}

/** JavaScript a page loads at start (script src plus static imports), gzip bytes. */
export function pageJsBytes(dist: string, html: string): number {
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !src.startsWith('/') || src.startsWith('/pagefind/')) return;
    seen.add(src);
    let code = '';
    try { code = readFileSync(join(dist, src), 'utf8'); } catch { return; }
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${src}`).pathname);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  return [...seen].reduce((sum, src) => { try { return sum + gzipSync(readFileSync(join(dist, src))).length; } catch { return sum; } }, 0);
}

/** Runs `node scripts/build.mjs` with the given environment under GNU time and measures the result. */
export function measureBuild(env: Record<string, string>, dist: string): BuildMeasure {
  mkdirSync(dirname(dist), { recursive: true }); // the build moves its output into place, so the parent must exist
  // GNU time writes to its own file, so the build's progress lines go straight to the console.
  const timeFile = `${dist}.time`;
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', 'BENCH %e %M', 'node', 'scripts/build.mjs'], { env: { ...process.env, ...env, PORTAL_DIST: dist }, stdio: ['ignore', 'inherit', 'inherit'] });
  const timed = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  rmSync(timeFile, { force: true });
  const m = /BENCH ([\d.]+) (\d+)/.exec(timed);
  if (r.status !== 0 || !m) {
    const spent = m ? `after ${m[1]} s, peak memory ${(Number(m[2]) / 1024).toFixed(0)} MB` : 'with no timing';
    throw new Error(`build exited with ${r.signal ?? `status ${r.status}`} ${spent} (its own output above says where it stopped)`);
  }
  const all = files(dist);
  const html = all.filter((f) => f.endsWith('.html'));
  let largest = { path: '', kb: 0, gzipKb: 0 };
  const js: Record<string, number> = {};
  for (const f of html) {
    const text = readFileSync(f);
    const rel = relative(dist, f);
    if (text.length / 1024 > largest.kb) largest = { path: rel, kb: text.length / 1024, gzipKb: gzipSync(text).length / 1024 };
    const t = templateOf(rel);
    js[t] = Math.max(js[t] ?? 0, pageJsBytes(dist, text.toString('utf8')) / 1024);
  }
  const size = (list: string[]) => list.reduce((s, f) => s + statSync(f).size, 0);
  return {
    seconds: Number(m[1]), peakMemoryMb: Number(m[2]) / 1024, pages: html.length, distMb: size(all) / 1024 / 1024,
    largestPage: largest, jsKbByTemplate: js, pagefindKb: size(all.filter((f) => relative(dist, f).startsWith('pagefind/'))) / 1024,
  };
}
