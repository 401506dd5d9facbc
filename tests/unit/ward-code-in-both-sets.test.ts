/**
 * A ward left unchanged in May 2022 keeps its code, so the code is in both ward sets
 * (150 such codes across London). Fixture: the project's ward data with two 2002–2022
 * wards' codes replaced by the codes of the May 2022 wards they overlap most, everywhere
 * they appear, so each code is a ward of both sets. In the first pair the measured overlap
 * is set to 99.5% each way (the same ward); in the second to 40% (a different area under
 * the same code). The data is accepted, each ward keeps its own figures, and the two get
 * pages and downloads at distinct addresses that link each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useDataCopy } from '../helpers/data-copy';
import Papa from 'papaparse';
import { overlapRows } from '../../scripts/import/geography/ward-boundaries';
import { wardPageHref } from '../../src/lib/wards/paths';

const data = useDataCopy('ward-code-both');
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(data, file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;

const wardRows = csv('wards/wards.csv');
const asbCodes = new Set(csv('wards/policeuk-monthly.csv').map((r) => r.ward_code));
const overlapRowsBefore = csv('wards/overlaps.csv');
/** [2002–2022 code, May 2022 code]: each May 2022 ward with the 2002–2022 ward (with police.uk records) overlapping it most, overlapping both ways. */
const pairs: Array<[string, string]> = [];
for (const w of wardRows.filter((r) => r.ward_set === '2022')) {
  const best = overlapRowsBefore
    .filter(
      (o) =>
        o.ward_code === w.ward_code &&
        asbCodes.has(o.other_ward_code) &&
        !pairs.some((p) => p[0] === o.other_ward_code),
    )
    .filter((o) =>
      overlapRowsBefore.some((b) => b.ward_code === o.other_ward_code && b.other_ward_code === w.ward_code),
    )
    .sort((a, b) => Number(b.share_of_ward) - Number(a.share_of_ward))[0];
  if (best) pairs.push([best.other_ward_code!, w.ward_code!]);
  if (pairs.length === 2) break;
}
const [[oldCode, code], [oldCode2, code2]] = pairs as [[string, string], [string, string]];
for (const dir of ['wards', 'geo']) {
  for (const f of readdirSync(join(data, dir))) {
    const path = join(data, dir, f);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(oldCode, code).replaceAll(oldCode2, code2));
  }
}
const overlapFile = join(data, 'wards', 'overlaps.csv');
const overlapsParsed = Papa.parse<Record<string, string>>(readFileSync(overlapFile, 'utf8'), {
  header: true,
  skipEmptyLines: true,
});
for (const r of overlapsParsed.data) {
  if (r.ward_code === r.other_ward_code) r.share_of_ward = r.ward_code === code ? '99.5' : '40';
}
writeFileSync(
  overlapFile,
  `${Papa.unparse(overlapsParsed.data, { columns: overlapsParsed.meta.fields, newline: '\n' })}\n`,
);

type Lib = typeof import('../../src/lib/wards');
let lib: Lib;
let page: typeof import('../../src/lib/wards/page');
let charts: typeof import('../../src/lib/wards/charts');
let csvRoute: typeof import('../../src/pages/wards/[code]/[file].csv');
let geoRoute: typeof import('../../src/pages/wards/[code]/[file].geojson');

beforeAll(async () => {
  lib = await import('../../src/lib/wards');
  page = await import('../../src/lib/wards/page');
  charts = await import('../../src/lib/wards/charts');
  csvRoute = await import('../../src/pages/wards/[code]/[file].csv');
  geoRoute = await import('../../src/pages/wards/[code]/[file].geojson');
});

