/**
 * Measuring a build: wall time and peak memory (the largest process's peak resident
 * set, from GNU time), and the size of what it produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSize, listFiles, pageScriptBytes, templateOf } from '../lib/built-site';

export interface BuildMeasure {
  seconds: number;
  /** CPU time of the build and its child processes (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMemoryMb: number;
  pages: number;
  distMb: number;
  largestPage: { path: string; kb: number; gzipKb: number };
  /** Gzip KB of JavaScript each page template loads before interaction (the largest per template). */
  jsKbByTemplate: Record<string, number>;
  pagefindKb: number;
}

/** Runs `node scripts/build.mjs` (a local preview build: the benchmark never publishes) with the given environment under GNU time and measures the result. */
export function measureBuild(env: Record<string, string>, dist: string): BuildMeasure {
  mkdirSync(dirname(dist), { recursive: true }); // the build moves its output into place, so the parent must exist
  // GNU time writes to its own file, so the build's progress lines go straight to the console.
  const timeFile = `${dist}.time`;
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', 'BENCH %e %M %U %S', 'node', 'scripts/build.mjs'], {
    env: {
      ...process.env,
      PORTAL_PREVIEW_URL: process.env.PORTAL_PREVIEW_URL ?? 'http://127.0.0.1:4321',
      ...env,
      PORTAL_DIST: dist,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const timed = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  rmSync(timeFile, { force: true });
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(timed);
  if (r.status !== 0 || !m) {
    const spent = m ? `after ${m[1]} s, peak memory ${(Number(m[2]) / 1024).toFixed(0)} MB` : 'with no timing';
    throw new Error(
      `build exited with ${r.signal ?? `status ${r.status}`} ${spent} (its own output above says where it stopped)`,
    );
  }
  const all = listFiles(dist);
  const html = all.filter((f) => f.endsWith('.html'));
  let largest = { path: '', kb: 0, gzipKb: 0 };
  const js: Record<string, number> = {};
  for (const rel of html) {
    const text = readFileSync(join(dist, rel));
    if (text.length / 1024 > largest.kb) largest = { path: rel, kb: text.length / 1024, gzipKb: gzipSize(text) / 1024 };
    const t = templateOf(rel);
    js[t] = Math.max(js[t] ?? 0, pageScriptBytes(dist, text.toString('utf8')) / 1024);
  }
  const size = (list: string[]) => list.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
  return {
    seconds: Number(m[1]),
    cpuSeconds: Number(m[3]) + Number(m[4]),
    peakMemoryMb: Number(m[2]) / 1024,
    pages: html.length,
    distMb: size(all) / 1024 / 1024,
    largestPage: largest,
    jsKbByTemplate: js,
    pagefindKb: size(all.filter((f) => f.startsWith('pagefind/'))) / 1024,
  };
}
