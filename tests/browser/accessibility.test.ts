/**
 * Every page template in a real browser, and every page other features name: axe (WCAG 2.x
 * A/AA) finds nothing, no request goes to another origin, the page has one <h1>, a language,
 * a skip link and landmarks, and nothing overflows a 320 px screen. Up to three pages per
 * template, plus the pages below at the widths they are read at. axe runs here once per
 * page and width; other files run it only on a page in a state of their own (a filter
 * applied, search results showing, its script blocked).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../helpers/browser';
import { siteIndex } from '../helpers/site-index';
import { templateOf } from '../../scripts/lib/built-site';
import { loadTable } from '../../src/core/load';
import { wardsTable } from '../../src/schemas/wards';
import { postcodesTable } from '../../src/schemas/postcodes';

const byTemplate = new Map<string, string[]>();
for (const { path } of siteIndex().pages) {
  const t = templateOf(path);
  byTemplate.set(t, [...(byTemplate.get(t) ?? []), path]);
}
const samples = [...byTemplate.values()].flatMap((files) =>
  (files.length <= 3 ? files : [files[0]!, files[Math.floor(files.length / 2)]!, files.at(-1)!]).map(
    (f) => `/${f.replace(/index\.html$/, '')}`,
  ),
);

const firstWard = (set: string) => loadTable(wardsTable).find((w) => w.ward_set === set)!.ward_code;
// The outward code with the fewest postcodes: every page of this template has the same markup, and axe is slow on a long table.
const counts = new Map<string, number>();
for (const r of loadTable(postcodesTable)) counts.set(r.outward_code, (counts.get(r.outward_code) ?? 0) + 1);
const smallestOutward = [...counts].sort((a, b) => a[1] - b[1])[0]![0];

/** Pages each feature needs checked beyond the template samples, at the widths they are read at. */
const FEATURE_PAGES: Array<[path: string, width: number]> = [
  // The dashboard.
  ...['/', '/indicators/', '/indicators/anti-social-behaviour/', '/indicators/confidence/', '/about/'].map(
    (p) => [p, 1280] as [string, number],
  ),
  // The ward map, a rate view and a ward page of each set.
  ...[
    '/wards/',
    '/wards/map/2002-2022/theft/2021-06/rate/',
    `/wards/${firstWard('2002-2022')}/`,
    `/wards/${firstWard('2022')}/`,
    '/wards/about/',
  ].map((p) => [p, 1280] as [string, number]),
  // A ward page's first screen on a phone (its disclosures open: tests/browser/ward-page.test.ts).
  [`/wards/${firstWard('2022')}/`, 360],
  // Chart downloads: an embed page and the data catalogue, and what changed since the last release.
  ['/embed/indicators/property-crime/', 1280],
  ['/data/', 1280],
  ['/data/kpi-observations/', 1280],
  ['/data/changes/', 1280],
  // The postcode lookup without JavaScript.
  ['/postcodes/', 1280],
  [`/postcodes/${smallestOutward}/`, 1280],
  // The strategy library, on a desktop and a phone.
  ['/strategies/lcrb-anti-gangs-strategy/', 1280],
  ['/strategies/lcrb-anti-gangs-strategy/', 390],
  ['/strategies/strategic-group-september-2012/', 1280],
  ['/strategies/citizen-involvement-austin-estate/', 390],
  ['/strategies/', 1280],
  // The directory: a theme page, entry pages and Get help now, on a desktop and a phone.
  ['/directory/theme/mentoring/', 1280],
  ...['/directory/chance-uk/', '/directory/gangline/', '/directory/osiris/', '/help/'].flatMap((p) => [
    [p, 1280] as [string, number],
    [p, 390] as [string, number],
  ]),
];

/** Each page and width once: the template samples at desktop width, then the feature pages. */
const pages = [
  ...new Map([...samples.map((p) => [p, 1280] as const), ...FEATURE_PAGES].map((pw) => [pw.join(' '), pw])).values(),
];

const session = useBrowser();

describe('every page template and feature page', () => {
  it('covers every template in the built site, and every feature page is built', () => {
    expect(byTemplate.size).toBeGreaterThanOrEqual(10);
    for (const [path] of FEATURE_PAGES) siteIndex().page(`${path.slice(1)}index.html`);
  });

  it.each(pages)('%s at %i px: axe, origins, structure, 320 px width', async (path, width) => {
    const { page, foreignRequests } = await session.open(path, { width });
    expect(await axeViolations(page), path).toEqual([]);
    const structure = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
      main: document.querySelectorAll('main').length,
      skip: document.querySelector('a[href="#main"]') !== null || document.body.classList.contains('embed'),
    }));
    expect(structure, path).toEqual({ h1: 1, lang: expect.stringMatching(/^en/), main: 1, skip: true });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      `${path} overflows at 320px`,
    ).toBeLessThanOrEqual(0);
    expect(foreignRequests, path).toEqual([]);
  });
});
