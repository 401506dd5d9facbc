/**
 * Global setup of the build and browser projects: makes every variant site those projects
 * read (tests/sites/), once per test run however many projects ask, with at most two builds
 * or scripts running at a time (two cores; a build waits on the disk for part of its time),
 * and writes the index of the published site (tests/helpers/site-index.ts).
 *
 * PORTAL_SITES (names separated by commas; empty for none) makes only the sites named, for
 * running one test file while working on it. The sites stay in .tmp/sites/ after the run,
 * to be looked at, until the next run replaces them.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { VARIANT_SITES } from '../sites';
import { SITES_DIR, type SiteRecord, type SiteTools, type VariantSite } from '../sites/site';
import { build, run, type RunResult } from '../helpers/build-site';
import { SITE_INDEX_DIR, writeSiteIndex } from '../helpers/site-index';
import { missingRawFiles } from '../../scripts/lib/raw-files.mjs';

/** Runs `task`s at most `n` at a time, in the order they ask. */
function limiter(n: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Makes one site in its folder, recording every step (and any error) in its record.json. */
async function make(site: VariantSite, slot: ReturnType<typeof limiter>): Promise<void> {
  const dir = join(SITES_DIR, site.name);
  mkdirSync(dir, { recursive: true });
  const record: SiteRecord = { steps: {}, notes: {} };
  const recorded = (step: string, result: Promise<RunResult>) =>
    result.then((r) => {
      record.steps[step] = r;
      return r;
    });
  const tools: SiteTools = {
    dir,
    build: (step, folders, extra) =>
      recorded(
        step,
        slot(() => build(folders, extra)),
      ),
    script: (step, file, env, args = [], options = {}) => {
      if (options.failing) (record.failing ??= []).push(step);
      return recorded(
        step,
        slot(() =>
          file.endsWith('.ts')
            ? run(join('node_modules', '.bin', 'tsx'), [file, ...args], { ...process.env, ...env })
            : run(process.execPath, [file, ...args], { ...process.env, ...env }),
        ),
      );
    },
    note: (name, value) => (record.notes[name] = value),
  };
  const started = Date.now();
  try {
    if (site.rawFiles && missingRawFiles().length)
      throw new Error(`needs the raw public files, and these are missing: ${missingRawFiles().join(', ')}`);
    await site.make(tools);
  } catch (e) {
    record.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  writeFileSync(join(dir, 'record.json'), JSON.stringify(record));
  const failed =
    record.error ??
    Object.entries(record.steps).find(([step, r]) => (r.status !== 0) !== (record.failing ?? []).includes(step))?.[0];
  console.log(
    `site ${site.name}: ${failed ? `FAILED at ${failed.split('\n')[0]}` : 'made'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The sites the running projects read, less any PORTAL_SITES leaves out. */
function wanted(projects: readonly string[]): VariantSite[] {
  const only = process.env.PORTAL_SITES?.split(',').map((s) => s.trim());
  return VARIANT_SITES.filter(
    (s) => s.projects.some((p) => projects.includes(p)) && (only === undefined || only.includes(s.name)),
  );
}

const state = globalThis as { portalSites?: Promise<void> };

/**
 * Moves a folder out of the way and deletes it in the background, so the run need not wait,
 * with any an interrupted run left.
 */
function discard(dir: string): Promise<unknown> {
  const old = `${dir}-old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  const left = readdirSync(dirname(dir)).filter((name) => name.startsWith(`${basename(dir)}-old-`));
  return Promise.all(left.map((name) => rm(join(dirname(dir), name), { recursive: true, force: true })));
}

export async function setup(project: TestProject): Promise<void> {
  // Both projects list this setup; the first to start makes every site either reads.
  state.portalSites ??= (async () => {
    mkdirSync(dirname(SITES_DIR), { recursive: true });
    const discarding = Promise.all([discard(SITES_DIR), discard(SITE_INDEX_DIR)]);
    const slot = limiter(Number(process.env.PORTAL_SITE_BUILDS ?? 2));
    const making = Promise.all(wanted(project.vitest.projects.map((p) => p.name)).map((s) => make(s, slot)));
    // While the first builds run: the index every whole-site check of dist/ reads.
    writeSiteIndex();
    await Promise.all([making, discarding]);
  })();
  await state.portalSites;
}
