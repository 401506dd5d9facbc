/**
 * The open data catalogue, computed from the data package descriptor and the rows:
 * coverage, field documentation, download files and schema.org Dataset metadata.
 * Nothing here is a second hand-kept list: every dataset comes from the registry.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataPackage, citedProvenance, resourceLicenceLabel, sourceCaveats, type Provenance } from './datapackage';
import type { LicenceLabel } from '../../core/licence';
import { dataDir, hasRows, loadTable } from '../../core/load';
import { publishedCsvBytes } from '../../core/csv';
import type { SiteConfig } from '../../schemas/site';
import type { AnyTable } from '../../core/tables';
import { allTables, extraResources } from '../../schemas';
import { sourcesTable, tableSourcesTable } from '../../schemas/sources';
import { monthExtent, periodLabel } from '../../core/periods';
import { partBytes, tableSplit, type TablePart } from './parts';

export { PARTS_OVER_BYTES, partsOverBytes, type TablePart } from './parts';

export type DataPackage = ReturnType<typeof buildDataPackage>;
export type Resource = DataPackage['resources'][number];

/** One dataset as the catalogue shows it. */
export interface Dataset {
  resource: Resource;
  table: AnyTable | undefined;
  rows: Record<string, unknown>[];
  /** First and last month covered, when the table has month or date columns. */
  temporal: { start: string; end: string } | null;
  /** Distinct ward sets in the rows, when the table has a ward_set column. */
  wardSets: string[];
  /** Files offered for download, with stable site paths; `bytes` where the size is known before the build writes it. */
  files: Array<{ label: string; href: string; format: string; bytes?: number }>;
  /** The parts a large table is published in, one per borough (see ./parts); null when it is one file. */
  parts: TablePart[] | null;
  /** The size of the whole table or file in bytes, as data/ holds it. */
  bytes: number;
  /** Why a table has no JSON copy, when it is too large for one (see JSON_COPY_MAX_BYTES). */
  noJson: string | null;
  /** What a reader must know: the table's own caveats, then those recorded for its sources. */
  caveats: string[];
  /** The licence as its sources state it: their recorded words, and the licence's address only when every source states it. */
  licence: LicenceLabel;
}

/**
 * Whether a table or file is published: it belongs to no section, or to one that is
 * switched on; and it is not a table left empty, or a file left out, because the area's
 * figures come from another source family (`emptyWhen`, `absentWhen`).
 */
export function isPublished(
  resource: { section?: string; path: string; emptyWhen?: string; absentWhen?: string },
  site: SiteConfig,
  data = dataDir(),
): boolean {
  if (resource.section !== undefined && site.sections[resource.section as keyof SiteConfig['sections']] === false)
    return false;
  if (resource.emptyWhen !== undefined && !hasRows(resource, data)) return false;
  return resource.absentWhen === undefined || existsSync(join(data, resource.path));
}

/** The tables published under this configuration (those of switched-off sections, and empty family tables, are left out). */
export function publishedTables(site: SiteConfig, data = dataDir()): AnyTable[] {
  return allTables.filter((t) => isPublished(t, site, data));
}

/** The sources and which dataset uses which (data/meta), as far as the published rows cite them (see citedProvenance). */
export function provenance(): Provenance {
  return citedProvenance(
    { sources: loadTable(sourcesTable), tableSources: loadTable(tableSourcesTable) },
    allTables,
    (t) => loadTable(t) as Record<string, unknown>[],
  );
}

/**
 * The descriptor of data/datapackage.json, from the sources tables of the data folder, or
 * the ones given (the validator's). /data/datapackage.json serves it as publishedPackage
 * gives it: the same, unless a table is published in parts.
 */
export function dataPackage(site: SiteConfig, prov: Provenance = provenance(), data = dataDir()): DataPackage {
  return buildDataPackage(
    site,
    publishedTables(site, data),
    extraResources.filter((r) => isPublished(r, site, data)),
    prov,
  );
}

function temporalCoverage(table: AnyTable, rows: Record<string, unknown>[]): { start: string; end: string } | null {
  const cols = table.columns.filter((c) => table.fields[c].type === 'yearmonth' || table.fields[c].type === 'date');
  function* months() {
    for (const r of rows) for (const c of cols) if (typeof r[c] === 'string') yield (r[c] as string).slice(0, 7);
  }
  return monthExtent(months());
}

