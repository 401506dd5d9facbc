/**
 * A second area, built in CI from the real London-wide files and configuration alone:
 * Kingston upon Thames (E09000021), with the performance, anti-social behaviour,
 * strategy and directory sections off (tests/fixtures/second-area/content/site.json).
 * The source manifest is the repository's, with the Bromley-only police.uk import
 * switched off, as the README's "Publish for another area" says, and the 2002–2022 wards
 * left out, as a London portal may choose (the site is made once per run by
 * tests/sites/second-area.ts). Expected wards, counts and totals are read from the
 * raw files here, never typed in.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readSourceCsv, sourcesDir } from '../../scripts/import/lib';
import { listFiles } from '../../scripts/lib/built-site';
import { builtSite } from '../helpers/sites';
import { siteFolders } from '../sites/site';
import { SECOND_AREA_FIXTURE } from '../sites/second-area';
import { describeWithRawFiles } from '../helpers/raw-files';
import { siteIndex } from '../helpers/site-index';

const site = JSON.parse(readFileSync(join(SECOND_AREA_FIXTURE, 'site.json'), 'utf8')) as {
  area: { code: string };
  sections: Record<string, boolean>;
};
const AREA = site.area.code;
const manifest = JSON.parse(readFileSync(join('content', 'sources.json'), 'utf8')) as {
  wardToLad: Record<string, { file: string; ward: string; lad: string }>;
  imports: Record<string, { tables: string[]; files: Record<string, string>; run?: boolean }>;
};
const imported = new Set(
  Object.entries(manifest.imports)
    .filter(([name]) => name !== 'mps-ward-crime-2020-2022')
    .flatMap(([, i]) => i.tables)
    .filter((t) => !t.includes('2002-2022')),
);

const raw = (path: string) => join(sourcesDir(), path);
const sorted = (values: Iterable<string | undefined>) => [...new Set(values)].map(String).sort();

/** The area's wards of each set, straight from the raw ward → LAD lookups the manifest names. */
function rawWards(set: string): string[] {
  const spec = manifest.wardToLad[set]!;
  const records: Array<Record<string, unknown>> = spec.file.endsWith('.geojson')
    ? (JSON.parse(readFileSync(raw(spec.file), 'utf8')) as GeoJSON.FeatureCollection).features.map(
        (f) => f.properties ?? {},
      )
    : readSourceCsv(raw(spec.file));
  return sorted(records.filter((r) => r[spec.lad] === AREA).map((r) => String(r[spec.ward])));
}

