/**
 * Pages do not grow with the area. Two small builds of a wards-only portal whose area is
 * the London region: the first holds the published borough's wards alone, the second the
 * same wards plus a second borough's May-2022 wards (real boundaries from the London-wide
 * file, generated counts and residents). The first borough's ward pages may differ only
 * by the words that name the area's size, the ranks and the average ward: a few hundred
 * bytes, never the second borough's wards.
 *
 * To stay fast, both builds keep only the last two months of the May-2022 ward series and
 * the last month of the 2002–2022 one (every month is a map view of its own), and every
 * section but the wards is switched off, its tables left with their header row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readSourceCsv } from '../../scripts/import/lib';
import { boroughNames, boundaryFiles } from '../../scripts/import/boroughs';
import { buildWardTopology } from '../../scripts/import/ward-topology';
import { londonWards, wardRows } from '../../scripts/bench/fixture-wards';
import { crimeProfile, writeWardCrime } from '../../scripts/bench/fixture-crime';
import { writeWardsOnlySite } from '../../scripts/bench/wards-only';
import type { WardCrimeRow } from '../../scripts/import/ward-crime-lib';
import { toCsv } from '../../src/core/csv-format';
import { boundariesOf, wardTopology } from '../../src/lib/wards/topology';
import {
  boroughsTable,
  wardCrimeNewTable,
  wardCrimeOldTable,
  wardPopulationTable,
  wardsTable,
  WARD_TOPOLOGY_PATHS,
} from '../../src/schemas/wards';

/** Most a first-borough ward page may change by when a second borough joins the area. */
const MAX_CHANGE_BYTES = 400;
/** The region both boroughs lie in: an area that can hold more than one borough. */
const REGION = 'E12000007';

// Inside the project: the build renames its output into place, which cannot cross file systems.
const root = join('.tmp', `borough-scale-${process.pid}`);
const content = join(root, 'content');
const one = { data: join(root, 'one', 'data'), dist: join(root, 'one', 'dist') };
const two = { data: join(root, 'two', 'data'), dist: join(root, 'two', 'dist') };
const envOf = (b: typeof one) => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_DATA_DIR: b.data,
  PORTAL_DIST: b.dist,
  // The second borough's boundaries are kept at source detail, over the published topology budget.
  PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1',
});
const first = readSourceCsv(join('data', wardsTable.path)).map((w) => ({
  code: w.ward_code!,
  set: w.ward_set!,
  borough: w.borough_code!,
}));
let added: string[] = [];
const runs: Array<ReturnType<typeof spawnSync>> = [];

/** Keeps the rows of a CSV whose month is one of `months` (month is the third column, after two comma-free codes). */
function keepMonths(file: string, months: ReadonlySet<string>): void {
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, `${[header, ...rows.filter((r) => months.has(r.split(',', 3)[2]!))].join('\n')}\n`);
}

