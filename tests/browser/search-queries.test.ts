/**
 * Site search answers: a list of queries a resident might type, each with the page that
 * must come first. Ward codes and postcodes' wards come from data/, not constants.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';

const session = useBrowser();

const csv = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const wards = csv('data/wards/wards.csv').map(([code, name, set]) => ({ code: code!, name: name!, set: set! }));
const wardPage = (name: string) => `/wards/${wards.find((w) => w.set === '2022' && w.name === name)!.code}/`;
const postcodeRows = csv('data/postcodes/postcodes.csv');
const postcodes = new Map(postcodeRows.map(([pc, , ward]) => [pc!, ward!]));
const postcodeWard = (pc: string) => `/wards/${postcodes.get(pc)}/`;
/** The first postcode of an outward code that is in one of the area's wards (live or no longer in use). */
const inOutward = (outward: string, status = 'live') =>
  postcodeRows.find(([, o, ward, , , , st]) => o === outward && ward && st === status)![0]!;
const map = (category: string) => `/wards/map/2022/${category}/latest-12-months/count/`;

/** Query → the address of the first result. */
const QUERIES: Array<[string, string]> = [
  ['burglary', map('burglary')],
  ['robbery', map('robbery')],
  ['mugging', map('robbery')],
  ['vandalism', map('arson-and-criminal-damage')],
  ['shoplifting', map('theft')],
  ['drug dealing', map('drug-offences')],
  ['sexual assault', map('sexual-offences')],
  ['public order', map('public-order-offences')],
  ['violent crime', '/indicators/violent-crime/'],
  ['knife crime', map('possession-of-weapons')],
  ['car crime', map('vehicle-offences')],
  ['crime by ward', '/wards/'],
  ['ward figures', '/wards/about/'],
  ['postcode', '/postcodes/'],
  ['Orpington', wardPage('Orpington')],
  // A name shared by a current ward and the superseded one it replaced: today's ward first.
  ['Penge', wardPage('Penge & Cator')],
  ['Bromley Town', wardPage('Bromley Town')],
  // A postcode goes to its ward, typed any way; one no longer in use to the ward it was in.
  ['BR1 1AA', postcodeWard('BR1 1AA')],
  ['br60te', postcodeWard('BR6 0TE')],
  ['SE20 7QR', postcodeWard('SE20 7QR')],
  [inOutward('BR2').toLowerCase(), postcodeWard(inOutward('BR2'))],
  [inOutward('TN16').replace(' ', ''), postcodeWard(inOutward('TN16'))],
  [inOutward('SE9'), postcodeWard(inOutward('SE9'))],
  [inOutward('BR3', 'terminated'), postcodeWard(inOutward('BR3', 'terminated'))],
];

describe('site search: the first result for each query', () => {
  // One page for every query, typed into the search box as a person would: Pagefind loads
  // once. (A search from the address is tested in strategies-search.test.ts.)
  let page: Page;
  beforeAll(async () => {
    ({ page } = await session.open('/search/'));
    await page.waitForSelector('form.site-search[data-ready]', { state: 'attached' });
  });

  it(`lists at least 20 queries`, () => expect(QUERIES.length).toBeGreaterThanOrEqual(20));
  for (const [query, expected] of QUERIES) {
    it(`"${query}" → ${expected}`, async () => {
      // The last query's results are cleared first, so only this query's can be read.
      await page.locator('[data-search-results]').evaluate((list) => list.replaceChildren());
      await page.getByLabel('Search for').fill(query);
      await page.getByLabel('Search for').press('Enter');
      const first = page.locator('[data-search-results] li h2 a').first();
      await expect.poll(() => first.getAttribute('href').catch(() => null), { timeout: 30_000 }).toBe(expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    }, 60_000);
  }
});