describeWithRawFiles(`a second area (${AREA}) from the London-wide files`, () => {
  // Made once per run by tests/sites/second-area.ts.
  const made = builtSite('second-area');
  const { data, dist } = siteFolders(made.dir);
  const csv = (path: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(data, path), 'utf8'), { header: true, skipEmptyLines: true })
      .data;

  it('imports with the Bromley-only file switched off', () => {
    for (const step of ['clear-sections', 'import']) {
      const r = made.step(step);
      expect(r.status, `${step}\n${r.output}`).toBe(0);
    }
    expect(made.step('import').output).toContain('import policeuk-wards: switched off');
    expect(
      readFileSync(join(data, 'wards', 'policeuk-monthly.csv'), 'utf8')
        .trimEnd()
        .split('\n'),
    ).toHaveLength(1);
  });

  it('lists exactly the May 2022 wards the raw lookup puts in the area, and none of the left-out set', () => {
    const wards = csv('wards/wards.csv');
    const expected = rawWards('2022');
    expect(expected.length).toBeGreaterThan(5);
    expect(sorted(wards.map((w) => w.ward_code))).toEqual(expected);
    expect(sorted(wards.map((w) => w.ward_set))).toEqual(['2022']);
    expect(sorted(wards.map((w) => w.borough_code))).toEqual([AREA]);
    expect(made.step('import').output).toContain('removed geo/wards-2002-2022.topojson');
  });

  it('draws the boundaries of those wards and no others, within the size budget, and no file for the left-out set', () => {
    const wards = csv('wards/wards.csv');
    const text = readFileSync(join(data, 'geo', 'wards-2022.topojson'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(40 * 1024);
    const ids = (
      JSON.parse(text) as { objects: { wards: { geometries: Array<{ id: string }> } } }
    ).objects.wards.geometries.map((g) => g.id);
    expect(sorted(ids)).toEqual(sorted(wards.map((w) => w.ward_code)));
    expect(existsSync(join(data, 'geo', 'wards-2002-2022.topojson'))).toBe(false);
    expect(existsSync(join(dist, 'data', 'geo', 'wards-2002-2022.topojson'))).toBe(false);
  });

  it('publishes no row, population or overlap of the left-out set', () => {
    for (const path of ['wards/crime-monthly-2002-2022-wards.csv', 'wards/overlaps.csv'])
      expect(readFileSync(join(data, path), 'utf8').trimEnd().split('\n'), path).toHaveLength(1);
    expect(sorted(csv('wards/population.csv').map((r) => r.ward_set))).toEqual(['2022']);
  });

  it("takes each month of the May 2022 ward series whole from the latest extract, with the raw file's totals", () => {
    const wards = new Set(rawWards('2022'));
    const rows = csv('wards/crime-monthly-2022-wards.csv');
    expect(sorted(rows.map((r) => r.ward_code))).toEqual([...wards]);
    const files = manifest.imports['mps-ward-crime-2023-2026']!.files;
    for (const [month, extract] of [
      ['2023-05', '202304-202503'],
      ['2023-08', '202307-202506'],
      ['2025-06', '202402-202601'],
    ] as const) {
      const ours = rows.filter((r) => r.month === month);
      expect(sorted(ours.map((r) => r.extract)), month).toEqual([extract]);
      const column = month.replace('-', '');
      const rawTotal = readSourceCsv(raw(files[extract]!))
        .filter((r) => wards.has(r.WardCode ?? ''))
        .reduce((n, r) => n + Number(r[column]), 0);
      expect(
        ours.reduce((n, r) => n + Number(r.count), 0),
        month,
      ).toBe(rawTotal);
    }
  });

  it('has a Census 2021 population for every May 2022 ward, so each ward page can give a rate', () => {
    const rows = csv('wards/population.csv').filter((r) => r.ward_set === '2022');
    expect(sorted(rows.map((r) => r.ward_code))).toEqual(rawWards('2022'));
    for (const r of rows) {
      expect(r.census_date, r.ward_code).toBe('2021-03-21');
      expect(Number(r.population), r.ward_code).toBeGreaterThan(1000);
    }
  });

  it("has the area's own borough series, and no imported file mentions Bromley", () => {
    const borough = csv('borough/crime-monthly.csv');
    expect(sorted(borough.map((r) => r.area_code))).toEqual([AREA]);
    expect(borough.length).toBeGreaterThan(1000);
    for (const path of imported) expect(readFileSync(join(data, path), 'utf8'), path).not.toMatch(/bromley/i);
  });

  it('builds a site with a page for each of its wards and no others', () => {
    made.expectMade();
    const pages = sorted(
      listFiles(join(dist, 'wards'))
        .map((f) => f.split('/')[0]!)
        .filter((d) => /^E05\d{6}$/.test(d)),
    );
    expect(pages).toEqual(rawWards('2022'));
    const map = readFileSync(join(dist, 'wards', 'index.html'), 'utf8');
    for (const code of rawWards('2022')) expect(map, code).toContain(code);
    expect(existsSync(join(dist, 'wards', 'map', '2002-2022'))).toBe(false);
  });

  it('says on /wards/about/ that the 2002–2022 wards are left out, and no ward page points to them', () => {
    const about = readFileSync(join(dist, 'wards', 'about', 'index.html'), 'utf8');
    expect(about).toContain('It leaves out the wards in force from 2002 to May 2022');
    expect(about).not.toContain('Two sets of wards');
    for (const code of rawWards('2022')) {
      const page = readFileSync(join(dist, 'wards', code, 'index.html'), 'utf8');
      expect(page.match(/.{0,80}(?:2002–2022 wards|Overlapping|other set).{0,40}/g), code).toBeNull();
    }
  });

  it('never mentions Bromley on any page or in any download', () => {
    const mentions = siteIndex(dist)
      .files.filter((f) => /\.(html|csv|json|svg|txt|xml)$/.test(f) && !f.startsWith('pagefind/'))
      .filter((f) => /bromley/i.test(readFileSync(join(dist, f), 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('publishes the sections its configuration switches on, and only those', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const nav = /<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(home)?.[1] ?? '';
    expect(nav).toContain('href="/wards/"');
    const addresses: Record<string, string> = {
      performance: 'indicators',
      strategies: 'strategies',
      directory: 'directory',
    };
    for (const [section, folder] of Object.entries(addresses)) {
      expect(existsSync(join(dist, folder)), folder).toBe(site.sections[section]);
      expect(nav.includes(`href="/${folder}/"`), folder).toBe(site.sections[section]);
    }
    const pkg = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')) as {
      resources: Array<{ name: string }>;
    };
    expect(pkg.resources.map((r) => r.name)).not.toContain('ward-policeuk-monthly');
    expect(pkg.resources.map((r) => r.name)).toContain('ward-crime-2022-wards');
  });
});
