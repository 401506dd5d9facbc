/**
 * An area outside London, built in CI from data.police.uk's street files as a user would:
 * Derby (E06000015), configured by `npm run new-area`, imported from the shared raw files
 * and built. Its strategy library is switched on with one summary document that has no
 * action points (tests/fixtures/derby-area/content/strategies/). Expected wards, counts and
 * postcodes are read from the raw files here, never typed in; placing records by point is
 * checked against an independent count by LSOA. A bad street file stops the import first,
 * leaving data/ untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { readSourceCsv, sourcesDir } from '../../scripts/import/lib';
import { listFiles } from '../../scripts/lib/built-site';

const AREA = 'E06000015';
const STREET = 'policeuk-street-derbyshire-2023-2025';
const LOOKUP = 'ons-lsoa21-ward-lad-lookups/lsoa21_ward23_lad23_best_fit_ew.csv';
const CODEPOINT = 'postcodes-codepoint-open-2025-10/derbyshire_force_area_codepoint_2025-10.csv';
const FIXTURE = join('tests', 'fixtures', 'derby-area', 'content');
const haveSources = existsSync(join(sourcesDir(), STREET));

// Inside the project: the build renames its output into place, which cannot cross file systems.
const root = join('.tmp', `policeuk-area-${process.pid}`);
const content = join(root, 'content'),
  data = join(root, 'data'),
  dist = join(root, 'dist'),
  badSources = join(root, 'bad-sources');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_DATA_DIR: data,
  PORTAL_DIST: dist,
};
const tsx = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync('node_modules/.bin/tsx', args, { env: { ...env, ...extra }, encoding: 'utf8' });
const out = (r: ReturnType<typeof spawnSync>) => `${r.stdout}${r.stderr}`;
let newArea: ReturnType<typeof spawnSync>;
let badImport: ReturnType<typeof spawnSync>;
let importRun: ReturnType<typeof spawnSync>;
let buildRun: ReturnType<typeof spawnSync> | undefined;
let dataBeforeBadImport = new Map<string, string>();
let dataAfterBadImport = new Map<string, string>();

const raw = (path: string) => join(sourcesDir(), path);
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(data, path), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const sorted = (values: Iterable<string | undefined>) => [...new Set(values)].map(String).sort();

/** Every file under `dir` with its bytes, for comparing a folder before and after. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'base64')]));
}

/** The area's LSOAs and 2023 wards, from the raw ONS lookup. */
function lookupRows(): Record<string, string>[] {
  return readSourceCsv(raw(LOOKUP)).filter((r) => r.LAD23CD === AREA);
}

/** Every record of the raw street files, streamed month by month: its type, month and LSOA. */
function rawRecords(): Array<{ month: string; type: string; lsoa: string }> {
  const files = readdirSync(raw(STREET)).filter((f) => f.endsWith('-street.csv'));
  return files.flatMap((f) =>
    readSourceCsv(join(raw(STREET), f)).map((r) => ({
      month: r.Month ?? '',
      type: r['Crime type'] ?? '',
      lsoa: r['LSOA code'] ?? '',
    })),
  );
}