/** The last `n` months a ward crime file holds. */
function lastMonths(file: string, n: number): Set<string> {
  const months = [
    ...new Set(
      readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((r) => r.split(',', 3)[2]!),
    ),
  ].sort();
  return new Set(months.slice(-n));
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  // Build one's data: the published site with its area widened to the region (names kept,
  // so the pages' words stay the same) and the wards section alone on, over a few months.
  writeWardsOnlySite({ content, data: one.data }, { code: REGION });
  const newMonths = lastMonths(join(one.data, wardCrimeNewTable.path), 2);
  keepMonths(join(one.data, wardCrimeNewTable.path), newMonths);
  keepMonths(join(one.data, wardCrimeOldTable.path), lastMonths(join(one.data, wardCrimeOldTable.path), 1));
  runs.push(spawnSync('node_modules/.bin/tsx', ['scripts/datapackage.ts'], { env: envOf(one), encoding: 'utf8' }));

  // Build two's data: the same, plus the smallest other borough with MPS figures (not the
  // City of London, which the City of London Police covers).
  cpSync(one.data, two.data, { recursive: true });
  const mine = new Set(first.map((w) => w.borough));
  const london = londonWards();
  const size = (b: string) => london.filter((w) => w.borough === b).length;
  const other = [...new Set(london.map((w) => w.borough))]
    .filter((b) => !mine.has(b) && b !== 'E09000001')
    .sort((a, b) => size(a) - size(b) || (a < b ? -1 : 1))[0]!;
  const extra = london.filter((w) => w.borough === other);
  added = extra.map((w) => w.code);
  const own = boundariesOf(wardTopology('2022', one.data)).map((b) => ({
    code: b.id,
    name: b.properties.name,
    geometry: b.geometry,
  }));
  writeFileSync(
    join(two.data, WARD_TOPOLOGY_PATHS['2022']),
    buildWardTopology([...own, ...extra], Number.POSITIVE_INFINITY).text,
  );
  appendFileSync(
    join(two.data, wardsTable.path),
    toCsv(Object.keys(wardsTable.fields), wardRows(extra)).replace(/^[^\n]*\n/, ''),
  );
  const codes = readSourceCsv(join(two.data, wardsTable.path)).map((w) => w.borough_code!);
  writeFileSync(
    join(two.data, boroughsTable.path),
    toCsv(['borough_code', 'borough_name', 'source_id'], boroughNames(boundaryFiles(), codes)),
  );
  // Residents for the new wards (taken in turn from the published wards), so the rate views stay.
  const residents = readSourceCsv(join('data', wardPopulationTable.path)).filter((p) => p.ward_set === '2022');
  appendFileSync(
    join(two.data, wardPopulationTable.path),
    toCsv<Record<string, string>>(
      Object.keys(wardPopulationTable.fields),
      added.map((code, i) => ({ ...residents[i % residents.length]!, ward_code: code })),
    ).replace(/^[^\n]*\n/, ''),
  );
  // Counts for the new wards, generated around the published wards' own means.
  const real = readSourceCsv(join('data', wardCrimeNewTable.path)).map(
    (r) => ({ ...r, count: Number(r.count) }) as unknown as WardCrimeRow,
  );
  const extraCrime = join(root, 'extra-crime.csv');
  writeWardCrime(extraCrime, added, crimeProfile(real));
  keepMonths(extraCrime, newMonths);
  appendFileSync(join(two.data, wardCrimeNewTable.path), readFileSync(extraCrime, 'utf8').replace(/^[^\n]*\n/, ''));

  // One build at a time: each starts by clearing the project's Astro cache.
  for (const b of [one, two])
    runs.push(spawnSync(process.execPath, ['scripts/build.mjs'], { env: envOf(b), encoding: 'utf8' }));
}, 600_000);

afterAll(() => {
  if (!process.env.KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

const page = (b: typeof one, code: string) => join(b.dist, 'wards', code, 'index.html');

describe('a ward page, when a second borough joins the area', () => {
  it('builds both areas', () => {
    for (const r of runs) expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(added.length).toBeGreaterThan(0);
  });

  it('changes by no more than a few hundred bytes, in either ward set', () => {
    const changes = first.map((w) => ({
      code: w.code,
      bytes: statSync(page(two, w.code)).size - statSync(page(one, w.code)).size,
    }));
    const worst = changes.reduce((a, b) => (Math.abs(b.bytes) > Math.abs(a.bytes) ? b : a));
    expect(Math.abs(worst.bytes), `ward ${worst.code} page changed by ${worst.bytes} bytes`).toBeLessThanOrEqual(
      MAX_CHANGE_BYTES,
    );
  });

  it("never draws or links the other borough's wards", () => {
    const other = new RegExp(added.join('|'));
    for (const w of first) expect(other.test(readFileSync(page(two, w.code), 'utf8')), w.code).toBe(false);
  });

  it('gives each borough a page of its own wards, and the new wards pages of their own', () => {
    const mine = readFileSync(join(two.dist, 'wards', 'boroughs', first[0]!.borough, 'index.html'), 'utf8');
    for (const w of first.filter((x) => x.set === '2022')) expect(mine).toContain(`/wards/${w.code}/`);
    expect(new RegExp(added.join('|')).test(mine)).toBe(false);
    for (const code of added) expect(statSync(page(two, code)).size).toBeGreaterThan(0);
  });
});
