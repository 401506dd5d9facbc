/**
 * Measuring a build: wall time and peak memory (the largest process's peak resident
 * set, from GNU time), and the size of what it produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSize, listFileSizes, pageScriptBytes, templateOf, type FileSize } from '../lib/built-site';
import { hostLimitProblems, siteSize } from '../lib/host-limits';

export interface BuildMeasure {
  seconds: number;
  /** CPU time of the build and its child processes (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMemoryMb: number;
  pages: number;
  /** Every file of dist/, as a static host counts them. */
  files: number;
  /** Bytes of every file of dist/ together. */
  totalBytes: number;
  /** The same in MiB (2^20 bytes), as earlier runs recorded it. */
  distMb: number;
  /** The largest file of dist/. */
  largestFile: FileSize;
  /** Files and bytes by kind (the folder's template and the file's ending), largest first. */
  byKind: KindSize[];
  /** What keeps the site from a static host (scripts/lib/host-limits.ts); empty when it is within every limit. */
  hostProblems: string[];
  largestPage: { path: string; kb: number; gzipKb: number };
  /** Gzip KB of JavaScript each page template loads before interaction (the largest per template). */
  jsKbByTemplate: Record<string, number>;
  pagefindKb: number;
}

/** The files of one kind in a built site: `/wards/:x/ *.svg` is every ward folder's SVGs together. */
export interface KindSize {
  kind: string;
  files: number;
  bytes: number;
}

/** A file's kind: the template of its folder and its ending after the first dot of its name. */
export function kindOf(path: string): string {
  const parts = path.split('/');
  const name = parts.pop()!;
  const dot = name.indexOf('.', 1);
  return `${templateOf(`${parts.join('/')}/`)} *${dot === -1 ? '' : name.slice(dot)}`;
}

/** Files and bytes by kind, the largest first. */
export function sizesByKind(files: readonly FileSize[]): KindSize[] {
  const kinds = new Map<string, KindSize>();
  for (const f of files) {
    const kind = kindOf(f.path);
    const k = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
    k.files += 1;
    k.bytes += f.bytes;
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
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
  const sized = listFileSizes(dist);
  const all = sized.map((f) => f.path);
  const html = all.filter((f) => f.endsWith('.html'));
  let largest = { path: '', kb: 0, gzipKb: 0 };
  const js: Record<string, number> = {};
  for (const rel of html) {
    const text = readFileSync(join(dist, rel));
    if (text.length / 1024 > largest.kb) largest = { path: rel, kb: text.length / 1024, gzipKb: gzipSize(text) / 1024 };
    const t = templateOf(rel);
    js[t] = Math.max(js[t] ?? 0, pageScriptBytes(dist, text.toString('utf8')) / 1024);
  }
  const total = siteSize(sized, 1);
  return {
    seconds: Number(m[1]),
    cpuSeconds: Number(m[3]) + Number(m[4]),
    peakMemoryMb: Number(m[2]) / 1024,
    pages: html.length,
    files: total.files,
    totalBytes: total.totalBytes,
    distMb: total.totalBytes / 1024 / 1024,
    largestFile: total.largest[0]!,
    byKind: sizesByKind(sized),
    hostProblems: hostLimitProblems(sized),
    largestPage: largest,
    jsKbByTemplate: js,
    pagefindKb: sized.filter((f) => f.path.startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0) / 1024,
  };
}
