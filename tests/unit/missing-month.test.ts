/**
 * A month the source has no figures for is never read as a month without crime. Fixture:
 * the project's data with every row of one month (June 2025) taken out of the May 2022
 * ward table, as when a police file lacks a month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useDataCopy } from '../helpers/data-copy';

const MISSING = '2025-06';
const data = useDataCopy('missing-month');
const table = join(data, 'wards', 'crime-monthly-2022-wards.csv');
const lines = readFileSync(table, 'utf8').split('\n');
writeFileSync(table, lines.filter((l) => !l.includes(`,${MISSING},`)).join('\n'));

let lib: typeof import('../../src/lib/wards');
let charts: typeof import('../../src/lib/wards/charts');
let feed: typeof import('../../src/lib/wards/feed');
let map: typeof import('../../src/lib/wards/map');
beforeAll(async () => {
  lib = await import('../../src/lib/wards');
  charts = await import('../../src/lib/wards/charts');
  feed = await import('../../src/lib/wards/feed');
  map = await import('../../src/lib/wards/map');
});

describe('a month the source lacks', () => {
  it('is known as missing, and left out of the months with figures', () => {
    expect(lib.wardSetData('2022').missingMonths.has(MISSING)).toBe(true);
    expect(lib.monthsWithFigures('2022')).not.toContain(MISSING);
    expect(lib.monthsWithFigures('2022')).toContain('2025-05');
  });

  it('is a gap in the trend chart and its table, and its summary says so', () => {
    const w = lib.wardSetData('2022').wards[0]!;
    const trend = charts.trendChart(w);
    const row = trend.table.rows.find((r) => r.month === MISSING)!;
    expect(row.offences).toBeNull();
    expect(row.average_ward).toBeNull();
    expect(trend.summary).toContain('The source has no figures for June 2025.');
  });

  it('has no feed entry, and no month compares with it', () => {
    const w = lib.wardSetData('2022').wards[0]!;
    for (const spec of [feed.wardFeed(w), feed.areaFeed('2022')]) {
      expect(spec.entries.some((e) => e.id.endsWith(`#${MISSING}`))).toBe(false);
      expect(spec.entries.some((e) => e.id.endsWith('#2025-05'))).toBe(true);
    }
    // The published series ends before June 2026, so the year after is checked on the entries alone.
    const [later] = feed.monthEntries({
      months: ['2025-05', '2025-07', '2026-06'],
      counts: [10, 12, 14],
      who: 'Anywhere',
      page: 'https://example.org/wards/E05990001/',
      updated: () => '2026-12-01',
      more: 'more.',
    });
    expect(later!.title).toBe('June 2026: 14 offences in Anywhere');
  });

  it("is named on a ward's first screen, whose 12-month total leaves it out", async () => {
    const { wardGlance } = await import('../../src/lib/wards/glance');
    expect(wardGlance(lib.wardSetData('2022').wards[0]!).missing).toEqual(['June 2025']);
  });

  it('has no map view, and the 12-month map says its totals leave it out', async () => {
    expect(map.periodsFor('2022')).not.toContain(MISSING);
    const { mapView } = await import('../../src/lib/wards/map-view');
    const view = mapView({ set: '2022', category: 'all-crime', period: map.LATEST_12, measure: 'count' });
    expect(view.summary).toContain('The source has no figures for June 2025, so these totals leave it out.');
  });
});