/**
 * The largest CSV that is also published as a JSON copy. A table's JSON is two to three times
 * its CSV, and the crime tables of a large area run to hundreds of megabytes as JSON: a copy
 * nobody needs (the CSV and its schema say the same) that would dominate the published site.
 */
export const JSON_COPY_MAX_BYTES = 1_000_000;

/** A file size in words, e.g. "2.4 MB" or "830 KB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-GB')} KB`;
}

/** The parts a table of the package is published in, or null when it is published whole. */
function partsOf(table: AnyTable | undefined): TablePart[] | null {
  return table ? (tableSplit(table, () => dataFileBytes(table.path))?.parts ?? null) : null;
}

/** A resource as published: a table in parts lists its parts' paths as its `path`. */
export type PublishedResource = Omit<Resource, 'path'> & { path: string | string[] };

/**
 * The descriptor served at /data/datapackage.json: data/datapackage.json's, except that a
 * table published in parts (./parts) lists them as its `path`, described once.
 */
export function publishedPackage(
  site: SiteConfig,
): Omit<DataPackage, 'resources'> & { resources: PublishedResource[] } {
  const pkg = dataPackage(site);
  return {
    ...pkg,
    resources: pkg.resources.map((r) => {
      const parts = partsOf(allTables.find((t) => t.name === r.name));
      return parts ? { ...r, path: parts.map((p) => p.path) } : r;
    }),
  };
}

/**
 * Where each table published in parts was published whole before it was split, and where
 * a person who asks for that address is sent: its dataset page, which lists the parts.
 */
export function movedTables(site: SiteConfig): Array<{ from: string; to: string }> {
  return dataPackage(site).resources.flatMap((r) =>
    partsOf(allTables.find((t) => t.name === r.name)) ? [{ from: `/data/${r.path}`, to: `/data/${r.name}/` }] : [],
  );
}

/** The last table file read for its parts: they are written one after another, so it is read once, not once a part. */
let lastRead: { path: string; bytes: Uint8Array } | undefined;
function partSource(path: string): Uint8Array {
  if (lastRead?.path !== path) lastRead = { path, bytes: dataFileBytes(path) };
  return lastRead.bytes;
}

/** Every file of the published package, at its path in the package, with its bytes made on demand. */
export function publishedFiles(site: SiteConfig): Array<{ path: string; bytes: () => Uint8Array }> {
  return dataPackage(site).resources.flatMap((r) => {
    const table = allTables.find((t) => t.name === r.name);
    const split = table ? tableSplit(table, () => dataFileBytes(r.path)) : null;
    if (!split) return [{ path: r.path, bytes: () => dataFileBytes(r.path) }];
    return split.parts.map((part) => ({ path: part.path, bytes: () => partBytes(split, part, partSource(r.path)) }));
  });
}

/** Every dataset in the package, with its rows and download files. */
export function datasets(site: SiteConfig): Dataset[] {
  const prov = provenance();
  return dataPackage(site).resources.map((resource) => {
    const table = allTables.find((t) => t.name === resource.name);
    const rows = table ? (loadTable(table) as Record<string, unknown>[]) : [];
    const bytes = statSync(join(dataDir(), resource.path)).size;
    // A table with no rows yet (a record not yet written) has nothing a JSON copy would add to its CSV.
    const json = table !== undefined && rows.length > 0 && bytes <= JSON_COPY_MAX_BYTES;
    const parts = partsOf(table);
    const files = parts
      ? // A table in parts: each part at the path the descriptor lists.
        parts.map((p) => ({
          label: `CSV, ${p.boroughName}`,
          href: `/data/${p.path}`,
          format: 'text/csv',
          bytes: p.bytes,
        }))
      : table
        ? // The CSV at the path the descriptor names, so each file has one address.
          [
            { label: 'CSV', href: `/data/${resource.path}`, format: 'text/csv', bytes },
            ...(json ? [{ label: 'JSON', href: `/data/${resource.name}.json`, format: 'application/json' }] : []),
          ]
        : [{ label: resource.format.toUpperCase(), href: `/data/${resource.path}`, format: resource.mediatype, bytes }];
    return {
      resource,
      table,
      rows,
      parts,
      bytes,
      noJson:
        table && !json
          ? rows.length === 0
            ? 'No JSON copy: the table has no rows yet, so its CSV holds its header row only.'
            : `No JSON copy: at ${sizeLabel(bytes)} this table is offered as CSV only (a JSON copy is made for tables up to ${sizeLabel(JSON_COPY_MAX_BYTES)}). It is also in the zip of the whole package.`
          : null,
      temporal: table ? temporalCoverage(table, rows) : null,
      wardSets: table?.columns.includes('ward_set') ? [...new Set(rows.map((r) => String(r.ward_set)))].sort() : [],
      files,
      caveats: [...(table?.caveats ?? []), ...sourceCaveats(resource.name, prov)],
      licence: resourceLicenceLabel(site, resource.name, prov),
    };
  });
}

