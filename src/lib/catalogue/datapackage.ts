/**
 * Builds the Frictionless Data Package descriptor from the table registry, so
 * `data/datapackage.json` always matches the schemas the data is validated with.
 */
import type { AnyTable, ExtraResource, SourceCitation, SourceRef } from '../../core/tables';

export type { ExtraResource };
import type { SiteConfig } from '../../schemas/site';
import { licenceLabel } from '../../core/licence';

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
 * A resource's licences from the sources it cites: the site licence unless a cited
 * source records a different one (a document stating no licence), in which case the
 * resource says "not stated" and claims nothing.
 */
export function resourceLicences(site: SiteConfig, cited: readonly SourceCitation[], rows: readonly SourceRow[]): LicenceEntry[] {
  const recorded = cited.flatMap((c) => ('source_id' in c ? [rows.find((r) => r.source_id === c.source_id)?.licence ?? ''] : []));
  const label = licenceLabel(recorded.length ? recorded : [site.licence.name], site.licence);
  return label.url ? [{ name: site.licence.id, title: site.licence.name, path: site.licence.url }] : [{ name: NOT_STATED, title: label.text }];
}

/** Frictionless `sources` entries, with source ids replaced by their title, publisher and address. */
export function resolveSources(cited: readonly SourceCitation[], rows: readonly SourceRow[]): SourceRef[] {
  return cited.map((c) => {
    if (!('source_id' in c)) return c;
    const row = rows.find((r) => r.source_id === c.source_id);
    if (!row) throw new Error(`a table cites source "${c.source_id}", which is not in data/meta/sources.csv`);
    return { title: row.title, publisher: row.publisher, ...(row.url ? { path: row.url } : {}) };
  });
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
export function buildDataPackage(site: SiteConfig, tables: readonly AnyTable[], extra: readonly ExtraResource[] = [], sourceRows: readonly SourceRow[] = []) {
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
        sources: resolveSources(t.sources, sourceRows),
        licenses: resourceLicences(site, t.sources, sourceRows),
        schema: tableSchema(t),
      })),
      ...extra.map((r) => ({ ...r, sources: resolveSources(r.sources, sourceRows), profile: 'data-resource', encoding: 'utf-8', licenses: resourceLicences(site, r.sources, sourceRows) })),
    ],
  };
}
