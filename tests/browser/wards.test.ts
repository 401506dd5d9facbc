/**
 * The ward map in a real browser: keyboard access with accessible names, switching the
 * view without a reload, "find my ward" with the location matched in the page, table
 * sorting and the no-JavaScript fallback. (axe on the map and a ward page of each set:
 * tests/browser/accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findMyWard, openAt, useBrowser } from '../helpers/browser';
import { loadTable } from '../../src/core/load';
import { wardsTable } from '../../src/schemas/wards';
import { siteConfig } from '../../src/lib/site';

// Wards to visit and counts to expect come from the ward list in data/.
const wardRows = loadTable(wardsTable);
const oldWards = wardRows.filter((w) => w.ward_set === '2002-2022');

const session = useBrowser();

const fills = (page: Page) =>
  page.$$eval('#ward-map svg use', (us) =>
    us.map((u) => `${u.getAttribute('href')!.split('#')[1]}=${u.getAttribute('fill')}`),
  );

describe('ward map', () => {
  it("announces a ward's name and value when it gets keyboard focus", async () => {
    const { page } = await session.open('/wards/');
    let inMap = false;
    for (let i = 0; i < 120 && !inMap; i++) {
      await page.keyboard.press('Tab');
      inMap = await page.evaluate(() => !!document.activeElement?.closest('#ward-map svg'));
    }
    expect(inMap).toBe(true);
    const focused = page.locator(':focus');
    const code = (await focused.locator('use').getAttribute('href'))!.split('#')[1]!;
    const row = page.locator('#ward-map-table tbody tr', { has: page.locator(`td:text-is("${code}")`) });
    const name = (await row.locator('th').textContent())!.trim();
    const value = (await row.locator('td').nth(0).textContent())!.trim();
    expect(await focused.ariaSnapshot()).toContain(`link "${name}: ${value} offences"`);
    expect(await page.locator('.ward-tooltip').isVisible()).toBe(true);
    expect(await page.locator('.ward-tooltip').textContent()).toBe(`${name}: ${value} offences`);
  });

  it("lets a keyboard user skip past the map's ward links, with one key", async () => {
    const { page } = await session.open('/wards/');
    let onSkip = false;
    for (let i = 0; i < 120 && !onSkip; i++) {
      await page.keyboard.press('Tab');
      onSkip = await page.evaluate(() => document.activeElement?.classList.contains('skip-links') ?? false);
    }
    expect(onSkip).toBe(true);
    const wards = await page.locator('#ward-map svg a').count();
    expect(await page.locator(':focus').textContent()).toContain(`Skip past the ${wards} links on this map`);
    expect(await page.locator(':focus').isVisible()).toBe(true);
    // Before the map: the next Tab would reach its first ward.
    expect(
      await page.evaluate(() => {
        const first = document.querySelector('#ward-map svg a')!;
        return !!(document.activeElement!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#ward-map svg'))).toBe(false);
    expect(
      await page.evaluate(() => {
        const summary = document.querySelector('#ward-map-summary')!;
        return !!(summary.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
  });

  it('changes the fills, the table and the address when a category is chosen, without reloading', async () => {
    const { page } = await session.open('/wards/');
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    const before = await fills(page);
    const firstRow = await page.locator('#ward-map-table tbody tr').first().textContent();
    await page
      .getByRole('link', { name: 'Shoplifting' })
      .count()
      .then((n) => expect(n).toBe(0));
    await page.locator('.map-choices a', { hasText: /^Burglary$/ }).click();
    await page.waitForURL('**/wards/map/2022/burglary/latest-12-months/count/');
    await page.waitForFunction(() =>
      document.querySelector('#ward-map-view')?.getAttribute('data-title')?.startsWith('Burglary'),
    );
    expect(await fills(page)).not.toEqual(before);
    expect(await page.locator('#ward-map-table tbody tr').first().textContent()).not.toBe(firstRow);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.locator('.map-choices a[aria-current="true"]', { hasText: /^Burglary$/ }).count()).toBe(1);
    expect(await page.locator('#ward-map-status').textContent()).toContain('Burglary');
    await page.goBack();
    await page.waitForFunction(() =>
      document.querySelector('#ward-map-view')?.getAttribute('data-title')?.startsWith('All crime'),
    );
    expect(await fills(page)).toEqual(before);
  });

  it('works without JavaScript: every choice is an ordinary link to its own page', async () => {
    const { page } = await session.open('/wards/', { javaScript: false });
    expect(await page.locator('.find-ward-button').isVisible()).toBe(false);
    await page.locator('.map-choices a', { hasText: /^2002–2022 wards/ }).click();
    await page.waitForURL('**/wards/map/2002-2022/all-crime/latest-12-months/count/');
    expect(await page.locator('#ward-map svg a[aria-label]').count()).toBe(oldWards.length);
    expect(await page.locator('.map-choices a', { hasText: 'Per 1,000 residents' }).count()).toBe(1);
  });

  it('sorts the table by a column when its heading is pressed', async () => {
    const { page } = await session.open('/wards/');
    // The table is in the map's disclosure, with its source and downloads.
    await page.locator('#ward-map-table').locator('xpath=ancestor::details[1]/summary').click();
    await page.locator('#ward-map-table thead button', { hasText: 'Ward' }).first().click();
    const names = await page.$$eval('#ward-map-table tbody th', (ths) => ths.map((t) => t.textContent!.trim()));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(await page.locator('#ward-map-table thead th[aria-sort="ascending"]').count()).toBe(1);
    // Numbers sort as numbers, whether the cell carries its raw value (1,234) or its text is the value (655).
    await page.locator('#ward-map-table thead button', { hasText: /^Offences$/ }).click();
    const offences = await page.$$eval('#ward-map-table tbody tr', (trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')];
        const i = [...tr.closest('table')!.querySelectorAll('thead th')].findIndex((h) => h.textContent === 'Offences');
        return Number(cells[i]!.textContent!.replace(/,/g, ''));
      }),
    );
    expect(offences.some((n) => n >= 1000) && offences.some((n) => n < 1000)).toBe(true);
    expect(offences).toEqual([...offences].sort((a, b) => a - b));
  });
});

describe('find my ward', () => {
  it('finds the ward for a location inside the borough, with no request to any other site', async () => {
    const { page, context } = await openAt(session, '/wards/', { latitude: 51.4057, longitude: 0.0144 });
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(session.baseUrl)) foreign.push(r.url());
    });
    const found = await findMyWard(page);
    expect(found.text).toContain('You appear to be in Bromley Town (May 2022 wards)');
    expect(found.href).toBe('/wards/E05013991/');
    expect(found.located).toMatch(/#E05013991$/);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('says so politely when the location is outside the area, naming it', async () => {
    const { page, context } = await openAt(session, '/wards/', { latitude: 51.5074, longitude: -0.1278 });
    await page.locator('.find-ward-button').click();
    await page.waitForFunction(
      (area) => (document.querySelector('.find-ward-result')?.textContent ?? '').includes(`outside ${area},`),
      siteConfig().area.name,
    );
    await context.close();
  });

  it('explains politely when location is refused', async () => {
    const { page, context } = await openAt(session, '/wards/', null);
    await page.locator('.find-ward-button').click();
    await page.waitForFunction(() =>
      /location is turned off/.test(document.querySelector('.find-ward-result')?.textContent ?? ''),
    );
    expect(await page.locator('.find-ward-result').textContent()).toContain(
      'pick your ward on the map or from the lists',
    );
    await context.close();
  });
});
