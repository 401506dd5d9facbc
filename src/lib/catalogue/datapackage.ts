/**
 * Builds the Frictionless Data Package descriptor from the table registry, so
 * `data/datapackage.json` always matches the schemas the data is validated with.
 */
import type { AnyTable, ExtraResource, SourceRef } from '../../core/tables';

export type { ExtraResource };
import type { SiteConfig } from '../../schemas/site';
import { licenceLabel, type LicenceLabel } from '../../core/licence';

/** A row of data/meta/sources.csv, as far as the package needs it. */
export interface SourceRow {
  source_id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** The licence the source is published under, as recorded in sources.csv. */
  licence: string;
}

/** A Frictionless licence entry. */
export interface LicenceEntry {
  name: string;
  title: string;
  path?: string;
}

/** The Open Definition id for "no licence stated", used where a source states none. */
export const NOT_STATED = 'notspecified';

/**
 * A resource's licence label from the sources data/meta/table-sources.csv lists for it: the
 * site licence when every listed source states it (or none is listed: the portal compiled
 * it), otherwise each source's recorded licence, word for word, and no licence claimed.
 */
export function resourceLicenceLabel(site: SiteConfig, resourceName: string, provenance: Provenance): LicenceLabel {
  const recorded = provenance.tableSources
    .filter((t) => t.resource === resourceName)
    .map((t) => provenance.sources.find((r) => r.source_id === t.source_id) ?? { title: t.source_id, licence: '' });
  // What the portal compiles itself (no source listed) it publishes under the site licence.
  return licenceLabel(recorded.length ? recorded : [{ title: site.name, licence: site.licence.name }], site.licence);
}

/** A resource's Frictionless licences: the site licence, or "not specified" with the recorded words as its title. */
export function resourceLicences(site: SiteConfig, resourceName: string, provenance: Provenance): LicenceEntry[] {
  const label = resourceLicenceLabel(site, resourceName, provenance);
  return label.url
    ? [{ name: site.licence.id, title: site.licence.name, path: site.licence.url }]
    : [{ name: NOT_STATED, title: label.text }];
}

/** A row of data/meta/table-sources.csv: one source of one published dataset. */
export interface TableSourceRow {
  resource: string;
  source_id: string;
  caveat: string | null;
}

/** Where the data package's `sources` come from: the sources and which dataset uses which. */
export interface Provenance {
  sources: readonly SourceRow[];
  tableSources: readonly TableSourceRow[];
}

/**
 * The provenance as the catalogue describes it: for a table whose rows name their source
 * (`sourcesFromRows`), the sources table-sources.csv lists for it that none of its rows
 * cites are left out, and so is a source left listed for no dataset at all (the portal
 * does not cite it). Every other listing is kept as recorded.
 */
export function citedProvenance<T extends Pick<AnyTable, 'name' | 'sourcesFromRows'>>(
  provenance: Provenance,
  tables: readonly T[],
  rowsOf: (table: T) => readonly Record<string, unknown>[],
): Provenance {
  const cited = new Map(
    tables.filter((t) => t.sourcesFromRows).map((t) => [t.name, new Set(rowsOf(t).map((r) => r.source_id))] as const),
  );
  const kept = provenance.tableSources.filter((t) => cited.get(t.resource)?.has(t.source_id) ?? true);
  const dropped = new Set(provenance.tableSources.filter((t) => !kept.includes(t)).map((t) => t.source_id));
  for (const t of kept) dropped.delete(t.source_id);
  return {
    sources: provenance.sources.filter((s) => !dropped.has(s.source_id)),
    tableSources: kept,
  };
}

/**
 * A dataset's Frictionless `sources`: what its definition describes (for what the portal
 * compiles itself), then each source data/meta/table-sources.csv lists for it, with its
 * title, publisher and address from data/meta/sources.csv.
 */
export function resolveSources(
  resource: { name: string; sources?: readonly SourceRef[] },
  provenance: Provenance,
): SourceRef[] {
  const listed = provenance.tableSources
    .filter((t) => t.resource === resource.name)
    .map((t) => {
      const row = provenance.sources.find((r) => r.source_id === t.source_id);
      if (!row)
        throw new Error(
          `data/meta/table-sources.csv lists source "${t.source_id}" for ${resource.name}, which is not in data/meta/sources.csv`,
        );
      return { title: row.title, publisher: row.publisher, ...(row.url ? { path: row.url } : {}) };
    });
  return [...(resource.sources ?? []), ...listed];
}

/** Caveats data/meta/table-sources.csv records for a dataset's figures from each source. */
export function sourceCaveats(resourceName: string, provenance: Provenance): string[] {
  return provenance.tableSources.filter((t) => t.resource === resourceName && t.caveat).map((t) => t.caveat!);
}

/** The Table Schema of one table. */
export function tableSchema(table: AnyTable) {
  return {
    fields: table.columns.map((name) => {
      const f = table.fields[name];
      return {
        name,
        type: f.type,
        ...(f.format ? { format: f.format } : {}),
        title: f.title,
        description: f.unit ? `${f.description} Unit: ${f.unit}.` : f.description,
        constraints: f.constraints,
      };
    }),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys?.length ? { foreignKeys: table.foreignKeys } : {}),
  };
}

/** The data package descriptor for the given tables and extra resources. */
export function buildDataPackage(
  site: SiteConfig,
  tables: readonly AnyTable[],
  extra: readonly ExtraResource[],
  provenance: Provenance,
) {
  const licenses = [{ name: site.licence.id, title: site.licence.name, path: site.licence.url }];
  return {
    profile: 'data-package',
    name: `${site.area.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-community-safety`,
    title: site.name,
    description: site.description,
    homepage: site.url,
    version: site.dataUpdated,
    created: `${site.dataUpdated}T00:00:00Z`,
    licenses,
    contributors: [{ title: site.publisher.name, role: 'publisher' }],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        path: t.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: t.title,
        description: t.description,
        sources: resolveSources(t, provenance),
        licenses: resourceLicences(site, t.name, provenance),
        schema: tableSchema(t),
      })),
      ...extra.map(({ section: _section, absentWhen: _absent, ...r }) => ({
        ...r,
        sources: resolveSources(r, provenance),
        profile: 'data-resource',
        encoding: 'utf-8',
        licenses: resourceLicences(site, r.name, provenance),
      })),
    ],
  };
}
