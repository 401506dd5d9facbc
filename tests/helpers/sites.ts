/** Reading, in a test, a variant site the global setup made (tests/sites/, tests/setup/sites.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SiteName } from '../sites';
import { SITES_DIR, type SiteRecord } from '../sites/site';
import type { RunResult } from './build-site';

/** A made site: its folder, and what its making recorded. */
export interface BuiltSite extends SiteRecord {
  dir: string;
  /** The result of one step of its making, failing the test clearly when that step did not run. */
  step(name: string): RunResult;
  /** Fails the test, with the output, unless every step of the making succeeded (and each meant to fail failed). */
  expectMade(): void;
}

/**
 * The site `name` as this run's global setup made it. Throws when it was not made (PORTAL_SITES
 * left it out, or its test project is not running), saying so.
 */
export function builtSite(name: SiteName): BuiltSite {
  const dir = join(SITES_DIR, name);
  const file = join(dir, 'record.json');
  if (!existsSync(file))
    throw new Error(
      `the ${name} site was not made in this run: the global setup (tests/setup/sites.ts) makes it unless PORTAL_SITES leaves it out`,
    );
  const record = JSON.parse(readFileSync(file, 'utf8')) as SiteRecord;
  return {
    ...record,
    dir,
    step(step) {
      const r = record.steps[step];
      if (!r)
        throw new Error(`the ${name} site's making never ran "${step}"${record.error ? `: ${record.error}` : ''}`);
      return r;
    },
    expectMade() {
      expect(record.error, `making the ${name} site`).toBeUndefined();
      for (const [step, r] of Object.entries(record.steps))
        if (record.failing?.includes(step))
          expect(r.status, `${name}: ${step} was meant to fail\n${r.output}`).not.toBe(0);
        else expect(r.status, `${name}: ${step}\n${r.output}`).toBe(0);
    },
  };
}
