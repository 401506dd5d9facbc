/**
 * What changed between two releases, on two small data folders (tests/fixtures/releases/a
 * and b): release A is recorded as the previous release, then release B's data is compared
 * with it. B revises one month of the ward table (November 2025: 30 offences, 27 in A),
 * adds January 2026, and no longer has April 2010 in the borough table; a month whose
 * every count is missing has no total. Also the record the next release gets, the dates
 * feed entries carry, and the checks that stop a build with a stale record.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadTable } from '../../src/core/load';
import { formatProblem } from '../../src/core/errors';
import type { AnyTable } from '../../src/core/tables';
import { boroughMonthlyTable } from '../../src/schemas/borough';
import { wardCrimeNewTable, wardPoliceUkTable } from '../../src/schemas/wards';
import { allTables } from '../../src/schemas';
import { releaseHistoryTable, releaseTotalsTable } from '../../src/schemas/releases';
import { monthlyCountTables, monthlyTotals } from '../../src/lib/releases/totals';
import { compareReleases, publishedSince, type RecordRow } from '../../src/lib/releases/compare';
import { recordRelease } from '../../src/lib/releases/record';
import { releasedTables } from '../../src/lib/releases';
import { siteConfig } from '../../src/lib/site';
import { releaseChecks } from '../../src/lib/releases/checks';

const FIXTURES = join(import.meta.dirname, '../fixtures/releases');
const TABLES = [boroughMonthlyTable, wardCrimeNewTable, wardPoliceUkTable] as AnyTable[];
const totalsOf = (release: 'a' | 'b') => monthlyTotals(TABLES, (t) => loadTable(t, join(FIXTURES, release)));
const A = '2026-01-15';
const B = '2026-02-12';

describe('a release’s monthly totals', () => {
  it('are the counts of each table with a month and a count column, added up by month', () => {
    const a = totalsOf('a');
    expect([...a.keys()]).toEqual(['borough-crime-monthly', 'ward-crime-2022-wards', 'ward-policeuk-monthly']);
    expect([...a.get('ward-crime-2022-wards')!]).toEqual([
      ['2025-10', 27],
      ['2025-11', 27],
      ['2025-12', 22],
    ]);
    // March 2016 is missing from the source: it has no total, not a total of 0.
    expect([...a.get('ward-policeuk-monthly')!]).toEqual([['2016-02', 13]]);
  });

  it('come from every published monthly-count table, the release record itself aside', () => {
    const names = releasedTables(siteConfig()).map((t) => t.name);
    expect(monthlyCountTables(releasedTables(siteConfig())).map((t) => t.name)).toEqual(
      expect.arrayContaining(['borough-crime-monthly', 'ward-crime-2022-wards', 'ward-policeuk-monthly']),
    );
    // The record has a month and a count column too, but is not a release's data.
    expect(monthlyCountTables(allTables).map((t) => t.name)).toContain(releaseTotalsTable.name);
    expect(names).not.toContain(releaseTotalsTable.name);
    expect(names).not.toContain(releaseHistoryTable.name);
  });
});

describe('comparing two releases', () => {
  const recordedA = recordRelease({ record: [], history: [] }, totalsOf('a'), A);
  const changes = compareReleases(recordedA.record, totalsOf('b'), B);
  const ward = changes.datasets.find((d) => d.dataset === 'ward-crime-2022-wards')!;
  const borough = changes.datasets.find((d) => d.dataset === 'borough-crime-monthly')!;

  it('finds the revised month with its old and new totals', () => {
    expect(changes.previous).toBe(A);
    expect(ward.revised).toEqual([{ month: '2025-11', previous: 27, current: 30, difference: 3 }]);
  });

  it('finds the month added and the month no longer published, and nothing else', () => {
    expect(ward.added).toEqual([{ month: '2026-01', count: 19 }]);
    expect(ward).toMatchObject({ months: 4, firstMonth: '2025-10', lastMonth: '2026-01', dropped: [] });
    expect(borough).toMatchObject({ added: [], revised: [], dropped: [{ month: '2010-04', count: 11 }] });
    expect(changes.datasets.find((d) => d.dataset === 'ward-policeuk-monthly')).toMatchObject({
      added: [],
      revised: [],
      dropped: [],
    });
  });

  it('says there is nothing to compare with when no release is recorded', () => {
    expect(compareReleases([], totalsOf('b'), B)).toEqual({ release: B, previous: null, datasets: [] });
  });

  it('dates a month by the release since which its total has stood', () => {
    const since = publishedSince(recordedA.record, totalsOf('b'), B);
    expect(since('ward-crime-2022-wards', '2025-10')).toBe(A);
    expect(since('ward-crime-2022-wards', '2025-11')).toBe(B);
    expect(since('ward-crime-2022-wards', '2026-01')).toBe(B);
  });
});

describe('recording a release', () => {
  const a = recordRelease({ record: [], history: [] }, totalsOf('a'), A);
  const b = recordRelease(a, totalsOf('b'), B);

  it("keeps each month's total with the release it has stood since", () => {
    const row = (r: RecordRow[], month: string) =>
      r.find((x) => x.dataset === 'ward-crime-2022-wards' && x.month === month);
    expect(row(b.record, '2025-10')).toEqual({
      release: B,
      dataset: 'ward-crime-2022-wards',
      month: '2025-10',
      count: 27,
      published_since: A,
    });
    expect(row(b.record, '2025-11')).toMatchObject({ count: 30, published_since: B });
    expect(b.record.every((r) => r.release === B)).toBe(true);
    expect(b.record.some((r) => r.dataset === 'borough-crime-monthly' && r.month === '2010-04')).toBe(false);
  });

  it('adds a history line per dataset for each release, the first with nothing to compare', () => {
    expect(b.history.map((h) => [h.release, h.dataset, h.months_added, h.months_revised, h.months_dropped])).toEqual([
      [A, 'borough-crime-monthly', 0, 0, 0],
      [A, 'ward-crime-2022-wards', 0, 0, 0],
      [A, 'ward-policeuk-monthly', 0, 0, 0],
      [B, 'borough-crime-monthly', 0, 0, 1],
      [B, 'ward-crime-2022-wards', 1, 1, 0],
      [B, 'ward-policeuk-monthly', 0, 0, 0],
    ]);
    expect(b.history.filter((h) => h.release === A).every((h) => h.previous_release === null)).toBe(true);
    expect(b.history.filter((h) => h.release === B).every((h) => h.previous_release === A)).toBe(true);
  });

  it('refuses to record the same release twice, or an older one', () => {
    expect(() => recordRelease(b, totalsOf('b'), B)).toThrow(/already recorded/);
    expect(() => recordRelease(b, totalsOf('b'), A)).toThrow(/already recorded/);
  });
});

describe('checks of the release record', () => {
  const b = recordRelease(recordRelease({ record: [], history: [] }, totalsOf('a'), A), totalsOf('b'), B);
  const rows = (record: RecordRow[], history = b.history) =>
    new Map<string, Record<string, unknown>[]>([
      [releaseTotalsTable.name, record as unknown as Record<string, unknown>[]],
      [releaseHistoryTable.name, history as unknown as Record<string, unknown>[]],
    ]);

  it('accept a record of an earlier release, and an empty one', () => {
    expect(releaseChecks(rows(b.record), '2026-03-10', 'data')).toEqual([]);
    expect(releaseChecks(rows([], []), '2026-03-10', 'data')).toEqual([]);
  });

  it('stop a build whose record is of this release, naming the file, row and what to do', () => {
    expect(releaseChecks(rows(b.record), B, 'data').map(formatProblem)).toEqual([
      `data/releases/previous.csv row 2, column release: "${B}" is not before this release (${B}, dataUpdated in content/site.json): record a release before importing the next one's data, and set dataUpdated to the new release's date`,
    ]);
  });

  it('stop a record that mixes releases, and history after the recorded release', () => {
    const mixed = b.record.map((r, i) => (i === 2 ? { ...r, release: A } : r));
    expect(releaseChecks(rows(mixed), '2026-03-10', 'data').map((p) => [p.row, p.column])).toEqual([[4, 'release']]);
    expect(releaseChecks(rows([], b.history), '2026-03-10', 'data')).toHaveLength(b.history.length);
  });
});
