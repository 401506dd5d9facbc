/**
 * Lighthouse (mobile, its default form factor) on pages of a built site, served locally
 * and audited with Debian's Chromium. Scores are 0–100, as Lighthouse shows them.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStaticServer } from '../lib/static-server.mjs';

const run = promisify(execFile);

export interface LighthouseScores {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/**
 * Audits each page in turn (one at a time: the machine has two cores and parallel
 * audits would spoil each other's performance scores). The server runs in this process,
 * so Lighthouse is started asynchronously.
 */
export async function lighthouse(
  dist: string,
  pages: ReadonlyArray<{ page: string; path: string }>,
  outDir: string,
  log: (m: string) => void,
): Promise<LighthouseScores[]> {
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer(dist, 0);
  const out: LighthouseScores[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      const report = join(outDir, `lighthouse-${i + 1}.json`);
      log(`lighthouse ${p.path}`);
      await run(
        join('node_modules', '.bin', 'lighthouse'),
        [
          new URL(p.path, server.url).href,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        {
          env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 300_000,
        },
      );
      const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> };
      const score = (c: (typeof CATEGORIES)[number]) => Math.round((json.categories[c]?.score ?? 0) * 100);
      out.push({
        ...p,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
  } finally {
    await server.close();
  }
  return out;
}
