/**
 * Pages do not grow with the area: builds a fixture area of the published data plus a
 * second borough's May-2022 wards (real boundaries, generated counts) and compares the
 * first borough's ward pages with the published build in dist/. Only the words that name
 * the area's size, the ranks and the average ward may change: a few hundred bytes, never
 * the second borough's wards.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import { readSourceCsv } from '../../scripts/import/lib';
import { boroughNames, boundaryFiles } from '../../scripts/import/boroughs';
import { buildWardTopology } from '../../scripts/import/ward-topology';
import { londonWards, wardRows } from '../../scripts/bench/fixture-wards';
import { crimeProfile, writeWardCrime } from '../../scripts/bench/fixture-crime';
import type { WardCrimeRow } from '../../scripts/import/ward-crime-lib';
import { toCsv } from '../../src/core/csv-format';
import { boundariesOf, wardTopology } from '../../src/lib/wards/topology';
import { boroughsTable, wardCrimeNewTable, wardsTable, WARD_TOPOLOGY_PATHS } from '../../src/schemas/wards';

/** Most a first-borough ward page may change by when a second borough joins the area. */
const MAX_CHANGE_BYTES = 400;

const root = join('.tmp', 'borough-scale');
const data = join(root, 'data');
const content = join(root, 'content');
/** The region both boroughs lie in, so the area holds the second borough's wards. */
const REGION = 'E12000007';
const dist = join(root, 'dist');
const published = readSourceCsv(join('data', wardsTable.path)).filter((w) => w.ward_set === '2022').map((w) => ({ ward_code: w.ward_code!, borough_code: w.borough_code! }));
let added: string[] = [];

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('data', data, { recursive: true });
  // The same site, its area widened to the region (names kept, so the pages' words stay the same).
  cpSync('content', content, { recursive: true });
  const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8'));
  writeFileSync(join(content, 'site.json'), `${JSON.stringify({ ...site, area: { ...site.area, code: REGION } }, null, 2)}\n`);
  // The second borough: the first other borough in the May-2022 boundary file, by code.
  const mine = new Set(published.map((w) => w.borough_code));
  const london = londonWards();
  const other = [...new Set(london.map((w) => w.borough))].sort().find((b) => !mine.has(b))!;
  const extra = london.filter((w) => w.borough === other);
  added = extra.map((w) => w.code);

  // Boundaries: the published wards as they are, with the new borough's beside them.
  const own = boundariesOf(wardTopology('2022', 'data')).map((b) => ({ code: b.id, name: b.properties.name, geometry: b.geometry }));
  writeFileSync(join(data, WARD_TOPOLOGY_PATHS['2022']), buildWardTopology([...own, ...extra], Number.POSITIVE_INFINITY).text);
  appendFileSync(join(data, wardsTable.path), toCsv(Object.keys(wardsTable.fields), wardRows(extra)).replace(/^[^\n]*\n/, ''));
  const files = boundaryFiles();
  const codes = readSourceCsv(join(data, wardsTable.path)).map((w) => w.borough_code!);
  writeFileSync(join(data, boroughsTable.path), toCsv(['borough_code', 'borough_name', 'source_id'], boroughNames(files, codes)));
  // Counts for the new wards, generated around the published wards' own means.
  const real = readSourceCsv(join('data', wardCrimeNewTable.path)).map((r) => ({ ...r, count: Number(r.count) }) as unknown as WardCrimeRow);
  const extraCrime = join(root, 'extra-crime.csv');
  writeWardCrime(extraCrime, added, crimeProfile(real));
  appendFileSync(join(data, wardCrimeNewTable.path), readFileSync(extraCrime, 'utf8').replace(/^[^\n]*\n/, ''));

  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data, PORTAL_DIST: dist, PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1' },
  });
  if (r.status !== 0) throw new Error(`fixture area did not build:\n${r.stdout}\n${r.stderr}`);
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a ward page, when a second borough joins the area', () => {
  it('changes by no more than a few hundred bytes', () => {
    expect(added.length).toBeGreaterThan(0);
    const changes = published.map((w) => {
      const page = join('wards', w.ward_code, 'index.html');
      return { code: w.ward_code, bytes: statSync(join(dist, page)).size - statSync(join(DIST, page)).size };
    });
    const worst = changes.reduce((a, b) => (Math.abs(b.bytes) > Math.abs(a.bytes) ? b : a));
    expect(Math.abs(worst.bytes), `ward ${worst.code} page changed by ${worst.bytes} bytes`).toBeLessThanOrEqual(MAX_CHANGE_BYTES);
  });

  it('never draws or links the other borough\'s wards', () => {
    const other = new RegExp(added.join('|'));
    for (const w of published) expect(other.test(readFileSync(join(dist, 'wards', w.ward_code, 'index.html'), 'utf8')), w.ward_code).toBe(false);
  });

  it('gives each borough a page of its own wards, and the new wards pages of their own', () => {
    const pages = published.slice(0, 1).map((w) => readFileSync(join(dist, 'wards', 'boroughs', w.borough_code, 'index.html'), 'utf8'));
    for (const code of published.map((w) => w.ward_code)) expect(pages[0]).toContain(`/wards/${code}/`);
    for (const code of added) expect(statSync(join(dist, 'wards', code, 'index.html')).size).toBeGreaterThan(0);
  });
});
