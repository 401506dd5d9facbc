/**
 * The ward map of an area of more than one borough (the second build of
 * tests/sites/borough-scale.ts): its wards are a picture, and its links are the boroughs
 * outlined over them, each large enough to point at on a phone (WCAG 2.2 AA 2.5.8 asks
 * for 24 × 24 CSS pixels) and named with its figure. "Find my ward" still names the ward
 * and links its page, from the shapes file.
 */
import { expect, it } from 'vitest';
import { axeViolations, findMyWard, openAt, useBrowser } from '../helpers/browser';
import { builtSite } from '../helpers/sites';
import { describeWithRawFiles } from '../helpers/raw-files';

// The site is made from the raw London-wide boundaries: without them it is not built, and this is skipped.
describeWithRawFiles('the map of a large area', () => {
  const site = builtSite('borough-scale');
  const session = useBrowser('large-area');

  it('builds the area', () => site.expectMade());

  it('links each borough over its wards, never a ward, each link at least 24 px each way on a phone, with no axe violation', async () => {
    const { page } = await session.open('/wards/', { width: 360, height: 800 });
    const rows = await page.$$eval('#ward-map-table tbody tr', (trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent!.trim(),
        offences: tr.querySelectorAll('td')[0]!.textContent!.trim(),
      })),
    );
    expect(rows.length).toBe(2);
    const links = await page.$$eval('#ward-map svg a', (as) =>
      as.map((a) => {
        const box = a.getBoundingClientRect();
        return { href: a.getAttribute('href')!, label: a.getAttribute('aria-label')!, w: box.width, h: box.height };
      }),
    );
    expect(links.map((l) => l.label).sort()).toEqual(rows.map((r) => `${r.name}: ${r.offences} offences`).sort());
    for (const l of links) {
      expect(l.href).toMatch(/^\/wards\/boroughs\/E09\d{6}\/$/);
      expect(Math.min(l.w, l.h), l.label).toBeGreaterThanOrEqual(24);
    }
    expect(await page.locator('#ward-map svg use[href*="#E05"]').count()).toBeGreaterThan(2);
    expect(await page.locator('#ward-map svg a use[href*="#E05"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("names a borough and its figure when the pointer is over it, and opens the borough's page", async () => {
    const { page } = await session.open('/wards/');
    await page.locator('#ward-map svg.ward-map-svg').scrollIntoViewIfNeeded();
    const link = page.locator('#ward-map svg a').first();
    const label = await link.getAttribute('aria-label');
    const box = (await link.boundingBox())!;
    // A point inside the borough's outline (its box's centre may fall outside it).
    const inside = await link.evaluate((a) => {
      const use = a.querySelector('use')!;
      const r = use.getBoundingClientRect();
      for (let y = r.top + 2; y < r.bottom; y += 4)
        for (let x = r.left + 2; x < r.right; x += 4)
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
      return null;
    });
    expect(inside, `no point of ${label} takes the pointer in its ${box.width} × ${box.height} box`).not.toBeNull();
    await page.mouse.move(inside!.x, inside!.y);
    await page.locator('.ward-tooltip').waitFor();
    expect(await page.locator('.ward-tooltip').textContent()).toBe(label);
    await page.mouse.click(inside!.x, inside!.y);
    await page.waitForURL(/\/wards\/boroughs\/E09\d{6}\/$/);
  });

  it('finds the ward for a location, with its name and page from the shapes file', async () => {
    const { page } = await openAt(session, '/wards/', { latitude: 51.4057, longitude: 0.0144 });
    const found = await findMyWard(page);
    expect(found.text).toContain('You appear to be in Bromley Town (May 2022 wards)');
    expect(found.href).toBe('/wards/E05013991/');
    expect(found.located).toMatch(/#E05013991$/);
    // The map links boroughs, so the ward's name and page came from the shapes file.
    expect(await page.locator('#ward-map .is-located').evaluate((u) => u.closest('a'))).toBeNull();
  });
});
