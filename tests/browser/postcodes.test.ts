/**
 * The postcode lookup in Chromium, with and without JavaScript: every case of the
 * lookup, expected answers taken from data/postcodes/postcodes.csv and content/site.json;
 * what a search fetches (one file from this site, at most 20 KB gzip; nothing for
 * malformed input; nothing from any other origin) and the attribution lines. (axe on the
 * postcode pages: tests/browser/accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { POSTCODE_ATTRIBUTION } from '../../src/schemas/postcodes';

const session = useBrowser();

const area = (JSON.parse(readFileSync('content/site.json', 'utf8')) as { area: { name: string } }).area.name;
const rows = readFileSync('data/postcodes/postcodes.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => {
    const [postcode, outward, ward, , , council, status] = l.split(',');
    return { postcode: postcode!, outward: outward!, ward: ward!, council: council!, status: status! };
  });
const live = rows.find((r) => r.ward && r.status === 'live')!;
const elsewhere = rows.find((r) => !r.ward)!;
const terminated = rows.find((r) => r.status === 'terminated')!;
const known = new Set(rows.map((r) => r.postcode));
// A well-formed postcode in a known outward code that is in neither release.
const unknown = ['9ZZ', '9ZY', '9YZ', '9YY'].map((i) => `${live.outward} ${i}`).find((p) => !known.has(p))!;

/** Types into the /wards/ postcode box and submits; returns the lookup files fetched. */
async function ask(page: Page, text: string): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/postcodes\/[^/]+\.json$/.test(r.url())) fetched.push(r.url());
  });
  await page.locator('#wards-postcode-input').fill(text);
  await page.locator('#wards-postcode-input').press('Enter');
  return fetched;
}

describe('postcode lookup with JavaScript', () => {
  it('takes any case, with or without the space, to the ward page', async () => {
    for (const typed of [live.postcode.replace(' ', '').toLowerCase(), live.postcode]) {
      const { page, foreignRequests } = await session.open('/wards/', { width: 360 });
      await ask(page, typed);
      await page.waitForURL(`**/wards/${live.ward}/`);
      expect(foreignRequests).toEqual([]);
    }
  }, 120_000);

  it(`says a postcode in a neighbouring council is there, not in ${area}, and claims nothing else`, async () => {
    const { page } = await session.open('/wards/');
    await ask(page, elsewhere.postcode);
    const result = page.locator('#wards-postcode-result');
    await expect
      .poll(() => result.textContent(), { timeout: 60_000 })
      .toBe(`${elsewhere.postcode} is in ${elsewhere.council}, not ${area}.`);
    expect(await result.locator('a').count()).toBe(0);
  });

  it('places a postcode no longer in use in its ward and says it is no longer in use', async () => {
    const { page } = await session.open('/wards/');
    await ask(page, terminated.postcode);
    const result = page.locator('#wards-postcode-result');
    await expect
      .poll(() => result.textContent(), { timeout: 60_000 })
      .toContain(`${terminated.postcode} is no longer in use`);
    expect(await result.locator('a').getAttribute('href')).toBe(`/wards/${terminated.ward}/`);
  });

  it('says an unknown but well-formed postcode was not found, and offers the ward map', async () => {
    const { page } = await session.open('/wards/');
    await ask(page, unknown);
    const result = page.locator('#wards-postcode-result');
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain(`${unknown} was not found`);
    expect(await result.locator('a').getAttribute('href')).toBe('/wards/#ward-map');
  });

  it('answers malformed input with a clear message and fetches nothing', async () => {
    for (const typed of ['hello', live.outward, 'x'.repeat(40)]) {
      const { page } = await session.open('/wards/');
      const fetched = await ask(page, typed);
      const result = page.locator('#wards-postcode-result');
      await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/postcode/i);
      expect(await result.getAttribute('data-kind')).toBe('invalid');
      expect(fetched, typed).toEqual([]);
    }
  }, 180_000);

  it('fetches one file of at most 20 KB gzip per search, from this site only', async () => {
    const { page, foreignRequests } = await session.open('/wards/');
    const bodies: Buffer[] = [];
    page.on('response', async (r) => {
      if (/\/postcodes\/[^/]+\.json$/.test(r.url())) bodies.push(await r.body());
    });
    const fetched = await ask(page, elsewhere.postcode);
    await expect.poll(() => bodies.length, { timeout: 60_000 }).toBe(1);
    expect(fetched).toHaveLength(1);
    expect(gzipSync(bodies[0]!).length).toBeLessThanOrEqual(20 * 1024);
    expect(foreignRequests).toEqual([]);
  });

  it('the home page form (no JavaScript of its own) ends on the ward page', async () => {
    const { page } = await session.open('/');
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.locator('#home-postcode-input').fill(live.postcode.toLowerCase());
    await page.locator('#home-postcode-input').press('Enter');
    await page.waitForURL(`**/wards/${live.ward}/`);
  });

  it('site search takes a postcode to its ward as the first result', async () => {
    const { page } = await session.open(`/search/?q=${encodeURIComponent(live.postcode)}`);
    const first = page.locator('[data-search-results] li a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 30_000 }).toBe(`/wards/${live.ward}/`);
  });
});

describe('postcode lookup without JavaScript', () => {
  it('the form leads to the outward codes, and each lists its postcodes with their wards', async () => {
    const { page } = await session.open('/wards/', { javaScript: false });
    await page.locator('#wards-postcode-input').fill(live.postcode);
    await page.locator('#wards-postcode-input').press('Enter');
    await page.waitForURL('**/postcodes/?postcode=*');
    await page.locator('.outward-list a', { hasText: new RegExp(`^${live.outward}$`) }).click();
    await page.waitForURL(`**/postcodes/${live.outward}/`);
    const row = page.locator('tbody tr', { has: page.locator(`th:text-is("${live.postcode}")`) });
    expect(await row.locator('a').getAttribute('href')).toBe(`/wards/${live.ward}/`);
    const other = page.locator('tbody tr', { has: page.locator(`th:text-is("${elsewhere.postcode}")`) });
    if (elsewhere.outward === live.outward)
      expect(await other.locator('td').textContent()).toBe(`${elsewhere.council}, not ${area}`);
  });
});

describe('postcode pages', () => {
  it('carry the attribution lines where the lookup is offered and on the dataset page', async () => {
    for (const path of ['/', '/wards/', '/postcodes/', `/postcodes/${live.outward}/`, '/data/postcodes/']) {
      const { page } = await session.open(path);
      const text = await page.locator('main').textContent();
      for (const line of POSTCODE_ATTRIBUTION) expect(text, `${path}: ${line}`).toContain(line);
    }
  }, 240_000);
});
