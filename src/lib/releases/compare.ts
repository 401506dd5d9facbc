/**
 * What changed since the last release: the current monthly totals against the record of
 * the previous release's (data/releases/previous.csv). Per dataset, the months the new
 * data adds, every earlier month whose total it revises (old, new, difference), and any
 * month it no longer has. Also the record the next release will compare with, and the
 * line per dataset that the release history keeps. Pure functions of their inputs.
 */
import type { MonthlyTotals } from './totals';

/** A row of the record of the previous release's totals. */
export interface RecordRow {
  release: string;
  dataset: string;
  month: string;
  count: number;
  /** The release from which the count had been published unchanged. */
  published_since: string;
}

/** A row of the release history: one release and dataset. */
export interface HistoryRow {
  release: string;
  previous_release: string | null;
  dataset: string;
  months: number;
  first_month: string;
  last_month: string;
  months_added: number;
  months_revised: number;
  months_dropped: number;
}

export interface Revision {
  month: string;
  previous: number;
  current: number;
  difference: number;
}

/** One dataset's changes since the previous release. */
export interface DatasetChanges {
  dataset: string;
  /** Months with a total now, first and last. */
  months: number;
  firstMonth: string;
  lastMonth: string;
  added: Array<{ month: string; count: number }>;
  revised: Revision[];
  /** Months the previous release had and the data no longer has. */
  dropped: Array<{ month: string; count: number }>;
  /** True when the previous release did not have the dataset at all. */
  isNew: boolean;
}

export interface ReleaseChanges {
  /** This release's date ("data last updated"). */
  release: string;
  /** The previous release's date, or null when none is recorded: there is nothing to compare with. */
  previous: string | null;
  /** Per dataset, in name order; empty when there is no previous release. */
  datasets: DatasetChanges[];
}

/** The release the record holds, or null for an empty record; a record mixing releases is refused. */
export function recordedRelease(record: readonly RecordRow[]): string | null {
  const dates = [...new Set(record.map((r) => r.release))];
  if (dates.length > 1) throw new Error(`the release record mixes releases (${dates.join(', ')}); it holds one`);
  return dates[0] ?? null;
}

/** The record's totals by dataset and month. */
function recordTotals(record: readonly RecordRow[]): Map<string, Map<string, RecordRow>> {
  const out = new Map<string, Map<string, RecordRow>>();
  for (const r of record) {
    if (!out.has(r.dataset)) out.set(r.dataset, new Map());
    out.get(r.dataset)!.set(r.month, r);
  }
  return out;
}

/** The current totals against the previous release's record. */
export function compareReleases(record: readonly RecordRow[], current: MonthlyTotals, release: string): ReleaseChanges {
  const previous = recordedRelease(record);
  if (previous === null) return { release, previous: null, datasets: [] };
  const before = recordTotals(record);
  const names = [...new Set([...current.keys(), ...before.keys()])].sort();
  const datasets = names.map((dataset): DatasetChanges => {
    const now = current.get(dataset) ?? new Map<string, number>();
    const then = before.get(dataset) ?? new Map<string, RecordRow>();
    const months = [...now.keys()];
    return {
      dataset,
      months: months.length,
      firstMonth: months[0] ?? '',
      lastMonth: months.at(-1) ?? '',
      added: months.filter((m) => !then.has(m)).map((m) => ({ month: m, count: now.get(m)! })),
      revised: months
        .filter((m) => then.has(m) && then.get(m)!.count !== now.get(m))
        .map((m) => ({
          month: m,
          previous: then.get(m)!.count,
          current: now.get(m)!,
          difference: now.get(m)! - then.get(m)!.count,
        })),
      dropped: [...then.values()].filter((r) => !now.has(r.month)).map((r) => ({ month: r.month, count: r.count })),
      isNew: !before.has(dataset),
    };
  });
  return { release, previous, datasets };
}

/**
 * The release from which a dataset's current total for a month has been published
 * unchanged: the recorded date when the record has the same total, otherwise this
 * release (a month it adds or revises, or any month when nothing is recorded).
 */
export function publishedSince(
  record: readonly RecordRow[],
  current: MonthlyTotals,
  release: string,
): (dataset: string, month: string) => string {
  const before = recordTotals(record);
  return (dataset, month) => {
    const was = before.get(dataset)?.get(month);
    return was && was.count === current.get(dataset)?.get(month) ? was.published_since : release;
  };
}

/** The record of this release, for the next one to compare with: every current total, with the date it has stood since. */
export function nextRecord(record: readonly RecordRow[], current: MonthlyTotals, release: string): RecordRow[] {
  const since = publishedSince(record, current, release);
  return [...current].flatMap(([dataset, months]) =>
    [...months].map(([month, count]) => ({ release, dataset, month, count, published_since: since(dataset, month) })),
  );
}

/** The history's lines for a release: per dataset, its months and what it added, revised and dropped. */
export function historyRows(changes: ReleaseChanges, current: MonthlyTotals): HistoryRow[] {
  const byName = new Map(changes.datasets.map((d) => [d.dataset, d]));
  return [...current].map(([dataset, months]) => {
    const d = byName.get(dataset);
    const list = [...months.keys()];
    return {
      release: changes.release,
      previous_release: changes.previous,
      dataset,
      months: list.length,
      first_month: list[0]!,
      last_month: list.at(-1)!,
      months_added: d ? d.added.length : 0,
      months_revised: d ? d.revised.length : 0,
      months_dropped: d ? d.dropped.length : 0,
    };
  });
}
