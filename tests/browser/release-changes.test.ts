/**
 * /data/changes/ as a journalist reads it on a phone, in the next release
 * (tests/sites/new-document.ts): the revised month's four columns (month, before, now,
 * change) all on a 360 px screen, and the page passes axe.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../helpers/browser';

const session = useBrowser('new-document');

describe('/data/changes/ with a revised month', () => {
  for (const width of [360, 1280]) {
    it(`shows every column of the revised months at ${width} px and passes axe`, async () => {
      const { page } = await session.open('/data/changes/', { width, height: 800 });
      const table = page.locator('table[id^="revised-"]');
      expect(await table.count()).toBe(1);
      const heads = await table
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.map((th) => ({ text: (th.textContent ?? '').trim(), right: th.getBoundingClientRect().right })),
        );
      expect(heads.map((h) => h.text)).toEqual(['Month', 'Before', 'Now', 'Change']);
      for (const h of heads) expect(h.right, `${h.text} on screen`).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
