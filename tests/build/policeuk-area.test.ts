/**
 * An area outside London, built in CI from data.police.uk's street files as a user would:
 * Derby (E06000015), configured by `npm run new-area`, imported from the shared raw files
 * (the force's latest 24 monthly files) and built, once per run by
 * tests/sites/policeuk-area.ts. Its strategy library is switched on with one summary
 * document that has no action points (tests/fixtures/derby-area/content/strategies/).
 * Expected wards, counts and postcodes are read from the raw files here, never typed in;
 * placing records by point is checked against an independent count by LSOA. A bad street
 * file stops the import first, leaving data/ untouched.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readSourceCsv } from '../../scripts/import/lib';
import { listFiles } from '../../scripts/lib/built-site';
import { describeWithRawFiles } from '../helpers/raw-files';
import { builtSite } from '../helpers/sites';
import { readAtom } from '../helpers/atom';
import { siteFolders } from '../sites/site';
import { POLICEUK_AREA as AREA, policeUkAreaFolders, STREET, STREET_MONTHS } from '../sites/policeuk-area';

const LOOKUP = 'ons-lsoa21-ward-lad-lookups/lsoa21_ward23_lad23_best_fit_ew.csv';
const CODEPOINT = 'postcodes-codepoint-open-2025-10/derbyshire_force_area_codepoint_2025-10.csv';

const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const sorted = (values: Iterable<string | undefined>) => [...new Set(values)].map(String).sort();

describeWithRawFiles(`an area from data.police.uk's street files (${AREA})`, () => {
  // Made once per run by tests/sites/policeuk-area.ts.
  const made = builtSite('policeuk-area');
  const { content, data, dist } = siteFolders(made.dir);
  const { sources } = policeUkAreaFolders(made.dir);
  const raw = (path: string) => join(sources, path);
  const csv = (path: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(data, path), 'utf8'), { header: true, skipEmptyLines: true })
      .data;
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');
  const streetFiles = readdirSync(raw(STREET)).filter((f) => f.endsWith('-street.csv'));
  /** The area's LSOAs and 2023 wards, from the raw ONS lookup. */
  const lookupRows = readSourceCsv(raw(LOOKUP)).filter((r) => r.LAD23CD === AREA);
  let records: Array<{ month: string; type: string; lsoa: string }> | undefined;
  /** Every record of the street files the site read: its type, month and LSOA (read once). */
  const rawRecords = () =>
    (records ??= streetFiles.flatMap((f) =>
      readSourceCsv(join(raw(STREET), f)).map((r) => ({
        month: r.Month ?? '',
        type: r['Crime type'] ?? '',
        lsoa: r['LSOA code'] ?? '',
      })),
    ));

  it('is configured by new-area from the files it finds by reading them', () => {
    const newArea = made.step('new-area');
    expect(newArea.status, newArea.output).toBe(0);
    expect(streetFiles).toHaveLength(STREET_MONTHS);
    expect(newArea.output).toContain(`${STREET}: ${STREET_MONTHS} street files`);
    expect(newArea.output).toContain('Next: npm run import && npm start');
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
    const badImport = made.step('bad-import');
    expect(badImport.status).toBe(1);
    expect(badImport.output).toContain(
      `Import stopped: ${made.notes.badFile} row 6, column Longitude: "-1.4x7" is not a longitude in degrees`,
    );
    expect(badImport.output).not.toMatch(/^\s+at /m);
    expect(made.notes.dataAfterBadImport).toBe(made.notes.dataBeforeBadImport);
  });

  it('reads every record and counts each as placed, outside the area or without a location', () => {
    const importRun = made.step('import');
    expect(importRun.status, importRun.output).toBe(0);
    const records = rawRecords();
    const placement = csv('wards/policeuk-placement.csv');
    const sum = (k: string) => placement.reduce((n, r) => n + Number(r[k]), 0);
    expect(placement).toHaveLength(STREET_MONTHS);
    expect(sum('records')).toBe(records.length);
    expect(sum('placed') + sum('outside_area') + sum('no_location')).toBe(records.length);
    expect(importRun.output).toMatch(
      new RegExp(`${records.length} records read in [\\d.]+ s \\(\\d+ rows/s\\): ${sum('placed')} placed`),
    );
    // Placing by point, checked against an independent count: records whose LSOA is one of the area's.
    const lsoas = new Set(lookupRows.map((r) => r.LSOA21CD));
    const byLsoa = records.filter((r) => lsoas.has(r.lsoa)).length;
    expect(Math.abs(sum('placed') - byLsoa) / byLsoa).toBeLessThan(0.03);
    const monthly = csv('wards/policeuk-monthly.csv');
    expect(monthly.reduce((n, r) => n + Number(r.count), 0)).toBe(sum('placed'));
  });

  it('has exactly the 18 wards of the 2023 set the ONS lookup puts in the area, each with a page', () => {
    const expected = sorted(lookupRows.map((r) => r.WD23CD));
    expect(expected).toHaveLength(18);
    expect(sorted(csv('wards/wards.csv').map((w) => `${w.ward_code} ${w.ward_set}`))).toEqual(
      expected.map((c) => `${c} 2023`),
    );
    const build = made.step('build');
    expect(build.status, build.output).toBe(0);
    const pages = sorted(
      listFiles(join(dist, 'wards'))
        .map((f) => f.split('/')[0]!)
        .filter((d) => /^E05\d{6}$/.test(d)),
    );
    expect(pages).toEqual(expected);
    const ward = text(page(`wards/${expected[0]}/index.html`));
    // The first screen's rate and the paragraph under it say the population is approximate.
    expect(ward).toContain('Per 1,000 Census 2021 residents, approximate');
    expect(ward).toMatch(/had about [\d,]+ residents at Census 2021 \(the census's small areas/);
    // Nothing of London's two ward sets, in the text or the boundaries' attribution.
    for (const p of ['index.html', 'wards/index.html', `wards/${expected[0]}/index.html`, 'wards/about/index.html'])
      expect(text(page(p)), p).not.toMatch(/2002–2022|May 2022 wards|borough total/);
    expect(ward).toContain('Anti-social behaviour each month');
  });

  it('follows a ward and the area in valid Atom feeds, an entry a month counting crimes (anti-social behaviour apart)', () => {
    const preview = process.env.PORTAL_PREVIEW_URL!;
    const crimes = csv('wards/policeuk-monthly.csv').filter((r) => r.category !== 'anti-social-behaviour' && r.count);
    const months = sorted(crimes.map((r) => r.month));
    expect(months).toHaveLength(STREET_MONTHS);
    const ward = sorted(lookupRows.map((r) => r.WD23CD))[0]!;
    const feeds: Array<[file: string, rows: typeof crimes, page: string]> = [
      [`wards/${ward}/${ward}-feed.xml`, crimes.filter((r) => r.ward_code === ward), `/wards/${ward}/`],
      ['wards/feed.xml', crimes, '/wards/'],
    ];
    for (const [file, rows, path] of feeds) {
      const { feed, problems } = readAtom(page(file));
      expect(problems, file).toEqual([]);
      const url = new URL(path, preview).href;
      expect(feed!.entries.map((e) => e.id)).toEqual([...months].reverse().map((m) => `${url}#${m}`));
      for (const e of feed!.entries) {
        const month = e.id.split('#')[1];
        const offences = rows.filter((r) => r.month === month).reduce((n, r) => n + Number(r.count), 0);
        expect(Number(/: ([\d,]+) offences? in /.exec(e.title)?.[1]?.replace(/,/g, '')), e.title).toBe(offences);
      }
    }
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
    // The example: the first postcode of the outward code with most of the area's postcodes.
    const perOutward = new Map<string, string[]>();
    for (const r of area) {
      const o = r.Postcode!.split(' ')[0]!;
      perOutward.set(o, [...(perOutward.get(o) ?? []), r.Postcode!]);
    }
    const most = Math.max(...[...perOutward.values()].map((p) => p.length));
    const busiest = [...perOutward.keys()].filter((o) => perOutward.get(o)!.length === most).sort()[0]!;
    expect(text(page('index.html'))).toContain(`For example ${perOutward.get(busiest)!.sort()[0]}.`);
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
    const lsoas = new Set(lookupRows.map((r) => r.LSOA21CD));
    const rawAsb = rawRecords().filter(
      (r) => r.type === 'Anti-social behaviour' && later.has(r.month) && lsoas.has(r.lsoa),
    ).length;
    expect(Math.abs(asb - rawAsb) / rawAsb).toBeLessThan(0.03);
    expect(home).toContain("Counts data.police.uk's type: violence and sexual offences.");
    expect(home).toContain('No target is known for Derby, so none is applied');
    expect(home).not.toMatch(/meets the rule|does not meet the rule/);
  });

  it('publishes those figures as a CSV with the types each counts, a source and a citation', () => {
    const html = page('index.html');
    expect(html).toContain('href="/now.csv"');
    expect(html).toMatch(/<figure class="chart" id="now"[\s\S]*?class="citation"/);
    const rows = Papa.parse<Record<string, string>>(page('now.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.indicator)).toEqual(['Violence', 'Property crime', 'Anti-social behaviour']);
    const home = text(html);
    for (const r of rows) {
      const unit = r.indicator === 'Anti-social behaviour' ? 'incidents' : 'crimes';
      expect(home).toContain(`${r.indicator} ${Number(r.later).toLocaleString('en-GB')} ${unit}`);
      expect(Number(r.difference)).toBe(Number(r.later) - Number(r.earlier));
      expect(r.policeuk_types).not.toBe('');
    }
    expect(rows[0]!.policeuk_types).toBe('Violence and sexual offences');
    const meta = JSON.parse(page('csv-metadata.json')) as { tables: Array<{ url: string; 'dc:source': string }> };
    expect(meta.tables.find((t) => t.url.endsWith('/now.csv'))?.['dc:source']).toMatch(/^data\.police\.uk/);
  });

  it('says on /wards/about/ how many records were placed, lay outside the area and had no location', () => {
    const placement = csv('wards/policeuk-placement.csv');
    const sum = (k: string) => placement.reduce((n, r) => n + Number(r[k]), 0).toLocaleString('en-GB');
    const about = text(page('wards/about/index.html'));
    expect(about).toContain(`Of the ${sum('records')} records in the ${STREET_MONTHS} files read, ${sum('placed')} (`);
    expect(about).toContain(`${sum('outside_area')} (`);
    expect(about).toContain(`${sum('no_location')} have no location`);
    expect(about).toContain("data.police.uk's 14 types: where each counts, and why");
    // With no borough series there is nothing to reconcile the ward sums with: no empty table is published.
    expect(existsSync(join(dist, 'wards', 'about', 'reconciliation.csv'))).toBe(false);
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
      .filter((f) => /bromley|\bBR[1-8] ?\d[A-Z]{2}\b/i.test(readFileSync(join(dist, f), 'utf8')));
    expect(mentions).toEqual([]);
  });
});
