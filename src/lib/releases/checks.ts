/**
 * Checks of the release record that `npm run validate` and the build run: it holds one
 * release, dated before this one (content/site.json `dataUpdated`), and the history holds
 * only releases before the recorded one. A record of this very release means it was made
 * after the new data was prepared, or dataUpdated was not moved on: /data/changes/ would
 * then say nothing changed.
 */
import { join } from 'node:path';
import type { DataProblem } from '../../core/errors';
import { dataDir, displayPath } from '../../core/load';
import { releaseHistoryTable, releaseTotalsTable } from '../../schemas/releases';
import type { HistoryRow, RecordRow } from './compare';

/** Problems with the release record and history, given this release's date. */
export function releaseChecks(
  rows: Map<string, Record<string, unknown>[]>,
  release: string,
  dir = dataDir(),
): DataProblem[] {
  const record = (rows.get(releaseTotalsTable.name) ?? []) as unknown as RecordRow[];
  const history = (rows.get(releaseHistoryTable.name) ?? []) as unknown as HistoryRow[];
  const recordFile = displayPath(join(dir, releaseTotalsTable.path));
  const historyFile = displayPath(join(dir, releaseHistoryTable.path));
  const problems: DataProblem[] = [];
  const recorded = record[0]?.release;
  record.forEach((r, i) => {
    if (r.release !== recorded)
      problems.push({
        file: recordFile,
        row: i + 2,
        column: 'release',
        value: r.release,
        problem: `is not the release of row 2 (${recorded}); the record holds one release: run npm run record-release to write it`,
      });
  });
  if (recorded !== undefined && recorded >= release)
    problems.push({
      file: recordFile,
      row: 2,
      column: 'release',
      value: recorded,
      problem: `is not before this release (${release}, dataUpdated in content/site.json): record a release before importing the next one's data, and set dataUpdated to the new release's date`,
    });
  history.forEach((h, i) => {
    if (recorded === undefined || h.release > recorded)
      problems.push({
        file: historyFile,
        row: i + 2,
        column: 'release',
        value: h.release,
        problem: `is ${recorded === undefined ? 'in the history, but no release is recorded' : `after the recorded release (${recorded})`}; the history holds the releases up to the recorded one`,
      });
  });
  return problems;
}
