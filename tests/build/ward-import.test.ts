/**
 * Re-running the ward imports on the same raw files writes exactly the committed bytes.
 * Needs the raw public files (../shared/data-sources or PORTAL_SOURCES_DIR); where they
 * are not present, as on a machine with only the repository, the test says so and skips.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourcesDir } from '../../scripts/import/lib';
import { main as boundaries } from '../../scripts/import/ward-boundaries';
import { main as crimeOld } from '../../scripts/import/mps-ward-crime-2020-2022';
import { main as crimeNew } from '../../scripts/import/mps-ward-crime-2023-2026';
import { main as policeUk } from '../../scripts/import/policeuk-wards';
import { main as population } from '../../scripts/import/ward-population';
import { clearTableCache } from '../../src/core/load';

const haveSources = existsSync(join(sourcesDir(), 'ward-boundaries-2022-wd22'));
const out = mkdtempSync(join(tmpdir(), 'ward-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.runIf(haveSources)('ward imports', () => {
  it('write the same bytes as the committed data', () => {
    const before = process.env.PORTAL_DATA_DIR;
    process.env.PORTAL_DATA_DIR = out;
    try {
      for (const run of [boundaries, crimeOld, crimeNew, policeUk, population]) run();
    } finally {
      if (before === undefined) delete process.env.PORTAL_DATA_DIR;
      else process.env.PORTAL_DATA_DIR = before;
      clearTableCache();
    }
    const written = [...readdirSync(join(out, 'wards')).map((f) => `wards/${f}`), ...readdirSync(join(out, 'geo')).map((f) => `geo/${f}`)].sort();
    expect(written).toEqual([
      'geo/wards-2002-2022.topojson', 'geo/wards-2022.topojson', 'wards/crime-monthly-2002-2022-wards.csv', 'wards/crime-monthly-2022-wards.csv',
      'wards/overlaps.csv', 'wards/policeuk-monthly.csv', 'wards/population.csv', 'wards/wards.csv',
    ]);
    for (const f of written) expect(readFileSync(join(out, f)).equals(readFileSync(join('data', f))), f).toBe(true);
  });
});

describe.skipIf(haveSources)('ward imports without raw files', () => {
  it(`cannot be re-run here: ${sourcesDir()} is missing`, () => {
    expect(haveSources).toBe(false);
  });
});