/**
 * The bytes of a data file as published: the committed file in data/, except that a CSV a
 * partner saved with a byte-order mark or CRLF line endings is published without them.
 */
export function dataFileBytes(path: string): Uint8Array {
  // The file's own buffer, not a copy: a region's crime tables are 75 MB each.
  const bytes: Uint8Array = readFileSync(join(dataDir(), path));
  return path.endsWith('.csv') ? publishedCsvBytes(bytes, path) : bytes;
}

/** A field's allowed values in words, from its Table Schema constraints. */
export function allowedValues(constraints: Record<string, unknown>): string {
  const parts: string[] = [];
  if (Array.isArray(constraints.enum)) parts.push(`one of: ${constraints.enum.join(', ')}`);
  if (typeof constraints.minimum === 'number') parts.push(`at least ${constraints.minimum}`);
  if (typeof constraints.maximum === 'number') parts.push(`at most ${constraints.maximum}`);
  if (typeof constraints.pattern === 'string' && !Array.isArray(constraints.enum))
    parts.push(`matches ${constraints.pattern}`);
  parts.push(constraints.required ? 'required' : 'may be empty');
  return parts.join('; ');
}

/** schema.org Dataset JSON-LD for a dataset page. */
export function datasetJsonLd(d: Dataset, site: SiteConfig): Record<string, unknown> {
  const url = new URL(`/data/${d.resource.name}/`, site.url).href;
  const fields =
    d.resource.profile === 'tabular-data-resource' && 'schema' in d.resource
      ? (d.resource.schema as { fields: Array<{ name: string; title: string; description: string }> }).fields
      : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.resource.title,
    description: d.resource.description,
    url,
    identifier: url,
    // Only a licence the sources state; none is claimed for figures whose source states none.
    ...(datasetLicence(d).url ? { license: datasetLicence(d).url } : {}),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: site.publisher.name, url: site.url },
    publisher: { '@type': 'Organization', name: site.publisher.name },
    ...(d.temporal ? { temporalCoverage: `${d.temporal.start}/${d.temporal.end}` } : {}),
    spatialCoverage: { '@type': 'Place', name: site.area.longName, identifier: site.area.code },
    variableMeasured: fields.map((f) => ({ '@type': 'PropertyValue', name: f.name, description: f.description })),
    dateModified: site.dataUpdated,
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      encodingFormat: f.format,
      contentUrl: new URL(f.href, site.url).href,
      ...(f.bytes !== undefined ? { contentSize: sizeLabel(f.bytes) } : {}),
    })),
    includedInDataCatalog: { '@type': 'DataCatalog', name: site.name, url: new URL('/data/', site.url).href },
    ...(d.resource.sources.length ? { isBasedOn: d.resource.sources.map((s) => s.title) } : {}),
  };
}

/** A dataset's licence as its sources state it: words, and the address when there is one. */
export function datasetLicence(d: Dataset): { title: string; url: string | null } {
  return { title: d.licence.text, url: d.licence.url };
}

/** The period a dataset covers, in words. */
export function temporalLabel(d: Dataset): string {
  return d.temporal ? periodLabel(d.temporal.start, d.temporal.end) : 'not applicable';
}
