/**
 * The licence words of figures drawn from listed sources, as data/meta/sources.csv records
 * them, for the source line under a chart: the open licence where every source states it,
 * otherwise what each source records, with no licence claimed.
 */
import { loadTable } from '../core/load';
import { licenceLabel } from '../core/licence';
import type { Provenance } from '../core/provenance';
import { sourcesTable, tableSourcesTable } from '../schemas/sources';
import { siteConfig } from './site';

/** The `licence` and `licenceUrl` of a chart's provenance, from the sources (source_id) its figures come from. */
export function licenceOfSources(ids: readonly string[]): Required<Pick<Provenance, 'licence' | 'licenceUrl'>> {
  const rows = loadTable(sourcesTable);
  const label = licenceLabel(
    ids.map((id) => {
      const row = rows.find((r) => r.source_id === id);
      if (!row) throw new Error(`no source "${id}" in data/meta/sources.csv`);
      return row;
    }),
    siteConfig().licence,
  );
  return { licence: label.text, licenceUrl: label.url };
}

/** The sources data/meta/table-sources.csv lists for a published table (by its resource name). */
export function tableSourceIds(resource: string): string[] {
  return loadTable(tableSourcesTable)
    .filter((t) => t.resource === resource)
    .map((t) => t.source_id);
}
