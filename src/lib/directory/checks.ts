/**
 * Directory checks beyond single tables, run by `npm run validate` and the build:
 * every entry cites at least one source listing, every organisation delivers
 * something, and the generated downloads match the tables they come from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataProblem } from '../../core/errors';
import { displayPath } from '../../core/load';
import { assembleDirectory, type DirectoryTables } from './';
import { directoryExportFiles } from './export';
import {
  listingsTable,
  organizationsTable,
  phonesTable,
  serviceAreasTable,
  servicesTable,
} from '../../schemas/directory';
import type { RowOf } from '../../core/tables';
import type { sourcesTable } from '../../schemas/sources';

const REGENERATE =
  'is out of date with the directory tables; run `npm run import -- directory-exports` and commit the result';

/** The directory tables out of the loaded rows, by resource name. */
export function directoryTablesFrom(rows: Map<string, Record<string, unknown>[]>): DirectoryTables {
  const get = <T>(name: string) => (rows.get(name) ?? []) as T[];
  return {
    organizations: get(organizationsTable.name),
    services: get(servicesTable.name),
    areas: get(serviceAreasTable.name),
    phones: get(phonesTable.name),
    listings: get(listingsTable.name),
  };
}

/** Cross-table checks of the directory and the freshness of its generated files. */
export function directoryChecks(rows: Map<string, Record<string, unknown>[]>, dataDir: string): DataProblem[] {
  const t = directoryTablesFrom(rows);
  const problems: DataProblem[] = [];
  const listed = new Set(t.listings.map((l) => l.service_id));
  t.services.forEach((s, i) => {
    if (!listed.has(s.service_id)) {
      problems.push({
        file: displayPath(join(dataDir, servicesTable.path)),
        row: i + 2,
        column: 'service_id',
        value: s.service_id,
        problem: `has no row in ${listingsTable.path}; expected every entry to cite where the source lists it`,
      });
    }
  });
  const delivering = new Set(t.services.map((s) => s.organization_id));
  t.organizations.forEach((o, i) => {
    if (!delivering.has(o.organization_id)) {
      problems.push({
        file: displayPath(join(dataDir, organizationsTable.path)),
        row: i + 2,
        column: 'organization_id',
        value: o.organization_id,
        problem: 'delivers no service in directory/services.csv; expected every organisation to have at least one',
      });
    }
  });
  if (problems.length) return problems;
  const entries = assembleDirectory(t);
  const sources = (rows.get('sources') ?? []) as RowOf<typeof sourcesTable.fields>[];
  for (const { path, text } of directoryExportFiles(entries, sources)) {
    const full = join(dataDir, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text)
      problems.push({ file: displayPath(full), problem: REGENERATE });
  }
  return problems;
}
