/**
 * Recording a release: when a data officer starts preparing the next release, the one
 * now published becomes "the previous release". Its monthly totals replace the record
 * (data/releases/previous.csv), each with the release since which it has stood unchanged,
 * and its line per dataset (what it added and revised against the release recorded before
 * it, as /data/changes/ showed) joins the history (data/releases/history.csv). Pure: the
 * script `npm run record-release` reads and writes the files.
 */
import { compareReleases, historyRows, nextRecord, recordedRelease, type HistoryRow, type RecordRow } from './compare';
import type { MonthlyTotals } from './totals';

export interface ReleaseRecord {
  record: RecordRow[];
  history: HistoryRow[];
}

/**
 * The record and history after recording the release dated `release`, whose data gives
 * `totals`. Refuses a release that is not after the one already recorded (recorded twice,
 * or dataUpdated not moved on since the last time).
 */
export function recordRelease(before: ReleaseRecord, totals: MonthlyTotals, release: string): ReleaseRecord {
  const previous = recordedRelease(before.record);
  if (previous !== null && previous >= release)
    throw new Error(
      `the release of ${previous} is already recorded, and this one (${release}) is not after it: set dataUpdated in content/site.json to the published release's date, or leave the record as it is`,
    );
  const changes = compareReleases(before.record, totals, release);
  const history = [...before.history.filter((h) => h.release !== release), ...historyRows(changes, totals)].sort(
    (a, b) => (a.release === b.release ? (a.dataset < b.dataset ? -1 : 1) : a.release < b.release ? -1 : 1),
  );
  return { record: nextRecord(before.record, totals, release), history };
}
