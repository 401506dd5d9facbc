/**
 * Rates on every ward page against the raw census files (not the portal's own copy):
 * offences in the latest 12 months from data/, residents from the population file of
 * each ward set's census, with the base and its year beside the rate. Also: no page
 * says a population is missing, and no ward page shows an extract code as a period.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { distFile } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { sourcesDir } from '../../scripts/import/lib';
import { haveRawFiles } from '../helpers/raw-files';

const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { area: { name: string; code: string } };
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

/** Residents and census year by ward code, straight from the raw census files. */
const residents = () =>
  new Map<string, { n: number; year: number }>([
    ...csv(join(sourcesDir(), 'ward-population', 'bromley_ward_population_census2011.csv'))
      .filter((r) => r.Borough === site.area.name)
      .map((r) => [r.WardCode!, { n: Number(r.Persons_All_Ages_Census2011), year: 2011 }] as const),
    ...csv(join(sourcesDir(), 'ward-population-2021-wd22', 'bromley_ward_population_census2021_wd22.csv'))
      .filter((r) => r.ladCode === site.area.code)
      .map((r) => [r.wardCode!, { n: Number(r.population), year: 2021 }] as const),
  ]);

/** All-crime offences per ward over the latest 12 months of its set's series, from data/. */
function latestTwelve(file: string): Map<string, number> {
  const rows = csv(join('data', 'wards', file));
  const months = [...new Set(rows.map((r) => r.month!))].sort().slice(-12);
  const out = new Map<string, number>();
  for (const r of rows)
    if (months.includes(r.month!)) out.set(r.ward_code!, (out.get(r.ward_code!) ?? 0) + Number(r.count));
  return out;
}
const offences = new Map([
  ...latestTwelve('crime-monthly-2002-2022-wards.csv'),
  ...latestTwelve('crime-monthly-2022-wards.csv'),
]);
const wardCodes = csv(join('data', 'wards', 'wards.csv')).map((r) => r.ward_code!);

describe('rates per 1,000 residents', () => {
  // Needs the raw census files: skipped without them (tests/unit/raw-files.test.ts says so, and fails under CI).
  it.runIf(haveRawFiles)(
    'on all 44 ward pages equal offences ÷ the census count × 1,000, with the base and its year',
    () => {
      expect(wardCodes).toHaveLength(44);
      const census = residents();
      for (const code of wardCodes) {
        const pop = census.get(code);
        expect(pop, `${code} in a census file`).toBeDefined();
        const rate = (offences.get(code)! / pop!.n) * 1000;
        const path = `wards/${code}/index.html`;
        // The first screen's rate names its census; the paragraph under it gives the count it divides by.
        const first = /<dt>Per 1,000 Census (\d{4}) residents<\/dt>\s*<dd>\s*<strong>([^<]+)<\/strong>/.exec(
          distFile(path),
        );
        const base = /had ([\d,]+) residents at Census (\d{4})/.exec(siteIndex().page(path).text);
        expect(first, code).not.toBeNull();
        expect(first![2], code).toBe(
          rate.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        );
        expect(Number(first![1])).toBe(pop!.year);
        expect(base![1]).toBe(pop!.n.toLocaleString('en-GB'));
        expect(Number(base![2])).toBe(pop!.year);
      }
    },
  );

  it('no page says a population is missing', () => {
    const { pages } = siteIndex();
    expect(pages.length).toBeGreaterThan(100);
    const saying = pages.filter((p) => /no population/i.test(p.text)).map((p) => p.path);
    expect(saying).toEqual([]);
  });

  it('no ward page shows an extract code such as 202402-202601 as a period', () => {
    for (const code of wardCodes)
      expect(siteIndex().page(`wards/${code}/index.html`).text, code).not.toMatch(/\b20\d{4}-20\d{4}\b/);
  });
});