beforeAll(() => {
  if (!haveSources) return;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', content, { recursive: true });
  cpSync('data', data, { recursive: true });
  newArea = tsx(['scripts/new-area/index.ts', AREA]);
  if (newArea.status !== 0) return;
  // The library on, with one document that has no action points or outcomes, citing Derby's own case study.
  const sitePath = join(content, 'site.json');
  const site = JSON.parse(readFileSync(sitePath, 'utf8'));
  writeFileSync(
    sitePath,
    `${JSON.stringify({ ...site, sections: { ...site.sections, strategies: true } }, null, 2)}\n`,
  );
  mkdirSync(join(content, 'strategies'), { recursive: true });
  for (const f of readdirSync(join(FIXTURE, 'strategies')))
    copyFileSync(join(FIXTURE, 'strategies', f), join(content, 'strategies', f));
  const caseStudy = readFileSync(join('data', 'meta', 'sources.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('derby-austin-estate,'))!;
  appendFileSync(join(data, 'meta', 'sources.csv'), `${caseStudy}\n`);

  // A bad street file first: the import stops, naming it, and changes nothing.
  mkdirSync(join(badSources, 'street'), { recursive: true });
  for (const dir of ['ward-boundaries-derbyshire-2025', 'ons-lsoa21-ward-lad-lookups'])
    symlinkSync(raw(dir), join(badSources, dir));
  const lines = readFileSync(join(raw(STREET), '2025-06-derbyshire-street.csv'), 'utf8').split('\n');
  lines[5] = lines[5]!.replace(/,-?\d+\.\d+,(\d+\.\d+),/, ',-1.4x7,$1,');
  writeFileSync(join(badSources, 'street', '2025-06-derbyshire-street.csv'), lines.join('\n'));
  const manifest = JSON.parse(readFileSync(join(content, 'sources.json'), 'utf8'));
  manifest.imports['policeuk-street'].files.records = 'street';
  const badContent = join(root, 'bad-content');
  mkdirSync(badContent);
  copyFileSync(sitePath, join(badContent, 'site.json'));
  writeFileSync(join(badContent, 'sources.json'), JSON.stringify(manifest));
  dataBeforeBadImport = snapshot(data);
  badImport = tsx(['scripts/import/all.ts', 'policeuk-street'], {
    PORTAL_CONTENT_DIR: badContent,
    PORTAL_SOURCES_DIR: badSources,
  });
  dataAfterBadImport = snapshot(data);

  importRun = tsx(['scripts/import/all.ts']);
  if (importRun.status !== 0) return;
  buildRun = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
}, 900_000);

afterAll(() => {
  if (!process.env.KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

describe.runIf(haveSources)(`an area from data.police.uk's street files (${AREA})`, () => {
  it('is configured by new-area from the files it finds by reading them', () => {
    expect(newArea.status, out(newArea)).toBe(0);
    expect(out(newArea)).toContain(`${STREET}: 36 street files`);
    expect(out(newArea)).toContain('Next: npm run import && npm start');
    const sources = JSON.parse(readFileSync(join(content, 'sources.json'), 'utf8'));
    expect(Object.keys(sources.imports).sort()).toEqual([
      'directory-exports',
      'lsoa-ward-population',
      'ons-ward-boundaries',
      'policeuk-street',
      'postcodes',
      'strategy-links',
    ]);
    expect(readdirSync(join(content, 'strategies'))).toEqual(['austin-estate-summary.mdx']);
  });

  it('stops on a bad street file naming file, row, column and value, and leaves data/ untouched', () => {
    expect(badImport.status).toBe(1);
    expect(out(badImport)).toContain(
      'Import stopped: 2025-06-derbyshire-street.csv row 6, column Longitude: "-1.4x7" is not a longitude in degrees',
    );
    expect(out(badImport)).not.toMatch(/^\s+at /m);
    expect(dataAfterBadImport).toEqual(dataBeforeBadImport);
  });

  it('reads every record and counts each as placed, outside the area or without a location', () => {
    expect(importRun.status, out(importRun)).toBe(0);
    const records = rawRecords();
    const placement = csv('wards/policeuk-placement.csv');
    const sum = (k: string) => placement.reduce((n, r) => n + Number(r[k]), 0);
    expect(placement).toHaveLength(36);
    expect(sum('records')).toBe(records.length);
    expect(sum('placed') + sum('outside_area') + sum('no_location')).toBe(records.length);
    expect(out(importRun)).toMatch(
      new RegExp(`${records.length} records read in [\\d.]+ s \\(\\d+ rows/s\\): ${sum('placed')} placed`),
    );
    // Placing by point, checked against an independent count: records whose LSOA is one of the area's.
    const lsoas = new Set(lookupRows().map((r) => r.LSOA21CD));
    const byLsoa = records.filter((r) => lsoas.has(r.lsoa)).length;
    expect(Math.abs(sum('placed') - byLsoa) / byLsoa).toBeLessThan(0.03);
    const monthly = csv('wards/policeuk-monthly.csv');
    expect(monthly.reduce((n, r) => n + Number(r.count), 0)).toBe(sum('placed'));
  });

  it('has exactly the 18 wards of the 2023 set the ONS lookup puts in the area, each with a page', () => {
    const expected = sorted(lookupRows().map((r) => r.WD23CD));
    expect(expected).toHaveLength(18);
    expect(sorted(csv('wards/wards.csv').map((w) => `${w.ward_code} ${w.ward_set}`))).toEqual(
      expected.map((c) => `${c} 2023`),
    );
    expect(buildRun?.status, `${buildRun?.stdout}${buildRun?.stderr}`).toBe(0);
    const pages = sorted(
      listFiles(join(dist, 'wards'))
        .map((f) => f.split('/')[0]!)
        .filter((d) => /^E05\d{6}$/.test(d)),
    );
    expect(pages).toEqual(expected);
    const ward = text(page(`wards/${expected[0]}/index.html`));
    expect(ward).toContain('Census 2021 (approximate)');
    // Nothing of London's two ward sets, in the text or the boundaries' attribution.
    for (const p of ['index.html', 'wards/index.html', `wards/${expected[0]}/index.html`, 'wards/about/index.html'])
      expect(text(page(p)), p).not.toMatch(/2002–2022|May 2022 wards|borough total/);
    expect(ward).toContain('Anti-social behaviour each month');
  });

  it("answers the area's postcodes with the ward Code-Point gives them, and gives one as the example", () => {
    const area = readSourceCsv(raw(CODEPOINT)).filter((r) => r.Admin_district_code === AREA);
    const first = area[0]!;
    const outward = first.Postcode!.split(' ')[0]!;
    const file = JSON.parse(page(`postcodes/${outward}.json`)) as {
      wards: Array<[string, string]>;
      p: Record<string, string>;
    };
    const entry = file.p[first.Postcode!.split(' ')[1]!]!;
    expect(entry[0]).toBe('w');
    expect(file.wards[Number(entry.slice(1))]![0]).toBe(first.Admin_ward_code);
    expect(text(page('index.html'))).toContain(`For example ${first.Postcode}.`);
    expect(csv('postcodes/postcodes.csv').filter((r) => r.ward_code).length).toBe(area.length);
  });

  it('shows violence, property and anti-social behaviour now, from the placed records, with no target rule', () => {
    const home = text(page('index.html'));
    const monthly = csv('wards/policeuk-monthly.csv');
    const months = sorted(monthly.map((r) => r.month));
    const later = new Set(months.slice(-12));
    const asb = monthly
      .filter((r) => r.category === 'anti-social-behaviour' && later.has(r.month ?? ''))
      .reduce((n, r) => n + Number(r.count), 0);
    expect(home).toMatch(new RegExp(`Anti-social behaviour ${asb.toLocaleString('en-GB')} incidents`));
    // The same figure, counted independently from the raw files by the records' LSOAs.
    const lsoas = new Set(lookupRows().map((r) => r.LSOA21CD));
    const rawAsb = rawRecords().filter(
      (r) => r.type === 'Anti-social behaviour' && later.has(r.month) && lsoas.has(r.lsoa),
    ).length;
    expect(Math.abs(asb - rawAsb) / rawAsb).toBeLessThan(0.03);
    expect(home).toContain("Counts data.police.uk's type: violence and sexual offences.");
    expect(home).toContain('No target is known for Derby, so none is applied');
    expect(home).not.toMatch(/meets the rule|does not meet the rule/);
  });

  it('says on /wards/about/ how many records were placed, lay outside the area and had no location', () => {
    const placement = csv('wards/policeuk-placement.csv');
    const sum = (k: string) => placement.reduce((n, r) => n + Number(r[k]), 0).toLocaleString('en-GB');
    const about = text(page('wards/about/index.html'));
    expect(about).toContain(`Of the ${sum('records')} records in the 36 files read, ${sum('placed')} (`);
    expect(about).toContain(`${sum('outside_area')} (`);
    expect(about).toContain(`${sum('no_location')} have no location`);
    expect(about).toContain("data.police.uk's 14 types: where each counts, and why");
  });

  it('publishes a document without action points, and no empty actions table', () => {
    expect(text(page('strategies/austin-estate-summary/index.html'))).toContain('Austin Estate');
    const pkg = JSON.parse(page('data/datapackage.json')) as { resources: Array<{ name: string }> };
    const names = pkg.resources.map((r) => r.name);
    expect(names).not.toContain('strategy-actions');
    expect(names).not.toContain('ward-crime-2022-wards');
    expect(names).toContain('ward-policeuk-monthly');
  });

  it('never names Bromley or gives a Bromley postcode, on any page or in any download', () => {
    const mentions = listFiles(dist)
      .filter((f) => /\.(html|csv|json|svg|txt|xml)$/.test(f) && !f.startsWith('pagefind/'))
      .filter((f) => /bromley|\bBR[1-8] ?\d[A-Z]{2}\b/i.test(readFileSync(join(dist, f), 'utf8')))
      .map((f) => relative('.', f));
    expect(mentions).toEqual([]);
  });
});

describe.skipIf(haveSources)('an area from police.uk files without raw files', () => {
  it(`cannot be built here: ${sourcesDir()} is missing`, () => expect(haveSources).toBe(false));
});
