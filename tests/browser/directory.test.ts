/** The directory search, entry pages and Get help now in Chromium, against the built site. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { directoryResults } from '../helpers/directory-search';
import { loadDirectory } from '../../src/lib/directory';

const entries = loadDirectory();
const urlOf = (id: string) => `/directory/${id}/`;
const session = useBrowser();

const results = directoryResults;

/** The paths of one group of results (after `results` has shown them all). */
const groupPaths = (page: Page, group: string) =>
  page.$$eval(`#dir-results ol[data-group="${group}"] li a`, (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, test: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test)) return;
  }
  throw new Error(`no element matching ${test} after ${max} Tab presses`);
}

describe('directory search', () => {
  it('finds the mentoring programmes when searching "mentoring"', async () => {
    const { page, foreignRequests } = await session.open('/directory/?q=mentoring');
    const found = await results(page);
    const mentoring = entries.filter(
      (e) => e.service.themes.includes('mentoring') || /mentoring/i.test(e.service.name),
    );
    expect(mentoring.length).toBeGreaterThan(10);
    for (const e of mentoring) expect(found, e.service.service_id).toContain(urlOf(e.service.service_id));
    expect(await page.isHidden('#dir-all')).toBe(true);
    expect(foreignRequests).toEqual([]);
  });

  it('with age 10 shows the entries whose stated range includes 10, then those that state no age', async () => {
    const { page } = await session.open('/directory/?age=10');
    await results(page);
    const stated = ({ service: s }: (typeof entries)[number]) => s.minimum_age !== null || s.maximum_age !== null;
    const expected = entries.filter(
      (e) => stated(e) && (e.service.minimum_age ?? -Infinity) <= 10 && 10 <= (e.service.maximum_age ?? Infinity),
    );
    const matches = await groupPaths(page, 'matches');
    expect(new Set(matches)).toEqual(new Set(expected.map((e) => urlOf(e.service.service_id))));
    expect(matches).toContain(urlOf('chance-uk'));
    const unknown = await groupPaths(page, 'unknown-age');
    expect(new Set(unknown)).toEqual(
      new Set(entries.filter((e) => !stated(e)).map((e) => urlOf(e.service.service_id))),
    );
    expect(await page.textContent('#dir-g-unknown-age')).toBe(
      `Age not stated: check with the provider (${unknown.length})`,
    );
  });

  it('shows a count beside each filter value', async () => {
    const { page } = await session.open('/directory/?theme=mentoring');
    await results(page);
    const mentoring = entries.filter((e) => e.service.themes.includes('mentoring'));
    expect(await page.textContent('#dir-f-theme option[value="mentoring"]')).toBe(`Mentoring (${mentoring.length})`);
    const lambeth = mentoring.filter((e) =>
      e.areas.some((a) => a.area_name === 'Lambeth' || a.area_type === 'london'),
    ).length;
    const notStated = mentoring.filter(
      (e) => e.areas.length === 0 || e.areas.some((a) => a.area_type === 'unnamed-boroughs'),
    ).length;
    expect(notStated).toBeGreaterThan(0);
    expect(await page.textContent('#dir-f-area option[value="lambeth"]')).toBe(
      `Lambeth (${lambeth} + ${notStated} not stated)`,
    );
  });

  it('puts an exact name match first', async () => {
    const { page } = await session.open('/directory/?q=face+it');
    expect((await results(page))[0]).toBe(urlOf('face-it'));
    const other = await session.open('/directory/?q=LAMP');
    expect((await results(other.page))[0]).toBe(urlOf('lewisham-action-on-mediation-project'));
  });

  it('keeps the query and filters in the address, and a reload reproduces the search', async () => {
    const { page } = await session.open('/directory/');
    await page.waitForSelector('#directory-search:not([hidden])');
    await page.fill('#dir-q', 'knife');
    await page.selectOption('#dir-f-area', 'lambeth');
    const found = await results(page);
    expect(new URL(page.url()).search).toBe('?q=knife&area=lambeth');
    expect(found.length).toBeGreaterThan(0);
    const again = await session.open(`/directory/${new URL(page.url()).search}`);
    expect(await results(again.page)).toEqual(found);
    expect(await again.page.inputValue('#dir-q')).toBe('knife');
    expect(await again.page.inputValue('#dir-f-area')).toBe('lambeth');
  });
});

describe('without JavaScript', () => {
  it('lists every entry and hides the search form', async () => {
    const { page } = await session.open('/directory/', { javaScript: false });
    expect(await page.isHidden('#directory-search')).toBe(true);
    const hrefs = await page.$$eval('#dir-all .dir-list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(entries.length);
  });
});

describe('keyboard only', () => {
  it('goes from the home page to how to refer to a mentoring programme for a 12-year-old', async () => {
    const { page } = await session.open('/');
    await tabTo(page, 'header a[href="/directory/"]');
    await Promise.all([page.waitForURL('**/directory/'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#directory-search:not([hidden])');
    await tabTo(page, '#dir-f-theme');
    await page.keyboard.type('Mentoring');
    await tabTo(page, '#dir-f-age');
    await page.keyboard.type('12');
    expect(await results(page)).not.toHaveLength(0);
    expect(new URL(page.url()).search).toBe('?theme=mentoring&age=12');
    await tabTo(page, '#dir-results ol[data-group="matches"] a');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
    await tabTo(page, 'a[href="#how-to-refer"]');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#how-to-refer');
    const entry = entries.find((e) => urlOf(e.service.service_id) === target)!;
    expect(entry.service.themes).toContain('mentoring');
    expect(entry.service.minimum_age ?? 0).toBeLessThanOrEqual(12);
    expect(entry.service.maximum_age ?? 99).toBeGreaterThanOrEqual(12);
    const refer = await page.locator('#how-to-refer + p').textContent();
    expect(refer?.length).toBeGreaterThan(20);
  });
});

describe('accessibility', { timeout: 240_000 }, () => {
  // axe on the theme, entry and Get help now pages as they load: tests/browser/accessibility.test.ts.
  it('axe passes on the directory with results, and without JavaScript', async () => {
    const withResults = await session.open('/directory/?theme=mentoring&age=12');
    await results(withResults.page);
    expect(await axeViolations(withResults.page)).toEqual([]);
    // axe needs JavaScript, so the no-script listing is checked by blocking the page's own script instead.
    const context = await session.newContext();
    await context.route('**/_astro/*.js', (route) => route.abort());
    const noScript = await context.newPage();
    await noScript.goto(new URL('/directory/', session.baseUrl).href);
    expect(await noScript.isHidden('#directory-search')).toBe(true);
    expect(await axeViolations(noScript)).toEqual([]);
  });
});