describe('a ward code in both ward sets', () => {
  it('is accepted once per set, each ward with its own name, area and population', () => {
    const [before, after] = [lib.wardOf('2002-2022', code)!, lib.wardOf('2022', code)!];
    const row = (set: string) =>
      wardRows.find((w) => w.ward_set === set && w.ward_code === (set === '2022' ? code : oldCode))!;
    expect([before.name, before.areaHectares]).toEqual([
      row('2002-2022').ward_name,
      Number(row('2002-2022').area_hectares),
    ]);
    expect([after.name, after.areaHectares]).toEqual([row('2022').ward_name, Number(row('2022').area_hectares)]);
    const population = csv('wards/population.csv');
    for (const w of [before, after])
      expect(w.population).toBe(
        Number(population.find((p) => p.ward_code === code && p.ward_set === w.set)!.population),
      );
    expect(
      lib
        .allWards()
        .filter((w) => w.code === code)
        .map((w) => w.set),
    ).toEqual(['2002-2022', '2022']);
  });

  it('gives the two wards pages at distinct addresses that link each other; every other page stays at its code', () => {
    const [before, after] = [lib.wardOf('2002-2022', code)!, lib.wardOf('2022', code)!];
    expect(wardPageHref(after)).toBe(`/wards/${code}/`);
    expect(wardPageHref(before)).toBe(`/wards/${code}-before-may-2022/`);
    expect(lib.wardWithSameCode(before)).toBe(after);
    expect(lib.wardWithSameCode(after)).toBe(before);
    const shared = new Set([code, code2]);
    const others = lib.allWards().filter((w) => !shared.has(w.code));
    expect(others.every((w) => wardPageHref(w) === `/wards/${w.code}/` && lib.wardWithSameCode(w) === undefined)).toBe(
      true,
    );
    const pages = lib.allWards().map((w) => wardPageHref(w));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('calls two wards with one code the same ward only where the boundaries agree', () => {
    const same = page.sameCodeInOtherSet(lib.wardOf('2002-2022', code)!)!;
    expect([same.ward, same.same, same.overlap?.share, same.overlap?.otherShare]).toEqual([
      lib.wardOf('2022', code),
      true,
      99.5,
      99.5,
    ]);
    expect(page.sameCodeInOtherSet(lib.wardOf('2022', code)!)!.same).toBe(true);
    const different = page.sameCodeInOtherSet(lib.wardOf('2022', code2)!)!;
    expect([different.ward, different.same, different.overlap?.share]).toEqual([
      lib.wardOf('2002-2022', code2),
      false,
      40,
    ]);
  });

  it("keeps each ward's own figures in its downloads, at its own address", () => {
    for (const set of ['2002-2022', '2022'] as const) {
      const w = lib.wardOf(set, code)!;
      const slug = set === '2022' ? code : `${code}-before-may-2022`;
      for (const c of charts.wardCharts(w)) {
        expect(c.key.startsWith(`wards/${slug}/${slug}-`), c.key).toBe(true);
        expect(c.page).toBe(`/wards/${slug}/`);
      }
      const trend = charts.wardCharts(w).find((c) => c.anchor === 'trend')!;
      expect(trend.table.context?.ward_set).toBe(set);
      // All-crime counts each month are the sum of that set's file's rows for the code.
      const file = set === '2022' ? 'wards/crime-monthly-2022-wards.csv' : 'wards/crime-monthly-2002-2022-wards.csv';
      const expected = new Map<string, number>();
      for (const r of csv(file).filter((r) => r.ward_code === code))
        expected.set(r.month!, (expected.get(r.month!) ?? 0) + Number(r.count));
      const allCrime = trend.table.rows.filter((r) => expected.has(String(r.month)));
      expect(allCrime.length).toBe(expected.size);
      for (const r of allCrime) expect(r.offences).toBe(expected.get(String(r.month)));
      // data.police.uk anti-social behaviour is counted on the 2002–2022 wards only.
      expect(charts.wardCharts(w).some((c) => c.anchor === 'asb')).toBe(set === '2002-2022');
      expect(JSON.parse(page.wardGeoJson(w)).features[0].properties.ward_set).toBe(set);
      // Overlaps and neighbours resolve within the right sets.
      expect(page.overlaps(w).every((o) => o.ward.set !== set)).toBe(true);
      expect(page.neighbours(w).every((n) => n.set === set)).toBe(true);
    }
  });

  it('routes every download to a distinct file', () => {
    const paths = [...csvRoute.getStaticPaths(), ...geoRoute.getStaticPaths()].map(
      (p) => `${p.params.code}/${p.params.file}`,
    );
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(`${code}-before-may-2022/${code}-before-may-2022-trend`);
    expect(paths).toContain(`${code}/${code}-trend`);
    expect(paths).toContain(`${code}-before-may-2022/${code}-before-may-2022-boundary`);
  });

  it('names in each downloaded CSV the ward it is about, with its set', async () => {
    for (const [slug, set] of [
      [`${code}-before-may-2022`, '2002-2022'],
      [code, '2022'],
    ] as const) {
      const route = csvRoute.getStaticPaths().find((p) => p.params.file === `${slug}-trend`)!;
      const res = (await csvRoute.GET({ props: route.props, params: route.params } as never)) as Response;
      const rows = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data;
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => `${r.ward_code} ${r.ward_set} ${r.ward_name}`))).toEqual(
        new Set([`${code} ${set} ${lib.wardOf(set, code)!.name}`]),
      );
    }
  });
});

describe('overlaps measured by the ward boundary import', () => {
  it("takes each ward's own area when its code is in both sets", () => {
    // Old ward A is 200 m × 100 m; the new ward with the same code covers its western half.
    const rect = (x0: number, x1: number) => [
      [
        [
          [x0, 0],
          [x1, 0],
          [x1, 100],
          [x0, 100],
          [x0, 0],
        ] as const,
      ],
    ];
    const planar = new Map([
      ['2002-2022', [{ code: 'E05000001', shape: rect(0, 200) }]],
      [
        '2022',
        [
          { code: 'E05000001', shape: rect(0, 100) },
          { code: 'E05000002', shape: rect(100, 200) },
        ],
      ],
    ]);
    const wards = [
      { ward_code: 'E05000001', ward_set: '2002-2022', area_hectares: 2 },
      { ward_code: 'E05000001', ward_set: '2022', area_hectares: 1 },
      { ward_code: 'E05000002', ward_set: '2022', area_hectares: 1 },
    ];
    const rows = overlapRows(planar, wards).map((r) => [r.ward_code, r.ward_set, r.other_ward_code, r.share_of_ward]);
    expect(rows).toEqual([
      ['E05000001', '2002-2022', 'E05000001', 50],
      ['E05000001', '2002-2022', 'E05000002', 50],
      ['E05000001', '2022', 'E05000001', 100],
      ['E05000002', '2022', 'E05000001', 100],
    ]);
  });
});
