/**
 * Every published data file, each at one address:
 * - /data/<path> for each resource as datapackage.json names it, or for each part of a
 *   large table published in parts (src/lib/catalogue/parts.ts); the catalogue links the
 *   same paths, so a file is never published twice;
 * - /data/<name>.json for each table small enough for a JSON copy (JSON_COPY_MAX_BYTES);
 * - /data/datapackage.json and the whole package as one zip.
 * Each file's bytes are made when that file is written, not all at once: a region's data
 * runs to hundreds of megabytes, which the build need not hold together.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, publishedFiles, publishedPackage } from '../../lib/catalogue';
import { siteConfig } from '../../lib/site';
import { zip } from '../../core/zip';
import { loadTable } from '../../core/load';
import { allTables } from '../../schemas';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', topojson: 'application/json', geojson: 'application/geo+json', zip: 'application/zip' };

/**
 * The committed descriptor with this build's address as its homepage: the same bytes as
 * data/datapackage.json (which `npm run validate` checks) unless this is a preview or a
 * table is published in parts, which it lists as that table's `path`.
 */
function packageBytes(): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(publishedPackage(siteConfig()), null, 2)}\n`);
}

/** What a file holds: the descriptor, a resource's own file (or a part of it), a table's rows as JSON, or the whole package zipped. */
type FileBody = { kind: 'package' } | { kind: 'resource'; bytes: () => Uint8Array } | { kind: 'json'; name: string } | { kind: 'zip' };

export const getStaticPaths = (() => {
  const site = siteConfig();
  const pkg = publishedPackage(site);
  const files: Array<[string, FileBody]> = [['datapackage.json', { kind: 'package' }]];
  for (const f of publishedFiles(site)) files.push([f.path, { kind: 'resource', bytes: f.bytes }]);
  for (const d of datasets(site))
    if (d.table && d.noJson === null) files.push([`${d.resource.name}.json`, { kind: 'json', name: d.resource.name }]);
  files.push([`${pkg.name}.zip`, { kind: 'zip' }]);
  return files.map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

function bytesOf(body: FileBody): Uint8Array | string {
  const site = siteConfig();
  switch (body.kind) {
    case 'package': return packageBytes();
    case 'resource': return body.bytes();
    case 'json': return `${JSON.stringify(loadTable(allTables.find((t) => t.name === body.name)!), null, 1)}\n`;
    // The package exactly as published: the descriptor and every file it lists, parts included.
    case 'zip': return zip([{ name: 'datapackage.json', data: packageBytes() }, ...publishedFiles(site).map((f) => ({ name: f.path, data: f.bytes() }))], site.dataUpdated);
  }
}

export const GET: APIRoute = ({ params, props }) => {
  const ext = String(params.file).split('.').pop() ?? '';
  return new Response(bytesOf(props.body as FileBody) as BodyInit, { headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' } });
};
