/**
 * Writes a benchmark data folder under `.tmp/bench/`: a copy of `data/` whose May-2022
 * ward set is every London ward (or twice that), with its boundaries, ward list and
 * generated crime counts. Everything else (the 2002–2022 wards, overlaps, borough
 * series, directory, strategies) stays as published, so the fixture passes the same
 * validation as the real data. Never written into `data/`, never published.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSourceCsv } from '../import/lib';
import type { WardCrimeRow } from '../import/mps/ward-crime-lib';
import { toCsv } from '../../src/core/csv-format';
import { boroughsTable, wardCrimeNewTable, wardsTable, WARD_TOPOLOGY_PATHS } from '../../src/schemas/wards';
import { boroughNames, boundaryFiles } from '../import/geography/boroughs';
import { doubled, fixtureTopology, londonWards, wardRows } from './fixture-wards';
import { crimeProfile, writeWardCrime } from './fixture-crime';

export interface Fixture {
  dataDir: string;
  wards: number;
  crimeRows: number;
  topologyKb: number;
}

const WARD_COLUMNS = [
  'ward_code',
  'ward_name',
  'ward_set',
  'borough_code',
  'area_hectares',
  'source_id',
  'source_section',
] as const;

/** Builds the fixture in `dir` (replacing anything there) from the published `data/`. */
export function writeFixture(dir: string, opts: { double: boolean }, log: (m: string) => void): Fixture {
  const dataDir = join(dir, 'data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('data', dataDir, { recursive: true });

  const london = londonWards();
  const wards = opts.double ? doubled(london) : london;
  log(`${wards.length} wards (${opts.double ? 'London twice, clones moved east' : 'every London ward'})`);

  const topo = fixtureTopology(wards);
  const topoFile = join(dataDir, WARD_TOPOLOGY_PATHS['2022']);
  writeFileSync(topoFile, topo.text);
  log(`boundaries: ${(topo.bytes / 1024).toFixed(0)} KB, ${topo.points} points`);

  // The ward list: the published 2002–2022 rows unchanged, then the fixture's May-2022 wards.
  const oldRows = readSourceCsv(join('data', wardsTable.path)).filter((r) => r.ward_set !== '2022');
  const rows = [...oldRows, ...wardRows(wards)];
  writeFileSync(join(dataDir, wardsTable.path), toCsv(WARD_COLUMNS, rows));
  // Borough names from the boundary files, as the boroughs import takes them.
  writeFileSync(
    join(dataDir, boroughsTable.path),
    toCsv(
      ['borough_code', 'borough_name', 'source_id'],
      boroughNames(
        boundaryFiles(),
        rows.map((r) => String(r.borough_code)),
      ),
    ),
  );

  const real = readSourceCsv(join('data', wardCrimeNewTable.path)).map(
    (r) => ({ ...r, count: Number(r.count) }) as unknown as WardCrimeRow,
  );
  const crimeFile = join(dataDir, wardCrimeNewTable.path);
  mkdirSync(dirname(crimeFile), { recursive: true });
  const crimeRows = writeWardCrime(
    crimeFile,
    wards.map((w) => w.code),
    crimeProfile(real),
  );
  log(`crime counts: ${crimeRows} rows (${(readFileSync(crimeFile).length / 1024 / 1024).toFixed(0)} MB)`);
  return { dataDir, wards: wards.length, crimeRows, topologyKb: topo.bytes / 1024 };
}
