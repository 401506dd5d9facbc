/**
 * The dashboard in a real browser: charts and tables agree, it reads on a phone and works
 * from the keyboard. (axe and the requests its pages make: tests/browser/accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser';

const session = useBrowser();

describe('dashboard in Chromium', () => {
  it('the indicator chart draws one point per figure in its table', async () => {
    const { page } = await session.open('/indicators/anti-social-behaviour/');
    const tableValues = await page.$$eval('#published-table tbody td:nth-child(4)', (cells) =>
      cells.map((c) => c.getAttribute('data-value') ?? c.textContent),
    );
    const pointTitles = await page.$$eval('#published .chart-image svg .series circle title', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    const pointValues = pointTitles.map((t) => t.split(': ').pop()!.replace(/,/g, ''));
    expect(pointValues).toEqual(tableValues.filter((v) => v !== ''));
    expect(pointValues).toContain('4584');
  });

  it('reads well on a phone: nothing overflows the page width', async () => {
    const { page } = await session.open('/indicators/property-crime/', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('lets a keyboard user skip to the main content', async () => {
    const { page } = await session.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
