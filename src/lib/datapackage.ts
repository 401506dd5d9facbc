/**
 * Builds the Frictionless Data Package descriptor from the table registry, so
 * `data/datapackage.json` always matches the schemas the data is validated with.
 */
import type { AnyTable } from './tables';
import type { SiteConfig } from '../schemas/site';

/** A resource that is not a CSV table (boundaries, JSON exports), described by hand. */
export interface ExtraResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  sources: Array<{ title: string; publisher?: string; path?: string }>;
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
export function buildDataPackage(site: SiteConfig, tables: readonly AnyTable[], extra: readonly ExtraResource[] = []) {
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
        sources: t.sources,
        licenses,
        schema: tableSchema(t),
      })),
      ...extra.map((r) => ({ ...r, profile: 'data-resource', encoding: 'utf-8', licenses })),
    ],
  };
}
