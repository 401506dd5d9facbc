/**
 * The site's releases: this release's monthly totals (from the published tables), the
 * record of the previous release's (data/releases/previous.csv) and the history of the
 * releases before it, and what changed between them, for /data/changes/, its feed and the
 * dates of the ward feeds' entries. This release is the date in content/site.json
 * (`dataUpdated`).
 */
import { loadTable } from '../../core/load';
import { releaseHistoryTable, releaseTables, releaseTotalsTable } from '../../schemas/releases';
import type { AnyTable } from '../../core/tables';
import type { SiteConfig } from '../../schemas/site';
import { publishedTables } from '../catalogue';
import { siteConfig } from '../site';
import { compareReleases, publishedSince, type HistoryRow, type ReleaseChanges } from './compare';
import { monthlyTotals, type MonthlyTotals } from './totals';

let totals: MonthlyTotals | undefined;
let since: ((dataset: string, month: string) => string) | undefined;

/** The tables a release's totals are taken from: every published table but the release record's own. */
export function releasedTables(site: SiteConfig): AnyTable[] {
  return publishedTables(site).filter((t) => !(releaseTables as readonly AnyTable[]).includes(t));
}

/** This release's monthly totals of every published table that counts by month. */
export function currentTotals(): MonthlyTotals {
  return (totals ??= monthlyTotals(releasedTables(siteConfig()), (t) => loadTable(t)));
}

/** What this release adds and revises against the previous one (none recorded: `previous` is null). */
export function releaseChanges(): ReleaseChanges {
  return compareReleases(loadTable(releaseTotalsTable), currentTotals(), siteConfig().dataUpdated);
}

/** The releases recorded before the previous one's comparison, newest first. */
export function releaseHistory(): HistoryRow[] {
  return [...loadTable(releaseHistoryTable)].sort((a, b) =>
    a.release === b.release ? (a.dataset < b.dataset ? -1 : 1) : a.release < b.release ? 1 : -1,
  );
}

/**
 * The release from which a dataset's total for a month has stood unchanged (see
 * publishedSince): a feed entry about that month was last changed then.
 */
export function monthPublishedSince(dataset: string, month: string): string {
  since ??= publishedSince(loadTable(releaseTotalsTable), currentTotals(), siteConfig().dataUpdated);
  return since(dataset, month);
}
