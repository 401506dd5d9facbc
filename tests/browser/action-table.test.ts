import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../helpers/browser';

const session = useBrowser();

const LCRB = '/strategies/lcrb-anti-gangs-strategy/';
const visibleRefs = (page: import('playwright-core').Page) =>
  page.$$eval('#actions-action-points tbody tr', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id.replace('action-', '')),
  );

describe('the filterable action table', () => {
  it('shows every action point and no filters without JavaScript', async () => {
    const { page, foreignRequests } = await session.open(LCRB, { javaScript: false });
    expect(await visibleRefs(page)).toHaveLength(23);
    expect(await page.isVisible('form.action-filters')).toBe(false);
    expect(await page.getAttribute('a[href$="/actions.csv"]', 'href')).toBe(
      '/strategies/lcrb-anti-gangs-strategy/actions.csv',
    );
    expect(foreignRequests).toEqual([]);
  });

  it('filters by theme and by lead, says how many are shown, and keeps the choice in the address', async () => {
    const { page, foreignRequests } = await session.open(LCRB);
    const theme = page.getByLabel('Theme', { exact: true });
    const lead = page.getByLabel('Lead', { exact: true });
    expect(await visibleRefs(page)).toHaveLength(23);

    await theme.selectOption('Prevention / Diversion');
    expect(await visibleRefs(page)).toEqual(['20', '21', '22', '23']);
    expect(await page.textContent('.action-filter-status')).toBe('Showing 4 of 23 action points.');

    await lead.selectOption('London Crime Reduction Board');
    expect(await visibleRefs(page)).toEqual(['22', '23']);
    expect(new URL(page.url()).searchParams.get('actions-action-points-lead')).toBe('London Crime Reduction Board');

    await theme.selectOption('');
    await lead.selectOption("Mayor's Office for Policing and Crime (MOPAC)");
    expect(await visibleRefs(page)).toEqual(['13', '18', '19']);

    await lead.selectOption('(none)');
    expect(await visibleRefs(page)).toEqual(['1', '2', '8', '14', '15', '17', '20', '21']);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction(
      () => document.querySelector('.action-filter-status')?.textContent === 'Showing all 23 action points.',
    );
    expect(await visibleRefs(page)).toHaveLength(23);
    expect(new URL(page.url()).search).toBe('');
    expect(foreignRequests).toEqual([]);
  });

  it('opens already filtered from a shared address', async () => {
    const { page } = await session.open(`${LCRB}?actions-action-points-theme=Enforcement`);
    expect(await page.inputValue('#actions-action-points-theme')).toBe('Enforcement');
    expect(await visibleRefs(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await session.open(LCRB);
    await page.focus('#actions-action-points-theme');
    await page.keyboard.press('ArrowDown'); // Enforcement (8)
    expect(await page.inputValue('#actions-action-points-theme')).toBe('Enforcement');
    expect(await visibleRefs(page)).toHaveLength(8);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actions-action-points-lead');
  });

  it('filters each list of a document with two tables on its own', async () => {
    const { page } = await session.open('/strategies/tackling-gangs-in-bromley-2012/');
    await page.selectOption('#actions-long-term-recommendations-theme', 'Enforcement');
    const shown = (id: string) =>
      page.$$eval(`#${id} tbody tr`, (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length);
    expect(await shown('actions-long-term-recommendations')).toBe(2);
    expect(await shown('actions-short-term-recommendations')).toBe(8);
  });
});

// axe on the strategy pages as they load, at both widths: tests/browser/accessibility.test.ts.
describe('accessibility of the strategy pages', () => {
  it('fits a phone screen: no page scrolls sideways', async () => {
    for (const path of [
      '/strategies/',
      LCRB,
      '/strategies/strategic-group-september-2012/',
      '/strategies/tackling-gangs-in-bromley-2012/',
      '/strategies/citizen-involvement-austin-estate/',
    ]) {
      const { page } = await session.open(path, { width: 390 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });

  it('passes axe with a filter applied', async () => {
    const { page } = await session.open(LCRB);
    await page.selectOption('#actions-action-points-theme', 'Partnerships');
    expect(await axeViolations(page)).toEqual([]);
  });
});
