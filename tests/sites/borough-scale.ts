/**
 * Two small wards-only portals whose area is the London region, for
 * tests/build/borough-scale.test.ts: `one` holds the published borough's wards alone, `two`
 * the same wards plus a second borough's May-2022 wards (real boundaries from the
 * London-wide file, generated counts and residents).
 *
 * To stay fast, both keep only the last two months of the May-2022 ward series and the
 * last month of the 2002–2022 one (every month is a map view of its own), and every
 * section but the wards is switched off, its tables left with their header row.
 *
 * `two` also publishes its tables in parts (src/lib/catalogue/parts.ts) over a size far
 * below the real one, PARTS_TEST_BYTES, so that its larger ward tables are split by
 * borough as a London build's are (tests/build/table-parts.test.ts).
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceCsv } from '../../scripts/import/lib';
import { boroughNames, boundaryFiles } from '../../scripts/import/geography/boroughs';
import { buildWardTopology } from '../../scripts/import/geography/ward-topology';
import { londonWards, wardRows } from '../../scripts/bench/fixture-wards';
import { crimeProfile, writeWardCrime } from '../../scripts/bench/fixture-crime';
import { writeWardsOnlySite } from '../../scripts/bench/wards-only';
import type { WardCrimeRow } from '../../scripts/import/mps/ward-crime-lib';
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
import type { VariantSite } from './site';

/** The region both boroughs lie in: an area that can hold more than one borough. */
const REGION = 'E12000007';

/**
 * Build two's tables over this many bytes of CSV are published in parts: its May-2022 ward
 * crime table (two boroughs) is over it; its wards and populations are under it.
 */
export const PARTS_TEST_BYTES = 100_000;

/** The folders of the two builds, and the content they share. */
export function boroughScaleFolders(dir: string) {
  const at = (name: string) => ({
    data: join(dir, name, 'data'),
    dist: join(dir, name, 'dist'),
    astro: join(dir, name, 'astro'),
  });
  return { content: join(dir, 'content'), one: at('one'), two: at('two') };
}

/** Keeps the rows of a CSV whose month is one of `months` (month is the third column, after two comma-free codes). */
function keepMonths(file: string, months: ReadonlySet<string>): void {
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, `${[header, ...rows.filter((r) => months.has(r.split(',', 3)[2]!))].join('\n')}\n`);
}

/** The last `n` months a ward crime file holds. */
function lastMonths(file: string, n: number): Set<string> {
  const rows = readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);
  return new Set([...new Set(rows.map((r) => r.split(',', 3)[2]!))].sort().slice(-n));
}

export const boroughScale: VariantSite = {
  name: 'borough-scale',
  projects: ['build', 'browser'],
  rawFiles: true,
  async make({ dir, build, script, note }) {
    const { content, one, two } = boroughScaleFolders(dir);
    // The second borough's boundaries are kept at source detail, over the published topology budget.
    const lifted = { PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1', PORTAL_CONTENT_DIR: content };
    // Build one's data: the published site with its area widened to the region (names kept,
    // so the pages' words stay the same) and the wards section alone on, over a few months.
    writeWardsOnlySite({ content, data: one.data }, { code: REGION });
    const newMonths = lastMonths(join(one.data, wardCrimeNewTable.path), 2);
    keepMonths(join(one.data, wardCrimeNewTable.path), newMonths);
    keepMonths(join(one.data, wardCrimeOldTable.path), lastMonths(join(one.data, wardCrimeOldTable.path), 1));
    await script('datapackage', 'scripts/datapackage.ts', { ...lifted, PORTAL_DATA_DIR: one.data });
    const builtOne = build('build one', { ...one, content }, lifted);

    // Build two's data: the same, plus the smallest other borough with MPS figures (not the
    // City of London, which the City of London Police covers).
    cpSync(one.data, two.data, { recursive: true });
    const mine = new Set(readSourceCsv(join('data', wardsTable.path)).map((w) => w.borough_code!));
    const london = londonWards();
    const size = (b: string) => london.filter((w) => w.borough === b).length;
    const other = [...new Set(london.map((w) => w.borough))]
      .filter((b) => !mine.has(b) && b !== 'E09000001')
      .sort((a, b) => size(a) - size(b) || (a < b ? -1 : 1))[0]!;
    const extra = london.filter((w) => w.borough === other);
    const added = extra.map((w) => w.code);
    note('added', added);
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
    const extraCrime = join(dir, 'extra-crime.csv');
    writeWardCrime(extraCrime, added, crimeProfile(real));
    keepMonths(extraCrime, newMonths);
    appendFileSync(join(two.data, wardCrimeNewTable.path), readFileSync(extraCrime, 'utf8').replace(/^[^\n]*\n/, ''));
    await builtOne;
    await build('build two', { ...two, content }, { ...lifted, PORTAL_PARTS_OVER_BYTES: String(PARTS_TEST_BYTES) });
  },
};
